/// One thing wrong in a problem file, at a JSON path.
public struct ProblemIssue: Equatable, Sendable, CustomStringConvertible {
    /// Where in the document.
    public var path: JSONPath
    /// What is wrong.
    public var message: String

    /// Creates an issue.
    public init(_ path: JSONPath, _ message: String) {
        self.path = path
        self.message = message
    }

    /// `at rubric[3].weight: expected a number, found a string`.
    public var description: String { "at \(path): \(message)" }
}
