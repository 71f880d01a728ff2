/// What the interview tells the candidate, in order. The terminal front end renders these; tests
/// compare them.
public enum InterviewEvent: Equatable, Sendable {
    /// The interviewer's opening: the problem and how the session works.
    case opening(title: String, prompt: String, minutes: Double, timerEnabled: Bool)
    /// A step begins (or is resumed): its questions, budget and, when resumed, the draft so far.
    case stepStarted(index: Int, step: Step, budgetMinutes: Double, draft: [String], resumed: Bool)
    /// The interviewer answers a clarifying question (matched is false for the fallback answer).
    case clarification(question: String, answer: String, matched: Bool)
    /// `/ask` without a question.
    case askNeedsQuestion
    /// A hint for the step, or nil when all hints were shown.
    case hint(String?)
    /// Time so far: the step's and the interview's, in seconds, with their budgets in minutes.
    case time(stepSeconds: Double, stepBudget: Double, totalSeconds: Double, totalBudget: Double)
    /// The list of commands.
    case help
    /// A line starting with `/` that is no command.
    case unknownCommand(String, suggestion: String?)
    /// `/back` in the first step.
    case cannotGoBack
    /// The candidate asked to edit the draft in an editor; the front end answers with `.edited`.
    case openEditor(draft: String)
    /// The draft was replaced by the editor's text.
    case draftReplaced(lineCount: Int)
    /// The interviewer probes the most important gap found so far.
    case followUp(question: String)
    /// The step ran over its budget; what has not been discussed yet.
    case overTime(step: StepID, minutesOver: Double, notDiscussed: [String])
    /// Pacing advice, e.g. half the interview gone and the model not reached.
    case pacing(String)
    /// The interview is over: the report, the pacing table and the transcript (an answer file).
    case finished(evaluation: Evaluation, pacing: [PacingRow], transcript: String)
    /// The session was saved and left; `--resume` continues it.
    case paused
}

/// One row of the pacing table: minutes spent vs budget per step.
public struct PacingRow: Equatable, Sendable {
    /// Which step.
    public var step: StepID
    /// Its title.
    public var title: String
    /// Minutes spent.
    public var minutes: Double
    /// Minutes budgeted.
    public var budget: Double
}

/// What the candidate does, as the front end reports it.
public enum InterviewInput: Equatable, Sendable {
    /// A line of text (without its line break).
    case line(String)
    /// Ctrl-D at the start of a line on a terminal: end the step.
    case endStep
    /// The end of piped input: finish the interview with what there is.
    case endOfInput
    /// The editor returned this text for the current draft.
    case edited(String)
}
