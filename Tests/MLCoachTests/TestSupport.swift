import Foundation
import MLCoachResources
import Testing

@testable import MLCoach

/// Shared helpers: the built-in bank, the fixture problem, grading one text, golden files.
enum TestSupport {
    /// The repository's `Tests/` folder.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The embedded resources as bank files.
    static let builtInFiles = BundledResources.files.map { ProblemBank.File(path: $0.path, text: $0.text) }

    /// The built-in bank, fully validated.
    static let bank: ProblemBank = {
        do {
            return try ProblemBank.builtIn(builtInFiles, validate: true)
        } catch {
            fatalError("the built-in bank does not load: \(error)")
        }
    }()

    /// The built-in bank plus the fixture problem `churn-prediction`.
    static let fixtureBank: ProblemBank = {
        var bank = TestSupport.bank
        let errors = bank.add([fixture("problems/churn-prediction.json")])
        precondition(errors.isEmpty, "fixture problem invalid: \(errors)")
        return bank
    }()

    /// A file under `Tests/Fixtures/`.
    static func fixture(_ relative: String) -> ProblemBank.File {
        let url = testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(relative)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return ProblemBank.File(path: "Tests/Fixtures/" + relative, text: text)
    }

    /// Grades `text` against a problem of the fixture bank.
    static func grade(_ text: String, problem id: String) -> Evaluation {
        let bank = fixtureBank
        guard let problem = bank.problem(id) else { fatalError("no problem \(id)") }
        return bank.grader(for: problem).evaluation(of: AnswerDocument(text: text))
    }

    /// The ids of the items an evaluation credits at all.
    static func credited(_ evaluation: Evaluation) -> Set<String> {
        Set(evaluation.dimensions.flatMap { $0.covered.map(\.itemID) })
    }

    /// The score of one dimension.
    static func score(_ evaluation: Evaluation, _ dimension: MLCoach.Dimension) -> Int {
        evaluation.result(for: dimension)?.score ?? -1
    }
}

/// Compares `actual` with `Tests/Golden/<name>`; with MLCOACH_RECORD=1 in the environment it
/// writes the file instead (and the test fails, so recording is never silent).
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = TestSupport.testsFolder.appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["MLCOACH_RECORD"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded golden file \(name); run again without MLCOACH_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "missing golden file Tests/Golden/\(name); record it with MLCOACH_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record(
            "output differs from Tests/Golden/\(name):\n\(lineDiff(expected, actual))", sourceLocation: sourceLocation)
    }
}

/// The first differing lines of two texts, for failure messages.
func lineDiff(_ expected: String, _ actual: String) -> String {
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for index in 0..<max(left.count, right.count) {
        let a = index < left.count ? String(left[index]) : "<end>"
        let b = index < right.count ? String(right[index]) : "<end>"
        if a != b {
            out.append("line \(index + 1):\n- \(a)\n+ \(b)")
            if out.count == 5 { break }
        }
    }
    return out.joined(separator: "\n")
}
