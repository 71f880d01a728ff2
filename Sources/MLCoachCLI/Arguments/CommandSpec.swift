/// The shape of a command: what it is for, its arguments, options and subcommands. Help text,
/// usage lines and parsing all come from it.
public struct CommandSpec: Sendable {
    /// The command's name as typed (`grade`).
    public var name: String
    /// One line on what the command does.
    public var abstract: String
    /// Longer help, shown after the overview.
    public var discussion: String = ""
    /// Positional arguments, in order.
    public var arguments: [ArgumentSpec] = []
    /// Named options and flags.
    public var options: [OptionSpec] = []
    /// Subcommands, if this command groups others.
    public var subcommands: [CommandSpec] = []
    /// Examples shown at the end of the help.
    public var examples: [String] = []

    /// The option named `name` (long name without dashes).
    public func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    /// The name shown in usage (`paths` shows as `<paths>`).
    public var name: String
    /// What it is.
    public var help: String
    /// Whether it may be left out.
    public var isOptional: Bool = false
    /// Whether it takes several values.
    public var isRepeating: Bool = false
}

/// A named option (`--format <format>`) or flag (`--no-timer`).
public struct OptionSpec: Sendable {
    /// The long name without dashes.
    public var name: String
    /// A one-letter short name, if any.
    public var short: Character?
    /// The value's name in usage (`format`); nil for a flag.
    public var valueName: String?
    /// What it does.
    public var help: String
    /// The values it accepts, if limited.
    public var choices: [String] = []
    /// The default, shown in help.
    public var defaultValue: String?
    /// Whether it may be given several times.
    public var isRepeating: Bool = false

    /// Whether the option is a flag (takes no value).
    public var isFlag: Bool { valueName == nil }
}
