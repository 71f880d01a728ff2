import MLCoach

/// The history's tables, as a list of migrations: version N of the schema is the first N steps.
/// A database is brought up to date in one write transaction when it is opened.
enum HistorySchema {
    /// Each step's SQL, in order.
    static let migrations: [String] = [
        // 1: attempts, time per step, dimension scores and item outcomes.
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            problem TEXT NOT NULL,
            title TEXT NOT NULL,
            source TEXT NOT NULL,
            status TEXT NOT NULL,
            started_at REAL NOT NULL,
            ended_at REAL NOT NULL,
            file TEXT NOT NULL,
            score INTEGER NOT NULL,
            signal TEXT NOT NULL,
            transcript TEXT NOT NULL
        );
        CREATE TABLE session_steps (
            session_id TEXT NOT NULL,
            step TEXT NOT NULL,
            seconds REAL NOT NULL,
            PRIMARY KEY (session_id, step)
        );
        CREATE TABLE session_dimensions (
            session_id TEXT NOT NULL,
            dimension TEXT NOT NULL,
            score INTEGER NOT NULL,
            PRIMARY KEY (session_id, dimension)
        );
        CREATE TABLE session_items (
            session_id TEXT NOT NULL,
            item TEXT NOT NULL,
            dimension TEXT NOT NULL,
            title TEXT NOT NULL,
            credit REAL NOT NULL,
            outcome TEXT NOT NULL,
            line INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (session_id, item)
        );
        """,
        // 2: red flags, and attempts listed by problem and time.
        """
        CREATE TABLE session_flags (
            session_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            flag TEXT NOT NULL,
            line INTEGER NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (session_id, position)
        );
        CREATE INDEX sessions_by_problem ON sessions (problem, started_at);
        """,
    ]

    /// The schema version this mlcoach writes.
    static var latest: Int { migrations.count }

    /// Brings `database` up to `version` (default: the latest), marking it as a mlcoach history.
    static func migrate(_ database: SQLiteDatabase, to version: Int = latest) throws {
        let current = Int(try database.integer("PRAGMA user_version"))
        if current > latest {
            throw HistoryStoreError.newerSchema(path: database.path, found: current, supported: latest)
        }
        guard current < version else { return }
        try database.writeTransaction { () throws(SQLiteError) in
            // Another process may have migrated while this one waited for the lock.
            let now = Int(try database.integer("PRAGMA user_version"))
            guard now < version else { return }
            for step in now..<version { try database.execute(migrations[step]) }
            try database.execute("PRAGMA application_id = \(HistoryStore.applicationID)")
            try database.execute("PRAGMA user_version = \(version)")
        }
    }
}
