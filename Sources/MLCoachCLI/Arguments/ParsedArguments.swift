/// What the user typed for one command, after parsing.
public struct ParsedArguments: Sendable, Equatable {
    /// Positional values, by argument name.
    public var positionals: [String: [String]] = [:]
    /// Option values, by long name, in the order given.
    public var options: [String: [String]] = [:]
    /// Flags given, by long name.
    public var flags: Set<String> = []

    /// The last value of an option, if given.
    public func value(_ name: String) -> String? {
        options[name]?.last
    }

    /// All values of an option.
    public func values(_ name: String) -> [String] {
        options[name] ?? []
    }

    /// Whether a flag was given.
    public func has(_ flag: String) -> Bool {
        flags.contains(flag)
    }

    /// The values of a positional argument.
    public func positional(_ name: String) -> [String] {
        positionals[name] ?? []
    }
}
