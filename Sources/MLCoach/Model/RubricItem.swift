/// A concept the grader looks for in an answer.
public struct RubricItem: Equatable, Sendable {
    /// A unique id within the effective rubric.
    public var id: String
    /// The dimension the item counts towards.
    public var dimension: Dimension
    /// Relative importance inside its dimension (> 0).
    public var weight: Double
    /// True when the item is specific to the problem rather than general practice.
    public var isSpecific: Bool
    /// A short statement of the concept.
    public var title: String
    /// Technical names of the concept (patterns).
    public var phrasings: [String]
    /// Plain-language ways to say it (patterns).
    public var paraphrases: [String]
    /// True when the concept is a harm to avoid, so a plain negation still counts.
    public var isHarm: Bool
    /// What to add and why, shown when the item is missed.
    public var feedback: String
    /// The interviewer's question when the item is missing.
    public var followUp: String
    /// Sentences that must and must not count as covering the item.
    public var examples: Examples
    /// Where the item comes from: the problem's id or a shared set's id.
    public var origin: String

    /// Sentences that must and must not count as covering an item.
    public struct Examples: Equatable, Sendable {
        /// Sentences that cover the item.
        public var covers: [String]
        /// Sentences that do not.
        public var misses: [String]
    }
}

/// A statement that costs points.
public struct RedFlag: Equatable, Sendable {
    /// A unique id within the effective red flags.
    public var id: String
    /// The dimension that loses the points.
    public var dimension: Dimension
    /// Patterns that trigger the flag.
    public var patterns: [String]
    /// Patterns that, in the same sentence, cancel it.
    public var unless: [String]
    /// Points off the dimension score.
    public var penalty: Double
    /// Why the statement is wrong.
    public var message: String
    /// Sentences that must and must not fire the flag.
    public var examples: Examples?
    /// Where the flag comes from: the problem's id or a shared set's id.
    public var origin: String

    /// Sentences that must and must not fire a red flag.
    public struct Examples: Equatable, Sendable {
        /// Sentences that fire the flag.
        public var fires: [String]
        /// Sentences that do not.
        public var quiet: [String]
    }
}
