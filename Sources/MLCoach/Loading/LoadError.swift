/// A problem file (or shared item file) that cannot be used, with every reason.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not valid JSON.
    case syntax(file: String, JSONSyntaxError)
    /// The file is JSON but breaks the format; all issues at once.
    case invalid(file: String, [ProblemIssue])
    /// The file is not UTF-8 text.
    case notText(file: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .syntax(let file, _), .invalid(let file, _), .notText(let file): return file
        }
    }

    /// One line per issue, in the form `file: error: at path: message`.
    public var lines: [String] {
        switch self {
        case .syntax(let file, let error):
            return ["\(file):\(error.line):\(error.column): error: \(error.message)"]
        case .invalid(let file, let issues):
            return issues.map { "\(file): error: \($0)" }
        case .notText(let file):
            return ["\(file): error: not UTF-8 text"]
        }
    }

    /// All lines joined.
    public var description: String { lines.joined(separator: "\n") }
}
