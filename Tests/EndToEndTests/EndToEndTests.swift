import Foundation
import Testing

/// The built binary, run as a user would run it.
@Suite struct EndToEndTests {
    @Test func theBinaryCopiedAloneToAnotherFolderListsTheFiveProblems() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("mlcoach")
        try FileManager.default.copyItem(at: BinaryRunner.binary, to: copy)
        let elsewhere = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let result = try BinaryRunner.run(["list", "--format", "json"], binary: copy, in: elsewhere)
        #expect(result.status == 0, "\(result.errors)")
        for id in ["fraud-detection", "feed-ranking", "ad-click-prediction", "poi-recommendation", "search-ranking"] {
            #expect(result.output.contains("\"id\": \"\(id)\""), "\(id)")
        }
    }

    @Test func theBuiltInProblemFilesValidateWithTheBinary() throws {
        let problems = try FileManager.default.contentsOfDirectory(
            at: BinaryRunner.root.appendingPathComponent("Resources/problems"), includingPropertiesForKeys: nil)
        let result = try BinaryRunner.run(["problems", "validate"] + problems.map(\.path).sorted())
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == 5)
    }

    @Test func aBrokenCopyFailsWith65AndNamesFileAndPath() throws {
        let result = try BinaryRunner.run(["problems", "validate", "Tests/Fixtures/broken/churn-prediction.json"])
        #expect(result.status == 65)
        #expect(
            result.errors.contains(
                "Tests/Fixtures/broken/churn-prediction.json: error: at rubric[3].weight: expected a number, found a string"
            ))
        #expect(result.errors.contains("error: at steps: step minutes add up to 49, but estimatedMinutes is 45"))
    }

    @Test(arguments: [
        (["grade", "Tests/Fixtures/answers/churn-strong.md", "--problems", "Tests/Fixtures/problems"], Int32(0)),
        (
            [
                "grade", "Tests/Fixtures/answers/churn-strong.md", "--problems", "Tests/Fixtures/problems",
                "--min-score", "95",
            ], Int32(1)
        ),
        (["grade", "Tests/Fixtures/answers/no-front-matter.md"], Int32(64)),
        (["grade", "--frobnicate"], Int32(64)),
        (["grade", "Tests/Fixtures/answers/churn-strong.md", "--problem", "nosuch"], Int32(65)),
        (["grade", "Tests/Fixtures/answers/not-text.md", "--problem", "fraud-detection"], Int32(65)),
        (["grade", "Tests/Fixtures/answers/missing.md"], Int32(66)),
    ])
    func everyExitCode(arguments: [String], status: Int32) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == status, "\(result.errors)")
        if status != 0 && status != 1 {
            #expect(result.errors.hasPrefix("Error:"))
            #expect(!result.errors.contains("Fatal error"))
        }
    }

    @Test func gradingFromStandardInputNeverWaitsForAKey() throws {
        let answer = try String(
            contentsOf: BinaryRunner.root.appendingPathComponent("Tests/Fixtures/answers/churn-strong.md"),
            encoding: .utf8)
        let result = try BinaryRunner.run(
            ["grade", "-", "--problems", "Tests/Fixtures/problems", "--format", "json"], input: answer)
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let results = try #require(json?["results"] as? [[String: Any]])
        #expect(results.first?["problem"] as? String == "churn-prediction")
        let dimensions = try #require(results.first?["dimensions"] as? [[String: Any]])
        #expect(
            dimensions.compactMap { $0["id"] as? String } == [
                "goals", "metrics", "data", "model", "serving", "monitoring",
            ])
    }

    @Test func noColourOutsideATerminal() throws {
        let result = try BinaryRunner.run(
            ["grade", "Tests/Fixtures/answers/churn-strong.md", "--problems", "Tests/Fixtures/problems"])
        #expect(!result.output.contains("\u{1B}["))
    }
}
