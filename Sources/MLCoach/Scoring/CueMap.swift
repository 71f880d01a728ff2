/// Where the cues of a `CueSet` stand in one analyzed answer.
struct CueMap {
    /// Stream positions where a negation starts (exceptions removed, `n't` words included).
    var negationStarts: [Int32] = []
    /// Stream spans of post-negations ("is not").
    var postNegations: [PatternMatch] = []
    /// Stream spans of dismissals of what follows ("no need").
    var dismissals: [PatternMatch] = []
    /// Stream spans of dismissals of what precedes ("is overkill").
    var postDismissals: [PatternMatch] = []
    /// Per sentence, the stream positions of each kind of depth cue.
    var reasons: SentencePositions
    var tradeoffs: SentencePositions
    var decisions: SentencePositions
    var numbers: SentencePositions
    var hedges: SentencePositions

    init(_ text: AnalyzedText, cues: CueSet) {
        var excepted = [Bool](repeating: false, count: text.count)
        for pattern in cues.negationExceptions {
            for match in text.matches(pattern) {
                for position in match.start...match.end { excepted[Int(position)] = true }
            }
        }
        var isStart = [Bool](repeating: false, count: text.count)
        for pattern in cues.negations {
            for group in 0..<pattern.groupCount {
                text.forEachSpan(of: pattern, group: group) { start, _ in
                    if !excepted[Int(start)] { isStart[Int(start)] = true }
                }
            }
        }
        for position in text.negativeContractions.lazy.map({ Int($0) }) where !excepted[position] {
            isStart[position] = true
        }
        var starts: [Int32] = []
        for position in 0..<text.count where isStart[position] { starts.append(Int32(position)) }
        negationStarts = starts
        postNegations = Self.spans(cues.postNegations, in: text)
        dismissals = Self.spans(cues.dismissals, in: text)
        postDismissals = Self.spans(cues.postDismissals, in: text)
        let sentenceCount = text.text.sentences.count
        func positions(_ patterns: [CompiledPattern], extra: Int = 0) -> SentencePositions {
            var result = SentencePositions(sentences: sentenceCount, capacity: text.spanBound(patterns) + extra)
            for pattern in patterns {
                for group in 0..<pattern.groupCount {
                    // In any order: positions are only counted and looked up per sentence.
                    text.forEachSpan(of: pattern, group: group) { start, _ in
                        result.add(start, in: text.sentences[Int(start)])
                    }
                }
            }
            return result
        }
        reasons = positions(cues.reasons)
        tradeoffs = positions(cues.tradeoffs)
        decisions = positions(cues.decisions)
        numbers = positions(cues.numberWords, extra: text.numberPositions.count)
        hedges = positions(cues.hedges)
        for position in text.numberPositions { numbers.add(position, in: text.sentences[Int(position)]) }
    }

    /// Every span of every group of the patterns.
    static func spans(_ patterns: [CompiledPattern], in text: AnalyzedText) -> [PatternMatch] {
        var result: [PatternMatch] = []
        for pattern in patterns where text.mayMatch(pattern) {
            for group in 0..<pattern.groupCount { result += text.spans(of: pattern, group: group) }
        }
        return result
    }

    /// How a match is negated: not at all, by a plain negation, or by a dismissal. A cue counts
    /// when it stands in the clauses the match spans: before or inside the match for negations and
    /// dismissals ("we don't need a baseline"), just after its first word for post-negations
    /// ("latency is not a concern").
    func polarity(of match: PatternMatch, in text: AnalyzedText) -> Polarity {
        let clauseStart = text.clauses[Int(match.start)]
        let clauseEnd = text.clauses[Int(match.end)]
        func inScope(_ position: Int32) -> Bool {
            let clause = text.clauses[Int(position)]
            return clause >= clauseStart && clause <= clauseEnd
        }
        /// A cue before the match governs it in its own clause or across a comma list.
        func governs(_ position: Int32) -> Bool {
            let clause = text.clauses[Int(position)]
            return inScope(position)
                || text.sentences[Int(position)] == match.sentence
                    && text.listContinues(from: clause, to: clauseStart)
        }
        for span in dismissals where span.sentence == match.sentence {
            if span.start < match.end, span.start >= match.start - 15, governs(span.start) { return .dismissed }
        }
        for span in postDismissals where span.sentence == match.sentence {
            if span.start > match.start, span.start <= match.end + 6, inScope(span.start) { return .dismissed }
        }
        // Negation starts are in stream order: only those from 12 words before the match on are
        // looked at, found by binary search.
        var lower = 0
        var upper = negationStarts.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if negationStarts[middle] < match.start - 12 { lower = middle + 1 } else { upper = middle }
        }
        for start in negationStarts[lower...] {
            if start >= match.end { break }
            if governs(start) { return .negated }
        }
        for span in postNegations where span.start > match.start && span.start <= match.end + 4 {
            if inScope(span.start) { return .negated }
        }
        return .affirmed
    }

    /// Whether a statement is affirmed, negated or dismissed.
    enum Polarity: Equatable {
        case affirmed
        case negated
        case dismissed
    }
}
