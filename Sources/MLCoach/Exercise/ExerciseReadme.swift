/// The README of an exercise repository, for the students who write the answers.
public enum ExerciseReadme {
    /// The README's Markdown.
    public static func markdown(_ entries: [ExerciseScaffold.Entry], options: ExerciseScaffold.Options) -> String {
        let problemsFlag = entries.contains { $0.customJSON != nil } ? " --problems problems" : ""
        var out = """
            # ML system design exercise

            Write a design for each problem below, in the answer file named next to it. Each file starts \
            with the interviewer's prompt and has one heading per step of the interview framework: \
            problem statement, metrics, requirements (training and inference), train and evaluate the \
            model, high-level design, scaling. The guiding questions under each heading are hints; text \
            inside `<!-- -->` comments is not graded.

            | Problem | Answer file | Difficulty | Time |
            |---|---|---|---:|

            """
        for entry in entries {
            let problem = entry.problem
            out +=
                "| \(problem.title) | [\(ExerciseScaffold.answerPath(problem))](\(ExerciseScaffold.answerPath(problem)))"
            out += " | \(problem.difficulty.rawValue) | \(problem.estimatedMinutes) min |\n"
        }
        out += """

            ## How your answers are graded

            Every push runs \(toolLink(options.source)) in GitHub Actions. It scores \
            each answer from 0 to 100 on six dimensions: goals, metrics, data, model, serving and \
            monitoring. The check fails when an answer scores below **\(options.minScore)** overall or \
            cannot be graded. The run's summary page shows the score table; the annotations on your \
            files say what is missing.

            The grader rewards understanding, not vocabulary: explain what you would do and why, in your \
            own words. Lists of keywords, statements you negate and answers to a different problem earn \
            little.

            ## Check your answers before you push

            With mlcoach installed (`swift build -c release` in its repository):

            ```sh
            mlcoach grade answers\(problemsFlag) --min-score \(options.minScore)
            ```

            Rehearse a problem as a timed mock interview:

            ```sh
            mlcoach practice \(entries.first?.problem.id ?? "ID")\(problemsFlag)
            ```

            """
        return out
    }

    /// "mlcoach", linked to its repository when that is a web address.
    static func toolLink(_ source: String?) -> String {
        guard let source, source.hasPrefix("https://") || source.hasPrefix("http://") else { return "mlcoach" }
        let page = source.hasSuffix(".git") ? String(source.dropLast(4)) : source
        return "[mlcoach](\(page))"
    }
}
