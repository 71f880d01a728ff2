extension InterviewSession {
    /// The share of the interview after which not having reached the model is worth a warning.
    static let modelWarningShare = 0.5

    /// An over-time warning for the current step, once per step.
    mutating func overTimeIfNeeded(at now: Double) -> [InterviewEvent] {
        guard state.timerEnabled else { return [] }
        let index = state.currentStep
        let step = state.steps[index].step
        let over = state.seconds(inStep: index, at: now) / 60 - budget(ofStep: index)
        let key = "over:\(step.rawValue)"
        guard over > 0, !state.warnings.contains(key) else { return [] }
        state.warnings.append(key)
        let remaining = problem.steps[(index + 1)...].map(\.title)
        return [.overTime(step: step, minutesOver: over, notDiscussed: remaining)]
    }

    /// The classic failure: half the interview gone and the model not reached.
    mutating func pacingIfNeeded(at now: Double) -> [InterviewEvent] {
        guard state.timerEnabled, !state.warnings.contains("model-not-reached") else { return [] }
        guard let modelIndex = state.steps.firstIndex(where: { $0.step == .trainEvaluate }) else { return [] }
        let share = state.totalSeconds(at: now) / 60 / max(state.totalMinutes, 1)
        guard share >= Self.modelWarningShare, state.currentStep < modelIndex else { return [] }
        let evaluation = grader.evaluation(of: AnswerDocument(text: transcript()))
        guard (evaluation.result(for: .model)?.score ?? 0) < 40 else { return [] }
        state.warnings.append("model-not-reached")
        let minutes = Int((state.totalSeconds(at: now) / 60).rounded())
        return [
            .pacing(
                "\(minutes) of \(Int(state.totalMinutes.rounded())) minutes are gone and you have not reached the model yet. "
                    + "Interviewers fail candidates who spend the interview on metrics and heuristics: move on to "
                    + "training and evaluating the model soon.")
        ]
    }

    /// The most important gap in the dimensions of the current step that has not been asked about:
    /// the missed item with the most weight, specific items first.
    func nextFollowUp() -> (itemID: String, question: String)? {
        let dimensions = Set(state.steps[state.currentStep].step.dimensions)
        let evaluation = grader.evaluation(of: AnswerDocument(text: transcript()))
        var best: (item: RubricItem, value: Double)?
        for item in problem.rubric where dimensions.contains(item.dimension) && !state.askedItems.contains(item.id) {
            guard let result = evaluation.result(for: item.dimension) else { continue }
            let covered = result.covered.first { $0.itemID == item.id }
            if covered?.depth == .covered { continue }
            let value = item.weight * (item.isSpecific ? 1.6 : 1) * (1 - (covered?.credit ?? 0))
            if best == nil || value > best!.value { best = (item, value) }
        }
        return best.map { ($0.item.id, $0.item.followUp) }
    }
}
