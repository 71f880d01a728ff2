/// Everything about one mock interview that must survive an interruption: drafts, times,
/// questions asked, follow-ups and where the candidate is. Saved after every line.
public struct InterviewState: Equatable, Sendable {
    /// A unique id (also the session folder's name).
    public var sessionID: String
    /// The problem being practised.
    public var problemID: String
    /// The interview's length in minutes (the step budgets are its shares).
    public var totalMinutes: Double
    /// Whether time is kept and over-time warnings given.
    public var timerEnabled: Bool
    /// One record per step, in order.
    public var steps: [StepRecord]
    /// The step being worked on.
    public var currentStep: Int
    /// What the session waits for.
    public var phase: Phase
    /// Clarifying questions asked with `/ask`, in order.
    public var clarifications: [AskedQuestion]
    /// When the current step was (re)entered, in session seconds; nil while paused.
    public var stepEnteredAt: Double?
    /// Session-clock seconds already spent before the current run (for resumed sessions).
    public var clockOffset: Double
    /// Warnings already given (so each is given once), e.g. "over:metrics", "model-not-reached".
    public var warnings: [String]
    /// Rubric items already used for follow-up questions.
    public var askedItems: [String]
    /// When the interview began, in seconds since 1970 (nil in sessions saved before it was kept).
    public var startedAt: Double? = nil

    /// What the session is waiting for.
    public enum Phase: Equatable, Sendable {
        /// The candidate writes the current step.
        case writing
        /// The candidate answers a follow-up question (one line; empty moves on).
        case followUp(question: String, itemID: String)
        /// The interview is over.
        case finished
    }

    /// One step's draft and time.
    public struct StepRecord: Equatable, Sendable {
        /// Which step.
        public var step: StepID
        /// The lines the candidate wrote, in order.
        public var lines: [String]
        /// Seconds spent in the step before it was last entered.
        public var seconds: Double
        /// Follow-up questions asked after the step, with the answers.
        public var followUps: [FollowUp]
        /// How many hints were shown.
        public var hintsShown: Int
        /// Whether the step was entered at all.
        public var visited: Bool
    }

    /// A follow-up question and the candidate's answer ("" when they moved on).
    public struct FollowUp: Equatable, Sendable {
        public var itemID: String
        public var question: String
        public var answer: String
    }

    /// A clarifying question and the interviewer's answer.
    public struct AskedQuestion: Equatable, Sendable {
        /// What the candidate asked.
        public var question: String
        /// What the interviewer answered.
        public var answer: String
        /// The clarification matched, if any.
        public var clarificationID: String?
        /// The step in which it was asked.
        public var step: StepID
    }

    /// Seconds spent in step `index` up to session time `now`.
    public func seconds(inStep index: Int, at now: Double) -> Double {
        var total = steps[index].seconds
        if index == currentStep, let entered = stepEnteredAt { total += max(0, now - entered) }
        return total
    }

    /// Seconds spent in the whole interview up to session time `now`.
    public func totalSeconds(at now: Double) -> Double {
        steps.indices.reduce(0) { $0 + seconds(inStep: $1, at: now) }
    }
}
