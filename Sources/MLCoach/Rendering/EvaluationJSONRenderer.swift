/// Renders evaluations as the stable JSON report (schemaVersion 1). Fields may be added, never
/// removed or renamed.
public enum EvaluationJSONRenderer {
    /// The whole report: `{"schemaVersion":1,"results":[...]}`, plus `errors` when some files failed.
    public static func report(_ answers: [GradedAnswer], failures: [GradingFailure] = []) -> String {
        var members = [
            JSONMember("schemaVersion", .number(1)),
            JSONMember("results", .array(answers.map(result))),
        ]
        if !failures.isEmpty {
            members.append(
                JSONMember(
                    "errors",
                    .array(
                        failures.map {
                            .object([JSONMember("file", .string($0.file)), JSONMember("message", .string($0.message))])
                        })))
        }
        return JSONWriter.write(.object(members)) + "\n"
    }

    /// The same report from result objects already written with `JSONWriter.write(_:indent: 2)`
    /// (so a batch can write them in parallel).
    public static func report(renderedResults: [String], failures: [GradingFailure]) -> String {
        var out = "{\n  \"schemaVersion\": 1,\n  \"results\": "
        if renderedResults.isEmpty {
            out += "[]"
        } else {
            out += "[\n    " + renderedResults.joined(separator: ",\n    ") + "\n  ]"
        }
        if !failures.isEmpty {
            let errors = JSONValue.array(
                failures.map {
                    .object([JSONMember("file", .string($0.file)), JSONMember("message", .string($0.message))])
                })
            out += ",\n  \"errors\": " + JSONWriter.write(errors, indent: 1)
        }
        return out + "\n}\n"
    }

    /// One answer's result object.
    public static func result(_ answer: GradedAnswer) -> JSONValue {
        let evaluation = answer.evaluation
        return .object([
            JSONMember("file", .string(answer.file)),
            JSONMember("problem", .string(evaluation.problemID)),
            JSONMember("score", .number(Double(evaluation.score))),
            JSONMember("signal", .string(evaluation.signal.rawValue)),
            JSONMember("dimensions", .array(evaluation.dimensions.map(dimension))),
            JSONMember("flags", .array(evaluation.flags.map(flag))),
            JSONMember("improvements", .array(evaluation.improvements.map { .string($0.text) })),
            JSONMember("dismissals", .array(evaluation.dismissals.map(dismissal))),
            JSONMember(
                "sections",
                .array(
                    evaluation.sections.map {
                        .object([
                            JSONMember("step", .string($0.step.rawValue)), JSONMember("line", .number(Double($0.line))),
                            JSONMember("heading", .string($0.heading)),
                        ])
                    })),
            JSONMember("wordCount", .number(Double(evaluation.wordCount))),
            JSONMember("topicality", .number(evaluation.topicality)),
            JSONMember("evidenceDensity", .number(evaluation.evidenceDensity)),
        ])
    }

    private static func dimension(_ result: DimensionResult) -> JSONValue {
        var members = [

            JSONMember("id", .string(result.dimension.rawValue)),
            JSONMember("score", .number(Double(result.score))),
            JSONMember("coverage", .number(result.coverage)),
            JSONMember(
                "covered",
                .array(
                    result.covered.map {
                        .object([
                            JSONMember("item", .string($0.itemID)),
                            JSONMember("line", .number(Double($0.line))),
                            JSONMember("evidence", .string($0.evidence)),
                            JSONMember("title", .string($0.title)),
                            JSONMember("depth", .string($0.depth.rawValue)),
                            JSONMember("credit", .number($0.credit)),
                            JSONMember("pattern", .string($0.pattern)),
                        ])
                    })),
            JSONMember(
                "missed",
                .array(
                    result.missed.map {
                        .object([
                            JSONMember("item", .string($0.itemID)),
                            JSONMember("feedback", .string($0.feedback)),
                            JSONMember("title", .string($0.title)),
                            JSONMember("followUp", .string($0.followUp)),
                        ])
                    })),
        ]
        // Present only when the score is the "named only" floor.
        if let line = result.namedOnlyLine { members.append(JSONMember("namedOnlyLine", .number(Double(line)))) }
        return .object(members)
    }

    private static func flag(_ finding: FlagFinding) -> JSONValue {
        .object([
            JSONMember("id", .string(finding.id)),
            JSONMember("line", .number(Double(finding.line))),
            JSONMember("message", .string(finding.message)),
            JSONMember("dimension", .string(finding.dimension.rawValue)),
            JSONMember("evidence", .string(finding.evidence)),
        ])
    }

    private static func dismissal(_ dismissal: Dismissal) -> JSONValue {
        .object([
            JSONMember("item", .string(dismissal.itemID)),
            JSONMember("line", .number(Double(dismissal.line))),
            JSONMember("dimension", .string(dismissal.dimension.rawValue)),
            JSONMember("evidence", .string(dismissal.evidence)),
        ])
    }
}
