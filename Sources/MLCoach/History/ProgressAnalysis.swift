/// How a user is doing across their history: each dimension's trend, the weakest dimension, the
/// rubric items most often missed, and the problem to practise next. Pure: records and problems
/// in, figures out.
public struct ProgressAnalysis: Equatable, Sendable {
    /// A series of scores, oldest first.
    public struct Trend: Equatable, Sendable {
        /// The dimension, or nil for the overall score.
        public var dimension: Dimension?
        /// The scores, oldest first.
        public var scores: [Int]
    }

    /// A rubric item and how often it was missed.
    public struct MissedItem: Equatable, Sendable {
        /// The item's id.
        public var itemID: String
        /// Its title.
        public var title: String
        /// Its dimension.
        public var dimension: Dimension
        /// Attempts that missed it.
        public var missed: Int
        /// Attempts whose rubric has it.
        public var attempts: Int
    }

    /// The problem to practise next, and why.
    public struct Recommendation: Equatable, Sendable {
        /// The problem's id.
        public var problemID: String
        /// Its title.
        public var title: String
        /// The share of its rubric weight on the weakest dimension, 0-1.
        public var share: Double
        /// When it was last practised (seconds since 1970), if ever.
        public var lastPractised: Double?
    }

    /// How many attempts the analysis covers.
    public var attempts: Int
    /// When the first and last attempts started.
    public var firstAt: Double
    public var lastAt: Double
    /// The overall score's trend.
    public var overall: Trend
    /// Each dimension's trend, in the usual order.
    public var dimensions: [Trend]
    /// The dimension with the lowest mean over the recent attempts, and that mean.
    public var weakest: (dimension: Dimension, mean: Double)?
    /// Up to five items missed most often (at least twice, or once with a single attempt).
    public var mostMissed: [MissedItem]
    /// The problem to practise next.
    public var recommendation: Recommendation?

    /// How many of the latest attempts decide the weakest dimension.
    public static let recentWindow = 5
    /// How many of the latest attempts' problems count as practised recently.
    public static let recentProblems = 2

    /// Analyzes `records` (any order) against the problems in the bank.
    public init(records: [HistoryRecord], problems: [Problem]) {
        let ordered = records.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        attempts = ordered.count
        firstAt = ordered.first?.startedAt ?? 0
        lastAt = ordered.last?.startedAt ?? 0
        overall = Trend(dimension: nil, scores: ordered.map(\.score))
        dimensions = Dimension.allCases.map { dimension in
            Trend(dimension: dimension, scores: ordered.map { $0.score(of: dimension) })
        }
        let recent = ordered.suffix(Self.recentWindow)
        weakest = nil
        if !recent.isEmpty {
            for dimension in Dimension.allCases {
                let mean = Double(recent.reduce(0) { $0 + $1.score(of: dimension) }) / Double(recent.count)
                if weakest == nil || mean < weakest!.mean { weakest = (dimension, mean) }
            }
        }
        mostMissed = Self.missedItems(ordered)
        recommendation = weakest.flatMap { Self.recommend(for: $0.dimension, records: ordered, problems: problems) }
    }

    public static func == (lhs: ProgressAnalysis, rhs: ProgressAnalysis) -> Bool {
        lhs.attempts == rhs.attempts && lhs.overall == rhs.overall && lhs.dimensions == rhs.dimensions
            && lhs.weakest?.dimension == rhs.weakest?.dimension && lhs.weakest?.mean == rhs.weakest?.mean
            && lhs.mostMissed == rhs.mostMissed && lhs.recommendation == rhs.recommendation
            && lhs.firstAt == rhs.firstAt && lhs.lastAt == rhs.lastAt
    }

    private static func missedItems(_ records: [HistoryRecord]) -> [MissedItem] {
        var byItem: [String: MissedItem] = [:]
        for record in records {
            for item in record.items {
                var entry =
                    byItem[item.itemID]
                    ?? MissedItem(
                        itemID: item.itemID, title: item.title, dimension: item.dimension, missed: 0, attempts: 0)
                entry.attempts += 1
                if item.outcome == .missed { entry.missed += 1 }
                byItem[item.itemID] = entry
            }
        }
        let threshold = records.count > 1 ? 2 : 1
        return byItem.values.filter { $0.missed >= threshold }
            .sorted {
                ($0.missed, Double($0.missed) / Double($0.attempts), $1.itemID)
                    > ($1.missed, Double($1.missed) / Double($1.attempts), $0.itemID)
            }
            .prefix(5).map { $0 }
    }

    /// The problem whose rubric leans most on `dimension`, among those not practised in the last
    /// few attempts (all problems when every one was); ties go to the least recently practised.
    private static func recommend(for dimension: Dimension, records: [HistoryRecord], problems: [Problem])
        -> Recommendation?
    {
        guard !problems.isEmpty else { return nil }
        var last: [String: Double] = [:]
        for record in records { last[record.problemID] = max(last[record.problemID] ?? 0, record.startedAt) }
        let recentIDs = Set(records.suffix(recentProblems).map(\.problemID))
        var candidates = problems.filter { !recentIDs.contains($0.id) }
        if candidates.isEmpty { candidates = problems }
        let scored = candidates.map { problem -> Recommendation in
            var total = 0.0
            var onDimension = 0.0
            for item in problem.rubric {
                let weight = item.weight * (item.isSpecific ? 1.6 : 1)
                total += weight
                if item.dimension == dimension { onDimension += weight }
            }
            return Recommendation(
                problemID: problem.id, title: problem.title, share: total > 0 ? onDimension / total : 0,
                lastPractised: last[problem.id])
        }
        return scored.max { lhs, rhs in
            let left = (lhs.share * 1000).rounded()
            let right = (rhs.share * 1000).rounded()
            if left != right { return left < right }
            let leftLast = lhs.lastPractised ?? -1
            let rightLast = rhs.lastPractised ?? -1
            if leftLast != rightLast { return leftLast > rightLast }
            return lhs.problemID > rhs.problemID
        }
    }
}
