import MLCoach

/// `mlcoach practice [ID]`: the mock interview in the terminal.
enum PracticeCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let bank = try context.bank(arguments)
        let host = context.host
        let store = SessionStore(host: host)
        let style = context.style(for: .output)
        let interactive = host.isInputTerminal
        var minutes: Double?
        if let text = arguments.value("minutes") {
            guard let value = Double(text), value >= 5, value <= 240 else {
                throw .usage(
                    UsageError(
                        message:
                            "The value '\(text)' is invalid for '--minutes <n>': use a number of minutes from 5 to 240.",
                        path: ["mlcoach", "practice"]))
            }
            minutes = value
        }

        var state: InterviewState
        let problem: Problem
        if arguments.has("resume") {
            guard let saved = store.latestUnfinished() else {
                context.err(
                    "Error: no unfinished interview to resume under \(store.root)/sessions. Start one with 'mlcoach practice'.\n"
                )
                return .noInput
            }
            guard let found = bank.problem(saved.problemID) else {
                throw .unknownProblem(
                    id: saved.problemID, file: store.statePath(of: saved.sessionID), known: bank.problems.map(\.id))
            }
            state = saved
            problem = found
        } else {
            guard let chosen = try choose(arguments, bank: bank, context: context) else { return .usage }
            problem = chosen
            state = InterviewSession.newState(
                sessionID: host.timestamp() + "-" + problem.id, problem: problem, minutes: minutes,
                timerEnabled: !arguments.has("no-timer"))
            state.startedAt = host.epochSeconds()
        }

        var session = InterviewSession(
            problem: problem, grader: bank.grader(for: problem), language: bank.language, state: state)
        let clockStart = host.now()
        func now() -> Double { host.now() - clockStart }
        host.exitOnInterrupt(
            message:
                "\nSaved \(store.transcriptPath(of: state.sessionID)). Continue with 'mlcoach practice --resume'.\n")
        let report: (Evaluation) -> String = { evaluation in
            EvaluationTextRenderer.render(
                GradedAnswer(file: store.transcriptPath(of: session.state.sessionID), evaluation: evaluation),
                problemTitle: problem.title, style: style)
        }
        var events = session.start(at: now())
        try store.save(session.state, transcript: session.transcript())
        while true {
            var finished = false
            var index = 0
            while index < events.count {
                let event = events[index]
                index += 1
                if case .openEditor(let draft) = event {
                    switch host.edit(draft) {
                    case .success(let text): events += session.handle(.edited(text), at: now())
                    case .failure(let error): context.err("Error: \(error.message).\n")
                    }
                    continue
                }
                context.out(InterviewRenderer.render(event, style: style, report: report))
                if case .paused = event {
                    try store.save(session.state, transcript: session.transcript())
                    HistoryAccess(context: context).recordPractice(
                        session.state, problem: problem, grader: bank.grader(for: problem))
                    context.out("Transcript so far: \(store.transcriptPath(of: session.state.sessionID))\n")
                    return .success
                }
                if case .finished = event { finished = true }
            }
            try store.save(session.state, transcript: session.transcript())
            if finished {
                HistoryAccess(context: context).recordPractice(
                    session.state, problem: problem, grader: bank.grader(for: problem))
                break
            }
            if interactive { context.out(prompt(session, now: now(), style: style)) }
            let input: InterviewInput
            switch host.readLine() {
            case .text(let line): input = .line(line)
            case .endOfLine: input = .endStep
            case .endOfInput: input = .endOfInput
            }
            events = session.handle(input, at: now())
        }
        context.out("\nTranscript: \(store.transcriptPath(of: session.state.sessionID))\n")
        context.out(
            "Grade it again any time with: mlcoach grade \(store.transcriptPath(of: session.state.sessionID))\n")
        if arguments.has("show-reference") {
            context.out(referenceAnswer(problem, style: style))
        } else if interactive {
            context.out("Show the reference answer? [y/N] ")
            if case .text(let answer) = host.readLine(), answer.trimmingCharacters().lowercased().hasPrefix("y") {
                context.out(referenceAnswer(problem, style: style))
            }
        }
        return .success
    }

    /// The problem to practise: the ID, a random one, or the user's choice from a menu.
    private static func choose(_ arguments: ParsedArguments, bank: ProblemBank, context: CommandContext)
        throws(CLIError) -> Problem?
    {
        if let id = arguments.positional("id").first {
            guard let problem = bank.problem(id) else {
                throw .unknownProblem(id: id, file: nil, known: bank.problems.map(\.id))
            }
            return problem
        }
        let tags = arguments.values("tag")
        let candidates = bank.problems.filter { problem in tags.allSatisfy { problem.tags.contains($0) } }
        guard !candidates.isEmpty else {
            let known = Set(bank.problems.flatMap(\.tags)).sorted().joined(separator: ", ")
            context.err("Error: no problem has the tag(s) \(tags.joined(separator: ", ")). Known tags: \(known).\n")
            return nil
        }
        if arguments.has("random") { return candidates[context.host.random(below: candidates.count)] }
        var menu = "Choose a problem:\n"
        for (index, problem) in candidates.enumerated() {
            menu += "  \(index + 1). \(problem.title) (\(problem.id), \(problem.difficulty.rawValue))\n"
        }
        context.out(menu)
        while true {
            context.out("Number (1-\(candidates.count)) or id: ")
            guard case .text(let answer) = context.host.readLine() else {
                context.err("\nError: no problem chosen. Pass an id (mlcoach practice fraud-detection) or --random.\n")
                return nil
            }
            let choice = answer.trimmingCharacters()
            if let number = Int(choice), (1...candidates.count).contains(number) { return candidates[number - 1] }
            if let problem = candidates.first(where: { $0.id == choice }) { return problem }
            context.out("'\(choice)' is not on the list.\n")
            if !context.host.isInputTerminal {
                context.err("Error: '\(choice)' is not a problem number or id.\n")
                return nil
            }
        }
    }

    /// The terminal prompt: the step and its clock, e.g. `[2/6 3:05 of 7 min] > `.
    private static func prompt(_ session: InterviewSession, now: Double, style: TextStyle) -> String {
        let state = session.state
        if case .followUp = state.phase { return "> " }
        guard state.timerEnabled else { return "[\(state.currentStep + 1)/6] > " }
        let seconds = Int(state.seconds(inStep: state.currentStep, at: now))
        let budget = InterviewRenderer.format(session.budget(ofStep: state.currentStep))
        let rest = seconds % 60
        return style.paint(
            "[\(state.currentStep + 1)/6 \(seconds / 60):\(rest < 10 ? "0" : "")\(rest) of \(budget) min]", .dim)
            + " > "
    }

    private static func referenceAnswer(_ problem: Problem, style: TextStyle) -> String {
        var out = "\n" + style.paint("Reference answer: \(problem.title)", .bold) + "\n"
        for step in problem.steps {
            out +=
                "\n" + style.paint("## \(step.title)", .bold) + "\n\n" + (problem.referenceAnswer[step.id] ?? "") + "\n"
        }
        return out
    }
}

extension String {
    /// The string without surrounding white space.
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
