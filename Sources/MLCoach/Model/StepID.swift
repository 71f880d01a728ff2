/// The six steps of the interview framework, in order.
public enum StepID: String, CaseIterable, Sendable, Codable {
    case problemStatement = "problem-statement"
    case metrics
    case requirements
    case trainEvaluate = "train-evaluate"
    case highLevelDesign = "high-level-design"
    case scaling

    /// The step's usual heading.
    public var defaultTitle: String {
        switch self {
        case .problemStatement: return "Problem statement"
        case .metrics: return "Metrics"
        case .requirements: return "Requirements (training and inference)"
        case .trainEvaluate: return "Train and evaluate the model"
        case .highLevelDesign: return "High-level design"
        case .scaling: return "Scaling"
        }
    }

    /// The dimensions this step mostly exercises; used to probe gaps and to map headings.
    public var dimensions: [Dimension] {
        switch self {
        case .problemStatement: return [.goals]
        case .metrics: return [.metrics]
        case .requirements: return [.data, .serving]
        case .trainEvaluate: return [.model, .data]
        case .highLevelDesign: return [.serving]
        case .scaling: return [.serving, .monitoring]
        }
    }
}
