import Foundation
import Synchronization
import Testing

@testable import MLCoach
@testable import MLCoachStore

/// The history database: round trips, idempotent adds, migrations, damaged and foreign files, and
/// concurrent writers.
@Suite struct HistoryStoreTests {
    private func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func sample(_ id: String, problem: String = "fraud-detection", score: Int = 62, at time: Double = 1_000)
        -> HistoryRecord
    {
        HistoryRecord(
            id: id, problemID: problem, problemTitle: "Fraud", source: .practice, status: .finished, startedAt: time,
            endedAt: time + 2_400, file: "/tmp/\(id)/transcript.md", score: score, signal: .leanHire,
            dimensionScores: [
                .goals: 80, .metrics: 70, .data: 60, .model: 65, .serving: 40, .monitoring: score / 3,
            ],
            steps: [
                .init(step: .problemStatement, seconds: 300), .init(step: .metrics, seconds: 420.5),
            ],
            items: [
                .init(
                    itemID: "pr-auc", dimension: .metrics, title: "PR-AUC", credit: 0.9, outcome: .covered, line: 12,
                    text: "we use PR-AUC because fraud is rare"),
                .init(
                    itemID: "drift", dimension: .monitoring, title: "Drift", credit: 0, outcome: .missed, line: 0,
                    text: "Monitor drift."),
            ],
            flags: [.init(id: "accuracy", line: 7, message: "Accuracy hides fraud.")],
            transcript: "# Fraud\n\nIt's \"quoted\" and has ' quotes.\n")
    }

    @Test func aRecordReadsBackAsItWasSaved() throws {
        let path = try folder() + "/history.sqlite"
        let store = try HistoryStore(path: path, timestamp: "t")
        try store.save(Self.sample("s1"))
        #expect(try store.records() == [Self.sample("s1")])
        #expect(try store.record(id: "s1") == Self.sample("s1"))
        #expect(try store.record(id: "nope") == nil)
        #expect(store.notices.isEmpty)
    }

    @Test func savingAgainReplacesAndAddingAgainAddsNothing() throws {
        let store = try HistoryStore(path: try folder() + "/h.sqlite", timestamp: "t")
        try store.save(Self.sample("s1", score: 10))
        try store.save(Self.sample("s1", score: 90))
        #expect(try store.records().map(\.score) == [90])
        #expect(try store.add(Self.sample("s1", score: 5)) == false)
        #expect(try store.add(Self.sample("s2", at: 2_000)) == true)
        #expect(try store.records().map(\.id) == ["s1", "s2"])
    }

    @Test func recordsFilterByProblemAndKeepTheNewest() throws {
        let store = try HistoryStore(path: try folder() + "/h.sqlite", timestamp: "t")
        for index in 0..<5 {
            try store.save(
                Self.sample("s\(index)", problem: index.isMultiple(of: 2) ? "a" : "b", at: Double(index) * 100))
        }
        #expect(try store.records(problem: "a").map(\.id) == ["s0", "s2", "s4"])
        #expect(try store.records(limit: 2).map(\.id) == ["s3", "s4"], "the newest two, oldest first")
    }

    @Test func anOlderSchemaIsMigratedAndKeepsItsData() throws {
        let path = try folder() + "/h.sqlite"
        do {
            let database = try SQLiteDatabase(path: path)
            try HistorySchema.migrate(database, to: 1)
            try database.query(
                "INSERT INTO sessions VALUES ('old', 'fraud-detection', 'Fraud', 'grade', 'graded', 5, 6, 'a.md', 40, "
                    + "'no-hire', 'text')")
        }
        let store = try HistoryStore(path: path, timestamp: "t")
        #expect(try store.database.integer("PRAGMA user_version") == Int64(HistorySchema.latest))
        let old = try #require(try store.record(id: "old"))
        #expect(old.score == 40 && old.flags.isEmpty && old.transcript == "text")
        try store.save(Self.sample("new"))
        #expect(try store.record(id: "new")?.flags.count == 1, "the migrated schema has the flags table")
    }

    @Test func aNewerSchemaIsAClearErrorAndTheFileIsLeftAlone() throws {
        let path = try folder() + "/h.sqlite"
        do {
            let database = try SQLiteDatabase(path: path)
            try HistorySchema.migrate(database)
            try database.execute("PRAGMA user_version = 99")
        }
        #expect(throws: HistoryStoreError.newerSchema(path: path, found: 99, supported: HistorySchema.latest)) {
            _ = try HistoryStore(path: path, timestamp: "t")
        }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: ["garbage", "foreign"])
    func aDamagedOrForeignFileIsMovedAsideNeverDeleted(kind: String) throws {
        let path = try folder() + "/h.sqlite"
        if kind == "garbage" {
            try Data(repeating: 0x41, count: 5_000).write(to: URL(fileURLWithPath: path))
        } else {
            let database = try SQLiteDatabase(path: path)
            try database.execute("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')")
        }
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = try HistoryStore(path: path, timestamp: "20261201-120000")
        let aside = path + ".unreadable-20261201-120000"
        #expect(store.notices.count == 1)
        #expect(store.notices[0].contains("moved it to \(aside)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == original)
        try store.save(Self.sample("s1"))
        #expect(try store.records().count == 1)
    }

    @Test func twoConnectionsWritingAtOnceBothSucceed() throws {
        let path = try folder() + "/h.sqlite"
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let store = try HistoryStore(path: path, timestamp: "t")
                // Racing first opens: neither may take the other's new history for a foreign file.
                failures.withLock { $0 += store.notices }
                for index in 0..<40 {
                    try store.save(Self.sample("w\(writer)-\(index)", at: Double(index)))
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        #expect(try HistoryStore(path: path, timestamp: "t").ids().count == 80)
    }
}
