/// The linguistic rules the grader uses, loaded from `Resources/shared/language.json`: synonyms,
/// negation and dismissal cues, depth cues and the words that map headings to steps.
public struct Language: Equatable, Sendable {
    /// Canonical word to words that mean the same.
    public var synonyms: [String: [String]]
    /// Words and phrases that negate what follows in their clause.
    public var negations: [String]
    /// Phrases that look like negations but are not ("not only").
    public var negationExceptions: [String]
    /// Negations that follow what they negate ("latency is not a concern").
    public var postNegations: [String]
    /// Phrases that dismiss the concept after them ("no need for", "we skip").
    public var dismissals: [String]
    /// Phrases that dismiss the concept before them ("is overkill", "not needed").
    public var postDismissals: [String]
    /// Words that start a new clause.
    public var clauseBreaks: [String]
    /// Words that carry grammar rather than content.
    public var functionWords: [String]
    /// Phrases that give a reason.
    public var reasonCues: [String]
    /// Phrases that weigh alternatives.
    public var tradeoffCues: [String]
    /// Number words.
    public var numberWords: [String]
    /// Vague or filler phrases.
    public var hedges: [String]
    /// Phrases that commit to a decision.
    public var decisionCues: [String]
    /// Phrases that open a closing summary ("in short", "to sum up"); a heading made of one
    /// ("Summary") opens a summary section. A summary restates what came before and earns little.
    public var summaryCues: [String] = []
    /// Heading words (patterns) per step.
    public var headings: [StepID: [String]]
    /// Words (patterns) that show an answer talks about a dimension at all, rightly or wrongly.
    public var topics: [Dimension: [String]] = [:]
}
