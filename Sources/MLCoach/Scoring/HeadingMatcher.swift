/// Maps a heading's words to one of the six steps, using the heading words of the language file.
/// Headings are short, so this is a direct scan rather than full pattern matching.
struct HeadingMatcher: Sendable {
    /// Per step, its alternatives as sequences of units.
    private let steps: [(step: StepID, phrases: [[CompiledPattern.Unit]])]
    /// Step titles that name their step outright (the problem's own and the usual ones), by `key`.
    private let titles: [String: StepID]
    /// The problem's title, which heads many answers and names no step.
    private let problemTitle: String

    init(
        _ patterns: [(step: StepID, patterns: [CompiledPattern])], titles: [(step: StepID, title: String)],
        problemTitle: String
    ) {
        steps = patterns.map { entry in
            (entry.step, entry.patterns.flatMap { pattern in pattern.groups.count == 1 ? pattern.groups[0] : [] })
        }
        var byKey: [String: StepID] = [:]
        for (step, title) in titles where byKey[Self.key(title)] == nil { byKey[Self.key(title)] = step }
        self.titles = byKey
        self.problemTitle = Self.key(problemTitle)
    }

    /// What a heading's exact text (case, punctuation and spacing aside) says: a step title, the
    /// problem's title (no step), or nothing (nil; match its words instead).
    func step(forTitle heading: String) -> StepID?? {
        let key = Self.key(heading)
        if let step = titles[key] { return .some(step) }
        return key == problemTitle ? .some(nil) : nil
    }

    private static func key(_ text: String) -> String {
        Tokenizer.words(text).joined(separator: " ").lowercased()
    }

    /// The step whose heading words occur most often in `words`, if any. Ties go to the step whose
    /// first match comes earliest ("Scale the design" is about scaling), then to the earlier step.
    func step(for words: [WordInfo]) -> StepID? {
        var best: (step: StepID, count: Int, first: Int)?
        for (step, phrases) in steps {
            var count = 0
            var first = Int.max
            for phrase in phrases where !phrase.isEmpty && phrase.count <= words.count {
                for start in 0...(words.count - phrase.count) where matches(phrase, words, at: start) {
                    count += 1
                    first = min(first, start)
                }
            }
            guard count > 0 else { continue }
            if let current = best, count < current.count || (count == current.count && first >= current.first) {
                continue
            }
            best = (step, count, first)
        }
        return best?.step
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
