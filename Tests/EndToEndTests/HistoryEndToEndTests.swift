import Foundation
import Synchronization
import Testing

/// The history with the real binary: two processes recording at once, and a practice interview
/// that ends up in `history` and `report`.
@Suite struct HistoryEndToEndTests {
    private let answer = BinaryRunner.root.appendingPathComponent("Tests/Fixtures/answers/churn-strong.md").path
    private let problems = BinaryRunner.root.appendingPathComponent("Tests/Fixtures/problems").path

    @Test func twoProcessesRecordingAtOnceBothSucceed() throws {
        let home = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let statuses = Mutex<[Int32]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<6 {
                let result = try? BinaryRunner.run(
                    ["grade", answer, "--problems", problems, "--record", "--format", "markdown"],
                    environment: ["MLCOACH_HOME": home.path])
                statuses.withLock { $0.append(result?.status ?? -1) }
            }
        }
        #expect(statuses.withLock { $0 } == [Int32](repeating: 0, count: 12))
        let history = try BinaryRunner.run(
            ["history", "--format", "json", "--problems", problems], environment: ["MLCOACH_HOME": home.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [String: Any])
        #expect((json["sessions"] as? [Any])?.count == 12, "every recording kept, none replaced")
    }

    @Test func aPipedPracticeIsInTheHistoryAndItsReport() throws {
        let home = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["MLCOACH_HOME": home.path]
        let practice = try BinaryRunner.run(
            ["practice", "churn-prediction", "--problems", problems],
            input: "Churn means cancelling within 30 days.\n.\n", environment: environment)
        #expect(practice.status == 0, "\(practice.errors)")
        let history = try BinaryRunner.run(["history", "--problems", problems], environment: environment)
        #expect(history.output.contains("churn-prediction practice"))
        let page = home.appendingPathComponent("report.html")
        let report = try BinaryRunner.run(
            ["report", "--html", page.path, "--problems", problems], environment: environment)
        #expect(report.status == 0, "\(report.errors)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("Churn means cancelling within 30 days."))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("history.sqlite").path))
    }
}
