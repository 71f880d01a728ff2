/// The grader's report on one answer: scores, evidence, gaps, red flags and what to do next.
public struct Evaluation: Equatable, Sendable {
    /// The problem the answer was graded against.
    public var problemID: String
    /// The overall score, 0-100.
    public var score: Int
    /// The hiring signal the score stands for.
    public var signal: Signal
    /// One result per dimension, in the order goals, metrics, data, model, serving, monitoring.
    public var dimensions: [DimensionResult]
    /// Red flags found, in line order.
    public var flags: [FlagFinding]
    /// Concepts the answer named only to dismiss them, in line order.
    public var dismissals: [Dismissal]
    /// The most valuable improvements, best first (at most three).
    public var improvements: [Improvement]
    /// The answer's sections mapped to the six steps, in line order.
    public var sections: [Section]
    /// How many words the answer has.
    public var wordCount: Int
    /// How much the answer is about this problem rather than another one, 0-1.
    public var topicality: Double
    /// Rubric credit per 100 words: low for padded answers that say little at length.
    public var evidenceDensity: Double

    /// The result for one dimension.
    public func result(for dimension: Dimension) -> DimensionResult? {
        dimensions.first { $0.dimension == dimension }
    }
}

/// A hiring signal derived from the overall score.
public enum Signal: String, CaseIterable, Sendable, Codable {
    case strongNoHire = "strong-no-hire"
    case noHire = "no-hire"
    case leanHire = "lean-hire"
    case hire = "hire"
    case strongHire = "strong-hire"

    /// The lowest score of each signal, documented in the README.
    public static let thresholds: [(Signal, Int)] = [
        (.strongHire, 80), (.hire, 65), (.leanHire, 50), (.noHire, 35), (.strongNoHire, 0),
    ]

    /// The signal for an overall score.
    public init(score: Int) {
        self = Self.thresholds.first { score >= $0.1 }?.0 ?? .strongNoHire
    }
}

/// The score of one dimension with the items behind it.
public struct DimensionResult: Equatable, Sendable {
    /// Which dimension.
    public var dimension: Dimension
    /// The score, 0-100.
    public var score: Int
    /// The weighted share of the dimension's rubric credit earned, 0-1, before the score curve,
    /// topicality and penalties.
    public var coverage: Double
    /// Items found, best evidence first.
    public var covered: [CoveredItem]
    /// Items not found (or found too thinly), most valuable first.
    public var missed: [MissedItem]
    /// When the answer talks about the dimension without earning any concept, the line where it
    /// first does: the score is the "named only" floor.
    public var namedOnlyLine: Int? = nil
}

/// A rubric item the answer covers, with where and how well.
public struct CoveredItem: Equatable, Sendable {
    /// The item's id.
    public var itemID: String
    /// The item's title.
    public var title: String
    /// The line of the best evidence.
    public var line: Int
    /// A short excerpt of the evidence.
    public var evidence: String
    /// How well: fully covered, or only mentioned.
    public var depth: Depth
    /// The credit given, 0-1.
    public var credit: Double
    /// The rubric pattern that matched the evidence, as written in the problem file.
    public var pattern: String

    /// How well an item is covered.
    public enum Depth: String, Sendable, Equatable {
        /// Named with substance: a reason, a number, a trade-off or a specific detail.
        case covered
        /// Named only, as in a list of terms.
        case mentioned
    }
}

/// A rubric item the answer misses.
public struct MissedItem: Equatable, Sendable {
    /// The item's id.
    public var itemID: String
    /// The item's title.
    public var title: String
    /// What to add and why.
    public var feedback: String
    /// The question an interviewer would ask.
    public var followUp: String
}

/// A red flag found in the answer.
public struct FlagFinding: Equatable, Sendable {
    /// The flag's id.
    public var id: String
    /// The dimension that loses points.
    public var dimension: Dimension
    /// The line of the statement.
    public var line: Int
    /// An excerpt of the statement.
    public var evidence: String
    /// Why it is wrong.
    public var message: String
}

/// A concept the answer names only to dismiss it ("no need to monitor").
public struct Dismissal: Equatable, Sendable {
    /// The item's id.
    public var itemID: String
    /// The dimension it belongs to.
    public var dimension: Dimension
    /// The line of the statement.
    public var line: Int
    /// An excerpt of the statement.
    public var evidence: String
}

/// One improvement to make, from a missed or thinly covered item.
public struct Improvement: Equatable, Sendable {
    /// The item's id.
    public var itemID: String
    /// The item's dimension.
    public var dimension: Dimension
    /// What to do.
    public var text: String
}

/// A part of the answer under a heading, mapped to one of the six steps.
public struct Section: Equatable, Sendable {
    /// The step the heading maps to.
    public var step: StepID
    /// The heading's line.
    public var line: Int
    /// The heading as written.
    public var heading: String
}
