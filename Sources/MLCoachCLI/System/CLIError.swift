import MLCoach
import MLCoachStore

/// Every way a command can fail. `CLIError.report` is the one place that turns them into text on
/// standard error and an exit code.
public enum CLIError: Error, Sendable {
    case usage(UsageError)
    case noProblemNamed(file: String)
    case unknownProblem(id: String, file: String?, known: [String])
    case noSuchFile(String)
    case unreadable(path: String, reason: String)
    case notText(String)
    case invalidProblems([LoadError])
    case brokenBuiltIn(LoadError)
    case cannotWrite(path: String, reason: String)
    case wouldOverwrite([String])
    case history(HistoryStoreError)
    case badImport(path: String, line: Int, field: String, message: String)
    case noSuchSession(String, known: [String])

    /// The exit code for the error.
    public var exitCode: ExitCode {
        switch self {
        case .usage, .noProblemNamed: return .usage
        case .unknownProblem, .notText, .invalidProblems: return .dataError
        case .noSuchFile, .unreadable: return .noInput
        case .brokenBuiltIn: return .software
        case .cannotWrite, .wouldOverwrite: return .cannotCreate
        case .history(.newerSchema), .badImport: return .dataError
        case .history: return .ioError
        case .noSuchSession: return .noInput
        }
    }

    /// The message for standard error (without the usage block of usage errors).
    public var message: String {
        switch self {
        case .usage(let error):
            return "Error: \(error.message)"
        case .noProblemNamed(let file):
            return
                "Error: \(file): no problem named. Add front matter at the top of the file (---, problem: ID, ---) or pass --problem ID. See 'mlcoach list' for the ids."
        case .unknownProblem(let id, let file, let known):
            let hint = Suggestion.closest(to: id, among: known).map { " Did you mean '\($0)'?" } ?? ""
            let prefix = file.map { "\($0): " } ?? ""
            return "Error: \(prefix)unknown problem '\(id)'.\(hint) Known problems: \(known.joined(separator: ", "))."
        case .noSuchFile(let path):
            return "Error: \(path): no such file or folder."
        case .unreadable(let path, let reason):
            return "Error: \(path): cannot read: \(reason)."
        case .notText(let path):
            return "Error: \(path): not UTF-8 text; answers must be Markdown or plain text."
        case .invalidProblems(let errors):
            return errors.flatMap(\.lines).joined(separator: "\n")
        case .brokenBuiltIn(let error):
            return "Error: the built-in problem bank is broken; please report this.\n"
                + error.lines.joined(separator: "\n")
        case .cannotWrite(let path, let reason):
            return "Error: \(path): cannot write: \(reason)."
        case .history(let error):
            return error.message
        case .badImport(let path, let line, let field, let message):
            let place = field.isEmpty ? "" : " at \(field)"
            return "Error: \(path):\(line):\(place) \(message). Nothing was imported."
        case .noSuchSession(let id, let known):
            let hint = known.isEmpty ? " No attempts are recorded yet." : " See 'mlcoach history' for the ids."
            return "Error: no recorded attempt '\(id)'.\(hint)"
        case .wouldOverwrite(let paths):
            return "Error: these files already exist: \(paths.joined(separator: ", ")). Nothing was written; "
                + "pass --force to overwrite them."
        }
    }
}
