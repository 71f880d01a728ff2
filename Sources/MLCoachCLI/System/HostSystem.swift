/// Everything mlcoach needs from the outside world: files, standard streams, the environment and
/// the terminal. The executable passes the real one; tests pass a fake.
public protocol HostSystem: AnyObject {
    /// Writes text to standard output or standard error.
    func write(_ text: String, to stream: StandardStream)
    /// Reads a whole file. May be called from several threads at once, as may `kind(ofPath:)`.
    func readFile(atPath path: String) -> FileContents
    /// Reads standard input to its end.
    func readStandardInput() -> [UInt8]
    /// Whether a path is a file, a folder, or nothing.
    func kind(ofPath path: String) -> PathKind
    /// The paths of the regular files in a folder, recursively, relative to nothing (full paths).
    func filesRecursively(in folder: String) -> [String]
    /// The paths of the regular files directly in a folder.
    func files(in folder: String) -> [String]
    /// An environment variable.
    func environment(_ name: String) -> String?
    /// Whether a standard stream is a terminal.
    func isTerminal(_ stream: StandardStream) -> Bool
    /// Writes a file atomically (temporary file, then rename), creating folders as needed; returns
    /// an error message on failure.
    func writeFileAtomically(atPath path: String, contents: String) -> String?
    /// The folders directly inside a folder (full paths).
    func subfolders(in folder: String) -> [String]
    /// Whether standard input is a terminal.
    var isInputTerminal: Bool { get }
    /// Reads one line of standard input (without the line break).
    func readLine() -> InputLine
    /// Seconds on a monotonic clock.
    func now() -> Double
    /// The local date and time as `YYYYMMDD-HHMMSS`, for session ids.
    func timestamp() -> String
    /// The wall clock: seconds since 1970 (UTC).
    func epochSeconds() -> Double
    /// The local time zone's offset from UTC, in seconds.
    func utcOffset() -> Int
    /// A random number in `0..<bound`.
    func random(below bound: Int) -> Int
    /// Opens `text` in the user's editor ($VISUAL, $EDITOR, then vi) and returns what they saved,
    /// or an error message.
    func edit(_ text: String) -> Result<String, EditorError>
    /// Arranges for Ctrl-C to print `message` to standard error and exit with status 130.
    func exitOnInterrupt(message: String)
}

/// One read from standard input.
public enum InputLine: Equatable, Sendable {
    /// A line of text.
    case text(String)
    /// Ctrl-D at the start of a line on a terminal.
    case endOfLine
    /// The end of piped input (or of a terminal's input after Ctrl-D when it is closed).
    case endOfInput
}

/// The editor could not be run.
public struct EditorError: Error, Equatable, Sendable {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(message: String) {
        self.message = message
    }
}

/// Standard output or standard error.
public enum StandardStream: Sendable {
    case output
    case error
}

/// What reading a file produced.
public enum FileContents: Sendable, Equatable {
    case bytes([UInt8])
    case missing
    case isFolder
    case unreadable(String)
}

/// What a path names.
public enum PathKind: Sendable, Equatable {
    case file
    case folder
    case missing
}
