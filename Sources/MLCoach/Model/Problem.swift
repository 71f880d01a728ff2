/// One ML system design problem of the bank, with its included items already resolved.
public struct Problem: Equatable, Sendable {
    /// The format version; 1.
    public var schemaVersion: Int
    /// The problem's id, equal to its file name.
    public var id: String
    /// A short title.
    public var title: String
    /// What the interviewer says to open the interview.
    public var prompt: String
    /// How hard the problem is.
    public var difficulty: Difficulty
    /// Tags for filtering.
    public var tags: [String]
    /// The length of the interview in minutes.
    public var estimatedMinutes: Int
    /// The kinds of material the problem draws on.
    public var sources: [String]
    /// The shared item sets this problem includes.
    public var includes: [String]
    /// Words that mean the same in this problem: canonical word to variants.
    public var lexicon: [String: [String]]
    /// Vocabulary that marks an answer as being about this problem.
    public var domainTerms: [String]
    /// Questions a candidate may ask, with the interviewer's answers.
    public var clarifications: [Clarification]
    /// The six steps, in order.
    public var steps: [Step]
    /// The effective rubric: the problem's own items, then included ones.
    public var rubric: [RubricItem]
    /// The effective red flags: the problem's own, then included ones.
    public var redFlags: [RedFlag]
    /// A strong answer for each step.
    public var referenceAnswer: [StepID: String]

    /// The step with the given id.
    public func step(_ id: StepID) -> Step? {
        steps.first { $0.id == id }
    }
}

/// How hard a problem is.
public enum Difficulty: String, CaseIterable, Sendable, Codable {
    case easy
    case medium
    case hard
}

/// A question a candidate may ask and the interviewer's answer.
public struct Clarification: Equatable, Sendable {
    /// A unique id within the problem.
    public var id: String
    /// The canonical question.
    public var question: String
    /// Other ways to ask it.
    public var phrasings: [String]
    /// Words that point to it.
    public var keywords: [String]
    /// The interviewer's answer.
    public var answer: String
}

/// One of the six steps of an interview.
public struct Step: Equatable, Sendable {
    /// Which step.
    public var id: StepID
    /// Its heading.
    public var title: String
    /// Its share of the interview in minutes.
    public var minutes: Double
    /// Guiding questions.
    public var questions: [String]
    /// Hints shown on request.
    public var hints: [String]
}
