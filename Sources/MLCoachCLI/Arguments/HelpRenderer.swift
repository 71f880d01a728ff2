/// Help and usage text laid out like swift-argument-parser's: OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
/// SUBCOMMANDS.
public enum HelpRenderer {
    /// The column where descriptions start.
    static let column = 26

    /// The full help of the command at `path` (names from the root).
    public static func help(for command: CommandSpec, path: [String]) -> String {
        var out = "OVERVIEW: \(command.abstract)\n"
        if !command.discussion.isEmpty {
            let paragraphs = command.discussion.split(separator: "\n", omittingEmptySubsequences: false)
            out += "\n" + paragraphs.map { wrap(String($0), width: 80, indent: "") }.joined(separator: "\n") + "\n"
        }
        out += "\nUSAGE: \(usage(for: command, path: path))\n"
        if !command.arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            for argument in command.arguments {
                let label = "<\(argument.name)>" + (argument.isRepeating ? " ..." : "")
                out += row(label, argument.help)
            }
        }
        out += "\nOPTIONS:\n"
        for option in command.options {
            var label = option.short.map { "-\($0), " } ?? ""
            label += "--\(option.name)"
            if let value = option.valueName { label += " <\(value)>" }
            var help = option.help
            var notes: [String] = []
            if !option.choices.isEmpty { notes.append("values: " + option.choices.joined(separator: ", ")) }
            if let value = option.defaultValue { notes.append("default: \(value)") }
            if !notes.isEmpty { help += " (\(notes.joined(separator: "; ")))" }
            out += row(label, help)
        }
        out += row("-h, --help", "Show help information.")
        if !command.subcommands.isEmpty {
            out += "\nSUBCOMMANDS:\n"
            for sub in command.subcommands { out += row(sub.name, sub.abstract) }
            out += "\n  See '\(path.first ?? command.name) help <subcommand>' for detailed help.\n"
        }
        if !command.examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for example in command.examples { out += "  \(example)\n" }
        }
        return out
    }

    /// The usage line of a command, e.g. `mlcoach list [--tag <tag>] [--format <format>]`.
    public static func usage(for command: CommandSpec, path: [String]) -> String {
        var parts = [path.joined(separator: " ")]
        if !command.subcommands.isEmpty && command.arguments.isEmpty {
            parts.append("<subcommand>")
            return parts.joined(separator: " ")
        }
        for argument in command.arguments {
            var text = "<\(argument.name)>"
            if argument.isRepeating { text += " ..." }
            parts.append(argument.isOptional ? "[\(text)]" : text)
        }
        for option in command.options where option.name != "version" {
            var text = "--\(option.name)"
            if let value = option.valueName { text += " <\(value)>" }
            if option.isRepeating { text += " ..." }
            parts.append("[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    /// The error text for a usage error: the message, the usage line and where to get help.
    public static func error(_ error: UsageError, command: CommandSpec) -> String {
        let path = error.path.joined(separator: " ")
        return "Error: \(error.message)\nUsage: \(usage(for: command, path: error.path))\n"
            + "  See '\(path) --help' for more information.\n"
    }

    private static func row(_ label: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: column)
        var out = "  " + label
        if out.count + 1 > column {
            out += "\n" + indent
        } else {
            out += String(repeating: " ", count: column - out.count)
        }
        return out + wrap(help, width: 100 - column, indent: indent) + "\n"
    }

    /// `text` wrapped at `width` columns; continuation lines start with `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n" + indent)
    }
}
