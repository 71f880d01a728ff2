/// An answer's words mapped to term ids, with clause and sentence numbers and an index from each
/// term and prefix to where it occurs. Articles (`a`, `an`, `the`) are left out of the stream.
struct AnalyzedText {
    /// The tokenized text the stream comes from.
    let text: TokenizedText
    /// Term id at each stream position (-1 for words no pattern uses).
    private(set) var terms: [Int32] = []
    /// Token index (into `text.tokens`) of each stream position.
    private(set) var tokenIndex: [Int32] = []
    /// Clause number of each stream position; clause-break words start a new clause.
    private(set) var clauses: [Int32] = []
    /// Sentence number of each stream position.
    private(set) var sentences: [Int32] = []
    /// Block (paragraph or list item) number of each stream position.
    private(set) var blocks: [Int32] = []
    /// What each distinct word of the text (`text.words`) is to the grader.
    private(set) var wordInfos: [WordInfo] = []
    /// The same, split into flat arrays read without reference counting: term ids and kinds.
    private var wordTerms: [Int32] = []
    private var wordKinds: [WordKind] = []
    /// Per clause: whether it began right after a comma, and how many positions it has.
    private(set) var clauseAfterComma: [Bool] = []
    private(set) var clauseLengths: [Int32] = []
    private var prefixOffsets: [Int32] = [0]
    private var prefixList: [Int32] = []
    /// Positions of each term id, as one flat array with per-term offsets (a counting sort).
    private var termStarts: [Int32] = []
    private var termPositions: [Int32] = []
    /// Positions of each prefix id, likewise.
    private var prefixStarts: [Int32] = []
    private var prefixPositions: [Int32] = []
    /// The first stream position of each sentence, plus the end: sentence `s` is
    /// `sentenceStarts[s]..<sentenceStarts[s + 1]`.
    private var sentenceStarts: [Int32] = []
    /// Buffers reused by `matches`, so matching a pattern allocates nothing but its result.
    private let scratch = MatchScratch()

    /// Analyzes text tokenized into `table`: words new to the table are analyzed against
    /// `vocabulary` once. `clauseBreaks[term]` says whether a term starts a new clause.
    init(_ text: TokenizedText, vocabulary: Vocabulary, clauseBreaks: [Bool], table: WordTable) {
        self.text = text
        while table.infos.count < table.words.count {
            table.add(vocabulary.analyze(table.words[table.infos.count]))
        }
        let infos = table.infos
        wordInfos = infos
        wordTerms = table.terms
        wordKinds = table.kinds
        // One pass over the tokens writes every per-position array into raw storage sized for
        // every token (articles, left out, make the stream shorter), copied out once at the end:
        // appending to six arrays cost a uniqueness check per array and token.
        let tokenCount = text.tokens.count
        let storage = UnsafeMutablePointer<Int32>.allocate(capacity: 7 * tokenCount + 1)
        defer { storage.deallocate() }
        let terms = storage
        let tokenIndex = storage + tokenCount
        let clauses = storage + 2 * tokenCount
        let sentences = storage + 3 * tokenCount
        let blocks = storage + 4 * tokenCount
        let clauseLengths = storage + 5 * tokenCount
        let prefixOffsets = storage + 6 * tokenCount
        prefixOffsets[0] = 0
        let clauseAfterComma = UnsafeMutablePointer<Bool>.allocate(capacity: max(1, tokenCount))
        defer { clauseAfterComma.deallocate() }
        var prefixList: [Int32] = []
        var prefixOwners: [Int32] = []
        var sentenceBlocks = [Int32](repeating: 0, count: text.sentences.count)
        for (index, sentence) in text.sentences.enumerated() { sentenceBlocks[index] = Int32(sentence.block) }
        var count = 0
        var clauseCount = 0
        text.tokens.withUnsafeBufferPointer { tokens in
            wordTerms.withUnsafeBufferPointer { wordTerms in
                wordKinds.withUnsafeBufferPointer { wordKinds in
                    var clause: Int32 = 0
                    var lastTokenClause = -1
                    // Comma clauses are listed in increasing order, as are the tokens' clauses: one walk.
                    let commaClauses = text.commaClauseList
                    var nextComma = 0
                    for index in 0..<tokens.count {
                        let token = tokens[index]
                        let word = Int(token.word)
                        let kind = wordKinds[word]
                        if kind.contains(.article) { continue }
                        let term = wordTerms[word]
                        let breaks = term >= 0 && Int(term) < clauseBreaks.count && clauseBreaks[Int(term)]
                        if token.clause != lastTokenClause || breaks || count == 0 {
                            if count > 0 { clause += 1 }
                            while nextComma < commaClauses.count, commaClauses[nextComma] < token.clause {
                                nextComma += 1
                            }
                            let afterComma = nextComma < commaClauses.count && commaClauses[nextComma] == token.clause
                            clauseAfterComma[clauseCount] = !breaks && afterComma
                            clauseLengths[clauseCount] = 0
                            clauseCount += 1
                            lastTokenClause = token.clause
                        }
                        clauseLengths[clauseCount - 1] += 1
                        terms[count] = term
                        tokenIndex[count] = Int32(index)
                        clauses[count] = clause
                        sentences[count] = Int32(token.sentence)
                        blocks[count] = sentenceBlocks[token.sentence]
                        if kind.contains(.hasPrefixes) {
                            for id in infos[word].prefixes {
                                prefixList.append(id)
                                prefixOwners.append(Int32(count))
                            }
                        }
                        count += 1
                        prefixOffsets[count] = Int32(prefixList.count)
                    }
                }
            }
        }
        func array<T>(_ start: UnsafeMutablePointer<T>, _ count: Int) -> [T] {
            Array(UnsafeBufferPointer(start: start, count: count))
        }
        self.terms = array(terms, count)
        self.tokenIndex = array(tokenIndex, count)
        self.clauses = array(clauses, count)
        self.sentences = array(sentences, count)
        self.blocks = array(blocks, count)
        self.prefixOffsets = array(prefixOffsets, count + 1)
        self.clauseLengths = array(clauseLengths, clauseCount)
        self.clauseAfterComma = array(clauseAfterComma, clauseCount)
        self.prefixList = prefixList
        var sentenceStarts = [Int32](repeating: 0, count: text.sentences.count + 1)
        for sentence in self.sentences { sentenceStarts[Int(sentence) + 1] += 1 }
        for index in 0..<text.sentences.count { sentenceStarts[index + 1] += sentenceStarts[index] }
        (termStarts, termPositions) = Self.index(ids: self.terms, owners: nil, size: vocabulary.termCount)
        (prefixStarts, prefixPositions) = Self.index(
            ids: prefixList, owners: prefixOwners, size: vocabulary.prefixCount)
        self.sentenceStarts = sentenceStarts
    }

    /// A counting-sort index: for ids 0..<size, the positions where each occurs, in order. Entry
    /// `i` is id `ids[i]` at position `owners[i]` (or `i` itself without owners).
    private static func index(ids: [Int32], owners: [Int32]?, size: Int) -> ([Int32], [Int32]) {
        // Counted one slot further on, so that after the running sum `starts[id + 1]` is where id's
        // run begins; filling moves it to the run's end, which is where the next id's run begins.
        var starts = [Int32](repeating: 0, count: size + 2)
        var positions = [Int32](repeating: 0, count: ids.count)
        var stored = 0
        ids.withUnsafeBufferPointer { ids in
            starts.withUnsafeMutableBufferPointer { starts in
                for id in ids where id >= 0 && Int(id) < size { starts[Int(id) + 2] += 1 }
                var total: Int32 = 0
                for id in 0...(size + 1) {
                    total += starts[id]
                    starts[id] = total
                }
                stored = Int(total)
                positions.withUnsafeMutableBufferPointer { positions in
                    for entry in 0..<ids.count {
                        let id = ids[entry]
                        guard id >= 0 && Int(id) < size else { continue }
                        let slot = Int(starts[Int(id) + 1])
                        starts[Int(id) + 1] = Int32(slot + 1)
                        positions[slot] = owners?[entry] ?? Int32(entry)
                    }
                }
            }
        }
        starts.removeLast()
        positions.removeLast(ids.count - stored)
        return (starts, positions)
    }

    /// False when some group cannot match because no alternative's first word occurs: most patterns
    /// are rejected here without allocating.
    func mayMatch(_ pattern: CompiledPattern) -> Bool {
        for group in 0..<pattern.groupCount where !groupMayMatch(pattern, group) { return false }
        return true
    }

    private func groupMayMatch(_ pattern: CompiledPattern, _ group: Int) -> Bool {
        for alternative in Int(pattern.groupStarts[group])..<Int(pattern.groupStarts[group + 1]) {
            let first = pattern.alternativeStarts[alternative]
            if first < pattern.alternativeStarts[alternative + 1], count(ofCode: pattern.codes[Int(first)]) > 0 {
                return true
            }
        }
        return false
    }

    /// How often a unit code occurs.
    private func count(ofCode code: Int32) -> Int {
        if code >= 0 {
            guard Int(code) + 1 < termStarts.count else { return 0 }
            return Int(termStarts[Int(code) + 1] - termStarts[Int(code)])
        }
        let id = Int(-code - 1)
        guard id + 1 < prefixStarts.count else { return 0 }
        return Int(prefixStarts[id + 1] - prefixStarts[id])
    }

    /// Whether the word at `position` is the unit `code`.
    private func position(_ position: Int, matchesCode code: Int32) -> Bool {
        if code >= 0 { return terms[position] == code }
        let id = -code - 1
        for slot in Int(prefixOffsets[position])..<Int(prefixOffsets[position + 1]) where prefixList[slot] == id {
            return true
        }
        return false
    }

    /// Spans where any alternative of group `group` of `pattern` occurs, sorted by start.
    func spans(of pattern: CompiledPattern, group: Int) -> [PatternMatch] {
        var result: [PatternMatch] = []
        spans(of: pattern, group: group, into: &result)
        return result
    }

    /// Replaces the contents of `result` with the spans of group `group` of `pattern`, sorted by start.
    private func spans(of pattern: CompiledPattern, group: Int, into result: inout [PatternMatch]) {
        result.removeAll(keepingCapacity: true)
        var isSorted = true
        forEachSpan(of: pattern, group: group) { start, end in
            if let last = result.last, last.start > start || (last.start == start && last.end > end) {
                isSorted = false
            }
            result.append(PatternMatch(sentence: sentences[Int(start)], start: start, end: end))
        }
        if !isSorted { insertionSort(&result) }
    }

    /// Calls `body` with the start and end of every span of group `group` of `pattern`, alternative
    /// by alternative, each alternative's spans in order.
    @inline(__always)
    private func forEachSpan(of pattern: CompiledPattern, group: Int, _ body: (Int32, Int32) -> Void) {
        for alternative in Int(pattern.groupStarts[group])..<Int(pattern.groupStarts[group + 1]) {
            let first = Int(pattern.alternativeStarts[alternative])
            let length = Int(pattern.alternativeStarts[alternative + 1]) - first
            guard length > 0 else { continue }
            let code = pattern.codes[first]
            let range: Range<Int>
            if code >= 0 {
                guard Int(code) + 1 < termStarts.count else { continue }
                range = Int(termStarts[Int(code)])..<Int(termStarts[Int(code) + 1])
            } else {
                let id = Int(-code - 1)
                guard id + 1 < prefixStarts.count else { continue }
                range = Int(prefixStarts[id])..<Int(prefixStarts[id + 1])
            }
            if range.isEmpty { continue }
            for slot in range {
                let start = code >= 0 ? termPositions[slot] : prefixPositions[slot]
                let begin = Int(start)
                if length > 1 {
                    guard begin + length <= terms.count else { continue }
                    var matched = true
                    for offset in 1..<length {
                        let position = begin + offset
                        if sentences[position] != sentences[begin]
                            || !self.position(position, matchesCode: pattern.codes[first + offset])
                        {
                            matched = false
                            break
                        }
                    }
                    if !matched { continue }
                }
                body(start, start + Int32(length) - 1)
            }
        }
    }

    private func insertionSort(_ spans: inout [PatternMatch]) {
        guard spans.count > 1 else { return }
        if spans.count > 24 {
            spans.sort { $0.start < $1.start || ($0.start == $1.start && $0.end < $1.end) }
            return
        }
        for index in 1..<spans.count {
            let value = spans[index]
            var position = index
            while position > 0,
                spans[position - 1].start > value.start
                    || (spans[position - 1].start == value.start && spans[position - 1].end > value.end)
            {
                spans[position] = spans[position - 1]
                position -= 1
            }
            spans[position] = value
        }
    }

    /// Whether a negation in clause `from` also governs clause `to` of the same sentence: every
    /// clause after it up to `to` is a short item of a comma list ("no need for velocity features,
    /// device fingerprints or graph features").
    func listContinues(from: Int32, to: Int32) -> Bool {
        guard to > from, Int(to) < clauseAfterComma.count else { return false }
        for clause in (from + 1)...to
        where !clauseAfterComma[Int(clause)] || clauseLengths[Int(clause)] > Self.listItemLength {
            return false
        }
        return true
    }

    /// The longest clause (in words) that still reads as an item of a list.
    static let listItemLength: Int32 = 6

    /// The widest span of a match that crosses a sentence boundary.
    static let crossSentenceSpan: Int32 = 12

    /// The number of stream positions.
    var count: Int { terms.count }

    /// The token at a stream position.
    func token(at position: Int) -> TextToken {
        text.tokens[Int(tokenIndex[position])]
    }

    /// What the word at a stream position is to the grader.
    func info(at position: Int) -> WordInfo {
        wordInfos[Int(text.tokens[Int(tokenIndex[position])].word)]
    }

    /// What kind of word stands at a stream position.
    func kind(at position: Int) -> WordKind {
        wordKinds[Int(text.tokens[Int(tokenIndex[position])].word)]
    }

    /// What kind of word the text's word `word` (`TextToken.word`) is.
    func kind(ofWord word: Int32) -> WordKind {
        wordKinds[Int(word)]
    }

    /// Every place the pattern matches: all groups within `maxSpan` positions, in one sentence or,
    /// with `acrossSentences`, in neighbouring sentences of one paragraph or list item. At most one
    /// match per sentence (of the rarest group) is reported. Only the rarest group's spans are
    /// listed; the other groups are looked up around each of them.
    func matches(_ pattern: CompiledPattern, maxSpan: Int32 = 20, acrossSentences: Bool = false) -> [PatternMatch] {
        if !mayMatch(pattern) { return [] }
        var anchorGroup = 0
        if pattern.groupCount > 1 {
            var fewest = Int.max
            for group in 0..<pattern.groupCount {
                let estimate = occurrences(of: pattern, group: group)
                if estimate < fewest {
                    fewest = estimate
                    anchorGroup = group
                }
            }
        }
        if pattern.groupCount == 1 { return firstSpanPerSentence(pattern) }
        if scratch.groups.isEmpty { scratch.groups.append([]) }
        spans(of: pattern, group: anchorGroup, into: &scratch.groups[0])
        let anchors = scratch.groups[0]
        // Per alternative, where the search for the last anchor's window began: windows only move
        // forward, so the next search starts there.
        let alternativeCount = pattern.alternativeStarts.count - 1
        var cursors = scratch.cursors
        scratch.cursors = []
        if cursors.count < alternativeCount {
            cursors = [Int](repeating: 0, count: alternativeCount)
        } else {
            for alternative in 0..<alternativeCount { cursors[alternative] = 0 }
        }
        defer { scratch.cursors = cursors }
        var result: [PatternMatch] = []
        var lastSentence: Int32 = -1
        for anchor in anchors where anchor.sentence != lastSentence {
            var start = anchor.start
            var end = anchor.end
            var complete = true
            for group in 0..<pattern.groupCount where group != anchorGroup {
                guard
                    let chosen = nearest(
                        pattern, group: group, to: anchor, acrossSentences: acrossSentences, cursors: &cursors)
                else {
                    complete = false
                    break
                }
                start = min(start, chosen.start)
                end = max(end, chosen.end)
            }
            let crosses = sentences[Int(start)] != sentences[Int(end)]
            if complete && end - start <= (crosses ? min(maxSpan, Self.crossSentenceSpan) : maxSpan) {
                result.append(PatternMatch(sentence: anchor.sentence, start: start, end: end))
                lastSentence = anchor.sentence
            }
        }
        return result
    }

    /// The stream positions where a match may stand for an anchor in `sentence`: its sentence or,
    /// with `acrossSentences`, its neighbours too.
    private func window(around sentence: Int, acrossSentences: Bool) -> (low: Int32, high: Int32) {
        let low = sentenceStarts[acrossSentences ? max(0, sentence - 1) : sentence]
        let high = sentenceStarts[acrossSentences ? min(sentenceStarts.count - 1, sentence + 2) : sentence + 1]
        return (low, high)
    }

    /// Whether `span` may pair with `anchor` (see `nearest`), and if so whether it is nearer than
    /// `best`, at `bestDistance`.
    @inline(__always)
    private func isNearer(
        _ span: PatternMatch, to anchor: PatternMatch, anchorBlock: Int32, acrossSentences: Bool,
        than best: PatternMatch?, at bestDistance: Int32
    ) -> Bool {
        if span.sentence != anchor.sentence
            && !(acrossSentences && abs(span.sentence - anchor.sentence) == 1
                && blocks[Int(span.start)] == anchorBlock)
        {
            return false
        }
        if span.start <= anchor.end && span.end >= anchor.start { return false }
        let distance = abs(span.start - anchor.start)
        return distance < bestDistance
            || (distance == bestDistance
                && (span.start < best!.start || (span.start == best!.start && span.end < best!.end)))
    }

    /// For a one-group pattern: the earliest span in each sentence, in sentence order. Kept per
    /// sentence as found, so the spans are never listed and sorted in full.
    private func firstSpanPerSentence(_ pattern: CompiledPattern) -> [PatternMatch] {
        if scratch.firstBySentence.count < sentenceStarts.count {
            scratch.firstBySentence = [PatternMatch](
                repeating: PatternMatch(sentence: -1, start: -1, end: -1), count: sentenceStarts.count)
        }
        scratch.touched.removeAll(keepingCapacity: true)
        var isSorted = true
        for alternative in Int(pattern.groupStarts[0])..<Int(pattern.groupStarts[1]) {
            let first = Int(pattern.alternativeStarts[alternative])
            let length = Int(pattern.alternativeStarts[alternative + 1]) - first
            guard length > 0 else { continue }
            let code = pattern.codes[first]
            let range: Range<Int>
            if code >= 0 {
                guard Int(code) + 1 < termStarts.count else { continue }
                range = Int(termStarts[Int(code)])..<Int(termStarts[Int(code) + 1])
            } else {
                let id = Int(-code - 1)
                guard id + 1 < prefixStarts.count else { continue }
                range = Int(prefixStarts[id])..<Int(prefixStarts[id + 1])
            }
            for slot in range {
                let start = code >= 0 ? termPositions[slot] : prefixPositions[slot]
                let begin = Int(start)
                let sentence = Int(sentences[begin])
                let current = scratch.firstBySentence[sentence]
                if current.sentence >= 0 && current.start < start { continue }
                if length > 1 {
                    guard begin + length <= terms.count else { continue }
                    var matched = true
                    for offset in 1..<length {
                        let position = begin + offset
                        if sentences[position] != sentences[begin]
                            || !self.position(position, matchesCode: pattern.codes[first + offset])
                        {
                            matched = false
                            break
                        }
                    }
                    if !matched { continue }
                }
                let span = PatternMatch(sentence: Int32(sentence), start: start, end: start + Int32(length) - 1)
                if current.sentence < 0 {
                    if let last = scratch.touched.last, last > Int32(sentence) { isSorted = false }
                    scratch.touched.append(Int32(sentence))
                    scratch.firstBySentence[sentence] = span
                } else if span.start < current.start || (span.start == current.start && span.end < current.end) {
                    scratch.firstBySentence[sentence] = span
                }
            }
        }
        if !isSorted { scratch.touched.sort() }
        var result: [PatternMatch] = []
        result.reserveCapacity(scratch.touched.count)
        for sentence in scratch.touched {
            result.append(scratch.firstBySentence[Int(sentence)])
            scratch.firstBySentence[Int(sentence)].sentence = -1
        }
        return result
    }

    /// How often the first words of a group's alternatives occur: an upper bound on its spans.
    private func occurrences(of pattern: CompiledPattern, group: Int) -> Int {
        var total = 0
        for alternative in Int(pattern.groupStarts[group])..<Int(pattern.groupStarts[group + 1]) {
            let first = pattern.alternativeStarts[alternative]
            if first < pattern.alternativeStarts[alternative + 1] { total += count(ofCode: pattern.codes[Int(first)]) }
        }
        return total
    }

    /// The span of `group` nearest to `anchor` (by start; ties to the earlier span) that does not
    /// overlap it and stands in its sentence or, with `acrossSentences`, in a neighbouring sentence
    /// of the same paragraph or list item.
    private func nearest(
        _ pattern: CompiledPattern, group: Int, to anchor: PatternMatch, acrossSentences: Bool, cursors: inout [Int]
    ) -> PatternMatch? {
        let (low, high) = window(around: Int(anchor.sentence), acrossSentences: acrossSentences)
        let anchorBlock = blocks[Int(anchor.start)]
        var best: PatternMatch?
        var bestDistance = Int32.max
        for alternative in Int(pattern.groupStarts[group])..<Int(pattern.groupStarts[group + 1]) {
            let first = Int(pattern.alternativeStarts[alternative])
            let length = Int(pattern.alternativeStarts[alternative + 1]) - first
            guard length > 0 else { continue }
            let code = pattern.codes[first]
            var range: Range<Int>
            if code >= 0 {
                guard Int(code) + 1 < termStarts.count else { continue }
                range = Int(termStarts[Int(code)])..<Int(termStarts[Int(code) + 1])
            } else {
                let id = Int(-code - 1)
                guard id + 1 < prefixStarts.count else { continue }
                range = Int(prefixStarts[id])..<Int(prefixStarts[id + 1])
            }
            if range.isEmpty { continue }
            // The first occurrence at or after `low`: a few steps on from the last anchor's, else a
            // binary search over the rest.
            var lower = max(range.lowerBound, cursors[alternative])
            var upper = range.upperBound
            var steps = 0
            while lower < upper, steps < 8, (code >= 0 ? termPositions[lower] : prefixPositions[lower]) < low {
                lower += 1
                steps += 1
            }
            if steps == 8 {
                while lower < upper {
                    let middle = (lower + upper) / 2
                    if (code >= 0 ? termPositions[middle] : prefixPositions[middle]) < low {
                        lower = middle + 1
                    } else {
                        upper = middle
                    }
                }
            }
            cursors[alternative] = lower
            range = lower..<range.upperBound
            for slot in range {
                let start = code >= 0 ? termPositions[slot] : prefixPositions[slot]
                if start >= high { break }
                let begin = Int(start)
                if length > 1 {
                    guard begin + length <= terms.count else { continue }
                    var matched = true
                    for offset in 1..<length {
                        let position = begin + offset
                        if sentences[position] != sentences[begin]
                            || !self.position(position, matchesCode: pattern.codes[first + offset])
                        {
                            matched = false
                            break
                        }
                    }
                    if !matched { continue }
                }
                let span = PatternMatch(sentence: sentences[begin], start: start, end: start + Int32(length) - 1)
                if isNearer(
                    span, to: anchor, anchorBlock: anchorBlock, acrossSentences: acrossSentences, than: best,
                    at: bestDistance)
                {
                    best = span
                    bestDistance = abs(span.start - anchor.start)
                }
            }
        }
        return best
    }
}

/// Per-answer buffers for matching, one per pattern group.
final class MatchScratch {
    var groups: [[PatternMatch]] = []
    /// Per sentence, the earliest span found so far (sentence -1: none).
    var firstBySentence: [PatternMatch] = []
    /// The sentences with a span, in the order found.
    var touched: [Int32] = []
    /// Per alternative of the pattern being matched, where its occurrences in the current anchor's
    /// window begin.
    var cursors: [Int] = []
}

/// Where a pattern matched: a sentence and a span of stream positions (inclusive).
struct PatternMatch: Sendable, Equatable {
    var sentence: Int32
    var start: Int32
    var end: Int32
}
