/// A JSON text that does not parse, with the line and column (both from 1) where it went wrong.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// What is wrong, e.g. "expected ',' or '}' after an object member".
    public var message: String
    /// The line of the offending character, from 1.
    public var line: Int
    /// The column (in characters) of the offending character, from 1.
    public var column: Int
}
