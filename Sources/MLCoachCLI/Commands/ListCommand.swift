import MLCoach

/// `mlcoach list`: the problems as a table or JSON.
enum ListCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let bank = try context.bank(arguments)
        let tags = arguments.values("tag")
        let problems = bank.problems.filter { problem in tags.allSatisfy { problem.tags.contains($0) } }
        if arguments.value("format") == "json" {
            context.out(ProblemListRenderer.json(problems))
        } else {
            context.out(ProblemListRenderer.table(problems, style: context.style(for: .output)))
            if problems.isEmpty && !tags.isEmpty {
                let known = Set(bank.problems.flatMap(\.tags)).sorted().joined(separator: ", ")
                context.err("No problem has the tag(s) \(tags.joined(separator: ", ")). Known tags: \(known).\n")
            }
        }
        return .success
    }
}
