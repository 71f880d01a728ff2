import MLCoach

/// `mlcoach problems validate FILE...`: every error of every file, with file and JSON path.
enum ValidateCommand {
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(CLIError) -> ExitCode {
        let bank = try context.builtInBank()
        var paths = arguments.positional("files")
        var files: [ProblemBank.File] = []
        var missing = false
        if paths.isEmpty {
            files = context.builtIn.filter { $0.path.hasPrefix("problems/") }.map {
                ProblemBank.File(path: "Resources/" + $0.path, text: $0.text)
            }
        }
        for path in paths where context.host.kind(ofPath: path) == .folder {
            paths += context.host.files(in: path).filter { $0.hasSuffix(".json") }.sorted()
        }
        var invalid = 0
        for path in paths where context.host.kind(ofPath: path) != .folder {
            do {
                files.append(try context.readText(path))
            } catch {
                context.err(error.message + "\n")
                if case .noSuchFile = error { missing = true } else { invalid += 1 }
            }
        }
        for file in files {
            switch bank.resolve(file) {
            case .failure(let error):
                invalid += 1
                context.err(error.lines.joined(separator: "\n") + "\n")
            case .success(let problem):
                let exampleIssues = ExampleCheck.issues(problem: problem, bank: bank)
                if exampleIssues.isEmpty {
                    context.out(
                        "\(file.path): ok (\(problem.rubric.count) items, \(problem.redFlags.count) red flags)\n")
                } else {
                    invalid += 1
                    context.err(LoadError.invalid(file: file.path, exampleIssues).lines.joined(separator: "\n") + "\n")
                }
            }
        }
        if invalid > 0 {
            context.err("\(invalid) of \(files.count + (missing ? 0 : 0)) file(s) invalid.\n")
            return .dataError
        }
        return missing ? .noInput : .success
    }
}
