/// Everything mlcoach needs from the outside world: files, standard streams, the environment and
/// the terminal. The executable passes the real one; tests pass a fake.
public protocol HostSystem: AnyObject {
    /// Writes text to standard output or standard error.
    func write(_ text: String, to stream: StandardStream)
    /// Reads a whole file.
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
    /// Writes a file atomically (temporary file, then rename), creating folders as needed.
    func writeFileAtomically(atPath path: String, contents: String) -> String?
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
