import MLCoach

/// `mlcoach exercise init DIR`: writes an exercise repository (answer files, a README for students
/// and a GitHub Actions workflow that grades them). Nothing is written when a file would be
/// overwritten without `--force`.
enum ExerciseCommand {
    /// The bar CI applies when `--min-score` is not given.
    static let defaultMinScore = 50

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let folder = arguments.positional("dir").first ?? "."
        let minScore = try arguments.percentage("min-score", command: "exercise init") ?? defaultMinScore
        let userFiles = try context.userProblemFiles(folders: [])
        let bank = try context.bank(adding: userFiles)
        let entries = try chosenEntries(arguments, bank: bank, userFiles: userFiles)
        let options = ExerciseScaffold.Options(
            minScore: minScore, source: arguments.value("source"), ref: arguments.value("ref") ?? "main",
            swiftImage: swiftImage)
        let scaffold = ExerciseScaffold(entries, options: options)
        let targets = scaffold.files.map { (path: join(folder, $0.path), contents: $0.contents) }
        if context.host.kind(ofPath: folder) == .file {
            throw .cannotWrite(path: folder, reason: "it is a file, not a folder")
        }
        // A file that already holds exactly what would be written is left alone, so running init
        // again, or inside the folder the custom problems come from, is safe.
        let pending = targets.filter { context.host.readFile(atPath: $0.path) != .bytes(Array($0.contents.utf8)) }
        let existing = pending.map(\.path).filter { context.host.kind(ofPath: $0) != .missing }
        if !existing.isEmpty, !arguments.has("force") {
            throw .wouldOverwrite(existing)
        }
        for target in pending {
            if let error = context.host.writeFileAtomically(atPath: target.path, contents: target.contents) {
                throw .cannotWrite(path: target.path, reason: error)
            }
        }
        context.out(summary(folder: folder, scaffold: scaffold, options: options))
        return .success
    }

    /// The problems named by `--problems` (comma-separated, repeatable), or every problem.
    private static func chosenEntries(
        _ arguments: ParsedArguments, bank: ProblemBank, userFiles: [ProblemBank.File]
    ) throws(CLIError) -> [ExerciseScaffold.Entry] {
        var ids = arguments.values("problems").flatMap { $0.split(separator: ",") }
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        if ids.isEmpty { ids = bank.problems.map(\.id) }
        var customJSON: [String: String] = [:]
        for file in userFiles {
            if case .success(let problem) = bank.resolve(file, validate: false) { customJSON[problem.id] = file.text }
        }
        var seen: Set<String> = []
        var entries: [ExerciseScaffold.Entry] = []
        for id in ids where seen.insert(id).inserted {
            guard let problem = bank.problem(id) else {
                throw .unknownProblem(id: id, file: nil, known: bank.problems.map(\.id))
            }
            entries.append(ExerciseScaffold.Entry(problem: problem, customJSON: customJSON[id]))
        }
        return entries
    }

    /// The Swift image the workflow builds in: the toolchain this mlcoach was built with.
    static var swiftImage: String {
        #if compiler(>=6.3)
            return "swift:6.3"
        #elseif compiler(>=6.2)
            return "swift:6.2"
        #elseif compiler(>=6.1)
            return "swift:6.1"
        #else
            return "swift:6.0"
        #endif
    }

    private static func join(_ folder: String, _ path: String) -> String {
        folder == "." ? path : (folder.hasSuffix("/") ? folder + path : folder + "/" + path)
    }

    private static func summary(
        folder: String, scaffold: ExerciseScaffold, options: ExerciseScaffold.Options
    ) -> String {
        var out = "Created an exercise in \(folder):\n"
        for file in scaffold.files { out += "  \(file.path)\n" }
        out += "\nCI fails when an answer scores below \(options.minScore) or cannot be graded.\n"
        if options.source == nil {
            out += "Before the first push, set the repository variable MLCOACH_SOURCE to the git URL of mlcoach "
            out += "(Settings > Secrets and variables > Actions > Variables), or run again with --source URL --force.\n"
        }
        out += "Try it: mlcoach grade \(join(folder, "answers"))\n"
        return out
    }
}
