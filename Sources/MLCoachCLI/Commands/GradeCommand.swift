import Dispatch
import MLCoach
import MLCoachStore
import Synchronization

/// `mlcoach grade PATH...`: grades answer files and folders, in parallel on all cores, and prints
/// a report in the chosen format.
enum GradeCommand {
    /// Reports for CI systems and people.
    static let formats = ["text", "json", "jsonl", "markdown", "junit", "github", "sarif"]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let bar = BatchSummary.Bar(
            minScore: try arguments.percentage("min-score", command: "grade"),
            minDimension: try arguments.percentage("min-dimension", command: "grade"))
        let bank = try context.bank(arguments)
        let forced = arguments.value("problem")
        if let forced, bank.problem(forced) == nil {
            throw .unknownProblem(id: forced, file: nil, known: bank.problems.map(\.id))
        }
        let paths = try answerPaths(arguments.positional("paths"), context: context)
        // Reading and parsing the files is spread over all cores too; the host's file reads are
        // safe to call from several threads.
        let host = Unchecked(context)
        let known = bank.problems.map(\.id)
        let loaded = parallelMap(paths) { path in
            Result { () throws(CLIError) -> (Problem, AnswerDocument) in
                let document = AnswerDocument(text: try host.value.readText(path).text)
                guard let id = forced ?? document.problemID else { throw .noProblemNamed(file: path) }
                guard let problem = bank.problem(id) else { throw .unknownProblem(id: id, file: path, known: known) }
                return (problem, document)
            }
        }
        var jobs: [(index: Int, problem: Problem, document: AnswerDocument)] = []
        var failures: [(index: Int, failure: GradingFailure, error: CLIError)] = []
        for (index, outcome) in loaded.enumerated() {
            switch outcome {
            case .success(let (problem, document)): jobs.append((index, problem, document))
            case .failure(let error):
                failures.append((index, GradingFailure(file: paths[index], message: error.message), error))
            }
        }
        if paths.count == 1, let failure = failures.first { throw failure.error }
        let evaluations = grade(jobs, bank: bank, context: context)
        let graded = jobs.indices.map { GradedAnswer(file: paths[jobs[$0].index], evaluation: evaluations[$0]) }
        for (_, failure, _) in failures { context.err(failure.message + "\n") }
        let recordingFailed =
            arguments.has("record") && !graded.isEmpty
            && !record(graded, jobs: jobs.map { ($0.problem, $0.document) }, context: context)
        let format = arguments.value("format") ?? "text"
        if arguments.value("output") == nil, ["json", "jsonl", "text", "sarif"].contains(format) {
            // Large reports go out in pieces, so a batch never holds the whole text in memory.
            stream(graded, failures: failures.map(\.failure), bar: bar, format: format, bank: bank, context: context)
            let belowBar = graded.contains { !bar.passes($0.evaluation) }
            return exitCode(failures: failures.map(\.error), belowBar: belowBar, recordingFailed: recordingFailed)
        }
        let report = render(
            graded, failures: failures.map(\.failure), bar: bar, format: format, bank: bank,
            context: context, toFile: arguments.value("output") != nil)
        if let output = arguments.value("output") {
            if let error = context.host.writeFileAtomically(atPath: output, contents: report) {
                throw .cannotWrite(path: output, reason: error)
            }
        } else {
            context.out(report)
        }
        let belowBar = graded.contains { !bar.passes($0.evaluation) }
        return exitCode(failures: failures.map(\.error), belowBar: belowBar, recordingFailed: recordingFailed)
    }

    /// Adds graded answers to the history; false (after a warning) when the history fails.
    private static func record(
        _ graded: [GradedAnswer], jobs: [(problem: Problem, document: AnswerDocument)], context: CommandContext
    ) -> Bool {
        do {
            let store = try HistoryAccess(context: context).open()
            let now = context.host.epochSeconds()
            let stamp = context.host.timestamp()
            for (answer, job) in zip(graded, jobs) {
                // The id is claimed inside the write, so two processes recording at once never
                // take the same one.
                var suffix = 1
                while true {
                    let id = "\(stamp)-\(job.problem.id)-graded" + (suffix > 1 ? "-\(suffix)" : "")
                    let record = HistoryRecord(
                        id: id, problem: job.problem, source: .grade, status: .graded, startedAt: now, endedAt: now,
                        file: answer.file, evaluation: answer.evaluation, steps: [], transcript: job.document.body)
                    if try store.add(record) { break }
                    suffix += 1
                }
            }
            context.err("Recorded \(graded.count) answer\(graded.count == 1 ? "" : "s") in \(store.path).\n")
            return true
        } catch let error as CLIError {
            context.err("Warning: not recorded in the history: \(error.message)\n")
        } catch let error as HistoryStoreError {
            context.err("Warning: not recorded in the history: \(error.message)\n")
        } catch {
            context.err("Warning: not recorded in the history: \(error)\n")
        }
        return false
    }

    /// Grades the jobs on all cores, in chunks so a progress bar can be drawn between them. Each
    /// worker keeps its own word caches; graders are shared (they are immutable).
    static func grade(
        _ jobs: [(index: Int, problem: Problem, document: AnswerDocument)], bank: ProblemBank, context: CommandContext
    ) -> [Evaluation] {
        guard !jobs.isEmpty else { return [] }
        var problems: [Problem] = []
        var seen: Set<String> = []
        for job in jobs where seen.insert(job.problem.id).inserted { problems.append(job.problem) }
        // Compiling a rubric takes a few milliseconds; a batch over several problems does it on all cores.
        let compiled = parallelMap(problems, serialBelow: 2) { bank.grader(for: $0) }
        let graders = Dictionary(uniqueKeysWithValues: zip(problems.map(\.id), compiled))
        let workers = jobs.count < 8 ? 1 : max(1, min(System.coreCount, 16))
        let caches = (0..<workers).map { _ in Dictionary(uniqueKeysWithValues: graders.keys.map { ($0, WordCache()) }) }
        let sharedGraders = graders
        let documents = jobs.map(\.document)
        let problemIDs = jobs.map(\.problem.id)
        let results = Mutex<[Evaluation?]>([Evaluation?](repeating: nil, count: jobs.count))
        let progress = Progress(total: jobs.count, context: context)
        // Workers take the next answer from a shared counter, so no core waits for another; the
        // main thread draws the progress bar between chunks.
        let chunk = progress.isShown ? max(256, jobs.count / 20) : jobs.count
        var start = 0
        while start < jobs.count {
            let end = min(jobs.count, start + chunk)
            let next = Atomic<Int>(start)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var local: [(Int, Evaluation)] = []
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    if index >= end { break }
                    var cache = caches[worker][problemIDs[index]] ?? WordCache()
                    if let grader = sharedGraders[problemIDs[index]] {
                        local.append((index, grader.evaluation(of: documents[index], cache: &cache)))
                    }
                }
                results.withLock { all in for (index, evaluation) in local { all[index] = evaluation } }
            }
            progress.update(done: end)
            start = end
        }
        progress.finish()
        return results.withLock { $0.compactMap { $0 } }
    }

    /// Writes a JSON, JSON Lines or text report to standard output in chunks rendered on all cores.
    static func stream(
        _ graded: [GradedAnswer], failures: [GradingFailure], bar: BatchSummary.Bar, format: String, bank: ProblemBank,
        context: CommandContext
    ) {
        if format == "sarif" {
            streamSARIF(graded, failures: failures, bank: bank, context: context)
            return
        }
        let style = context.style(for: .output)
        let titles = Dictionary(uniqueKeysWithValues: bank.problems.map { ($0.id, $0.title) })
        let piece: @Sendable (GradedAnswer) -> String
        switch format {
        case "json": piece = { JSONWriter.write(EvaluationJSONRenderer.result($0), indent: 2) }
        case "jsonl": piece = { JSONWriter.write(EvaluationJSONRenderer.result($0), style: .compact) + "\n" }
        default:
            piece = { answer in
                let title = titles[answer.evaluation.problemID] ?? answer.evaluation.problemID
                return EvaluationTextRenderer.render(answer, problemTitle: title, style: style)
            }
        }
        if format == "json" { context.out("{\n  \"schemaVersion\": 1,\n  \"results\": [") }
        var start = 0
        while start < graded.count {
            let end = min(graded.count, start + 128)
            let pieces = parallelMap(Array(graded[start..<end]), piece)
            for (offset, text) in pieces.enumerated() {
                let index = start + offset
                switch format {
                case "json": context.out((index == 0 ? "\n    " : ",\n    ") + text)
                case "jsonl": context.out(text)
                default: context.out((index == 0 ? "" : "\n") + text)
                }
            }
            start = end
        }
        switch format {
        case "json":
            context.out(graded.isEmpty ? "]" : "\n  ]")
            if !failures.isEmpty {
                let errors = JSONValue.array(
                    failures.map {
                        .object([JSONMember("file", .string($0.file)), JSONMember("message", .string($0.message))])
                    })
                context.out(",\n  \"errors\": " + JSONWriter.write(errors, indent: 1))
            }
            context.out("\n}\n")
        case "jsonl":
            context.out(CIReportRenderer.jsonLines([], failures: failures))
        default:
            if graded.count + failures.count > 1 {
                context.out(
                    "\n" + style.wrap("Summary: " + BatchSummary(graded, failures: failures, bar: bar).line + ".")
                        + "\n")
            }
        }
    }

    /// Writes a SARIF log to standard output, each chunk of answers rendered on all cores.
    static func streamSARIF(
        _ graded: [GradedAnswer], failures: [GradingFailure], bank: ProblemBank, context: CommandContext
    ) {
        let log = SARIFLog(
            problems: bank.problems, used: Set(graded.map(\.evaluation.problemID)), version: context.version)
        context.out(log.header)
        var first = true
        func emit(_ results: [String]) {
            var text = ""
            for result in results {
                text += SARIFLog.separator(first: first) + result
                first = false
            }
            if !text.isEmpty { context.out(text) }
        }
        var start = 0
        while start < graded.count {
            let end = min(graded.count, start + 128)
            for results in parallelMap(Array(graded[start..<end]), { log.results(for: $0) }) { emit(results) }
            start = end
        }
        emit(log.results(for: failures))
        context.out(SARIFLog.footer(hasResults: !first))
    }

    static func render(
        _ graded: [GradedAnswer], failures: [GradingFailure], bar: BatchSummary.Bar, format: String, bank: ProblemBank,
        context: CommandContext, toFile: Bool
    ) -> String {
        switch format {
        case "json":
            let rendered = parallelMap(graded) { JSONWriter.write(EvaluationJSONRenderer.result($0), indent: 2) }
            return EvaluationJSONRenderer.report(renderedResults: rendered, failures: failures)
        case "jsonl":
            let lines = parallelMap(graded) {
                JSONWriter.write(EvaluationJSONRenderer.result($0), style: .compact) + "\n"
            }
            return lines.joined() + CIReportRenderer.jsonLines([], failures: failures)
        case "markdown": return CIReportRenderer.markdown(graded, failures: failures, bar: bar)
        case "junit": return CIReportRenderer.junit(graded, failures: failures, bar: bar)
        case "github": return CIReportRenderer.github(graded, failures: failures, bar: bar)
        case "sarif":
            return CIReportRenderer.sarif(graded, failures: failures, problems: bank.problems, version: context.version)
        default:
            var style = context.style(for: .output)
            if toFile { style.color = false }
            var out = ""
            for (index, answer) in graded.enumerated() {
                if index > 0 { out += "\n" }
                let title = bank.problem(answer.evaluation.problemID)?.title ?? answer.evaluation.problemID
                out += EvaluationTextRenderer.render(answer, problemTitle: title, style: style)
            }
            if graded.count + failures.count > 1 {
                out +=
                    "\n" + style.wrap("Summary: " + BatchSummary(graded, failures: failures, bar: bar).line + ".")
                    + "\n"
            }
            return out
        }
    }

    /// `transform` applied to every element on all cores, results in order.
    static func parallelMap<T: Sendable, U: Sendable>(
        _ elements: [T], serialBelow: Int = 16, _ transform: @Sendable @escaping (T) -> U
    ) -> [U] {
        guard elements.count >= max(2, serialBelow) else { return elements.map(transform) }
        let results = Mutex<[U?]>([U?](repeating: nil, count: elements.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(System.coreCount, 16))) { _ in
            var local: [(Int, U)] = []
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= elements.count { break }
                local.append((index, transform(elements[index])))
            }
            results.withLock { all in for (index, value) in local { all[index] = value } }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// The batch's exit code: the most serious failure wins (64, then 66, then 65), then 1, then 0.
    static func exitCode(failures: [CLIError], belowBar: Bool, recordingFailed: Bool = false) -> ExitCode {
        let codes = Set(failures.map(\.exitCode))
        for code in [ExitCode.usage, .noInput, .dataError, .software] where codes.contains(code) { return code }
        if recordingFailed { return .ioError }
        return belowBar ? .belowBar : .success
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

/// A value handed to worker threads that the compiler cannot prove thread-safe; used only for
/// calls documented as safe from several threads.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// A progress bar on standard error, drawn only on a terminal and for batches of more than a few
/// files.
struct Progress {
    let total: Int
    let context: CommandContext
    let isShown: Bool

    init(total: Int, context: CommandContext) {
        self.total = total
        self.context = context
        self.isShown = total > 5 && context.host.isTerminal(.error)
    }

    func update(done: Int) {
        guard isShown else { return }
        let style = context.style(for: .error)
        let cells = 30
        context.err("\r" + style.bar(Double(done) / Double(max(total, 1)), cells: cells) + " \(done)/\(total) answers")
    }

    func finish() {
        guard isShown else { return }
        context.err("\r" + String(repeating: " ", count: 50) + "\r")
    }
}
