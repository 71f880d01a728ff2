import MLCoach

/// Parses command lines against a `CommandSpec`, the way swift-argument-parser does: `--name value`,
/// `--name=value`, short flags, `--` to end options, and errors that name the closest option.
public enum ArgumentParser {
    /// The result of parsing: the command path (names from the root) and its arguments, or a
    /// request for help.
    public enum Outcome: Equatable, Sendable {
        case run(path: [String], arguments: ParsedArguments)
        case help(path: [String])
        case version
    }

    /// Parses `arguments` (without the program name) against `root`.
    public static func parse(_ arguments: [String], root: CommandSpec) throws(UsageError) -> Outcome {
        var path = [root.name]
        var command = root
        var rest = arguments[...]
        if rest.first == "--version" && root.option("version") != nil { return .version }
        while let first = rest.first, !command.subcommands.isEmpty {
            if first == "-h" || first == "--help" { return .help(path: path) }
            if first == "help" && command.name == root.name {
                let target = Array(rest.dropFirst())
                var helpPath = [root.name]
                var node = root
                for name in target {
                    guard let sub = node.subcommands.first(where: { $0.name == name }) else {
                        throw unknownCommand(name, in: node, path: helpPath)
                    }
                    helpPath.append(name)
                    node = sub
                }
                return .help(path: helpPath)
            }
            if first.hasPrefix("-") { break }
            guard let sub = command.subcommands.first(where: { $0.name == first }) else {
                throw unknownCommand(first, in: command, path: path)
            }
            path.append(first)
            command = sub
            rest = rest.dropFirst()
        }
        if !command.subcommands.isEmpty && command.arguments.isEmpty {
            if let first = rest.first, first.hasPrefix("-"), first != "-h", first != "--help" {
                throw unknownOption(first, in: command, path: path)
            }
            return .help(path: path)
        }
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var optionsEnded = false
        while let token = rest.first {
            rest = rest.dropFirst()
            if optionsEnded || token == "-" || !token.hasPrefix("-") {
                positionals.append(token)
                continue
            }
            if token == "--" {
                optionsEnded = true
                continue
            }
            if token == "-h" || token == "--help" { return .help(path: path) }
            let (spec, inlineValue) = try option(for: token, in: command, path: path)
            if spec.isFlag {
                if inlineValue != nil {
                    throw UsageError(message: "The flag '--\(spec.name)' does not take a value.", path: path)
                }
                parsed.flags.insert(spec.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if let next = rest.first, next == "-" || !next.hasPrefix("-") || isNumber(next) {
                value = next
                rest = rest.dropFirst()
            } else {
                throw UsageError(
                    message: "Missing value for '--\(spec.name) <\(spec.valueName ?? "value")>'.", path: path)
            }
            if !spec.choices.isEmpty && !spec.choices.contains(value) {
                let hint = Suggestion.closest(to: value, among: spec.choices).map { " Did you mean '\($0)'?" } ?? ""
                throw UsageError(
                    message: "The value '\(value)' is invalid for '--\(spec.name) <\(spec.valueName ?? "value")>'."
                        + " Use one of: \(spec.choices.joined(separator: ", ")).\(hint)",
                    path: path)
            }
            if !spec.isRepeating && parsed.options[spec.name] != nil {
                throw UsageError(message: "The option '--\(spec.name)' was given more than once.", path: path)
            }
            parsed.options[spec.name, default: []].append(value)
        }
        try assign(positionals, to: command, parsed: &parsed, path: path)
        return .run(path: path, arguments: parsed)
    }

    private static func option(for token: String, in command: CommandSpec, path: [String]) throws(UsageError) -> (
        OptionSpec, String?
    ) {
        if token.hasPrefix("--") {
            let body = token.dropFirst(2)
            let name: String
            var inline: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                inline = String(body[body.index(after: equals)...])
            } else {
                name = String(body)
            }
            guard let spec = command.option(name) else { throw unknownOption(token, in: command, path: path) }
            return (spec, inline)
        }
        let letters = Array(token.dropFirst())
        guard letters.count == 1, let spec = command.options.first(where: { $0.short == letters[0] }) else {
            throw unknownOption(token, in: command, path: path)
        }
        return (spec, nil)
    }

    private static func assign(
        _ values: [String], to command: CommandSpec, parsed: inout ParsedArguments, path: [String]
    ) throws(UsageError) {
        var remaining = values[...]
        for (index, argument) in command.arguments.enumerated() {
            if argument.isRepeating {
                let reserved = command.arguments[(index + 1)...].filter { !$0.isOptional }.count
                let take = max(0, remaining.count - reserved)
                parsed.positionals[argument.name] = Array(remaining.prefix(take))
                remaining = remaining.dropFirst(take)
                if take == 0 && !argument.isOptional {
                    throw UsageError(message: "Missing expected argument '<\(argument.name)> ...'.", path: path)
                }
            } else if let value = remaining.first {
                parsed.positionals[argument.name] = [value]
                remaining = remaining.dropFirst()
            } else if !argument.isOptional {
                throw UsageError(message: "Missing expected argument '<\(argument.name)>'.", path: path)
            }
        }
        if let extra = remaining.first {
            throw UsageError(message: "Unexpected argument '\(extra)'.", path: path)
        }
    }

    private static func unknownOption(_ token: String, in command: CommandSpec, path: [String]) -> UsageError {
        var names = command.options.map { "--\($0.name)" } + ["--help"]
        names += command.options.compactMap { $0.short.map { "-\($0)" } }
        let hint = Suggestion.closest(to: token, among: names).map { " Did you mean '\($0)'?" } ?? ""
        return UsageError(message: "Unknown option '\(token)'.\(hint)", path: path)
    }

    private static func unknownCommand(_ name: String, in command: CommandSpec, path: [String]) -> UsageError {
        let hint =
            Suggestion.closest(to: name, among: command.subcommands.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
        return UsageError(message: "Unknown command '\(name)'.\(hint)", path: path)
    }

    private static func isNumber(_ text: String) -> Bool {
        text.count > 1 && text.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }
}

/// A command line that does not fit the command's shape.
public struct UsageError: Error, Equatable, Sendable {
    /// What is wrong, as a sentence.
    public var message: String
    /// The command it concerns, as names from the root.
    public var path: [String]
}
