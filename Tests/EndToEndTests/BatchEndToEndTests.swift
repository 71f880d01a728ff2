import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `mlcoach grade FOLDER` with the real binary and file system: good answers, answers that cannot
/// be graded and files that cannot be read, in one batch; and an exercise created and graded.
@Suite struct BatchEndToEndTests {
    private let fixtures = BinaryRunner.root.appendingPathComponent("Tests/Fixtures")
    private let isRoot = getuid() == 0

    /// good/a-strong.md, good/b-weak.md, bad/unknown-problem.md, bad/z-binary.md,
    /// bad/broken-link.md (a dangling symbolic link), bad/locked.md (mode 000) and notes.txt.
    private func submissions() throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        let manager = FileManager.default
        for sub in ["good", "bad"] {
            try manager.copyItem(
                at: fixtures.appendingPathComponent("batch/\(sub)"), to: folder.appendingPathComponent(sub))
        }
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("bad/broken-link.md").path, withDestinationPath: "gone.md")
        let locked = folder.appendingPathComponent("bad/locked.md")
        try manager.copyItem(at: fixtures.appendingPathComponent("batch/good/b-weak.md"), to: locked)
        try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        try Data("not an answer".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        return folder
    }

    private func grade(_ folder: URL, _ extra: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(
            ["grade", folder.path, "--problems", fixtures.appendingPathComponent("problems").path] + extra)
    }

    @Test func aMixedFolderIsGradedReportedAndExits66() throws {
        let folder = try submissions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try grade(folder, ["--format", "json", "--min-score", "50"])
        #expect(result.status == 66, "an unreadable file is the most serious failure in this batch")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        let errors = try #require(report["errors"] as? [[String: Any]])
        let graded = results.compactMap { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
        #expect(
            graded.filter { $0 != "locked.md" } == ["a-strong.md", "b-weak.md"],
            "sorted, and .txt files are not answers")
        #expect(graded.count == (isRoot ? 3 : 2), "as root a mode-000 file is still readable")
        let failed = errors.compactMap { ($0["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
        #expect(failed.contains("broken-link.md") && failed.contains("unknown-problem.md"))
        #expect(failed.contains("z-binary.md"))
        if !isRoot { #expect(failed.contains("locked.md")) }
        #expect(result.errors.contains("broken-link.md: cannot read: it is a broken symbolic link to gone.md."))
        #expect(result.errors.contains("unknown-problem.md: unknown problem 'nosuch'"))
        #expect(result.errors.contains("z-binary.md: not UTF-8 text"))
        #expect(!result.errors.contains("Fatal error"))
    }

    @Test func invalidAnswersWinOverTheBarAndTheBarOverSuccess() throws {
        let folder = try submissions()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bad/broken-link.md"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bad/locked.md"))
        #expect(try grade(folder, ["--min-score", "50"]).status == 65)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bad"))
        #expect(try grade(folder, ["--min-score", "50"]).status == 1)
        let passing = try grade(folder, ["--min-score", "0"])
        #expect(passing.status == 0)
        #expect(passing.output.contains("Summary: 2 graded; mean score"))
    }

    @Test func theJUnitReportWrittenToAFileParsesBack() throws {
        let folder = try submissions()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("out/grades.xml")
        let result = try grade(folder, ["--format", "junit", "--output", report.path, "--min-score", "50"])
        #expect(result.status == 66)
        #expect(result.output.isEmpty)
        let document = try XMLDocument(contentsOf: report)
        let suites = try document.nodes(forXPath: "/testsuites/testsuite")
        #expect(suites.count == 6, "one suite per answer file, graded or not")
        #expect(try document.nodes(forXPath: "//failure").count >= 1)
        #expect(try document.nodes(forXPath: "//error").count == (isRoot ? 3 : 4))
    }

    @Test func anExerciseIsCreatedAndItsUntouchedAnswersGradeWithoutErrors() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try BinaryRunner.run(["exercise", "init", "hw", "--min-score", "40"], in: folder)
        #expect(created.status == 0, "\(created.errors)")
        let workflow = try String(
            contentsOf: folder.appendingPathComponent("hw/.github/workflows/mlcoach.yml"), encoding: .utf8)
        #expect(workflow.contains("--format github"))
        let graded = try BinaryRunner.run(
            ["grade", "answers", "--format", "github"], in: folder.appendingPathComponent("hw"))
        #expect(graded.status == 0, "\(graded.errors)")
        #expect(graded.errors.isEmpty)
        #expect(graded.output.contains("::notice title=mlcoach::5 graded; mean score 0.0"))
        #expect(!graded.output.contains("Missing step"), "every step heading is recognised")
        let again = try BinaryRunner.run(["exercise", "init", "hw", "--min-score", "60"], in: folder)
        #expect(again.status == 73)
        #expect(again.errors.contains("--force"))
    }
}
