/// Matching whole patterns in an analyzed text: the rarest group anchors each match and the
/// other groups are looked up around it.
extension AnalyzedText {
    /// Every place the pattern matches: all groups within `maxSpan` positions, in one sentence or,
    /// with `acrossSentences`, in neighbouring sentences of one paragraph or list item. At most one
    /// match per sentence (of the rarest group) is reported. Only the rarest group's spans are
    /// listed; the other groups are looked up around each of them.
    func matches(_ pattern: CompiledPattern, maxSpan: Int32 = 20, acrossSentences: Bool = false) -> [PatternMatch] {
        // A one-group pattern whose words do not occur finds no span; a pattern with a group whose
        // words do not occur cannot match (the counts that pick the anchor group tell).
        if pattern.groupCount == 1 { return firstSpanPerSentence(pattern) }
        guard let anchorGroup = anchorGroup(of: pattern) else { return [] }
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
    func window(around sentence: Int, acrossSentences: Bool) -> (low: Int32, high: Int32) {
        let low = sentenceStarts[acrossSentences ? max(0, sentence - 1) : sentence]
        let high = sentenceStarts[acrossSentences ? min(sentenceStarts.count - 1, sentence + 2) : sentence + 1]
        return (low, high)
    }

    /// Whether `span` may pair with `anchor` (see `nearest`), and if so whether it is nearer than
    /// `best`, at `bestDistance`.
    @inline(__always)
    func isNearer(
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
    func firstSpanPerSentence(_ pattern: CompiledPattern) -> [PatternMatch] {
        let firstBySentence = scratch.firstBySentence
        let touched = scratch.touched
        var touchedCount = 0
        var isSorted = true
        let alternatives = Int(pattern.groupStarts[0])..<Int(pattern.groupStarts[1])
        // Every index is in range by construction (see `nearest`); sentence numbers come from the
        // stream and `firstBySentence` has one entry per sentence.
        withIndex { index in
            pattern.codes.withUnsafeBufferPointer { codes in
                pattern.alternativeStarts.withUnsafeBufferPointer { alternativeStarts in
                    do {
                        for alternative in alternatives {
                            let first = Int(alternativeStarts[alternative])
                            let length = Int(alternativeStarts[alternative + 1]) - first
                            guard length > 0 else { continue }
                            guard let (positions, slots) = index.occurrences(of: codes[first]) else { continue }
                            for slot in slots {
                                let start = positions[slot]
                                let begin = Int(start)
                                let sentence = Int(index.sentences[begin])
                                let current = firstBySentence[sentence]
                                if current.sentence >= 0 && current.start < start { continue }
                                if length > 1
                                    && !continues(at: begin, codes: codes, first: first, length: length, in: index)
                                {
                                    continue
                                }
                                let span = PatternMatch(
                                    sentence: Int32(sentence), start: start, end: start + Int32(length) - 1)
                                if current.sentence < 0 {
                                    if touchedCount > 0, touched[touchedCount - 1] > Int32(sentence) {
                                        isSorted = false
                                    }
                                    touched[touchedCount] = Int32(sentence)
                                    touchedCount += 1
                                    firstBySentence[sentence] = span
                                } else if span.start < current.start
                                    || (span.start == current.start && span.end < current.end)
                                {
                                    firstBySentence[sentence] = span
                                }
                            }
                        }
                    }
                }
            }
        }
        if !isSorted {
            var sorting = UnsafeMutableBufferPointer(rebasing: touched[0..<touchedCount])
            sorting.sort()
        }
        // Each sentence is touched once, so `touched` holds at most one entry per sentence.
        return [PatternMatch](unsafeUninitializedCapacity: touchedCount) { buffer, count in
            for index in 0..<touchedCount {
                let sentence = Int(touched[index])
                buffer[index] = firstBySentence[sentence]
                firstBySentence[sentence].sentence = -1
            }
            count = touchedCount
        }
    }

    /// The group whose alternatives' first words occur least often (the first of equals), the
    /// fewest places to look around; nil when some group's words do not occur at all.
    func anchorGroup(of pattern: CompiledPattern) -> Int? {
        // Every index is in range by construction (see `nearest`).
        withIndex { index in
            pattern.codes.withUnsafeBufferPointer { codes in
                pattern.alternativeStarts.withUnsafeBufferPointer { alternativeStarts in
                    pattern.groupStarts.withUnsafeBufferPointer { groupStarts in
                        var anchorGroup = 0
                        var fewest = Int.max
                        for group in 0..<groupStarts.count - 1 {
                            // How often the first words of the group's alternatives occur: an upper
                            // bound on its spans.
                            var estimate = 0
                            for alternative in Int(groupStarts[group])..<Int(groupStarts[group + 1]) {
                                let first = Int(alternativeStarts[alternative])
                                guard first < Int(alternativeStarts[alternative + 1]) else { continue }
                                if let (_, slots) = index.occurrences(of: codes[first]) { estimate += slots.count }
                            }
                            if estimate == 0 { return nil }
                            if estimate < fewest {
                                fewest = estimate
                                anchorGroup = group
                            }
                        }
                        return anchorGroup
                    }
                }
            }
        }
    }

    /// The span of `group` nearest to `anchor` (by start; ties to the earlier span) that does not
    /// overlap it and stands in its sentence or, with `acrossSentences`, in a neighbouring sentence
    /// of the same paragraph or list item.
    func nearest(
        _ pattern: CompiledPattern, group: Int, to anchor: PatternMatch, acrossSentences: Bool, cursors: inout [Int]
    ) -> PatternMatch? {
        let (low, high) = window(around: Int(anchor.sentence), acrossSentences: acrossSentences)
        let anchorBlock = blocks[Int(anchor.start)]
        let alternatives = Int(pattern.groupStarts[group])..<Int(pattern.groupStarts[group + 1])
        // Runs for every anchor of every pattern: read through buffer pointers. Every index is in
        // range by construction: alternatives and codes come from the pattern, slots from the
        // index of the code (checked against its size), positions from the stream.
        return withIndex { index in
            pattern.codes.withUnsafeBufferPointer { codes in
                pattern.alternativeStarts.withUnsafeBufferPointer { alternativeStarts in
                    cursors.withUnsafeMutableBufferPointer { cursors in
                        var best: PatternMatch?
                        var bestDistance = Int32.max
                        for alternative in alternatives {
                            let first = Int(alternativeStarts[alternative])
                            let length = Int(alternativeStarts[alternative + 1]) - first
                            guard length > 0 else { continue }
                            guard let (positions, slots) = index.occurrences(of: codes[first]) else { continue }
                            var lower = slots.lowerBound
                            var upper = slots.upperBound
                            if lower == upper { continue }
                            // The first occurrence at or after `low`: a few steps on from the last
                            // anchor's, else a binary search over the rest.
                            lower = max(lower, cursors[alternative])
                            var steps = 0
                            while lower < upper, steps < 8, positions[lower] < low {
                                lower += 1
                                steps += 1
                            }
                            if steps == 8 {
                                while lower < upper {
                                    let middle = (lower + upper) / 2
                                    if positions[middle] < low {
                                        lower = middle + 1
                                    } else {
                                        upper = middle
                                    }
                                }
                                upper = slots.upperBound
                            }
                            cursors[alternative] = lower
                            for slot in lower..<upper {
                                let start = positions[slot]
                                if start >= high { break }
                                let begin = Int(start)
                                if length > 1
                                    && !continues(at: begin, codes: codes, first: first, length: length, in: index)
                                {
                                    continue
                                }
                                let span = PatternMatch(
                                    sentence: index.sentences[begin], start: start, end: start + Int32(length) - 1)
                                if isNearer(
                                    span, to: anchor, anchorBlock: anchorBlock, acrossSentences: acrossSentences,
                                    than: best, at: bestDistance)
                                {
                                    best = span
                                    bestDistance = abs(span.start - anchor.start)
                                }
                            }
                        }
                        return best
                    }
                }
            }
        }
    }
}

/// Per-answer buffers for matching, one per pattern group.
final class MatchScratch {
    var groups: [[PatternMatch]] = []
    /// Per sentence, the earliest span found so far (sentence -1: none). Raw storage, written
    /// for every occurrence of a one-group pattern's words.
    let firstBySentence: UnsafeMutableBufferPointer<PatternMatch>
    /// The sentences with a span, in the order found (at most one entry per sentence).
    let touched: UnsafeMutableBufferPointer<Int32>
    /// Per alternative of the pattern being matched, where its occurrences in the current anchor's
    /// window begin.
    var cursors: [Int] = []

    /// Buffers for a text of `sentences` sentences.
    init(sentences: Int) {
        firstBySentence = .allocate(capacity: max(1, sentences))
        firstBySentence.initialize(repeating: PatternMatch(sentence: -1, start: -1, end: -1))
        touched = .allocate(capacity: max(1, sentences))
        touched.initialize(repeating: 0)
    }

    deinit {
        firstBySentence.deallocate()
        touched.deallocate()
    }
}

/// Where a pattern matched: a sentence and a span of stream positions (inclusive).
struct PatternMatch: Sendable, Equatable {
    var sentence: Int32
    var start: Int32
    var end: Int32
}
