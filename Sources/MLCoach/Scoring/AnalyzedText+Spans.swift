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
        guard begin + length <= index.sentences.count else { return false }
        for offset in 1..<length {
            let position = begin + offset
            if index.sentences[position] != index.sentences[begin]
                || !index.position(position, matchesCode: codes[first + offset])
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
        if !result.isEmpty { result.removeAll(keepingCapacity: true) }
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
        let codes = pattern.codeList
        let alternativeStarts = pattern.alternativeList
        let index = occurrenceIndex.view
        // Every index is in range by construction (see `OccurrenceIndex.View`).
        for alternative in Int(pattern.groupList[group])..<Int(pattern.groupList[group + 1]) {
            let first = Int(alternativeStarts[alternative])
            let length = Int(alternativeStarts[alternative + 1]) - first
            guard length > 0 else { continue }
            guard let (positions, slots) = index.occurrences(of: codes[first]) else { continue }
            for slot in slots {
                let start = positions[slot]
                if length > 1 && !continues(at: Int(start), codes: codes, first: first, length: length, in: index) {
                    continue
                }
                body(start, start + Int32(length) - 1)
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
}
