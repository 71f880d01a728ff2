import MLCoach

extension HistoryStore {
    /// Saves a record, replacing one with the same id (a resumed interview that is finished now).
    public func save(_ record: HistoryRecord) throws(HistoryStoreError) {
        try write { () throws(SQLiteError) in
            try delete(record.id)
            try insert(record)
        }
    }

    /// Adds a record unless one with its id is already there; returns whether it was added.
    @discardableResult
    public func add(_ record: HistoryRecord) throws(HistoryStoreError) -> Bool {
        try write { () throws(SQLiteError) -> Bool in
            let existing = try database.query("SELECT 1 FROM sessions WHERE id = ?", [.text(record.id)])
            guard existing.isEmpty else { return false }
            try insert(record)
            return true
        }
    }

    /// Each record's status, by id.
    public func statuses() throws(HistoryStoreError) -> [String: HistoryRecord.Status] {
        let rows = try read { () throws(SQLiteError) in try database.query("SELECT id, status FROM sessions") }
        var result: [String: HistoryRecord.Status] = [:]
        for row in rows {
            if let id = row[0].text, let status = row[1].text.flatMap(HistoryRecord.Status.init(rawValue:)) {
                result[id] = status
            }
        }
        return result
    }

    /// The ids of all records.
    public func ids() throws(HistoryStoreError) -> Set<String> {
        let rows = try read { () throws(SQLiteError) in try database.query("SELECT id FROM sessions") }
        return Set(rows.compactMap { $0.first?.text })
    }

    /// Records, oldest first; only `problem`'s when given, and only the newest `limit` when given.
    public func records(problem: String? = nil, limit: Int? = nil) throws(HistoryStoreError) -> [HistoryRecord] {
        try read { () throws(SQLiteError) -> [HistoryRecord] in
            var sql =
                "SELECT id, problem, title, source, status, started_at, ended_at, file, score, signal, transcript "
            sql += "FROM sessions"
            var parameters: [SQLValue] = []
            if let problem {
                sql += " WHERE problem = ?"
                parameters.append(.text(problem))
            }
            sql += " ORDER BY started_at DESC, id DESC"
            if let limit {
                sql += " LIMIT ?"
                parameters.append(.integer(Int64(limit)))
            }
            var records: [HistoryRecord] = []
            for row in try database.query(sql, parameters).reversed() {
                if let record = try self.record(row) { records.append(record) }
            }
            return records
        }
    }

    /// One record by id, if present.
    public func record(id: String) throws(HistoryStoreError) -> HistoryRecord? {
        try read { () throws(SQLiteError) -> HistoryRecord? in
            let rows = try database.query(
                "SELECT id, problem, title, source, status, started_at, ended_at, file, score, signal, transcript "
                    + "FROM sessions WHERE id = ?", [.text(id)])
            return try rows.first.flatMap { row throws(SQLiteError) in try self.record(row) }
        }
    }

    private func record(_ row: [SQLValue]) throws(SQLiteError) -> HistoryRecord? {
        guard row.count == 11, let id = row[0].text, let problem = row[1].text,
            let source = row[3].text.flatMap(HistoryRecord.Source.init(rawValue:)),
            let status = row[4].text.flatMap(HistoryRecord.Status.init(rawValue:)),
            let signal = row[9].text.flatMap(Signal.init(rawValue:))
        else { return nil }
        var scores: [Dimension: Int] = [:]
        for columns in try database.query(
            "SELECT dimension, score FROM session_dimensions WHERE session_id = ?", [.text(id)])
        {
            if let dimension = columns[0].text.flatMap(Dimension.init(rawValue:)), let score = columns[1].integer {
                scores[dimension] = Int(score)
            }
        }
        var steps: [HistoryRecord.StepTime] = []
        for columns in try database.query(
            "SELECT step, seconds FROM session_steps WHERE session_id = ?", [.text(id)])
        {
            if let step = columns[0].text.flatMap(StepID.init(rawValue:)), let seconds = columns[1].real {
                steps.append(HistoryRecord.StepTime(step: step, seconds: seconds))
            }
        }
        steps.sort { StepID.allCases.firstIndex(of: $0.step)! < StepID.allCases.firstIndex(of: $1.step)! }
        var items: [HistoryRecord.ItemOutcome] = []
        for columns in try database.query(
            "SELECT item, dimension, title, credit, outcome, line, text FROM session_items WHERE session_id = ? "
                + "ORDER BY rowid", [.text(id)])
        {
            guard let item = columns[0].text, let dimension = columns[1].text.flatMap(Dimension.init(rawValue:)),
                let outcome = columns[4].text.flatMap(HistoryRecord.ItemOutcome.Outcome.init(rawValue:))
            else { continue }
            items.append(
                HistoryRecord.ItemOutcome(
                    itemID: item, dimension: dimension, title: columns[2].text ?? "", credit: columns[3].real ?? 0,
                    outcome: outcome, line: Int(columns[5].integer ?? 0), text: columns[6].text ?? ""))
        }
        let flags = try database.query(
            "SELECT flag, line, message FROM session_flags WHERE session_id = ? ORDER BY position", [.text(id)]
        ).map {
            HistoryRecord.FlagOutcome(id: $0[0].text ?? "", line: Int($0[1].integer ?? 0), message: $0[2].text ?? "")
        }
        return HistoryRecord(
            id: id, problemID: problem, problemTitle: row[2].text ?? problem, source: source, status: status,
            startedAt: row[5].real ?? 0, endedAt: row[6].real ?? 0, file: row[7].text ?? "",
            score: Int(row[8].integer ?? 0), signal: signal, dimensionScores: scores, steps: steps, items: items,
            flags: flags, transcript: row[10].text ?? "")
    }

    private func delete(_ id: String) throws(SQLiteError) {
        for table in ["sessions"] { try database.query("DELETE FROM \(table) WHERE id = ?", [.text(id)]) }
        for table in ["session_steps", "session_dimensions", "session_items", "session_flags"] {
            try database.query("DELETE FROM \(table) WHERE session_id = ?", [.text(id)])
        }
    }

    private func insert(_ record: HistoryRecord) throws(SQLiteError) {
        try database.query(
            "INSERT INTO sessions (id, problem, title, source, status, started_at, ended_at, file, score, signal, "
                + "transcript) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                .text(record.id), .text(record.problemID), .text(record.problemTitle), .text(record.source.rawValue),
                .text(record.status.rawValue), .real(record.startedAt), .real(record.endedAt), .text(record.file),
                .integer(Int64(record.score)), .text(record.signal.rawValue), .text(record.transcript),
            ])
        for step in record.steps {
            try database.query(
                "INSERT OR REPLACE INTO session_steps (session_id, step, seconds) VALUES (?, ?, ?)",
                [.text(record.id), .text(step.step.rawValue), .real(step.seconds)])
        }
        for (dimension, score) in record.dimensionScores.sorted(by: { $0.key < $1.key }) {
            try database.query(
                "INSERT INTO session_dimensions (session_id, dimension, score) VALUES (?, ?, ?)",
                [.text(record.id), .text(dimension.rawValue), .integer(Int64(score))])
        }
        for item in record.items {
            try database.query(
                "INSERT OR REPLACE INTO session_items (session_id, item, dimension, title, credit, outcome, line, text) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(record.id), .text(item.itemID), .text(item.dimension.rawValue), .text(item.title),
                    .real(item.credit), .text(item.outcome.rawValue), .integer(Int64(item.line)), .text(item.text),
                ])
        }
        for (position, flag) in record.flags.enumerated() {
            try database.query(
                "INSERT INTO session_flags (session_id, position, flag, line, message) VALUES (?, ?, ?, ?, ?)",
                [
                    .text(record.id), .integer(Int64(position)), .text(flag.id), .integer(Int64(flag.line)),
                    .text(flag.message),
                ])
        }
    }

    private func write<T>(_ body: () throws(SQLiteError) -> T) throws(HistoryStoreError) -> T {
        do {
            return try database.writeTransaction(body)
        } catch {
            throw .database(path: path, message: error.message)
        }
    }

    private func read<T>(_ body: () throws(SQLiteError) -> T) throws(HistoryStoreError) -> T {
        do {
            return try body()
        } catch {
            throw .database(path: path, message: error.message)
        }
    }
}
