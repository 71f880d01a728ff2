/// Converts history records to and from JSON: one object per record, for `history --format json`
/// and the JSON Lines of `history --export` / `--import`.
public enum HistoryRecordCodec {
    /// The exported form's version.
    public static let version = 1

    /// The fields that summarise an attempt, shared by the export and `history --format json`.
    static func summaryMembers(_ record: HistoryRecord) -> [JSONMember] {
        [
            JSONMember("id", .string(record.id)),
            JSONMember("problem", .string(record.problemID)),
            JSONMember("title", .string(record.problemTitle)),
            JSONMember("source", .string(record.source.rawValue)),
            JSONMember("status", .string(record.status.rawValue)),
            JSONMember("startedAt", .number(record.startedAt)),
            JSONMember("endedAt", .number(record.endedAt)),
            JSONMember("file", .string(record.file)),
            JSONMember("score", .number(Double(record.score))),
            JSONMember("signal", .string(record.signal.rawValue)),
            JSONMember(
                "dimensions",
                .object(Dimension.allCases.map { JSONMember($0.rawValue, .number(Double(record.score(of: $0)))) })),
        ]
    }

    /// A record as a JSON value.
    public static func value(_ record: HistoryRecord) -> JSONValue {
        .object(
            [JSONMember("version", .number(Double(version)))] + summaryMembers(record) + [
                JSONMember(
                    "steps",
                    .array(
                        record.steps.map {
                            .object([
                                JSONMember("step", .string($0.step.rawValue)),
                                JSONMember("seconds", .number($0.seconds)),
                            ])
                        })),
                JSONMember(
                    "items",
                    .array(
                        record.items.map {
                            .object([
                                JSONMember("item", .string($0.itemID)),
                                JSONMember("dimension", .string($0.dimension.rawValue)),
                                JSONMember("title", .string($0.title)),
                                JSONMember("credit", .number($0.credit)),
                                JSONMember("outcome", .string($0.outcome.rawValue)),
                                JSONMember("line", .number(Double($0.line))),
                                JSONMember("text", .string($0.text)),
                            ])
                        })),
                JSONMember(
                    "flags",
                    .array(
                        record.flags.map {
                            .object([
                                JSONMember("id", .string($0.id)), JSONMember("line", .number(Double($0.line))),
                                JSONMember("message", .string($0.message)),
                            ])
                        })),
                JSONMember("transcript", .string(record.transcript)),
            ])
    }

    /// A record from a JSON value, or what is wrong with it (with its JSON path).
    public static func record(from json: JSONValue) -> Result<HistoryRecord, HistoryFormatError> {
        func fail(_ path: String, _ what: String) -> Result<HistoryRecord, HistoryFormatError> {
            .failure(HistoryFormatError(path: path, message: what))
        }
        func string(_ key: String) -> String? {
            if case .string(let text)? = json[key] { return text }
            return nil
        }
        func number(_ key: String) -> Double? {
            if case .number(let value)? = json[key] { return value }
            return nil
        }
        guard case .object = json else { return fail("", "expected an object, found \(json.kindDescription)") }
        guard number("version") == Double(version) else { return fail("version", "expected \(version)") }
        guard let id = string("id"), !id.isEmpty else { return fail("id", "expected a non-empty string") }
        guard let problem = string("problem") else { return fail("problem", "expected a string") }
        guard let source = string("source").flatMap(HistoryRecord.Source.init(rawValue:)) else {
            return fail("source", "expected practice or grade")
        }
        guard let status = string("status").flatMap(HistoryRecord.Status.init(rawValue:)) else {
            return fail("status", "expected finished, abandoned or graded")
        }
        guard let startedAt = number("startedAt"), let endedAt = number("endedAt") else {
            return fail("startedAt", "expected numbers for startedAt and endedAt")
        }
        guard let score = number("score"), (0...100).contains(score) else {
            return fail("score", "expected a number from 0 to 100")
        }
        guard let signal = string("signal").flatMap(Signal.init(rawValue:)) else {
            return fail("signal", "expected a hiring signal")
        }
        var scores: [Dimension: Int] = [:]
        for dimension in Dimension.allCases {
            guard case .number(let value)? = json["dimensions"]?[dimension.rawValue] else {
                return fail("dimensions.\(dimension.rawValue)", "expected a number")
            }
            scores[dimension] = Int(value)
        }
        var steps: [HistoryRecord.StepTime] = []
        if case .array(let values)? = json["steps"] {
            for (index, value) in values.enumerated() {
                guard case .string(let raw)? = value["step"], let step = StepID(rawValue: raw),
                    case .number(let seconds)? = value["seconds"]
                else { return fail("steps[\(index)]", "expected a step and seconds") }
                steps.append(HistoryRecord.StepTime(step: step, seconds: seconds))
            }
        }
        var items: [HistoryRecord.ItemOutcome] = []
        if case .array(let values)? = json["items"] {
            for (index, value) in values.enumerated() {
                guard case .string(let item)? = value["item"],
                    case .string(let rawDimension)? = value["dimension"],
                    let dimension = Dimension(rawValue: rawDimension),
                    case .string(let rawOutcome)? = value["outcome"],
                    let outcome = HistoryRecord.ItemOutcome.Outcome(rawValue: rawOutcome)
                else { return fail("items[\(index)]", "expected item, dimension and outcome") }
                var title = ""
                if case .string(let text)? = value["title"] { title = text }
                var credit = 0.0
                if case .number(let value)? = value["credit"] { credit = value }
                var line = 0
                if case .number(let value)? = value["line"] { line = Int(value) }
                var text = ""
                if case .string(let value)? = value["text"] { text = value }
                items.append(
                    HistoryRecord.ItemOutcome(
                        itemID: item, dimension: dimension, title: title, credit: credit, outcome: outcome, line: line,
                        text: text))
            }
        }
        var flags: [HistoryRecord.FlagOutcome] = []
        if case .array(let values)? = json["flags"] {
            for (index, value) in values.enumerated() {
                guard case .string(let flag)? = value["id"] else {
                    return fail("flags[\(index)].id", "expected a string")
                }
                var line = 0
                if case .number(let value)? = value["line"] { line = Int(value) }
                var message = ""
                if case .string(let value)? = value["message"] { message = value }
                flags.append(HistoryRecord.FlagOutcome(id: flag, line: line, message: message))
            }
        }
        return .success(
            HistoryRecord(
                id: id, problemID: problem, problemTitle: string("title") ?? problem, source: source, status: status,
                startedAt: startedAt, endedAt: endedAt, file: string("file") ?? "", score: Int(score), signal: signal,
                dimensionScores: scores, steps: steps, items: items, flags: flags,
                transcript: string("transcript") ?? ""))
    }
}

/// A history record in a file that cannot be read back.
public struct HistoryFormatError: Error, Equatable, Sendable {
    /// The JSON path of the problem ("" for the whole record).
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
