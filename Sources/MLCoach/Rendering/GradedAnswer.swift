/// An answer file and its evaluation, as renderers receive it.
public struct GradedAnswer: Equatable, Sendable {
    /// The file as the user named it (`-` for standard input).
    public var file: String
    /// The grader's report.
    public var evaluation: Evaluation

    /// Creates a graded answer.
    public init(file: String, evaluation: Evaluation) {
        self.file = file
        self.evaluation = evaluation
    }
}

/// An answer file that could not be graded, and why.
public struct GradingFailure: Equatable, Sendable {
    /// The file as the user named it.
    public var file: String
    /// What went wrong.
    public var message: String

    /// Creates a failure.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }
}
