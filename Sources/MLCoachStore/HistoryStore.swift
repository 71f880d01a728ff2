import Foundation
import MLCoach

/// The practice history: one SQLite database (WAL mode, a busy timeout, a schema version with
/// migrations) holding every recorded attempt. A file that is not a mlcoach history is moved
/// aside, never deleted, and a new history is started.
public final class HistoryStore {
    /// Marks the file as a mlcoach history (`PRAGMA application_id`): "MLCH".
    public static let applicationID: Int64 = 0x4D4C_4348
    /// The database file.
    public let path: String
    /// Things the user should know about opening the store (a file moved aside).
    public private(set) var notices: [String] = []
    let database: SQLiteDatabase

    /// Opens the history at `path`, creating it (and its folder) when missing. `timestamp` names
    /// the copy a damaged or foreign file is moved to.
    public init(path: String, timestamp: String) throws(HistoryStoreError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        switch Self.openResult(path) {
        case .success(let opened): database = opened
        case .failure(.other(let error)): throw error
        case .failure(.unusable(let reason)):
            let aside = try Self.moveAside(path, timestamp: timestamp)
            notices.append(
                "\(path) is not a mlcoach history (\(reason)); moved it to \(aside) and started a new history.")
            switch Self.openResult(path) {
            case .success(let opened): database = opened
            case .failure(.other(let error)): throw error
            case .failure(.unusable(let again)): throw .cannotOpen(path: path, reason: again)
            }
        }
    }

    private enum OpenFailure: Error {
        case unusable(String)
        case other(HistoryStoreError)
    }

    /// Opens and checks the file, trying again for a while when another process holds a lock that
    /// SQLite reports at once instead of waiting (switching to WAL, a first open racing another).
    private static func openResult(_ path: String) -> Result<SQLiteDatabase, OpenFailure> {
        var attempt = 0
        while true {
            switch openAttempt(path) {
            case .failure(.locked) where attempt < 50:
                attempt += 1
                Thread.sleep(forTimeInterval: 0.1)
            case .failure(.locked(let message)):
                return .failure(.other(.database(path: path, message: message)))
            case .failure(.unusable(let reason)): return .failure(.unusable(reason))
            case .failure(.other(let error)): return .failure(.other(error))
            case .success(let database): return .success(database)
            }
        }
    }

    private enum AttemptFailure: Error {
        case unusable(String)
        case locked(String)
        case other(HistoryStoreError)
    }

    private static func openAttempt(_ path: String) -> Result<SQLiteDatabase, AttemptFailure> {
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path)
            // Read-only checks first: another program's database is never written to. Both values
            // come from one snapshot: read apart, a history another process is creating at this
            // moment would look like a foreign database (no mark yet, but tables) and be moved aside.
            let (application, objects) = try database.readTransaction { () throws(SQLiteError) in
                (
                    try database.integer("PRAGMA application_id"),
                    try database.integer("SELECT count(*) FROM sqlite_master")
                )
            }
            if application != applicationID && !(application == 0 && objects == 0) {
                return .failure(.unusable("it is another program's database"))
            }
            try database.execute("PRAGMA journal_mode=WAL")
            try HistorySchema.migrate(database)
        } catch let error as SQLiteError {
            if error.isDamagedFile { return .failure(.unusable(error.message)) }
            if error.isLocked { return .failure(.locked(error.message)) }
            return .failure(.other(.database(path: path, message: error.message)))
        } catch let error as HistoryStoreError {
            return .failure(.other(error))
        } catch {
            return .failure(.other(.database(path: path, message: "\(error)")))
        }
        return .success(database)
    }

    /// Renames the file (and its WAL and shared-memory files) to `<path>.unreadable-<timestamp>`.
    private static func moveAside(_ path: String, timestamp: String) throws(HistoryStoreError) -> String {
        let manager = FileManager.default
        var target = "\(path).unreadable-\(timestamp)"
        var suffix = 1
        while manager.fileExists(atPath: target) {
            suffix += 1
            target = "\(path).unreadable-\(timestamp)-\(suffix)"
        }
        do {
            try manager.moveItem(atPath: path, toPath: target)
        } catch {
            throw .cannotOpen(path: path, reason: "it is unreadable and could not be moved aside: \(error)")
        }
        for extra in ["-wal", "-shm"] where manager.fileExists(atPath: path + extra) {
            try? manager.moveItem(atPath: path + extra, toPath: target + extra)
        }
        return target
    }
}

/// Why the history cannot be used.
public enum HistoryStoreError: Error, Equatable, Sendable {
    /// The history cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The history was written by a newer mlcoach.
    case newerSchema(path: String, found: Int, supported: Int)
    /// SQLite failed (for example the disk is full, or another process held the lock too long).
    case database(path: String, message: String)

    /// The message for standard error.
    public var message: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "Error: \(path): cannot open the history: \(reason)."
        case .newerSchema(let path, let found, let supported):
            return
                "Error: \(path): the history has schema version \(found), but this mlcoach reads up to \(supported). Update mlcoach, or set MLCOACH_HOME to use another history."
        case .database(let path, let message):
            return "Error: \(path): history database error: \(message)."
        }
    }
}
