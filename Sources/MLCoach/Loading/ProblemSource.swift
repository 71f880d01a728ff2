/// A problem as written in its file, before shared items are included.
public struct ProblemSource: Equatable, Sendable {
    /// The problem with only its own rubric items and red flags.
    public var problem: Problem
    /// New weights for included items, by item id.
    public var overrides: [String: Double]
}

/// A shared set of rubric items and red flags that problems include (`Resources/shared/general.json`).
public struct ItemSet: Equatable, Sendable {
    /// The set's id, used in a problem's `include`.
    public var id: String
    /// A short title.
    public var title: String
    /// The items.
    public var rubric: [RubricItem]
    /// The red flags.
    public var redFlags: [RedFlag]
}

/// What could be decoded of a problem file, even when parts of it are wrong, so that every issue
/// of the file can be reported at once. Arrays keep JSON positions (nil where an entry failed).
struct PartialProblem {
    var id: String?
    var tags: [String] = []
    var estimatedMinutes: Int?
    var clarifications: [Clarification?] = []
    var steps: [Step?] = []
    var rubric: [RubricItem?] = []
    var redFlags: [RedFlag?] = []
    var includes: [String] = []
    var overrides: [String: Double] = [:]
}
