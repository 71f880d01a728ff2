/// What a sentence looks like: prose or a keyword list, how crowded with concepts, and whether it
/// only restates the interviewer's prompt.
struct SentenceProfile: Sendable {
    /// All words, articles included.
    var words = 0
    /// Function words ("the", "we", "because").
    var functionWords = 0
    /// Commas, pipes, arrows and spaced slashes.
    var separators = 0.0
    /// True for a heading, which never counts as evidence.
    var isHeading = false
    /// The paragraph or list item the sentence belongs to.
    var block = 0
    /// A symbol that marks a quantity (`%`, `$`) stands in the sentence.
    var hasQuantitySymbol = false
    /// A number or a quantity symbol stands in the sentence.
    var hasNumber = false
    /// Distinct rubric items affirmed in the sentence.
    var items = 0
    /// True inside a closing summary, which restates what came before.
    var isSummary = false
    /// The share of the sentence's content words that come from the interviewer's prompt.
    var promptOverlap = 0.0

    /// How much the sentence reads like a bare list of terms, 0 (prose) to 1 (list). Keyword
    /// stuffing is dense with separators (about one comma or pipe every two words); terse but
    /// specific notes ("Baseline: LR + hashed crosses, FTRL online.") are not.
    var listiness: Double {
        if words <= 2 { return 0.5 }
        let separatorShare = separators / Double(words)
        var value = clamp((separatorShare - 0.15) / 0.25)
        if Double(functionWords) / Double(words) >= 0.25 { value *= 0.5 }
        // A short enumeration with a number in it ("LightGBM, weighted log loss; <5 ms") is a terse
        // spec; stuffing strings together many terms.
        if hasNumber && separators < 4 { value *= max(0, separators - 1) / 3 }
        return value
    }

    /// A factor below 1 when the sentence packs many concepts into few words.
    var crowding: Double {
        guard words > 0, items > 1 else { return 1 }
        let density = Double(items) / Double(words)
        return max(0.5, min(1, 1 - (density - 0.2) / 0.3))
    }

    /// True when the sentence mostly repeats the prompt, which earns little.
    func isRestatement(at share: Double) -> Bool {
        promptOverlap >= share
    }
}

/// The depth cues around one concept: each 1 when next to it, 0.5 elsewhere in its sentence.
struct DepthCues: Sendable {
    var number = 0.0
    var reason = 0.0
    var tradeoff = 0.0
    var decision = 0.0
    var domain = 0.0
    var hedges = 0.0

    /// How much depth surrounds the concept, 0 (none) to 1 (a reason, a number, a trade-off, a
    /// problem-specific detail and a decision).
    var depth: Double {
        let value =
            0.35 * number + 0.3 * reason + 0.2 * tradeoff + 0.15 * domain + 0.1 * decision
            - 0.12 * min(hedges, 3)
        return clamp(value)
    }
}

/// `value` limited to 0...1.
func clamp(_ value: Double) -> Double {
    min(1, max(0, value))
}
