import MLCoach

/// `mlcoach progress`: trends per dimension, what is missed most, and what to practise next.
enum ProgressCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let bank = try context.bank(arguments)
        let store = try HistoryAccess(context: context).openSynced(bank: bank)
        let records: [HistoryRecord]
        do {
            records = try store.records(problem: arguments.value("problem"))
        } catch {
            throw .history(error)
        }
        let analysis = ProgressAnalysis(records: records, problems: bank.problems)
        context.out(
            ProgressRenderer.text(analysis, offset: context.host.utcOffset(), style: context.style(for: .output)))
        return .success
    }
}
