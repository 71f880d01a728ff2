import Foundation
import MLCoachResources
import Testing

@testable import MLCoachCLI

/// Runs the CLI in process against a fake host.
struct CLIRun {
    let status: Int32
    let output: String
    let errors: String

    init(_ arguments: [String], host: FakeHost = FakeHost()) {
        let builtIn = BundledResources.files.map { ProblemBank.File(path: $0.path, text: $0.text) }
        status = MLCoachCLI.run(arguments, host: host, builtIn: builtIn)
        output = host.output
        errors = host.errors
    }
}

enum CLIFixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The text of a file under Tests/Fixtures.
    static func text(_ relative: String) -> String {
        (try? String(contentsOf: testsFolder.appendingPathComponent("Fixtures/" + relative), encoding: .utf8)) ?? ""
    }

    /// A host with the fixture problem under `problems/` and LANG set to UTF-8.
    static func host() -> FakeHost {
        let host = FakeHost()
        host.variables["LANG"] = "C.UTF-8"
        host.addFile("problems/churn-prediction.json", text("problems/churn-prediction.json"))
        host.addFile("answers/churn.md", text("answers/churn-strong.md"))
        return host
    }
}

/// Compares with `Tests/Golden/<name>`; MLCOACH_RECORD=1 writes it (and fails, so recording is seen).
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = CLIFixtures.testsFolder.appendingPathComponent("Golden/" + name)
    if ProcessInfo.processInfo.environment["MLCOACH_RECORD"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded golden file \(name); run again without MLCOACH_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "missing golden file Tests/Golden/\(name); record it with MLCOACH_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    #expect(expected == actual, "output differs from Tests/Golden/\(name)", sourceLocation: sourceLocation)
}
