import MLCoach

/// What every command gets: the host, the built-in resources, and helpers to load the bank and
/// pick the output style.
final class CommandContext {
    let host: HostSystem
    let builtIn: [ProblemBank.File]
    let version: String

    init(host: HostSystem, builtIn: [ProblemBank.File], version: String) {
        self.host = host
        self.builtIn = builtIn
        self.version = version
    }

    /// The built-in bank alone. `validate` re-checks it in full (for `problems validate`).
    func builtInBank(validate: Bool = false) throws(CLIError) -> ProblemBank {
        do {
            return try ProblemBank.builtIn(builtIn, validate: validate)
        } catch {
            throw .brokenBuiltIn(error)
        }
    }

    /// The built-in bank plus problems from MLCOACH_PROBLEMS and `--problems` folders. Notices go
    /// to standard error; invalid user problems fail with every issue listed.
    func bank(_ arguments: ParsedArguments) throws(CLIError) -> ProblemBank {
        try bank(adding: userProblemFiles(folders: arguments.values("problems")))
    }

    /// The built-in bank plus `files`.
    func bank(adding files: [ProblemBank.File]) throws(CLIError) -> ProblemBank {
        var bank = try builtInBank()
        let errors = bank.add(files)
        if !errors.isEmpty { throw .invalidProblems(errors) }
        for notice in bank.notices { host.write(notice + "\n", to: .error) }
        return bank
    }

    /// The problem files in MLCOACH_PROBLEMS folders and then in `folders` (a file stands for itself).
    func userProblemFiles(folders: [String]) throws(CLIError) -> [ProblemBank.File] {
        var all: [String] = []
        if let variable = host.environment("MLCOACH_PROBLEMS"), !variable.isEmpty {
            all += variable.split(separator: ":").map(String.init)
        }
        all += folders
        var files: [ProblemBank.File] = []
        for folder in all {
            switch host.kind(ofPath: folder) {
            case .missing: throw .noSuchFile(folder)
            case .file: files.append(try readText(folder))
            case .folder:
                for path in host.files(in: folder).sorted() where path.hasSuffix(".json") {
                    files.append(try readText(path))
                }
            }
        }
        return files
    }

    /// A file's text; fails for missing files, folders and text that is not UTF-8.
    func readText(_ path: String) throws(CLIError) -> ProblemBank.File {
        let bytes: [UInt8]
        if path == "-" {
            bytes = host.readStandardInput()
        } else {
            switch host.readFile(atPath: path) {
            case .bytes(let data): bytes = data
            case .missing: throw .noSuchFile(path)
            case .isFolder: throw .unreadable(path: path, reason: "it is a folder")
            case .unreadable(let reason): throw .unreadable(path: path, reason: reason)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else { throw .notText(path) }
        return ProblemBank.File(path: path, text: text)
    }

    /// The text style for a stream: colour only on a terminal and never with NO_COLOR; width from
    /// COLUMNS; ASCII when the locale is not UTF-8.
    func style(for stream: StandardStream) -> TextStyle {
        let noColor = !(host.environment("NO_COLOR") ?? "").isEmpty
        let dumb = host.environment("TERM") == "dumb"
        let color = host.isTerminal(stream) && !noColor && !dumb
        let width = host.environment("COLUMNS").flatMap { Int($0) } ?? 80
        var unicode = true
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = host.environment(name), !value.isEmpty {
                let lowered = value.lowercased()
                unicode = lowered.contains("utf-8") || lowered.contains("utf8")
                break
            }
        }
        return TextStyle(width: width, color: color, unicode: unicode)
    }

    func out(_ text: String) {
        host.write(text, to: .output)
    }

    func err(_ text: String) {
        host.write(text, to: .error)
    }
}
