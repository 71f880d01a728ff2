import MLCoach

/// `mlcoach grade PATH...`: grades answer files and prints a report per file.
enum GradeCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let minScore = try threshold(arguments, "min-score")
        let minDimension = try threshold(arguments, "min-dimension")
        let bank = try context.bank(arguments)
        let forced = arguments.value("problem")
        if let forced, bank.problem(forced) == nil {
            throw .unknownProblem(id: forced, file: nil, known: bank.problems.map(\.id))
        }
        let paths = try answerPaths(arguments.positional("paths"), context: context)
        var graders: [String: Grader] = [:]
        var caches: [String: WordCache] = [:]
        var graded: [GradedAnswer] = []
        var failures: [(GradingFailure, CLIError)] = []
        for path in paths {
            do {
                let file = try context.readText(path)
                let document = AnswerDocument(text: file.text)
                guard let id = forced ?? document.problemID else { throw CLIError.noProblemNamed(file: path) }
                guard let problem = bank.problem(id) else {
                    throw CLIError.unknownProblem(id: id, file: path, known: bank.problems.map(\.id))
                }
                let grader = graders[id] ?? bank.grader(for: problem)
                graders[id] = grader
                var cache = caches[id] ?? WordCache()
                graded.append(GradedAnswer(file: path, evaluation: grader.evaluation(of: document, cache: &cache)))
                caches[id] = cache
            } catch let error as CLIError {
                failures.append((GradingFailure(file: path, message: error.message), error))
            } catch {
                failures.append(
                    (GradingFailure(file: path, message: "\(error)"), .unreadable(path: path, reason: "\(error)")))
            }
        }
        if paths.count == 1, let (_, error) = failures.first { throw error }
        for (failure, _) in failures { context.err(failure.message + "\n") }
        if arguments.value("format") == "json" {
            context.out(EvaluationJSONRenderer.report(graded, failures: failures.map(\.0)))
        } else {
            let style = context.style(for: .output)
            for (index, answer) in graded.enumerated() {
                if index > 0 { context.out("\n") }
                let title = bank.problem(answer.evaluation.problemID)?.title ?? answer.evaluation.problemID
                context.out(EvaluationTextRenderer.render(answer, problemTitle: title, style: style))
            }
        }
        let belowBar = graded.contains { answer in
            if let minScore, answer.evaluation.score < minScore { return true }
            if let minDimension, answer.evaluation.dimensions.contains(where: { $0.score < minDimension }) {
                return true
            }
            return false
        }
        return exitCode(failures: failures.map(\.1), belowBar: belowBar)
    }

    /// The batch's exit code: the most serious failure wins (64, then 66, then 65), then 1, then 0.
    static func exitCode(failures: [CLIError], belowBar: Bool) -> ExitCode {
        let codes = Set(failures.map(\.exitCode))
        for code in [ExitCode.usage, .noInput, .dataError, .software] where codes.contains(code) { return code }
        return belowBar ? .belowBar : .success
    }

    private static func threshold(_ arguments: ParsedArguments, _ name: String) throws(CLIError) -> Int? {
        guard let text = arguments.value(name) else { return nil }
        guard let value = Int(text), (0...100).contains(value) else {
            throw .usage(
                UsageError(
                    message: "The value '\(text)' is invalid for '--\(name) <n>': use a whole number from 0 to 100.",
                    path: ["mlcoach", "grade"]))
        }
        return value
    }

    /// Files as given, folders expanded to their *.md files (recursively, sorted).
    private static func answerPaths(_ paths: [String], context: CommandContext) throws(CLIError) -> [String] {
        var result: [String] = []
        for path in paths {
            if path != "-", context.host.kind(ofPath: path) == .folder {
                result += context.host.filesRecursively(in: path).filter { $0.lowercased().hasSuffix(".md") }.sorted()
            } else {
                result.append(path)
            }
        }
        return result
    }
}
