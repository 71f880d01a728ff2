/// The exit statuses mlcoach uses (sysexits.h where one fits). Documented in the README.
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// An answer scored below `--min-score` or `--min-dimension`.
    case belowBar = 1
    /// The command line is wrong.
    case usage = 64
    /// Input is not valid: an answer that is not text, an unknown problem, an invalid problem file.
    case dataError = 65
    /// A named file does not exist or cannot be read.
    case noInput = 66
    /// mlcoach itself is broken (for example a built-in resource is invalid).
    case software = 70
    /// An output file cannot be written.
    case cannotCreate = 73
    /// The history database failed (locked too long, disk full, unreadable).
    case ioError = 74
    /// Interrupted (Ctrl-C).
    case interrupted = 130
}
