/// One graded attempt kept in the history: a practice interview (finished or abandoned) or a file
/// graded with `--record`, with its scores, what it covered and missed, and its transcript.
public struct HistoryRecord: Equatable, Sendable {
    /// Where the attempt came from.
    public enum Source: String, Sendable, CaseIterable {
        case practice
        case grade
    }

    /// How the attempt ended.
    public enum Status: String, Sendable, CaseIterable {
        case finished
        case abandoned
        case graded
    }

    /// Time spent on one step, in seconds.
    public struct StepTime: Equatable, Sendable {
        /// The step.
        public var step: StepID
        /// Seconds spent on it.
        public var seconds: Double

        /// Creates a step time.
        public init(step: StepID, seconds: Double) {
            self.step = step
            self.seconds = seconds
        }
    }

    /// How the attempt did on one rubric item.
    public struct ItemOutcome: Equatable, Sendable {
        /// The item's id.
        public var itemID: String
        /// Its dimension.
        public var dimension: Dimension
        /// Its title.
        public var title: String
        /// The credit earned, 0-1 (0 when missed).
        public var credit: Double
        /// Whether it was covered, only mentioned, or missed.
        public var outcome: Outcome
        /// The line of the evidence (0 when missed).
        public var line: Int
        /// The evidence excerpt, or the feedback for a missed item.
        public var text: String

        /// Covered, mentioned or missed.
        public enum Outcome: String, Sendable, CaseIterable {
            case covered
            case mentioned
            case missed
        }

        /// Creates an item outcome.
        public init(
            itemID: String, dimension: Dimension, title: String, credit: Double, outcome: Outcome, line: Int,
            text: String
        ) {
            self.itemID = itemID
            self.dimension = dimension
            self.title = title
            self.credit = credit
            self.outcome = outcome
            self.line = line
            self.text = text
        }
    }

    /// A red flag raised in the attempt.
    public struct FlagOutcome: Equatable, Sendable {
        /// The flag's id.
        public var id: String
        /// The line it was found on.
        public var line: Int
        /// What it costs and why.
        public var message: String

        /// Creates a flag outcome.
        public init(id: String, line: Int, message: String) {
            self.id = id
            self.line = line
            self.message = message
        }
    }

    /// A unique id: the practice session's id, or one made for a graded file.
    public var id: String
    /// The problem's id.
    public var problemID: String
    /// The problem's title when recorded.
    public var problemTitle: String
    /// Practice or grade.
    public var source: Source
    /// Finished, abandoned or graded.
    public var status: Status
    /// When it started, in seconds since 1970.
    public var startedAt: Double
    /// When it ended, in seconds since 1970.
    public var endedAt: Double
    /// The transcript or answer file it came from.
    public var file: String
    /// The overall score, 0-100.
    public var score: Int
    /// The hiring signal.
    public var signal: Signal
    /// The score of each dimension, in the usual order.
    public var dimensionScores: [Dimension: Int]
    /// Time per step (practice only).
    public var steps: [StepTime]
    /// Every rubric item's outcome.
    public var items: [ItemOutcome]
    /// Red flags raised.
    public var flags: [FlagOutcome]
    /// The answer's text.
    public var transcript: String

    /// Creates a record.
    public init(
        id: String, problemID: String, problemTitle: String, source: Source, status: Status, startedAt: Double,
        endedAt: Double, file: String, score: Int, signal: Signal, dimensionScores: [Dimension: Int],
        steps: [StepTime], items: [ItemOutcome], flags: [FlagOutcome], transcript: String
    ) {
        self.id = id
        self.problemID = problemID
        self.problemTitle = problemTitle
        self.source = source
        self.status = status
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.file = file
        self.score = score
        self.signal = signal
        self.dimensionScores = dimensionScores
        self.steps = steps
        self.items = items
        self.flags = flags
        self.transcript = transcript
    }

    /// A dimension's score (0 when absent).
    public func score(of dimension: Dimension) -> Int {
        dimensionScores[dimension] ?? 0
    }
}
