/// The files of an exercise repository: one answer file per problem, a README for students and a
/// GitHub Actions workflow that grades the answers on every push. Pure: the CLI writes the files.
public struct ExerciseScaffold: Equatable, Sendable {
    /// One file to create, relative to the exercise folder.
    public struct File: Equatable, Sendable {
        /// The path inside the exercise folder, with `/` separators.
        public var path: String
        /// The file's text.
        public var contents: String

        /// Creates a file.
        public init(path: String, contents: String) {
            self.path = path
            self.contents = contents
        }
    }

    /// What the instructor chose.
    public struct Options: Equatable, Sendable {
        /// The overall score every answer must reach in CI (0-100).
        public var minScore: Int
        /// Where the workflow clones mlcoach from; nil reads the `MLCOACH_SOURCE` repository variable.
        public var source: String?
        /// The branch or tag of mlcoach the workflow builds.
        public var ref: String
        /// The Swift container image the workflow builds in, such as `swift:6.3`.
        public var swiftImage: String

        /// Creates options.
        public init(minScore: Int, source: String?, ref: String, swiftImage: String) {
            self.minScore = minScore
            self.source = source
            self.ref = ref
            self.swiftImage = swiftImage
        }
    }

    /// A problem of the exercise, and its JSON text when it is not built in (the scaffold copies
    /// it to `problems/` so CI can grade against it).
    public struct Entry: Equatable, Sendable {
        /// The problem.
        public var problem: Problem
        /// The problem file's text for problems that are not built in.
        public var customJSON: String?

        /// Creates an entry.
        public init(problem: Problem, customJSON: String? = nil) {
            self.problem = problem
            self.customJSON = customJSON
        }
    }

    /// The files, in the order they are listed to the user.
    public let files: [File]

    /// The scaffold for `entries` with `options`.
    public init(_ entries: [Entry], options: Options) {
        var files = entries.map {
            File(path: Self.answerPath($0.problem), contents: AnswerTemplate.markdown($0.problem))
        }
        for entry in entries {
            if let json = entry.customJSON {
                files.append(File(path: "problems/\(entry.problem.id).json", contents: json))
            }
        }
        let hasCustom = entries.contains { $0.customJSON != nil }
        files.append(File(path: "README.md", contents: ExerciseReadme.markdown(entries, options: options)))
        files.append(
            File(
                path: ".github/workflows/mlcoach.yml",
                contents: ExerciseWorkflow.yaml(options, customProblems: hasCustom)))
        self.files = files
    }

    /// Where a problem's answer file goes.
    public static func answerPath(_ problem: Problem) -> String {
        "answers/\(problem.id).md"
    }
}
