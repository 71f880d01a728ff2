extension HistoryRecord {
    /// The record of a practice interview from its saved state: graded from its transcript, timed
    /// from its steps. `fallbackStart` is used for sessions saved before start times were kept.
    public static func practice(
        _ state: InterviewState, problem: Problem, grader: Grader, file: String, fallbackStart: Double
    ) -> HistoryRecord {
        let transcript = Transcript.markdown(state, problem: problem)
        let evaluation = grader.evaluation(of: AnswerDocument(text: transcript))
        let steps = state.steps.filter { $0.seconds > 0 || $0.visited }.map {
            StepTime(step: $0.step, seconds: ($0.seconds * 10).rounded() / 10)
        }
        let started = state.startedAt ?? fallbackStart
        let spent = state.steps.reduce(0) { $0 + $1.seconds }
        return HistoryRecord(
            id: state.sessionID, problem: problem, source: .practice,
            status: state.phase == .finished ? .finished : .abandoned, startedAt: started,
            endedAt: started + spent, file: file, evaluation: evaluation, steps: steps, transcript: transcript)
    }
}
