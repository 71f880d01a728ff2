#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The numbers that turn matches into scores. Documented in the README's grading section.
struct ScoringRules: Sendable {
    /// Credit for a bare mention of a technical term, before depth.
    var mentionCredit = 0.3
    /// Credit for a plain-language paraphrase, before depth (a paraphrase shows understanding).
    var paraphraseCredit = 0.45
    /// How much of a match's credit a keyword list can take away; the full penalty applies to a
    /// list that packs three or more rubric concepts, a third of it to a list with one.
    var listPenalty = 0.8
    /// Extra credit per further sentence that discusses the item, and its cap.
    var repeatBonus = 0.12
    var repeatCap = 2
    /// Credit at or above which an item counts as covered rather than mentioned.
    var coveredThreshold = 0.55
    /// Multiplier on the weight of problem-specific items.
    var specificBoost = 1.6
    /// The share of a dimension's score that general practice can earn; the rest needs the
    /// problem's own points. Experts grade "relevant but generic" as 2 of 4.
    var generalShare = 0.45
    /// How fast each part rises with its coverage: 1 - e^(-k * coverage), normalised to reach 1 at
    /// full coverage. Problem-specific goals, serving and monitoring rise more slowly, as experts
    /// grade them more strictly (goals need the scope and the objective made explicit).
    var generalSteepness = 4.0
    var specificSteepness: [Dimension: Double] = [
        .goals: 2.4, .metrics: 3, .data: 3, .model: 3, .serving: 2.4, .monitoring: 2.4,
    ]

    /// The highest share of the scale serving and monitoring reach: experts grade them more
    /// strictly than raw coverage suggests.
    var strictCeiling: [Dimension: Double] = [.serving: 0.9, .monitoring: 0.9]

    /// Dimensions about the problem's own objective: general practice there only counts as far as
    /// the answer is about this problem (clarifying questions about another product earn nothing).
    var objectiveDimensions: Set<Dimension> = [.goals, .metrics]

    /// A dimension's score, 0-1, from its general and specific coverage and the answer's
    /// topicality (0-1).
    func curve(general: Coverage, specific: Coverage, dimension: Dimension, topicality: Double) -> Double {
        var general = general
        if objectiveDimensions.contains(dimension) { general.credit *= topicality }
        return (strictCeiling[dimension] ?? 1) * rawCurve(general: general, specific: specific, dimension: dimension)
    }

    private func rawCurve(general: Coverage, specific: Coverage, dimension: Dimension) -> Double {
        func rise(_ share: Double, _ k: Double) -> Double {
            (1 - exp(-k * share)) / (1 - exp(-k))
        }
        let specificK = specificSteepness[dimension] ?? 3
        switch (general.share, specific.share) {
        case (let g?, let s?):
            // Specific coverage also shows general competence, so it can stand in for the general part.
            return generalShare * rise(max(g, s), generalSteepness) + (1 - generalShare) * rise(s, specificK)
        case (let g?, nil): return rise(g, generalSteepness)
        case (nil, let s?): return rise(s, specificK)
        case (nil, nil): return 0
        }
    }

    /// How much of a neighbouring sentence's depth (same paragraph or list item) a concept borrows.
    var neighbourDepth = 0.6
    /// Credit kept by a sentence that mostly restates the interviewer's prompt.
    var restatementFactor = 0.35
    /// The widest span, in words, of a red-flag statement (red flags need one tight statement).
    var flagSpan: Int32 = 12
    /// Evidence density (item credit per 100 words) below which an answer counts as padded.
    var densityTarget = 1.6
    /// The smallest factor padding can bring a score down to.
    var paddingFloor = 0.45
    /// The least score of a dimension the answer talks about, rightly or wrongly, without a red
    /// flag or a dismissal there.
    var presenceFloor = 8.0
    /// Points off a dimension for each concept the answer dismisses.
    var dismissalPenalty = 6.0
    /// The domain-vocabulary share at which an answer counts as fully on topic.
    var onTopicShare = 0.6
    /// The share of prompt words at which a sentence counts as restating the prompt.
    var restatementShare = 0.6
    /// Score multiplier for an answer with no sign of being about this problem.
    var offTopicFloor = 0.25
}
