/// A SARIF 2.1.0 log built in pieces: the rules come from the problems, each answer's results are
/// rendered on their own (so a large batch can be rendered on all cores and written out as it
/// goes), and `document` puts them together.
public struct SARIFLog: Sendable {
    /// The rules, in order: not-graded, then each used problem's rubric items and red flags.
    private let rules: [JSONValue]
    private let ruleIndex: [String: Int]
    private let version: String

    /// The log's rules for the problems whose ids are in `used`.
    public init(problems: [Problem], used: Set<String>, version: String) {
        var rules: [JSONValue] = []
        var ruleIndex: [String: Int] = [:]
        func addRule(_ id: String, name: String, text: String, help: String, level: String) {
            guard ruleIndex[id] == nil else { return }
            ruleIndex[id] = rules.count
            rules.append(
                .object([
                    JSONMember("id", .string(id)),
                    JSONMember("name", .string(name)),
                    JSONMember("shortDescription", .object([JSONMember("text", .string(text))])),
                    JSONMember("help", .object([JSONMember("text", .string(help))])),
                    JSONMember("defaultConfiguration", .object([JSONMember("level", .string(level))])),
                ]))
        }
        addRule(
            "mlcoach/not-graded", name: "NotGraded", text: "The file could not be graded", help: "Fix the file.",
            level: "error")
        for problem in problems where used.contains(problem.id) {
            for item in problem.rubric {
                addRule(
                    "\(problem.id)/\(item.id)", name: Self.ruleName(item.id), text: item.title, help: item.feedback,
                    level: "note")
            }
            for flag in problem.redFlags {
                addRule(
                    "\(problem.id)/flag/\(flag.id)", name: Self.ruleName(flag.id), text: flag.message,
                    help: flag.message, level: "warning")
            }
        }
        self.rules = rules
        self.ruleIndex = ruleIndex
        self.version = version
    }

    /// The results of one answer (red flags, then missed items), each as JSON text at its depth
    /// in the document.
    public func results(for answer: GradedAnswer) -> [String] {
        let evaluation = answer.evaluation
        var out: [String] = []
        for flag in evaluation.flags {
            out.append(
                result(
                    "\(evaluation.problemID)/flag/\(flag.id)", level: "warning", message: flag.message,
                    file: answer.file, line: flag.line))
        }
        for dimension in evaluation.dimensions {
            for missed in dimension.missed {
                out.append(
                    result(
                        "\(evaluation.problemID)/\(missed.itemID)", level: "note",
                        message: "\(dimension.dimension.title): \(missed.title). \(missed.feedback)",
                        file: answer.file, line: 1))
            }
        }
        return out
    }

    /// The results for files that could not be graded.
    public func results(for failures: [GradingFailure]) -> [String] {
        failures.map { result("mlcoach/not-graded", level: "error", message: $0.message, file: $0.file, line: 1) }
    }

    /// The opening of the document, up to the first result.
    public var header: String {
        let tool = JSONValue.object([
            JSONMember(
                "driver",
                .object([
                    JSONMember("name", .string("mlcoach")),
                    JSONMember("version", .string(version)),
                    JSONMember("rules", .array(rules)),
                ]))
        ])
        return """
            {
              "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": \(JSONWriter.write(tool, indent: 3)),
                  "results": [
            """
    }

    /// What goes before a result: a comma after the previous one, a line break and the indent.
    public static func separator(first: Bool) -> String {
        (first ? "" : ",") + "\n        "
    }

    /// The end of the document after the last result.
    public static func footer(hasResults: Bool) -> String {
        (hasResults ? "\n      ]" : "]") + "\n    }\n  ]\n}\n"
    }

    /// The whole document for lists of rendered results.
    public func document(results pieces: [[String]]) -> String {
        var out = header
        var first = true
        for piece in pieces {
            for result in piece {
                out += Self.separator(first: first) + result
                first = false
            }
        }
        return out + Self.footer(hasResults: !first)
    }

    private func result(_ ruleID: String, level: String, message: String, file: String, line: Int) -> String {
        let value = JSONValue.object([
            JSONMember("ruleId", .string(ruleID)),
            JSONMember("ruleIndex", .number(Double(ruleIndex[ruleID] ?? 0))),
            JSONMember("level", .string(level)),
            JSONMember("message", .object([JSONMember("text", .string(message))])),
            JSONMember(
                "locations",
                .array([
                    .object([
                        JSONMember(
                            "physicalLocation",
                            .object([
                                JSONMember("artifactLocation", .object([JSONMember("uri", .string(file))])),
                                JSONMember("region", .object([JSONMember("startLine", .number(Double(max(1, line))))])),
                            ]))
                    ])
                ])),
        ])
        return JSONWriter.write(value, indent: 4)
    }

    private static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
