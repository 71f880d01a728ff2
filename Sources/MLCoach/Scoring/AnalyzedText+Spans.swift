/// Listing where a pattern's groups occur in an analyzed text.
extension AnalyzedText {
    /// False when some group cannot match because no alternative's first word occurs: most patterns
    /// are rejected here without allocating.
    func mayMatch(_ pattern: CompiledPattern) -> Bool {
        for group in 0..<pattern.groupCount where !groupMayMatch(pattern, group) { return false }
        return true
    }

    func groupMayMatch(_ pattern: CompiledPattern, _ group: Int) -> Bool {
        for alternative in Int(pattern.groupList[group])..<Int(pattern.groupList[group + 1]) {
            let first = pattern.alternativeList[alternative]
            if first < pattern.alternativeList[alternative + 1], count(ofCode: pattern.codeList[Int(first)]) > 0 {
                return true
            }
        }
        return false
    }

    /// At most how many spans the patterns' groups have: how often their alternatives' first
    /// words occur.
    func spanBound(_ patterns: [CompiledPattern]) -> Int {
        var bound = 0
        for pattern in patterns {
            for code in pattern.firstCodes where code != Int32.max { bound += count(ofCode: code) }
        }
        return bound
    }

    /// How often a unit code occurs.
    func count(ofCode code: Int32) -> Int {
        occurrenceIndex.view.occurrences(of: code)?.slots.count ?? 0
    }

    /// Whether the alternative `codes[first..<first + length]`, whose first word stands at `begin`,
    /// continues with its other words in the same sentence.
    @inline(__always)
    func continues(
        at begin: Int, codes: UnsafeBufferPointer<Int32>, first: Int, length: Int, in index: OccurrenceIndex.View
    ) -> Bool {
        continues(at: begin, codes: codes, first: first, length: length, except: 0, in: index)
    }

    /// Whether the alternative `codes[first..<first + length]` stands from `begin` on, all in one
    /// sentence, given that its word at offset `except` is known to be there.
    @inline(__always)
    func continues(
        at begin: Int, codes: UnsafeBufferPointer<Int32>, first: Int, length: Int, except: Int,
        in index: OccurrenceIndex.View
    ) -> Bool {
        guard begin &+ length <= index.sentences.count else { return false }
        let sentence = index.sentences[begin]
        var offset = 0
        while offset < length {
            let position = begin &+ offset
            if offset != except
                && (index.sentences[position] != sentence
                    || !index.position(position, matchesCode: codes[first &+ offset]))
            {
                return false
            }
            offset &+= 1
        }
        // The known word must be in the sentence too.
        return index.sentences[begin + except] == sentence
    }

    /// Spans where any alternative of group `group` of `pattern` occurs, sorted by start.
    func spans(of pattern: CompiledPattern, group: Int) -> [PatternMatch] {
        let result = MatchList()
        spans(of: pattern, group: group, into: result)
        return result.array
    }

    /// Replaces the contents of `result` with the spans of group `group` of `pattern`, sorted by
    /// start; with `candidatesOnly`, only those in the sentences `plan` left as candidates (the
    /// anchors worth trying).
    func spans(of pattern: CompiledPattern, group: Int, into result: MatchList, candidatesOnly: Bool = false) {
        result.removeAll()
        var isSorted = true
        var last = PatternMatch(sentence: -1, start: -1, end: -1)
        let sentences = occurrenceIndex.view.sentences
        // The candidates, one bit per sentence (every sentence is one without sentence sets), read
        // from the scratch once rather than after each append.
        let filtered = candidatesOnly && scratch.sentenceWords > 0
        let candidates = scratch.candidates
        forEachSpan(of: pattern, group: group) { start, end in
            let sentence = sentences[Int(start)]
            if filtered && candidates[Int(sentence) >> 6] & (1 << UInt64(sentence & 63)) == 0 { return }
            if last.start > start || (last.start == start && last.end > end) { isSorted = false }
            last = PatternMatch(sentence: sentence, start: start, end: end)
            result.append(last)
        }
        if !isSorted { result.sortByPosition() }
    }

    /// Calls `body` with the start and end of every span of group `group` of `pattern`, alternative
    /// by alternative, each alternative's spans in order. A phrase is looked up by its rarest word
    /// in this text (the first of equals), and skipped when one of its words never occurs.
    @inline(__always)
    func forEachSpan(of pattern: CompiledPattern, group: Int, _ body: (Int32, Int32) -> Void) {
        let codes = pattern.codeList
        let index = occurrenceIndex.view
        // Every index is in range by construction (see `OccurrenceIndex.View`), and the counts are
        // far from overflowing: the loops step with wrapping arithmetic and build no checked ranges.
        var alternative = Int(pattern.groupList[group]) &- 1
        let alternativeEnd = Int(pattern.groupList[group &+ 1])
        alternatives: while true {
            alternative &+= 1
            if alternative >= alternativeEnd { break }
            let (first, length) = pattern.phrase(alternative)
            guard length > 0, var (positions, slots) = index.occurrences(of: codes[first]) else { continue }
            if length == 1 {
                var slot = slots.lowerBound
                while slot < slots.upperBound {
                    body(positions[slot], positions[slot])
                    slot &+= 1
                }
                continue
            }
            if slots.isEmpty { continue }
            var anchor = 0
            var offset = 1
            while offset < length {
                guard let run = index.occurrences(of: codes[first &+ offset]), !run.slots.isEmpty else {
                    continue alternatives
                }
                if run.slots.count < slots.count { (positions, slots, anchor) = (run.positions, run.slots, offset) }
                offset &+= 1
            }
            var slot = slots.lowerBound
            while slot < slots.upperBound {
                let begin = Int(positions[slot]) &- anchor
                slot &+= 1
                if begin < 0
                    || !continues(at: begin, codes: codes, first: first, length: length, except: anchor, in: index)
                {
                    continue
                }
                body(Int32(truncatingIfNeeded: begin), Int32(truncatingIfNeeded: begin &+ length &- 1))
            }
        }
    }
}
