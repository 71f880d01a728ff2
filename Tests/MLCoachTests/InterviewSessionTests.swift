import Foundation
import Testing

@testable import MLCoach

/// The interview state machine, driven by scripts of (seconds, input) with an injected clock.
@Suite struct InterviewSessionTests {
    typealias Script = [(Double, InterviewInput)]

    private func session(minutes: Double? = nil, timer: Bool = true) -> InterviewSession {
        let bank = TestSupport.fixtureBank
        let problem = bank.problem("churn-prediction")!
        let state = InterviewSession.newState(
            sessionID: "test-session", problem: problem, minutes: minutes, timerEnabled: timer)
        return InterviewSession(
            problem: problem, grader: bank.grader(for: problem), language: bank.language, state: state)
    }

    /// Runs a script and returns every event, the first at time 0.
    private func run(_ session: inout InterviewSession, _ script: Script) -> [InterviewEvent] {
        var events = session.start(at: 0)
        for (time, input) in script { events += session.handle(input, at: time) }
        return events
    }

    private func lines(_ text: String) -> [InterviewInput] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { .line(String($0)) }
    }

    /// A full interview written from the strong fixture answer, one step per section.
    private var fullScript: Script {
        let answer = TestSupport.fixture("answers/churn-strong.md").text
        let sections = answer.components(separatedBy: "\n## ").dropFirst().map { section in
            section.split(separator: "\n").dropFirst().map(String.init).joined(separator: "\n")
        }
        var script: Script = [
            (30, .line("/ask How many subscribers are there?")), (40, .line("/ask Is the moon made of cheese?")),
        ]
        var time = 60.0
        for section in sections {
            for input in lines(section) {
                script.append((time, input))
                time += 20
            }
            script.append((time, .line(".")))
            time += 30
            script.append((time, .line("")))
        }
        return script
    }

    @Test func aFullInterviewMatchesItsGoldenTranscript() {
        var session = session()
        let events = run(&session, fullScript)
        let style = TextStyle(width: 90, color: false, unicode: true)
        let text = events.map { event in
            InterviewRenderer.render(event, style: style) { evaluation in
                EvaluationTextRenderer.render(
                    GradedAnswer(file: "transcript.md", evaluation: evaluation), problemTitle: "Churn", style: style)
            }
        }.joined()
        expectGolden(text, "session-full.txt")
        expectGolden(session.transcript(), "session-full-transcript.md")
    }

    @Test func theSavedTranscriptGradesExactlyAsTheSessionReported() throws {
        var session = session()
        let events = run(&session, fullScript)
        guard case .finished(let evaluation, _, let transcript)? = events.last else {
            Issue.record("the interview did not finish")
            return
        }
        let grader = TestSupport.fixtureBank.grader(for: session.problem)
        #expect(grader.evaluation(of: AnswerDocument(text: transcript)) == evaluation)
        #expect(evaluation.score > 40)
    }

    @Test func askMatchesLooselyAndFallsBackToAnAssumption() {
        var session = session()
        let events = run(
            &session,
            [(1, .line("/ask what's the scale?")), (2, .line("/ask Is the moon made of cheese?")), (3, .line("/ask"))])
        #expect(
            events[2] == .clarification(question: "what's the scale?", answer: "The scale answer is 10.", matched: true)
        )
        #expect(
            events[3]
                == .clarification(
                    question: "Is the moon made of cheese?", answer: ClarificationMatcher.fallback, matched: false))
        #expect(events[4] == .askNeedsQuestion)
        #expect(session.state.clarifications.map(\.question) == ["what's the scale?", "Is the moon made of cheese?"])
        #expect(session.transcript().contains("- what's the scale?\n  <!-- Interviewer: The scale answer is 10. -->"))
    }

    @Test func skipAndBackMoveBetweenStepsKeepingDrafts() {
        var session = session()
        _ = run(
            &session,
            [
                (1, .line("Churn means cancelling within 30 days.")), (2, .line("/skip")),
                (3, .line("We use log loss.")),
                (4, .line("/back")), (5, .line("Out of scope: free users.")),
            ])
        #expect(session.state.currentStep == 0)
        #expect(
            session.state.steps[0].lines == ["Churn means cancelling within 30 days.", "Out of scope: free users."])
        #expect(session.state.steps[1].lines == ["We use log loss."])
        #expect(session.handle(.line("/back"), at: 6) == [.cannotGoBack])
    }

    @Test func aFollowUpProbesTheBiggestGapOfTheStep() throws {
        var session = session()
        let events = run(&session, [(1, .line("I would predict churn with a model.")), (2, .line("."))])
        guard case .followUp(let question)? = events.last else {
            Issue.record("no follow-up after the step: \(events)")
            return
        }
        #expect(question == "What exactly counts as churn?")
        let next = session.handle(.line("Cancelling within 30 days."), at: 3)
        #expect(session.state.steps[0].followUps.first?.answer == "Cancelling within 30 days.")
        guard case .stepStarted(let index, _, _, _, _)? = next.first else {
            Issue.record("the next step did not start")
            return
        }
        #expect(index == 1)
        #expect(
            session.transcript().contains(
                "<!-- Follow-up: What exactly counts as churn? -->\nCancelling within 30 days."))
    }

    @Test func anEmptyStepGetsNoFollowUpAndEnterMovesOn() {
        var session = session()
        let events = run(&session, [(1, .line("."))])
        #expect(!events.contains { if case .followUp = $0 { return true } else { return false } })
        #expect(session.state.currentStep == 1)
    }

    @Test func runningOverTheBudgetWarnsOnceAndNamesWhatIsLeft() {
        var session = session()
        let events = run(
            &session,
            [
                (60, .line("A first line.")), (7 * 60, .line("Still on the problem statement.")),
                (8 * 60, .line("More.")),
            ])
        let warnings = events.filter { if case .overTime = $0 { return true } else { return false } }
        #expect(warnings.count == 1)
        guard case .overTime(let step, let over, let remaining)? = warnings.first else { return }
        #expect(step == .problemStatement)
        #expect(over > 0.9 && over < 1.1)
        #expect(remaining.first == "Metrics" && remaining.count == 5)
    }

    @Test func halfTheInterviewGoneWithoutTheModelIsCaught() {
        var session = session()
        let events = run(
            &session,
            [
                (60, .line("Churn is cancelling within 30 days.")), (120, .line(".")), (130, .line("")),
                (24 * 60, .line("Precision, recall, and a long discussion of heuristics.")), (25 * 60, .line(".")),
            ])
        #expect(
            events.contains {
                if case .pacing(let text) = $0 { return text.contains("not reached the model") } else { return false }
            })
    }

    @Test func noTimerMeansNoTimeWarnings() {
        var session = session(timer: false)
        let events = run(&session, [(3600, .line("Late line.")), (3700, .line("."))])
        #expect(!events.contains { if case .overTime = $0 { return true } else { return false } })
    }

    @Test func theBudgetFollowsTheProblemsSharesOfTheChosenLength() {
        let session = session(minutes: 30)
        #expect(session.budget(ofStep: 3) == 8)
        #expect(self.session().budget(ofStep: 3) == 12)
    }

    @Test func unknownCommandsSuggestTheClosestAndDoubleSlashWritesASlash() {
        var session = session()
        #expect(session.handle(.line("/hnit"), at: 1) == [.unknownCommand("/hnit", suggestion: "/hint")])
        _ = session.handle(.line("//etc/hosts is not a feature"), at: 2)
        #expect(session.state.steps[0].lines == ["/etc/hosts is not a feature"])
    }

    @Test func hintsRunOutPolitely() {
        var session = session()
        #expect(session.handle(.line("/hint"), at: 1) == [.hint("Think about problem statement for churn.")])
        #expect(session.handle(.line("/hint"), at: 2) == [.hint(nil)])
    }

    @Test func theEditorReplacesTheDraft() {
        var session = session()
        _ = session.handle(.line("first draft"), at: 1)
        #expect(session.handle(.line("/edit"), at: 2) == [.openEditor(draft: "first draft")])
        #expect(session.handle(.edited("better draft\nsecond line\n"), at: 3) == [.draftReplaced(lineCount: 2)])
        #expect(session.state.steps[0].lines == ["better draft", "second line"])
    }

    @Test func endOfInputFinishesWithWhatThereIs() {
        var session = session()
        let events = run(&session, [(1, .line("Churn means cancelling within 30 days.")), (2, .endOfInput)])
        guard case .finished? = events.last else {
            Issue.record("did not finish")
            return
        }
        #expect(session.state.phase == .finished)
    }

    @Test func aResumedInterviewContinuesWhereItStoppedWithItsTimes() throws {
        var first = session()
        _ = run(&first, [(100, .line("Churn means cancelling within 30 days.")), (160, .line("/quit"))])
        let saved = InterviewStateCodec.encode(first.state)
        let restored = try InterviewStateCodec.decode(saved).get()
        #expect(restored.steps[0].lines == ["Churn means cancelling within 30 days."])
        #expect(restored.steps[0].seconds == 160)
        let bank = TestSupport.fixtureBank
        let problem = bank.problem("churn-prediction")!
        var resumed = InterviewSession(
            problem: problem, grader: bank.grader(for: problem), language: bank.language, state: restored)
        let events = resumed.start(at: 0)
        #expect(
            events == [
                .stepStarted(
                    index: 0, step: problem.steps[0], budgetMinutes: 6,
                    draft: ["Churn means cancelling within 30 days."], resumed: true)
            ])
        _ = resumed.handle(.line("Out of scope: free users."), at: 40)
        #expect(resumed.state.seconds(inStep: 0, at: 40) == 200)
        #expect(resumed.state.steps[0].lines.count == 2)
    }

    @Test func aCorruptSessionFileIsAnErrorNotACrash() {
        #expect(throws: SessionFileError.self) { try InterviewStateCodec.decode("{ not json").get() }
        #expect(throws: SessionFileError.self) { try InterviewStateCodec.decode(#"{"version": 1}"#).get() }
    }
}
