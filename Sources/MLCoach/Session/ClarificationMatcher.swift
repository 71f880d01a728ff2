/// Matches a candidate's clarifying question to the problem's clarifications loosely: by stemmed
/// words and synonyms, weighting keywords and words that point to few clarifications.
public struct ClarificationMatcher: Sendable {
    /// The interviewer's answer when no clarification fits.
    public static let fallback = "Make an assumption and state it."

    private let clarifications: [Clarification]
    private let vocabulary: Vocabulary
    private let ignored: Set<String>
    /// Per clarification, the weight of each term it contains.
    private let profiles: [[String: Double]]

    /// Prepares the matcher for a problem.
    public init(problem: Problem, language: Language) {
        clarifications = problem.clarifications
        vocabulary = Vocabulary(synonyms: [language.synonyms, problem.lexicon])
        var ignored = Set(language.functionWords.map { Vocabulary.stem($0) })
        ignored.formUnion(["ask", "question", "know", "tell", "much", "mani", "like", "would", "could", "pleas", "ok"])
        self.ignored = ignored
        let vocabulary = self.vocabulary
        let ignoredTerms = ignored
        func terms(_ text: String) -> Set<String> {
            Set(
                Tokenizer.words(text).map { vocabulary.canonical($0) }.filter {
                    !ignoredTerms.contains($0)
                })
        }
        var raw: [[String: Double]] = []
        for clarification in clarifications {
            var weights: [String: Double] = [:]
            for term in terms(([clarification.question] + clarification.phrasings).joined(separator: " ")) {
                weights[term] = 1
            }
            for term in terms(clarification.keywords.joined(separator: " ")) { weights[term] = 2 }
            raw.append(weights)
        }
        var documentFrequency: [String: Int] = [:]
        for weights in raw { for term in weights.keys { documentFrequency[term, default: 0] += 1 } }
        let count = Double(max(raw.count, 1))
        profiles = raw.map { weights in
            weights.mapValues { $0 }.reduce(into: [:]) { result, entry in
                let rarity = 1 + log2(count / Double(documentFrequency[entry.key] ?? 1))
                result[entry.key] = entry.value * rarity
            }
        }
    }

    /// The best clarification for a question and its score, or nil when none fits well enough.
    public func match(_ question: String) -> Clarification? {
        let asked = Set(
            Tokenizer.words(question).map { vocabulary.canonical($0) }.filter { !ignored.contains($0) })
        guard !asked.isEmpty else { return nil }
        var best: (index: Int, score: Double)?
        for (index, profile) in profiles.enumerated() {
            let score = asked.reduce(0) { $0 + (profile[$1] ?? 0) }
            if score > (best?.score ?? 0) { best = (index, score) }
        }
        guard let best, best.score >= 2 else { return nil }
        return clarifications[best.index]
    }
}

private func log2(_ value: Double) -> Double {
    var result = 0.0
    var x = value
    while x >= 2 {
        x /= 2
        result += 1
    }
    return result + (x - 1)
}
