extension HistoryRecord {
    /// The record of an evaluated attempt: scores, item outcomes and flags from the evaluation.
    public init(
        id: String, problem: Problem, source: Source, status: Status, startedAt: Double, endedAt: Double,
        file: String, evaluation: Evaluation, steps: [StepTime], transcript: String
    ) {
        var items: [ItemOutcome] = []
        var scores: [Dimension: Int] = [:]
        for result in evaluation.dimensions {
            scores[result.dimension] = result.score
            for covered in result.covered {
                items.append(
                    ItemOutcome(
                        itemID: covered.itemID, dimension: result.dimension, title: covered.title,
                        credit: covered.credit, outcome: covered.depth == .covered ? .covered : .mentioned,
                        line: covered.line, text: covered.evidence))
            }
            for missed in result.missed {
                items.append(
                    ItemOutcome(
                        itemID: missed.itemID, dimension: result.dimension, title: missed.title, credit: 0,
                        outcome: .missed, line: 0, text: missed.feedback))
            }
        }
        self.init(
            id: id, problemID: problem.id, problemTitle: problem.title, source: source, status: status,
            startedAt: startedAt, endedAt: endedAt, file: file, score: evaluation.score, signal: evaluation.signal,
            dimensionScores: scores, steps: steps, items: items,
            flags: evaluation.flags.map { FlagOutcome(id: $0.id, line: $0.line, message: $0.message) },
            transcript: transcript)
    }
}
