import MLCoach
import MLCoachStore

/// `mlcoach history`: the table of past attempts, and moving history between machines with
/// `--export` and `--import` (JSON Lines).
enum HistoryCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let bank = try context.bank(arguments)
        let access = HistoryAccess(context: context)
        let store = try access.openSynced(bank: bank)
        if let file = arguments.value("import") {
            return try importRecords(from: file, into: store, context: context)
        }
        var limit: Int?
        if let text = arguments.value("limit") {
            guard let value = Int(text), value > 0 else {
                throw .usage(
                    UsageError(
                        message: "The value '\(text)' is invalid for '--limit <n>': use a whole number above 0.",
                        path: ["mlcoach", "history"]))
            }
            limit = value
        }
        let records: [HistoryRecord]
        do {
            records = try store.records(problem: arguments.value("problem"), limit: limit)
        } catch {
            throw .history(error)
        }
        if let file = arguments.value("export") {
            let lines = records.map { JSONWriter.write(HistoryRecordCodec.value($0), style: .compact) + "\n" }
            if let error = context.host.writeFileAtomically(atPath: file, contents: lines.joined()) {
                throw .cannotWrite(path: file, reason: error)
            }
            context.err("Exported \(records.count) attempt\(records.count == 1 ? "" : "s") to \(file).\n")
            return .success
        }
        if arguments.value("format") == "json" {
            context.out(HistoryRenderer.json(records))
        } else {
            context.out(
                HistoryRenderer.text(records, offset: context.host.utcOffset(), style: context.style(for: .output)))
        }
        return .success
    }

    /// Reads every line first (a bad line imports nothing), then adds the records not already present.
    private static func importRecords(from file: String, into store: HistoryStore, context: CommandContext)
        throws(CLIError) -> ExitCode
    {
        let text = try context.readText(file).text
        var records: [HistoryRecord] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty { continue }
            let json: JSONValue
            do {
                json = try JSONParser.parse(trimmed)
            } catch {
                throw .badImport(
                    path: file, line: index + 1, field: "", message: "column \(error.column): \(error.message)")
            }
            switch HistoryRecordCodec.record(from: json) {
            case .success(let record): records.append(record)
            case .failure(let error):
                throw .badImport(path: file, line: index + 1, field: error.path, message: error.message)
            }
        }
        var added = 0
        for record in records {
            do {
                if try store.add(record) { added += 1 }
            } catch {
                throw .history(error)
            }
        }
        let present = records.count - added
        context.err(
            "Imported \(added) attempt\(added == 1 ? "" : "s") from \(file)"
                + (present > 0 ? " (\(present) already in the history)" : "") + ".\n")
        return .success
    }
}
