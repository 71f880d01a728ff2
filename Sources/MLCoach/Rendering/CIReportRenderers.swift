/// Renderers for CI systems: JSON Lines, a Markdown summary, JUnit XML, GitHub workflow commands
/// and SARIF. Each takes the graded answers, the failures and the bar, and returns the text.
public enum CIReportRenderer {
    /// One JSON object per line: each result, then `{"file", "error"}` for each failure.
    public static func jsonLines(_ answers: [GradedAnswer], failures: [GradingFailure]) -> String {
        var out = ""
        for answer in answers { out += JSONWriter.write(EvaluationJSONRenderer.result(answer), style: .compact) + "\n" }
        for failure in failures {
            out +=
                JSONWriter.write(
                    .object([JSONMember("file", .string(failure.file)), JSONMember("error", .string(failure.message))]),
                    style: .compact) + "\n"
        }
        return out
    }

    /// A Markdown summary fit for `$GITHUB_STEP_SUMMARY`: one row per answer and the totals.
    public static func markdown(
        _ answers: [GradedAnswer], failures: [GradingFailure], bar: BatchSummary.Bar
    ) -> String {
        let summary = BatchSummary(answers, failures: failures, bar: bar)
        var out = "## mlcoach grades\n\n"
        out +=
            "| File | Problem | Score | Signal | Goals | Metrics | Data | Model | Serving | Monitoring | Red flags | Result |\n"
        out += "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n"
        for answer in answers {
            let evaluation = answer.evaluation
            let scores = Dimension.allCases.map { String(evaluation.result(for: $0)?.score ?? 0) }
            let result = bar.passes(evaluation) ? "✅ pass" : "❌ " + bar.reasons(evaluation).joined(separator: "; ")
            out +=
                "| \(cell(answer.file)) | \(evaluation.problemID) | \(evaluation.score) | \(evaluation.signal.rawValue) | "
            out += scores.joined(separator: " | ") + " | \(evaluation.flags.count) | \(cell(result)) |\n"
        }
        for failure in failures {
            out += "| \(cell(failure.file)) | | | | | | | | | | | ⚠️ \(cell(failure.message)) |\n"
        }
        out += "\n**Summary:** \(summary.line).\n"
        return out
    }

    /// JUnit XML: one test suite per answer file, one test case per dimension plus one for the
    /// overall score; a failure where a score is below the bar, with the missed items as its text.
    public static func junit(_ answers: [GradedAnswer], failures: [GradingFailure], bar: BatchSummary.Bar) -> String {
        var suites = ""
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for answer in answers {
            let evaluation = answer.evaluation
            var cases = ""
            var failed = 0
            let overallFails = bar.minScore.map { evaluation.score < $0 } ?? false
            cases += "    <testcase classname=\"\(xml(evaluation.problemID))\" name=\"overall\" time=\"0\">\n"
            if overallFails {
                failed += 1
                let message = "score \(evaluation.score) is below \(bar.minScore ?? 0)"
                let text = evaluation.improvements.map(\.text).joined(separator: "\n")
                cases += "      <failure message=\"\(xml(message))\" type=\"score\">\(xml(text))</failure>\n"
            }
            cases +=
                "      <system-out>\(xml("score \(evaluation.score), \(evaluation.signal.rawValue)"))</system-out>\n"
            cases += "    </testcase>\n"
            for result in evaluation.dimensions {
                cases +=
                    "    <testcase classname=\"\(xml(evaluation.problemID))\" name=\"\(result.dimension.rawValue)\" time=\"0\">\n"
                if let minimum = bar.minDimension, result.score < minimum {
                    failed += 1
                    let message = "\(result.dimension.rawValue) \(result.score) is below \(minimum)"
                    let missed = result.missed.map { "- \($0.title): \($0.feedback)" }.joined(separator: "\n")
                    cases += "      <failure message=\"\(xml(message))\" type=\"dimension\">\(xml(missed))</failure>\n"
                }
                cases += "      <system-out>\(xml("\(result.dimension.rawValue) \(result.score)"))</system-out>\n"
                cases += "    </testcase>\n"
            }
            totalTests += 7
            totalFailures += failed
            suites +=
                "  <testsuite name=\"\(xml(answer.file))\" tests=\"7\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
            suites += cases + "  </testsuite>\n"
        }
        for failure in failures {
            totalTests += 1
            totalErrors += 1
            suites +=
                "  <testsuite name=\"\(xml(failure.file))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">\n"
            suites += "    <testcase classname=\"mlcoach\" name=\"load\" time=\"0\">\n"
            suites += "      <error message=\"\(xml(failure.message))\" type=\"load\"/>\n"
            suites += "    </testcase>\n  </testsuite>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"mlcoach\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\" time=\"0\">\n"
        return out + suites + "</testsuites>\n"
    }

    /// GitHub Actions workflow commands: errors for red flags and answers below the bar, warnings
    /// for missing steps, notices for weak dimensions; escaped as GitHub requires.
    public static func github(_ answers: [GradedAnswer], failures: [GradingFailure], bar: BatchSummary.Bar) -> String {
        var out = ""
        for answer in answers {
            let evaluation = answer.evaluation
            for flag in evaluation.flags {
                out += command(
                    "error", file: answer.file, line: flag.line, title: "Red flag: \(flag.id)", message: flag.message)
            }
            for reason in bar.reasons(evaluation) {
                out += command("error", file: answer.file, line: nil, title: "Below the bar", message: reason)
            }
            if !evaluation.sections.isEmpty {
                let missing = StepID.allCases.filter { step in !evaluation.sections.contains { $0.step == step } }
                for step in missing {
                    out += command(
                        "warning", file: answer.file, line: nil, title: "Missing step",
                        message: "No section for \(step.defaultTitle.lowercased()).")
                }
            }
            for result in evaluation.dimensions where result.score < 50 {
                let advice = result.missed.first.map { " Next: \($0.title). \($0.feedback)" } ?? ""
                out += command(
                    "notice", file: answer.file, line: nil, title: "Weak dimension: \(result.dimension.rawValue)",
                    message: "\(result.dimension.title) scores \(result.score)/100.\(advice)")
            }
        }
        for failure in failures {
            out += command("error", file: failure.file, line: nil, title: "Not graded", message: failure.message)
        }
        let summary = BatchSummary(answers, failures: failures, bar: bar)
        out += command("notice", file: nil, line: nil, title: "mlcoach", message: summary.line)
        return out
    }

    /// SARIF 2.1.0 for code-scanning viewers: one rule per rubric item and red flag, results for
    /// red flags (with their line) and missed items, and files that could not be graded.
    public static func sarif(
        _ answers: [GradedAnswer], failures: [GradingFailure], problems: [Problem], version: String
    ) -> String {
        let log = SARIFLog(problems: problems, used: Set(answers.map(\.evaluation.problemID)), version: version)
        var pieces = answers.map { log.results(for: $0) }
        pieces.append(log.results(for: failures))
        return log.document(results: pieces)
    }

    /// A workflow command line with GitHub's escaping of properties and data.
    static func command(_ kind: String, file: String?, line: Int?, title: String, message: String) -> String {
        var properties: [String] = []
        if let file { properties.append("file=" + escapeProperty(file)) }
        if let line { properties.append("line=\(line)") }
        properties.append("title=" + escapeProperty(title))
        return "::\(kind) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// Workflow command data: `%`, CR and LF escaped.
    public static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// Workflow command properties: data escapes plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }

    /// Text safe inside XML attributes and elements.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 forbids most control characters.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        text.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
    }
}
