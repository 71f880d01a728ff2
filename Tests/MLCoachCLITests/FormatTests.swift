import Foundation
import Testing

@testable import MLCoachCLI

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every report format on a batch with a strong answer, a weak one and two that cannot be graded.
@Suite struct FormatTests {
    private func batchHost() -> FakeHost {
        let host = CLIFixtures.host()
        host.addFile("batch/good/a-strong.md", CLIFixtures.text("batch/good/a-strong.md"))
        host.addFile("batch/good/b-weak.md", CLIFixtures.text("batch/good/b-weak.md"))
        host.addFile("batch/bad/unknown-problem.md", CLIFixtures.text("batch/bad/unknown-problem.md"))
        host.files["batch/bad/z-binary.md"] = [0x00, 0xFF, 0x20, 0x62]
        return host
    }

    private func run(_ format: String, extra: [String] = []) -> CLIRun {
        CLIRun(
            ["grade", "batch", "--problems", "problems", "--format", format, "--min-score", "50"] + extra,
            host: batchHost())
    }

    @Test(arguments: ["text", "json", "jsonl", "markdown", "junit", "github", "sarif"])
    func everyFormatMatchesItsGoldenFileAndExits65(format: String) {
        let run = run(format)
        #expect(run.status == 65, "a file that is not text or names an unknown problem wins over the bar")
        #expect(run.errors.contains("batch/bad/z-binary.md: not UTF-8 text"))
        #expect(run.errors.contains("batch/bad/unknown-problem.md: unknown problem 'nosuch'"))
        let ext = [
            "text": "txt", "jsonl": "jsonl", "markdown": "md", "junit": "xml", "github": "txt", "sarif": "sarif",
            "json": "json",
        ]
        expectGolden(run.output, "batch.\(format).\(ext[format] ?? "txt")")
    }

    @Test func theJSONReportParsesWithTheDocumentedShape() throws {
        let object = try JSONSerialization.jsonObject(with: Data(run("json").output.utf8)) as? [String: Any]
        #expect(object?["schemaVersion"] as? Int == 1)
        let results = try #require(object?["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["file"] as? String } == ["batch/good/a-strong.md", "batch/good/b-weak.md"])
        #expect((object?["errors"] as? [[String: Any]])?.count == 2)
    }

    @Test func jsonLinesHaveOneObjectPerLine() throws {
        let lines = run("jsonl").output.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
    }

    @Test func junitXMLParsesWithOneSuitePerFileAndFailuresBelowTheBar() throws {
        let document = try XMLDocument(data: Data(run("junit").output.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.count == 4)
        #expect(suites[0].attribute(forName: "tests")?.stringValue == "7")
        #expect(suites[1].attribute(forName: "failures")?.stringValue == "1")
        #expect(suites[1].elements(forName: "testcase").first?.elements(forName: "failure").count == 1)
        #expect(suites[3].elements(forName: "testcase").first?.elements(forName: "error").count == 1)
    }

    @Test func sarifIsJSONWithRulesAndLocatedResults() throws {
        let object = try JSONSerialization.jsonObject(with: Data(run("sarif").output.utf8)) as? [String: Any]
        #expect(object?["version"] as? String == "2.1.0")
        let run = try #require((object?["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count > 30)
        let results = try #require(run["results"] as? [[String: Any]])
        let flag = try #require(
            results.first { ($0["ruleId"] as? String) == "churn-prediction/flag/accuracy-for-churn" })
        let location = ((flag["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "batch/good/b-weak.md")
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 7)
    }

    @Test(arguments: [
        ("a%b\nc\rd", "a%25b%0Ac%0Dd", "a%25b%0Ac%0Dd"),
        ("x: y, z", "x: y, z", "x%3A y%2C z"),
    ])
    func githubCommandsAreEscaped(text: String, data: String, property: String) {
        #expect(CIReportRenderer.escapeData(text) == data)
        #expect(CIReportRenderer.escapeProperty(text) == property)
    }

    @Test func outputWritesTheReportToAFile() {
        let host = batchHost()
        let run = CLIRun(
            ["grade", "batch/good", "--problems", "problems", "--format", "junit", "--output", "out/grades.xml"],
            host: host)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        #expect(String(decoding: host.files["out/grades.xml"] ?? [], as: UTF8.self).hasPrefix("<?xml"))
    }

    @Test func theTextReportEndsWithASummary() {
        let output = run("text").output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(output.contains("Summary: 2 graded, 2 could not be graded; mean score"))
        #expect(output.contains("1 passed, 1 below the bar; weakest dimension:"))
    }

    @Test func belowTheBarAloneExits1() {
        let run = CLIRun(["grade", "batch/good", "--problems", "problems", "--min-score", "50"], host: batchHost())
        #expect(run.status == 1)
    }
}
