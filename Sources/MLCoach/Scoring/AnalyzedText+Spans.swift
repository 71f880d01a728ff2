/// Listing where a pattern's groups occur in an analyzed text.
extension AnalyzedText {
    /// False when some group cannot match because no alternative's first word occurs: most patterns
    /// are rejected here without allocating.
    func mayMatch(_ pattern: CompiledPattern) -> Bool {
        for group in 0..<pattern.groupCount where !groupMayMatch(pattern, group) { return false }
        return true
    }

    func groupMayMatch(_ pattern: CompiledPattern, _ group: Int) -> Bool {
        for alternative in Int(pattern.groupStarts[group])..<Int(pattern.groupStarts[group + 1]) {
            let first = pattern.alternativeStarts[alternative]
            if first < pattern.alternativeStarts[alternative + 1], count(ofCode: pattern.codes[Int(first)]) > 0 {
                return true
            }
        }
        return false
    }

    /// How often a unit code occurs.
    func count(ofCode code: Int32) -> Int {
        if code >= 0 {
            guard Int(code) + 1 < termStarts.count else { return 0 }
            return Int(termStarts[Int(code) + 1] - termStarts[Int(code)])
        }
        let id = Int(-code - 1)
        guard id + 1 < prefixStarts.count else { return 0 }
        return Int(prefixStarts[id + 1] - prefixStarts[id])
    }

    /// Whether the word at `position` is the unit `code`.
    func position(_ position: Int, matchesCode code: Int32) -> Bool {
        if code >= 0 { return terms[position] == code }
        let id = -code - 1
        for slot in Int(prefixOffsets[position])..<Int(prefixOffsets[position + 1]) where prefixList[slot] == id {
            return true
        }
        return false
    }

    /// Whether the alternative `codes[first..<first + length]`, whose first word stands at `begin`,
    /// continues with its other words in the same sentence.
    @inline(__always)
    func continues(
        at begin: Int, codes: UnsafeBufferPointer<Int32>, first: Int, length: Int, in index: IndexView
    ) -> Bool {
        guard begin + length <= index.sentences.count else { return false }
        for offset in 1..<length {
            let position = begin + offset
            if index.sentences[position] != index.sentences[begin]
                || !self.position(position, matchesCode: codes[first + offset])
            {
                return false
            }
        }
        return true
    }

    /// Spans where any alternative of group `group` of `pattern` occurs, sorted by start.
    func spans(of pattern: CompiledPattern, group: Int) -> [PatternMatch] {
        var result: [PatternMatch] = []
        spans(of: pattern, group: group, into: &result)
        return result
    }

    /// Replaces the contents of `result` with the spans of group `group` of `pattern`, sorted by start.
    func spans(of pattern: CompiledPattern, group: Int, into result: inout [PatternMatch]) {
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
    func forEachSpan(of pattern: CompiledPattern, group: Int, _ body: (Int32, Int32) -> Void) {
        let alternatives = Int(pattern.groupStarts[group])..<Int(pattern.groupStarts[group + 1])
        // Every index is in range by construction (see `nearest`).
        withIndex { index in
            pattern.codes.withUnsafeBufferPointer { codes in
                pattern.alternativeStarts.withUnsafeBufferPointer { alternativeStarts in
                    for alternative in alternatives {
                        let first = Int(alternativeStarts[alternative])
                        let length = Int(alternativeStarts[alternative + 1]) - first
                        guard length > 0 else { continue }
                        guard let (positions, slots) = index.occurrences(of: codes[first]) else { continue }
                        for slot in slots {
                            let start = positions[slot]
                            let begin = Int(start)
                            if length > 1
                                && !continues(at: begin, codes: codes, first: first, length: length, in: index)
                            {
                                continue
                            }
                            body(start, start + Int32(length) - 1)
                        }
                    }
                }
            }
        }
    }

    func insertionSort(_ spans: inout [PatternMatch]) {
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

    /// The occurrence index and the stream's sentences as buffer pointers, for the hot loops.
    struct IndexView {
        var termStarts: UnsafeBufferPointer<Int32>
        var termPositions: UnsafeBufferPointer<Int32>
        var prefixStarts: UnsafeBufferPointer<Int32>
        var prefixPositions: UnsafeBufferPointer<Int32>
        var sentences: UnsafeBufferPointer<Int32>

        /// Where the unit `code` (a term id, or a prefix id as `-id - 1`) occurs: the position list
        /// and the slots of it that hold this unit; nil for a unit the index has never seen.
        @inline(__always)
        func occurrences(of code: Int32) -> (positions: UnsafeBufferPointer<Int32>, slots: Range<Int>)? {
            let (starts, positions, key) =
                code >= 0 ? (termStarts, termPositions, Int(code)) : (prefixStarts, prefixPositions, Int(-code - 1))
            guard key + 1 < starts.count else { return nil }
            return (positions, Int(starts[key])..<Int(starts[key + 1]))
        }
    }

    @inline(__always)
    func withIndex<Result>(_ body: (IndexView) -> Result) -> Result {
        termStarts.withUnsafeBufferPointer { termStarts in
            termPositions.withUnsafeBufferPointer { termPositions in
                prefixStarts.withUnsafeBufferPointer { prefixStarts in
                    prefixPositions.withUnsafeBufferPointer { prefixPositions in
                        sentences.withUnsafeBufferPointer { sentences in
                            body(
                                IndexView(
                                    termStarts: termStarts, termPositions: termPositions, prefixStarts: prefixStarts,
                                    prefixPositions: prefixPositions, sentences: sentences))
                        }
                    }
                }
            }
        }
    }
}
