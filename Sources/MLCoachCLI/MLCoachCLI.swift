@_exported import MLCoach

/// The command-line program: parses arguments, runs a command, and maps errors to exit codes.
public enum MLCoachCLI {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    /// Runs `mlcoach` with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], host: HostSystem, builtIn: [ProblemBank.File]) -> Int32 {
        let context = CommandContext(host: host, builtIn: builtIn, version: version)
        let outcome: ArgumentParser.Outcome
        do {
            outcome = try ArgumentParser.parse(arguments, root: CommandSpecs.root)
        } catch {
            host.write(HelpRenderer.error(error, command: CommandSpecs.spec(at: error.path)), to: .error)
            return ExitCode.usage.rawValue
        }
        switch outcome {
        case .version:
            host.write("mlcoach \(version)\n", to: .output)
            return ExitCode.success.rawValue
        case .help(let path):
            host.write(HelpRenderer.help(for: CommandSpecs.spec(at: path), path: path), to: .output)
            return ExitCode.success.rawValue
        case .run(let path, let parsed):
            do {
                return try dispatch(path, parsed, context: context).rawValue
            } catch {
                return report(error, context: context).rawValue
            }
        }
    }

    private static func dispatch(_ path: [String], _ arguments: ParsedArguments, context: CommandContext)
        throws(CLIError) -> ExitCode
    {
        switch path.dropFirst().joined(separator: " ") {
        case "practice": return try PracticeCommand.run(arguments, context: context)
        case "list": return try ListCommand.run(arguments, context: context)
        case "show": return try ShowCommand.run(arguments, context: context)
        case "grade": return try GradeCommand.run(arguments, context: context)
        case "history": return try HistoryCommand.run(arguments, context: context)
        case "progress": return try ProgressCommand.run(arguments, context: context)
        case "report": return try ReportCommand.run(arguments, context: context)
        case "exercise init": return try ExerciseCommand.run(arguments, context: context)
        case "problems validate": return try ValidateCommand.run(arguments, context: context)
        default:
            context.out(HelpRenderer.help(for: CommandSpecs.spec(at: path), path: path))
            return .success
        }
    }

    /// The one place errors become text on standard error and an exit code.
    static func report(_ error: CLIError, context: CommandContext) -> ExitCode {
        if case .usage(let usage) = error {
            context.err(HelpRenderer.error(usage, command: CommandSpecs.spec(at: usage.path)))
        } else {
            context.err(error.message + "\n")
        }
        return error.exitCode
    }
}
