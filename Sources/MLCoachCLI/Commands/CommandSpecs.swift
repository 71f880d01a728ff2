/// The command tree of `mlcoach`.
enum CommandSpecs {
    static let problemsOption = OptionSpec(
        name: "problems", valueName: "dir",
        help:
            "Also load problems from this folder (or file); one with a built-in id replaces it. Repeatable; MLCOACH_PROBLEMS adds folders too (colon-separated).",
        isRepeating: true)

    static let practice = CommandSpec(
        name: "practice", abstract: "Run a mock ML system design interview in the terminal.",
        discussion: """
            Walks through the six steps (problem statement, metrics, requirements, train and evaluate, \
            high-level design, scaling) with a time budget each. Write your answer line by line; a line with \
            only '.' (or Ctrl-D) ends a step; /help lists the commands (/ask, /hint, /time, /skip, /back, \
            /edit, /quit). After each step the interviewer asks about the most important gap; at the end you \
            get the same report as 'mlcoach grade', a pacing table and the transcript as an answer file. \
            Sessions are saved after every line under MLCOACH_HOME, else XDG_STATE_HOME/mlcoach, else \
            ~/.local/state/mlcoach. With piped input the same flow runs without prompts.
            """,
        arguments: [ArgumentSpec(name: "id", help: "The problem to practise; without it, a menu.", isOptional: true)],
        options: [
            OptionSpec(name: "random", valueName: nil, help: "Pick a random problem."),
            OptionSpec(name: "tag", valueName: "tag", help: "Only offer problems with this tag.", isRepeating: true),
            OptionSpec(
                name: "minutes", valueName: "n", help: "Length of the interview; steps get their shares.",
                defaultValue: "45"),
            OptionSpec(name: "no-timer", valueName: nil, help: "No time budgets or over-time warnings."),
            OptionSpec(name: "show-reference", valueName: nil, help: "Show the reference answer at the end."),
            OptionSpec(name: "resume", valueName: nil, help: "Continue the latest unfinished interview."),
            problemsOption,
        ],
        examples: ["mlcoach practice", "mlcoach practice fraud-detection --minutes 30", "mlcoach practice --resume"])

    static let list = CommandSpec(
        name: "list", abstract: "List the problems in the bank.",
        options: [
            OptionSpec(
                name: "tag", valueName: "tag", help: "Only problems with this tag. Repeatable: all must match.",
                isRepeating: true),
            OptionSpec(
                name: "format", valueName: "format", help: "Output format.", choices: ["text", "json"],
                defaultValue: "text"),
            problemsOption,
        ],
        examples: ["mlcoach list", "mlcoach list --tag ranking", "mlcoach list --format json"])

    static let show = CommandSpec(
        name: "show",
        abstract: "Show a problem: the interviewer's prompt and the six steps with their guiding questions.",
        arguments: [ArgumentSpec(name: "id", help: "The problem's id (see 'mlcoach list').")],
        options: [problemsOption],
        examples: ["mlcoach show fraud-detection"])

    static let grade = CommandSpec(
        name: "grade", abstract: "Grade written answers on goals, metrics, data, model, serving and monitoring.",
        discussion: """
            Each answer is a Markdown file. Front matter at the top (---, problem: ID, ---) names its \
            problem; --problem overrides it. A folder means every *.md file inside it, recursively, in \
            sorted order; '-' reads standard input. A file that cannot be graded is reported and the rest \
            are graded. Exit status: 0 graded, 1 below --min-score or --min-dimension, 64 usage or no \
            problem named, 65 an answer is not text or names an unknown problem, 66 no such file, 73 the \
            output cannot be written, 74 --record could not write the history; in a batch the most \
            serious wins (64, 66, 65, 74, then 1).
            """,
        arguments: [
            ArgumentSpec(name: "paths", help: "Answer files or folders; '-' reads standard input.", isRepeating: true)
        ],
        options: [
            OptionSpec(
                name: "problem", valueName: "id", help: "Grade against this problem, whatever the front matter says."),
            OptionSpec(
                name: "format", valueName: "format",
                help:
                    "Report format: text for people, json or jsonl for scripts, markdown for $GITHUB_STEP_SUMMARY, junit, github (workflow commands) or sarif.",
                choices: ["text", "json", "jsonl", "markdown", "junit", "github", "sarif"], defaultValue: "text"),
            OptionSpec(
                name: "output", valueName: "file", help: "Write the report to this file instead of standard output."),
            OptionSpec(
                name: "min-score", valueName: "n", help: "Exit 1 when an answer's overall score is below n (0-100)."),
            OptionSpec(
                name: "min-dimension", valueName: "n",
                help: "Exit 1 when any dimension of an answer scores below n (0-100)."),
            OptionSpec(
                name: "record", valueName: nil, help: "Add each graded answer to the history ('mlcoach history')."),
            problemsOption,
        ],
        examples: [
            "mlcoach grade answers/fraud.md",
            "mlcoach grade answer.md --problem feed-ranking --format json",
            "cat answer.md | mlcoach grade - --problem search-ranking --min-score 60",
            "mlcoach grade answers --format junit --output grades.xml --min-score 60",
        ])

    static let history = CommandSpec(
        name: "history", abstract: "List past practice interviews and recorded gradings.",
        discussion: """
            Every finished or abandoned 'mlcoach practice' interview is recorded, and 'mlcoach grade \
            --record' records graded files. The history is a SQLite database at MLCOACH_HOME/history.sqlite, \
            else XDG_DATA_HOME/mlcoach/history.sqlite, else ~/.local/share/mlcoach/history.sqlite. \
            --export writes every attempt as JSON Lines and --import adds them on another machine; \
            importing the same file twice adds nothing twice.
            """,
        options: [
            OptionSpec(name: "problem", valueName: "id", help: "Only attempts at this problem."),
            OptionSpec(name: "limit", valueName: "n", help: "Only the newest n attempts."),
            OptionSpec(
                name: "format", valueName: "format", help: "Output format.", choices: ["text", "json"],
                defaultValue: "text"),
            OptionSpec(name: "export", valueName: "file", help: "Write the attempts to a JSON Lines file."),
            OptionSpec(name: "import", valueName: "file", help: "Add the attempts in a JSON Lines file."),
            problemsOption,
        ],
        examples: [
            "mlcoach history", "mlcoach history --problem fraud-detection --limit 5",
            "mlcoach history --export history.jsonl", "mlcoach history --import history.jsonl",
        ])

    static let progress = CommandSpec(
        name: "progress", abstract: "Show how each dimension is trending and what to practise next.",
        discussion: """
            A sparkline per dimension over your recorded attempts, your weakest dimension over the \
            last five, the rubric items you miss most often, and the problem to practise next: the one \
            whose rubric leans most on your weakest dimension among those you did not practise last.
            """,
        options: [
            OptionSpec(name: "problem", valueName: "id", help: "Only attempts at this problem."), problemsOption,
        ],
        examples: ["mlcoach progress", "mlcoach progress --problem feed-ranking"])

    static let report = CommandSpec(
        name: "report", abstract: "Write one attempt as a self-contained HTML page with charts.",
        discussion: """
            The page has a radar chart of the six dimensions, the trend over your attempts at the same \
            problem, covered and missed items with their evidence, red flags, time per step and the \
            transcript. It loads nothing from the network. Without SESSION, the latest attempt.
            """,
        arguments: [
            ArgumentSpec(
                name: "session", help: "The attempt's id or the start of it (see 'mlcoach history').",
                isOptional: true)
        ],
        options: [
            OptionSpec(name: "html", valueName: "file", help: "The page to write ('-' for standard output)."),
            problemsOption,
        ],
        examples: ["mlcoach report --html report.html", "mlcoach report 20261201-1420 --html fraud.html"])

    static let validate = CommandSpec(
        name: "validate", abstract: "Check problem files: format, counts, patterns and rubric examples.",
        discussion: "Every error is reported with the file and the JSON path. With no files, checks the built-in bank.",
        arguments: [
            ArgumentSpec(
                name: "files", help: "Problem JSON files or folders of them.", isOptional: true, isRepeating: true)
        ],
        examples: ["mlcoach problems validate my-problems/churn.json", "mlcoach problems validate"])

    static let problems = CommandSpec(
        name: "problems", abstract: "Work with problem files.", subcommands: [validate])

    static let exerciseInit = CommandSpec(
        name: "init", abstract: "Create an exercise repository graded by mlcoach in GitHub Actions.",
        discussion: """
            Writes answers/ID.md for each problem (front matter, the prompt and guiding questions as \
            comments, the six step headings), a README.md for students and .github/workflows/mlcoach.yml, \
            which builds mlcoach, writes the score table to the run's summary page and annotates the \
            answers, failing below --min-score. Problems from MLCOACH_PROBLEMS folders are copied to \
            problems/ so CI can grade them. Existing files are never overwritten without --force.
            """,
        arguments: [ArgumentSpec(name: "dir", help: "The folder to create the exercise in.")],
        options: [
            OptionSpec(
                name: "problems", valueName: "ids",
                help: "The problems, comma-separated (see 'mlcoach list'); every problem when not given.",
                isRepeating: true),
            OptionSpec(
                name: "min-score", valueName: "n", help: "The overall score every answer must reach in CI (0-100).",
                defaultValue: String(ExerciseCommand.defaultMinScore)),
            OptionSpec(
                name: "source", valueName: "url",
                help:
                    "The git URL CI clones mlcoach from; without it, the workflow reads the MLCOACH_SOURCE repository variable."
            ),
            OptionSpec(
                name: "ref", valueName: "ref", help: "The branch or tag of mlcoach CI builds.", defaultValue: "main"),
            OptionSpec(name: "force", valueName: nil, help: "Overwrite files that already exist."),
        ],
        examples: [
            "mlcoach exercise init ml-design-homework",
            "mlcoach exercise init hw2 --problems fraud-detection,feed-ranking --min-score 60",
        ])

    static let exercise = CommandSpec(
        name: "exercise", abstract: "Set up exercises graded in CI.", subcommands: [exerciseInit])

    static let help = CommandSpec(
        name: "help", abstract: "Show help for a command.",
        arguments: [ArgumentSpec(name: "command", help: "The command.", isOptional: true, isRepeating: true)])

    static let root = CommandSpec(
        name: "mlcoach", abstract: "A coach for machine-learning system design interviews.",
        discussion: "Practise a mock interview in the terminal, or grade written answers against a rubric.",
        options: [OptionSpec(name: "version", valueName: nil, help: "Show the version.")],
        subcommands: [practice, list, show, grade, history, progress, report, exercise, problems, help])

    /// The spec at a path of names from the root.
    static func spec(at path: [String]) -> CommandSpec {
        var node = root
        for name in path.dropFirst() {
            guard let next = node.subcommands.first(where: { $0.name == name }) else { break }
            node = next
        }
        return node
    }
}
