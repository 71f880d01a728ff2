import MLCoach

/// `mlcoach show ID`: the prompt and the six steps.
enum ShowCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let bank = try context.bank(arguments)
        let id = arguments.positional("id").first ?? ""
        guard let problem = bank.problem(id) else {
            throw .unknownProblem(id: id, file: nil, known: bank.problems.map(\.id))
        }
        context.out(ProblemDetailRenderer.text(problem, style: context.style(for: .output)))
        return .success
    }
}
