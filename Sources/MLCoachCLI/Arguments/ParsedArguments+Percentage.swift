extension ParsedArguments {
    /// A whole-number option from 0 to 100 (a score bar), or nil when not given.
    func percentage(_ name: String, command: String) throws(CLIError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let value = Int(text), (0...100).contains(value) else {
            throw .usage(
                UsageError(
                    message: "The value '\(text)' is invalid for '--\(name) <n>': use a whole number from 0 to 100.",
                    path: ["mlcoach"] + command.split(separator: " ").map(String.init)))
        }
        return value
    }
}
