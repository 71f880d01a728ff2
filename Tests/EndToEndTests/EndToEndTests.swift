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

/// `mlcoach practice` driven by piped input, then its transcript graded by `mlcoach grade`.
@Suite struct PracticeEndToEndTests {
    @Test func aScriptedInterviewSavesATranscriptThatGradesToTheSameScore() throws {
        let home = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let script = """
            /ask How many subscribers do we have?
            I'll assume 20 million subscribers. Churn means cancelling within the next 30 days.
            .
            Our plan depends on the label above.
            We use log loss offline and an A/B test online for four weeks, because churn takes a month to show.
            .

            Labels come from cancellations, which arrive 30 days later. Features: listening hours and skip rate.
            .

            I'd start with a logistic regression baseline because it is cheap, then gradient-boosted trees.
            .

            """
        let practice = try BinaryRunner.run(
            ["practice", "churn-prediction", "--problems", "Tests/Fixtures/problems"], input: script,
            environment: ["MLCOACH_HOME": home.path])
        #expect(practice.status == 0, "\(practice.errors)")
        #expect(!practice.output.contains("\u{1B}["))
        let sessions = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("sessions").path)
        let transcript = home.appendingPathComponent("sessions/\(try #require(sessions.first))/transcript.md")
        let sessionScore = try #require(practice.output.split(separator: "\n").first { $0.hasPrefix("Score ") })
        let grade = try BinaryRunner.run(["grade", transcript.path, "--problems", "Tests/Fixtures/problems"])
        #expect(grade.status == 0)
        let gradeScore = try #require(grade.output.split(separator: "\n").first { $0.hasPrefix("Score ") })
        #expect(sessionScore == gradeScore)
        #expect(practice.output.contains("Transcript: \(transcript.path)"))
    }

    @Test func resumeWithNothingSavedSaysSo() throws {
        let home = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try BinaryRunner.run(["practice", "--resume"], environment: ["MLCOACH_HOME": home.path])
        #expect(result.status == 66)
        #expect(result.errors.contains("no unfinished interview to resume"))
    }
}
