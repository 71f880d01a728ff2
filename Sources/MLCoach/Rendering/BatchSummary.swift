/// The totals of a graded batch, for the end of a report.
public struct BatchSummary: Equatable, Sendable {
    /// Files graded.
    public var graded: Int
    /// Files that could not be graded.
    public var failed: Int
    /// The mean overall score of the graded files (0 when none).
    public var meanScore: Double
    /// Files at or above the bar (all graded files when there is no bar).
    public var passed: Int
    /// Files below the bar.
    public var belowBar: Int
    /// The dimension with the lowest mean score across the batch, with that mean.
    public var weakest: (dimension: Dimension, mean: Double)?

    /// Whether a bar was set; without one, pass and fail counts say nothing.
    public var hasBar: Bool

    /// The bar answers are held to.
    public struct Bar: Equatable, Sendable {
        /// The lowest passing overall score, if any.
        public var minScore: Int?
        /// The lowest passing score for every dimension, if any.
        public var minDimension: Int?

        /// Creates a bar.
        public init(minScore: Int? = nil, minDimension: Int? = nil) {
            self.minScore = minScore
            self.minDimension = minDimension
        }

        /// Whether any threshold is set.
        public var isSet: Bool { minScore != nil || minDimension != nil }

        /// Whether an evaluation clears the bar.
        public func passes(_ evaluation: Evaluation) -> Bool {
            if let minScore, evaluation.score < minScore { return false }
            if let minDimension, evaluation.dimensions.contains(where: { $0.score < minDimension }) { return false }
            return true
        }

        /// Why an evaluation fails the bar, one reason per line (empty when it passes).
        public func reasons(_ evaluation: Evaluation) -> [String] {
            var reasons: [String] = []
            if let minScore, evaluation.score < minScore {
                reasons.append("score \(evaluation.score) is below \(minScore)")
            }
            if let minDimension {
                for result in evaluation.dimensions where result.score < minDimension {
                    reasons.append("\(result.dimension.rawValue) \(result.score) is below \(minDimension)")
                }
            }
            return reasons
        }
    }

    /// Summarises graded answers and failures against a bar.
    public init(_ answers: [GradedAnswer], failures: [GradingFailure], bar: Bar) {
        graded = answers.count
        failed = failures.count
        meanScore = answers.isEmpty ? 0 : Double(answers.reduce(0) { $0 + $1.evaluation.score }) / Double(answers.count)
        passed = answers.filter { bar.passes($0.evaluation) }.count
        belowBar = graded - passed
        hasBar = bar.isSet
        weakest = nil
        if !answers.isEmpty {
            for dimension in Dimension.allCases {
                let mean =
                    Double(answers.reduce(0) { $0 + ($1.evaluation.result(for: dimension)?.score ?? 0) })
                    / Double(answers.count)
                if weakest == nil || mean < weakest!.mean { weakest = (dimension, mean) }
            }
        }
    }

    public static func == (lhs: BatchSummary, rhs: BatchSummary) -> Bool {
        lhs.graded == rhs.graded && lhs.failed == rhs.failed && lhs.meanScore == rhs.meanScore
            && lhs.passed == rhs.passed && lhs.belowBar == rhs.belowBar && lhs.hasBar == rhs.hasBar
            && lhs.belowBar == rhs.belowBar
            && lhs.weakest?.dimension == rhs.weakest?.dimension
            && lhs.weakest?.mean == rhs.weakest?.mean
    }

    /// One line: `3 graded, 1 failed to load; mean score 62.3; 2 passed, 1 below the bar; weakest dimension: monitoring (41.0)`.
    public var line: String {
        var parts = ["\(graded) graded"]
        if failed > 0 { parts[0] += ", \(failed) could not be graded" }
        parts.append("mean score \(String(format1: meanScore))")
        if hasBar { parts.append("\(passed) passed, \(belowBar) below the bar") }
        if let weakest {
            parts.append("weakest dimension: \(weakest.dimension.rawValue) (\(String(format1: weakest.mean)))")
        }
        return parts.joined(separator: "; ")
    }
}
