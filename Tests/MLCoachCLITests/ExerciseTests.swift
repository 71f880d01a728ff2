import Foundation
import Testing

@testable import MLCoachCLI

/// `mlcoach exercise init`: the files it writes, that they grade, and that it never overwrites.
@Suite struct ExerciseTests {
    private let workflowPath = ".github/workflows/mlcoach.yml"

    private func text(_ host: FakeHost, _ path: String) -> String {
        String(decoding: host.files[path] ?? [], as: UTF8.self)
    }

    @Test func theScaffoldMatchesItsGoldenFiles() {
        let host = CLIFixtures.host()
        host.variables["MLCOACH_PROBLEMS"] = "problems"
        let run = CLIRun(
            [
                "exercise", "init", "hw", "--problems", "churn-prediction,fraud-detection", "--min-score", "60",
                "--source", "https://git.example.org/mlcoach.git", "--ref", "v1.0",
            ], host: host)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        expectGolden(run.output, "exercise-init.txt")
        expectGolden(text(host, "hw/answers/churn-prediction.md"), "exercise-answer.md")
        expectGolden(text(host, "hw/README.md"), "exercise-readme.md")
        expectGolden(text(host, "hw/" + workflowPath), "exercise-workflow.yml")
        #expect(host.files["hw/answers/fraud-detection.md"] != nil)
        #expect(
            text(host, "hw/problems/churn-prediction.json") == CLIFixtures.text("problems/churn-prediction.json"),
            "a problem that is not built in is copied so CI can grade against it")
        #expect(host.files["hw/problems/fraud-detection.json"] == nil, "built-in problems are not copied")
    }

    @Test func untouchedAnswersGradeLowWithEverySectionFoundAndNoErrors() throws {
        let host = CLIFixtures.host()
        #expect(CLIRun(["exercise", "init", "hw"], host: host).status == 0)
        host.output = ""
        let run = CLIRun(["grade", "hw/answers", "--format", "json"], host: host)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(
            results.count == CLIRun(["list", "--format", "json"]).output.components(separatedBy: "\"id\"").count - 1)
        for result in results {
            #expect((result["score"] as? Int ?? 100) <= 5, "\(result["file"] ?? "")")
            let steps = (result["sections"] as? [[String: Any]] ?? []).compactMap { $0["step"] as? String }
            #expect(steps == StepID.allCases.map(\.rawValue), "every heading maps to its step: \(steps)")
        }
        #expect(CLIRun(["grade", "hw/answers", "--min-score", "50"], host: host).status == 1)
    }

    @Test func theWorkflowCommandsRunAsWritten() throws {
        let host = CLIFixtures.host()
        host.files["answers/churn.md"] = nil
        host.variables["MLCOACH_PROBLEMS"] = "problems"
        // Initialising the folder the custom problems live in is fine: their copies would be identical.
        #expect(
            CLIRun(["exercise", "init", ".", "--problems", "churn-prediction", "--min-score", "40"], host: host).status
                == 0)
        host.variables["MLCOACH_PROBLEMS"] = nil
        host.addFile("answers/churn-prediction.md", CLIFixtures.text("answers/churn-strong.md"))
        let commands = text(host, workflowPath).split(separator: "\n")
            .compactMap { line -> [String]? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("run: mlcoach ") else { return nil }
                let command = trimmed.dropFirst("run: mlcoach ".count).components(separatedBy: " >>")[0]
                return command.replacingOccurrences(of: "\"$MIN_SCORE\"", with: "40").split(separator: " ").map(
                    String.init)
            }
        #expect(commands.count == 2)
        #expect(text(host, workflowPath).contains("MIN_SCORE: '40'"))
        for command in commands {
            host.output = ""
            let run = CLIRun(command, host: host)
            #expect(run.status == 0, "\(command): \(run.errors)")
        }
        #expect(commands.contains { $0.contains("github") } && commands.contains { $0.contains("markdown") })
        #expect(host.output.contains("::notice title=mlcoach::1 graded"))
    }

    @Test func existingFilesAreNeverOverwrittenWithoutForce() {
        let host = CLIFixtures.host()
        host.addFile("hw/README.md", "my notes\n")
        let refused = CLIRun(["exercise", "init", "hw", "--problems", "fraud-detection"], host: host)
        #expect(refused.status == 73)
        #expect(refused.errors.contains("hw/README.md"))
        #expect(refused.errors.contains("--force"))
        #expect(text(host, "hw/README.md") == "my notes\n")
        #expect(host.files["hw/answers/fraud-detection.md"] == nil, "nothing is written when anything would be lost")
        let forced = CLIRun(["exercise", "init", "hw", "--problems", "fraud-detection", "--force"], host: host)
        #expect(forced.status == 0)
        #expect(text(host, "hw/README.md").hasPrefix("# ML system design exercise"))
    }

    @Test(arguments: [
        (["exercise", "init", "hw", "--problems", "fraud-detectoin"], Int32(65), "Did you mean 'fraud-detection'?"),
        (["exercise", "init", "hw", "--min-score", "high"], Int32(64), "use a whole number from 0 to 100"),
        (["exercise", "init"], Int32(64), "Missing expected argument '<dir>'"),
    ])
    func badInputIsAClearError(arguments: [String], status: Int32, message: String) {
        let host = CLIFixtures.host()
        let run = CLIRun(arguments, host: host)
        #expect(run.status == status)
        #expect(run.errors.contains(message), "\(run.errors)")
        #expect(!host.files.keys.contains { $0.hasPrefix("hw/") })
    }

    @Test func aFileInTheWayOfTheFolderIsACannotCreateError() {
        let host = CLIFixtures.host()
        host.addFile("hw", "not a folder")
        let run = CLIRun(["exercise", "init", "hw"], host: host)
        #expect(run.status == 73)
        #expect(run.errors.contains("hw: cannot write: it is a file, not a folder"))
    }
}
