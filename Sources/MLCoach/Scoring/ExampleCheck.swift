/// Checks a problem's own rubric and red-flag examples against the grader: every `covers`
/// sentence must credit its item, no `misses` sentence may, every `fires` sentence must raise its
/// flag and no `quiet` sentence may.
public enum ExampleCheck {
    /// The examples that do not behave, at their JSON paths, for the items and flags whose origin
    /// is `origin` (the problem's id by default).
    public static func issues(problem: Problem, bank: ProblemBank, origin: String? = nil) -> [ProblemIssue] {
        issues(grader: bank.grader(for: problem), origin: origin ?? problem.id)
    }

    /// The examples that do not behave for the items and flags from `origin`.
    public static func issues(grader: Grader, origin: String) -> [ProblemIssue] {
        var issues: [ProblemIssue] = []
        var cache = WordCache()
        func evaluate(_ sentence: String) -> Evaluation {
            grader.evaluation(of: AnswerDocument(text: sentence), cache: &cache)
        }
        let items = grader.problem.rubric.filter { $0.origin == origin }
        for (index, item) in items.enumerated() {
            let path = JSONPath.root.appending("rubric").appending(index).appending("examples")
            for (number, sentence) in item.examples.covers.enumerated() where !covers(evaluate(sentence), item.id) {
                issues.append(
                    ProblemIssue(
                        path.appending("covers").appending(number),
                        "the grader does not credit \"\(item.id)\" for: \(sentence)"))
            }
            for (number, sentence) in item.examples.misses.enumerated() where covers(evaluate(sentence), item.id) {
                issues.append(
                    ProblemIssue(
                        path.appending("misses").appending(number), "the grader credits \"\(item.id)\" for: \(sentence)"
                    ))
            }
        }
        let flags = grader.problem.redFlags.filter { $0.origin == origin }
        for (index, flag) in flags.enumerated() {
            guard let examples = flag.examples else { continue }
            let path = JSONPath.root.appending("redFlags").appending(index).appending("examples")
            for (number, sentence) in examples.fires.enumerated() where !fires(evaluate(sentence), flag.id) {
                issues.append(
                    ProblemIssue(
                        path.appending("fires").appending(number),
                        "the red flag \"\(flag.id)\" does not fire for: \(sentence)"))
            }
            for (number, sentence) in examples.quiet.enumerated() where fires(evaluate(sentence), flag.id) {
                issues.append(
                    ProblemIssue(
                        path.appending("quiet").appending(number), "the red flag \"\(flag.id)\" fires for: \(sentence)")
                )
            }
        }
        return issues
    }

    /// Whether an evaluation credits an item at all.
    public static func covers(_ evaluation: Evaluation, _ itemID: String) -> Bool {
        evaluation.dimensions.contains { $0.covered.contains { $0.itemID == itemID } }
    }

    /// Whether an evaluation raised a flag.
    public static func fires(_ evaluation: Evaluation, _ flagID: String) -> Bool {
        evaluation.flags.contains { $0.id == flagID }
    }
}
