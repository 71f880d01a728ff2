/// Maps a heading's words to one of the six steps, using the heading words of the language file.
/// Headings are short, so this is a direct scan rather than full pattern matching.
struct HeadingMatcher: Sendable {
    /// Per step, its alternatives as sequences of units.
    private let steps: [(step: StepID, phrases: [[CompiledPattern.Unit]])]

    init(_ patterns: [(step: StepID, patterns: [CompiledPattern])]) {
        steps = patterns.map { entry in
            (entry.step, entry.patterns.flatMap { pattern in pattern.groups.count == 1 ? pattern.groups[0] : [] })
        }
    }

    /// The step whose heading words occur most often in `words` (first step wins ties), if any.
    func step(for words: [WordInfo]) -> StepID? {
        var best: (StepID, Int)?
        for (step, phrases) in steps {
            var count = 0
            for phrase in phrases where !phrase.isEmpty && phrase.count <= words.count {
                for start in 0...(words.count - phrase.count) where matches(phrase, words, at: start) { count += 1 }
            }
            if count > 0, best.map({ count > $0.1 }) ?? true { best = (step, count) }
        }
        return best?.0
    }

    private func matches(_ phrase: [CompiledPattern.Unit], _ words: [WordInfo], at start: Int) -> Bool {
        for (offset, unit) in phrase.enumerated() {
            let word = words[start + offset]
            switch unit {
            case .term(let id): if word.term != id { return false }
            case .prefix(let id): if !word.prefixes.contains(id) { return false }
            }
        }
        return true
    }
}
