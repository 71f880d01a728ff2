import MLCoach

/// `mlcoach report [SESSION] --html FILE`: one attempt as a self-contained HTML page with charts.
enum ReportCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        guard let file = arguments.value("html") else {
            throw .usage(UsageError(message: "Missing expected option '--html <file>'.", path: ["mlcoach", "report"]))
        }
        let bank = try context.bank(arguments)
        let store = try HistoryAccess(context: context).openSynced(bank: bank)
        let all: [HistoryRecord]
        do {
            all = try store.records()
        } catch {
            throw .history(error)
        }
        let record: HistoryRecord
        if let wanted = arguments.positional("session").first {
            let matches = all.filter { $0.id == wanted || $0.id.hasPrefix(wanted) }
            guard let chosen = all.first(where: { $0.id == wanted }) ?? (matches.count == 1 ? matches.first : nil)
            else {
                if matches.count > 1 {
                    throw .usage(
                        UsageError(
                            message:
                                "'\(wanted)' matches \(matches.count) attempts: \(matches.prefix(5).map(\.id).joined(separator: ", ")). Give more of the id.",
                            path: ["mlcoach", "report"]))
                }
                throw .noSuchSession(wanted, known: all.map(\.id))
            }
            record = chosen
        } else {
            guard let latest = all.last else { throw .noSuchSession("latest", known: []) }
            record = latest
        }
        let trend = all.filter { $0.problemID == record.problemID && $0.startedAt <= record.startedAt }
        let page = HTMLReportRenderer.render(
            record, trend: trend, offset: context.host.utcOffset(), version: context.version)
        if file == "-" {
            context.out(page)
        } else {
            if let error = context.host.writeFileAtomically(atPath: file, contents: page) {
                throw .cannotWrite(path: file, reason: error)
            }
            context.err("Wrote \(file) (\(record.id), \(record.problemID), score \(record.score)).\n")
        }
        return .success
    }
}
