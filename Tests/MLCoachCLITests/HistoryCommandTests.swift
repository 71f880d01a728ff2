import Foundation
import Testing

@testable import MLCoachCLI

/// `history`, `progress`, `report` and `grade --record` over a real history database in a
/// temporary folder (session files stay in the fake host).
@Suite struct HistoryCommandTests {
    private let day = 86_400.0

    /// A host whose history holds three graded attempts at the fixture problem, a day apart.
    private func recordedHost() -> FakeHost {
        let host = CLIFixtures.host()
        host.addFile("answers/weak.md", CLIFixtures.text("batch/good/b-weak.md"))
        for (offset, file) in ["answers/weak.md", "answers/churn.md", "answers/churn.md"].enumerated() {
            host.wallClock = 1_796_126_400 + Double(offset) * day
            let run = CLIRun(["grade", file, "--problems", "problems", "--record", "--format", "json"], host: host)
            #expect(run.status == 0, "\(run.errors)")
            host.output = ""
            host.errors = ""
        }
        return host
    }

    @Test func theHistoryTableMatchesItsGoldenFile() {
        let host = recordedHost()
        let run = CLIRun(["history", "--problems", "problems"], host: host)
        #expect(run.status == 0, "\(run.errors)")
        expectGolden(run.output, "history.txt")
    }

    @Test func progressMatchesItsGoldenFile() {
        let host = recordedHost()
        let run = CLIRun(["progress", "--problems", "problems"], host: host)
        #expect(run.status == 0, "\(run.errors)")
        expectGolden(run.output, "progress.txt")
    }

    @Test func theJSONHistoryParsesAndHonoursProblemAndLimit() throws {
        let host = recordedHost()
        let run = CLIRun(["history", "--problems", "problems", "--format", "json", "--limit", "2"], host: host)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        #expect(sessions.count == 2)
        #expect(
            sessions.map { $0["id"] as? String } == [
                "20261201-120000-churn-prediction-graded-2", "20261201-120000-churn-prediction-graded-3",
            ])
        host.output = ""
        let none = CLIRun(["history", "--problems", "problems", "--problem", "fraud-detection"], host: host)
        #expect(none.output.hasPrefix("No attempts recorded yet."))
    }

    @Test func practiceInterviewsAreRecordedFinishedOrAbandoned() throws {
        let host = CLIFixtures.host()
        host.inputLines = ["Churn means cancelling within 30 days.", "/quit"].map { .text($0) }
        #expect(CLIRun(["practice", "churn-prediction", "--problems", "problems"], host: host).status == 0)
        host.output = ""
        #expect(CLIRun(["history", "--problems", "problems"], host: host).output.contains(" abandoned "))
        host.inputLines = ["We measure retention uplift with an A/B test.", "."].map { .text($0) }
        host.output = ""
        #expect(CLIRun(["practice", "--resume", "--problems", "problems"], host: host).status == 0)
        host.output = ""
        let history = CLIRun(["history", "--problems", "problems", "--format", "json"], host: host)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [String: Any])
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        #expect(sessions.count == 1, "resuming replaces the abandoned record")
        #expect(sessions.first?["status"] as? String == "finished")
        #expect(sessions.first?["source"] as? String == "practice")
    }

    @Test func aSessionLeftOnDiskIsRecordedTheNextTimeTheHistoryIsOpened() throws {
        // As after Ctrl-C: the session files exist, the history never heard of them.
        let source = CLIFixtures.host()
        source.inputLines = ["Churn means cancelling within 30 days.", "/quit"].map { .text($0) }
        #expect(CLIRun(["practice", "churn-prediction", "--problems", "problems"], host: source).status == 0)
        let host = CLIFixtures.host()
        for (path, bytes) in source.files where path.contains("/sessions/") {
            host.addFile(
                path.replacingOccurrences(of: source.variables["MLCOACH_HOME"]!, with: host.variables["MLCOACH_HOME"]!),
                String(decoding: bytes, as: UTF8.self))
        }
        let run = CLIRun(["history", "--problems", "problems"], host: host)
        #expect(run.output.contains("20261201-120000-churn-prediction"))
        #expect(run.output.contains(" abandoned "))
    }

    @Test func exportThenImportElsewhereAddsEverythingOnce() {
        let host = recordedHost()
        #expect(CLIRun(["history", "--export", "out/history.jsonl"], host: host).status == 0)
        let lines = String(decoding: host.files["out/history.jsonl"] ?? [], as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        let other = CLIFixtures.host()
        other.files["in.jsonl"] = host.files["out/history.jsonl"]
        let first = CLIRun(["history", "--import", "in.jsonl"], host: other)
        #expect(first.status == 0)
        #expect(first.errors.contains("Imported 3 attempts from in.jsonl."))
        other.errors = ""
        let second = CLIRun(["history", "--import", "in.jsonl"], host: other)
        #expect(second.errors.contains("Imported 0 attempts from in.jsonl (3 already in the history)."))
    }

    @Test(arguments: [
        ("{\"version\": 1, \"id\": \"x\"}", "in.jsonl:2: at problem expected a string"),
        ("{not json", "in.jsonl:2: column 2:"),
    ])
    func aBadImportLineNamesFileLineAndFieldAndImportsNothing(line: String, message: String) {
        let host = recordedHost()
        #expect(CLIRun(["history", "--export", "good.jsonl"], host: host).status == 0)
        let good = String(decoding: host.files["good.jsonl"] ?? [], as: UTF8.self).split(separator: "\n")[0]
        let other = CLIFixtures.host()
        other.addFile("in.jsonl", good + "\n" + line + "\n")
        let run = CLIRun(["history", "--import", "in.jsonl"], host: other)
        #expect(run.status == 65)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(run.errors.contains("Nothing was imported."))
        other.output = ""
        #expect(CLIRun(["history"], host: other).output.hasPrefix("No attempts recorded yet."))
    }

    @Test func theReportIsWrittenForTheLatestOrANamedAttempt() {
        let host = recordedHost()
        let latest = CLIRun(["report", "--html", "report.html", "--problems", "problems"], host: host)
        #expect(latest.status == 0, "\(latest.errors)")
        #expect(latest.errors.contains("graded-3"))
        let page = String(decoding: host.files["report.html"] ?? [], as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg"))
        let named = CLIRun(["report", "20261201-120000-churn-prediction-graded", "--html", "-"], host: host)
        #expect(named.status == 0)
        #expect(named.output.contains("</html>"))
        #expect(CLIRun(["report", "nosuch", "--html", "x.html"], host: host).status == 66)
        #expect(CLIRun(["report"], host: host).status == 64)
    }

    @Test func aHistoryThatCannotBeWrittenWarnsAndExits74ButStillGrades() throws {
        let host = CLIFixtures.host()
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-blocker-\(UUID())")
        try Data("a file, not a folder".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        host.variables["MLCOACH_HOME"] = blocker.path
        let run = CLIRun(["grade", "answers/churn.md", "--problems", "problems", "--record"], host: host)
        #expect(run.status == 74)
        #expect(run.output.contains("Score "), "the report is printed anyway")
        #expect(run.errors.contains("Warning: not recorded in the history"))
    }

    @Test func aDamagedHistoryIsMovedAsideWithANote() throws {
        let host = CLIFixtures.host()
        let home = try #require(host.variables["MLCOACH_HOME"])
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try Data(repeating: 0x7A, count: 4096).write(to: URL(fileURLWithPath: home + "/history.sqlite"))
        let run = CLIRun(["history"], host: host)
        #expect(run.status == 0)
        #expect(run.errors.contains("is not a mlcoach history"))
        #expect(FileManager.default.fileExists(atPath: home + "/history.sqlite.unreadable-20261201-120000"))
    }
}
