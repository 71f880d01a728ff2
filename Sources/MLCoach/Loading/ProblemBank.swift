/// The problems mlcoach knows: the built-in bank plus the user's own, with shared items included.
public struct ProblemBank: Sendable {
    /// The problems, sorted by id.
    public private(set) var problems: [Problem]
    /// The grader's linguistic rules.
    public let language: Language
    /// The shared item sets problems may include.
    public let itemSets: [ItemSet]
    /// Messages for the user, such as a built-in problem replaced by one of theirs.
    public private(set) var notices: [String] = []

    /// A text file: its path (relative to Resources/ for built-in files) and its text.
    public struct File: Sendable {
        /// Where the file is, as shown in messages.
        public var path: String
        /// Its text.
        public var text: String

        /// Creates a file.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }

        /// The last path component.
        public var name: String {
            path.split(separator: "/").last.map(String.init) ?? path
        }
    }

    /// Loads the built-in bank from the embedded `Resources/` files. With `validate` false the
    /// files are decoded but their patterns and cross-field rules are not re-checked (the test
    /// suite and `mlcoach problems validate` check them); this keeps start-up fast.
    public static func builtIn(_ files: [File], validate: Bool = true) throws(LoadError) -> ProblemBank {
        guard let languageFile = files.first(where: { $0.path == "shared/language.json" }) else {
            throw .invalid(
                file: "Resources/shared/language.json", [ProblemIssue(.root, "missing from the built-in resources")])
        }
        let language = try ItemSetDecoder.language(from: languageFile.text, file: "Resources/" + languageFile.path)
            .get()
        var itemSets: [ItemSet] = []
        for file in files where file.path.hasPrefix("shared/") && file.path != "shared/language.json" {
            itemSets.append(
                try ItemSetDecoder.itemSet(from: file.text, file: "Resources/" + file.path, checkPatterns: validate)
                    .get())
        }
        var bank = ProblemBank(problems: [], language: language, itemSets: itemSets)
        for file in files where file.path.hasPrefix("problems/") && file.path.hasSuffix(".json") {
            bank.problems.append(try bank.resolve(file, validate: validate).get())
        }
        bank.problems.sort { $0.id < $1.id }
        return bank
    }

    /// Decodes, validates and resolves a problem file against this bank's shared items.
    public func resolve(_ file: File, validate: Bool = true) -> Result<Problem, LoadError> {
        let source: ProblemSource
        switch ProblemDecoder.problem(from: file.text, file: file.path, itemSets: itemSets, checkPatterns: validate) {
        case .success(let decoded): source = decoded
        case .failure(let error): return .failure(error)
        }
        var problem = source.problem
        for include in problem.includes {
            guard let set = itemSets.first(where: { $0.id == include }) else { continue }
            problem.rubric += set.rubric.map { item in
                var item = item
                item.weight = source.overrides[item.id] ?? item.weight
                return item
            }
            problem.redFlags += set.redFlags
        }
        return .success(problem)
    }

    /// Adds the user's problem files; one with a built-in id replaces it, with a notice. Returns the
    /// files that could not be loaded; the others are added.
    public mutating func add(_ files: [File]) -> [LoadError] {
        var errors: [LoadError] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            switch resolve(file) {
            case .failure(let error):
                errors.append(error)
            case .success(let problem):
                if let index = problems.firstIndex(where: { $0.id == problem.id }) {
                    problems[index] = problem
                    notices.append("note: \(file.path) replaces the built-in problem \"\(problem.id)\"")
                } else {
                    problems.append(problem)
                }
            }
        }
        problems.sort { $0.id < $1.id }
        return errors
    }

    /// The problem with the given id.
    public func problem(_ id: String) -> Problem? {
        problems.first { $0.id == id }
    }

    /// A grader for `problem`, contrasting it with the rest of the bank.
    public func grader(for problem: Problem) -> Grader {
        Grader(problem: problem, language: language, otherProblems: problems)
    }
}
