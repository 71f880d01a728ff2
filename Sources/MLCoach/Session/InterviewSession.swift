/// A mock interview as a state machine: input in, events out. Time is passed in (session seconds),
/// so a whole interview runs in a test from a script of inputs.
public struct InterviewSession: Sendable {
    /// Everything that is saved after every line.
    public internal(set) var state: InterviewState
    /// The problem practised.
    public let problem: Problem
    let grader: Grader
    let matcher: ClarificationMatcher

    /// The commands available inside a step.
    public static let commands: [(name: String, help: String)] = [
        ("/ask QUESTION", "ask the interviewer a clarifying question"),
        ("/hint", "show a hint for this step"),
        ("/time", "show the time spent and the budget"),
        ("/skip", "move to the next step"),
        ("/back", "go back to the previous step"),
        ("/edit", "edit this step's draft in $VISUAL or $EDITOR"),
        ("/quit", "save and leave; 'mlcoach practice --resume' continues"),
        ("/help", "list these commands"),
    ]

    /// Creates a session over `state` (new or resumed).
    public init(problem: Problem, grader: Grader, language: Language, state: InterviewState) {
        self.problem = problem
        self.grader = grader
        self.matcher = ClarificationMatcher(problem: problem, language: language)
        self.state = state
    }

    /// The state of a new interview.
    public static func newState(sessionID: String, problem: Problem, minutes: Double?, timerEnabled: Bool)
        -> InterviewState
    {
        InterviewState(
            sessionID: sessionID, problemID: problem.id, totalMinutes: minutes ?? Double(problem.estimatedMinutes),
            timerEnabled: timerEnabled,
            steps: problem.steps.map {
                InterviewState.StepRecord(
                    step: $0.id, lines: [], seconds: 0, followUps: [], hintsShown: 0, visited: false)
            },
            currentStep: 0, phase: .writing, clarifications: [], stepEnteredAt: nil, clockOffset: 0, warnings: [],
            askedItems: [])
    }

    /// The budget of step `index` in minutes: its share of the interview.
    public func budget(ofStep index: Int) -> Double {
        let step = problem.steps[index]
        return state.totalMinutes * step.minutes / Double(max(problem.estimatedMinutes, 1))
    }

    /// Starts (or resumes) the interview at session time `now`.
    public mutating func start(at now: Double) -> [InterviewEvent] {
        var events: [InterviewEvent] = []
        let resumed = state.steps.contains { $0.visited }
        if !resumed {
            events.append(
                .opening(
                    title: problem.title, prompt: problem.prompt, minutes: state.totalMinutes,
                    timerEnabled: state.timerEnabled))
        }
        state.stepEnteredAt = now
        if state.phase == .finished { return events + finish(at: now) }
        state.steps[state.currentStep].visited = true
        events.append(stepStarted(resumed: resumed))
        if case .followUp(let question, _) = state.phase { events.append(.followUp(question: question)) }
        return events
    }

    /// Handles one input at session time `now`.
    public mutating func handle(_ input: InterviewInput, at now: Double) -> [InterviewEvent] {
        checkpoint(at: now)
        switch (state.phase, input) {
        case (.finished, _):
            return []
        case (_, .endOfInput):
            if case .followUp(let question, let itemID) = state.phase { recordFollowUp(itemID, question, answer: "") }
            return finish(at: now)
        case (.followUp(let question, let itemID), .line(let text)):
            let answer = text.trimmingSpaces == "." ? "" : text.trimmingSpaces
            recordFollowUp(itemID, question, answer: answer)
            return advance(at: now)
        case (.followUp(let question, let itemID), .endStep):
            recordFollowUp(itemID, question, answer: "")
            return advance(at: now)
        case (.followUp, .edited), (.writing, .edited):
            guard case .edited(let text) = input else { return [] }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines = Transcript.trimmed(lines)
            state.steps[state.currentStep].lines = lines
            return [.draftReplaced(lineCount: lines.count)]
        case (.writing, .endStep):
            return endStep(at: now, followUp: true)
        case (.writing, .line(let text)):
            return write(text, at: now)
        }
    }

    /// The answer file of the interview so far.
    public func transcript() -> String {
        Transcript.markdown(state, problem: problem)
    }

    /// Folds the time since the last input into the current step, so saved state is current.
    mutating func checkpoint(at now: Double) {
        guard state.phase != .finished, let entered = state.stepEnteredAt else { return }
        state.steps[state.currentStep].seconds += max(0, now - entered)
        state.stepEnteredAt = now
    }

    private mutating func write(_ text: String, at now: Double) -> [InterviewEvent] {
        let trimmed = text.trimmingSpaces
        if trimmed == "." { return endStep(at: now, followUp: true) }
        if trimmed.hasPrefix("//") {
            state.steps[state.currentStep].lines.append(String(text.drop { $0 == " " }.dropFirst()))
            return overTimeIfNeeded(at: now)
        }
        if trimmed.hasPrefix("/"), let first = trimmed.dropFirst().first, first.isLetter {
            return command(trimmed, at: now)
        }
        state.steps[state.currentStep].lines.append(text)
        return overTimeIfNeeded(at: now)
    }

    private mutating func command(_ text: String, at now: Double) -> [InterviewEvent] {
        let name = String(text.dropFirst().prefix { !$0.isWhitespace }).lowercased()
        let argument = String(text.dropFirst(name.count + 1)).trimmingSpaces
        switch name {
        case "ask":
            guard !argument.isEmpty else { return [.askNeedsQuestion] }
            let match = matcher.match(argument)
            let answer = match?.answer ?? ClarificationMatcher.fallback
            state.clarifications.append(
                InterviewState.AskedQuestion(
                    question: argument, answer: answer, clarificationID: match?.id,
                    step: state.steps[state.currentStep].step))
            return [.clarification(question: argument, answer: answer, matched: match != nil)]
        case "hint":
            let hints = problem.steps[state.currentStep].hints
            let shown = state.steps[state.currentStep].hintsShown
            guard shown < hints.count else { return [.hint(nil)] }
            state.steps[state.currentStep].hintsShown += 1
            return [.hint(hints[shown])]
        case "time":
            return [
                .time(
                    stepSeconds: state.seconds(inStep: state.currentStep, at: now),
                    stepBudget: budget(ofStep: state.currentStep),
                    totalSeconds: state.totalSeconds(at: now), totalBudget: state.totalMinutes)
            ]
        case "skip":
            return endStep(at: now, followUp: false)
        case "back":
            guard state.currentStep > 0 else { return [.cannotGoBack] }
            state.currentStep -= 1
            state.stepEnteredAt = now
            return [stepStarted(resumed: true)]
        case "edit":
            return [
                .openEditor(draft: Transcript.trimmed(state.steps[state.currentStep].lines).joined(separator: "\n"))
            ]
        case "quit":
            return [.paused]
        case "help":
            return [.help]
        default:
            let names = Self.commands.map { String($0.name.split(separator: " ")[0].dropFirst()) }
            return [
                .unknownCommand("/" + name, suggestion: Suggestion.closest(to: name, among: names).map { "/" + $0 })
            ]
        }
    }

    private mutating func endStep(at now: Double, followUp: Bool) -> [InterviewEvent] {
        var events = overTimeIfNeeded(at: now)
        events += pacingIfNeeded(at: now)
        let wrote = !Transcript.trimmed(state.steps[state.currentStep].lines).isEmpty
        if followUp, wrote, let (itemID, question) = nextFollowUp() {
            state.askedItems.append(itemID)
            state.phase = .followUp(question: question, itemID: itemID)
            return events + [.followUp(question: question)]
        }
        return events + advance(at: now)
    }

    private mutating func advance(at now: Double) -> [InterviewEvent] {
        state.phase = .writing
        if state.currentStep + 1 >= state.steps.count { return finish(at: now) }
        state.currentStep += 1
        state.stepEnteredAt = now
        state.steps[state.currentStep].visited = true
        return [stepStarted(resumed: false)]
    }

    private mutating func finish(at now: Double) -> [InterviewEvent] {
        state.phase = .finished
        state.stepEnteredAt = nil
        let text = transcript()
        let evaluation = grader.evaluation(of: AnswerDocument(text: text))
        let pacing = state.steps.indices.map { index in
            PacingRow(
                step: state.steps[index].step, title: problem.steps[index].title,
                minutes: state.steps[index].seconds / 60, budget: budget(ofStep: index))
        }
        return [.finished(evaluation: evaluation, pacing: pacing, transcript: text)]
    }

    private mutating func recordFollowUp(_ itemID: String, _ question: String, answer: String) {
        state.steps[state.currentStep].followUps.append(
            InterviewState.FollowUp(itemID: itemID, question: question, answer: answer))
    }

    private func stepStarted(resumed: Bool) -> InterviewEvent {
        let index = state.currentStep
        return .stepStarted(
            index: index, step: problem.steps[index], budgetMinutes: budget(ofStep: index),
            draft: resumed ? Transcript.trimmed(state.steps[index].lines) : [], resumed: resumed)
    }
}
