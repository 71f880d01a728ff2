/// The six dimensions an answer is graded on, in report order.
public enum Dimension: String, CaseIterable, Sendable, Codable, Comparable {
    case goals
    case metrics
    case data
    case model
    case serving
    case monitoring

    /// A capitalised name for reports.
    public var title: String {
        switch self {
        case .goals: return "Goals"
        case .metrics: return "Metrics"
        case .data: return "Data"
        case .model: return "Model"
        case .serving: return "Serving"
        case .monitoring: return "Monitoring"
        }
    }

    /// Report order.
    public static func < (lhs: Dimension, rhs: Dimension) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
