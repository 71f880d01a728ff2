/// Matching whole patterns in an analyzed text: the rarest group anchors each match and the
/// other groups are looked up around it.
extension AnalyzedText {
    /// Every place the pattern matches: all groups within `maxSpan` positions, in one sentence or,
    /// with `acrossSentences`, in neighbouring sentences of one paragraph or list item. At most one
    /// match per sentence (of the rarest group) is reported. Only the rarest group's spans are
    /// listed; the other groups are looked up around each of them.
    func matches(_ pattern: CompiledPattern, maxSpan: Int32 = 20, acrossSentences: Bool = false) -> [PatternMatch] {
        let result = MatchList()
        matches(pattern, maxSpan: maxSpan, acrossSentences: acrossSentences, into: result)
        return result.array
    }

    /// The same, replacing the contents of `result` (whose storage is kept: a caller matching many
    /// patterns allocates once).
    func matches(
        _ pattern: CompiledPattern, maxSpan: Int32 = 20, acrossSentences: Bool = false,
        into result: MatchList
    ) {
        result.removeAll()
        // A one-group pattern whose words do not occur finds no span; a pattern with a group whose
        // words do not occur cannot match (the counts that pick the anchor group tell), nor one
        // whose groups never occur near each other (the sentence sets tell).
        if pattern.groupCount == 1 { return firstSpanPerSentence(pattern, into: result) }
        guard let anchorGroup = plan(pattern, acrossSentences: acrossSentences) else { return }
        spans(of: pattern, group: anchorGroup, into: scratch.anchors, candidatesOnly: true)
        let anchors = scratch.anchors.items
        // Per alternative, where the search for the last anchor's window began: windows only move
        // forward, so the next search starts there.
        let cursors = scratch.cursors(count: pattern.alternativeList.count - 1)
        var lastSentence: Int32 = -1
        for anchor in anchors where anchor.sentence != lastSentence {
            var start = anchor.start
            var end = anchor.end
            var complete = true
            // Stepped with wrapping arithmetic, like the loops it calls (see `forEachSpan`).
            var group = -1
            while true {
                group &+= 1
                if group >= pattern.groupCount { break }
                if group == anchorGroup { continue }
                guard
                    let chosen = nearest(
                        pattern, group: group, to: anchor, acrossSentences: acrossSentences, cursors: cursors)
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
    }

    /// Whether `span` may pair with `anchor` (see `nearest`), and if so whether it is nearer than
    /// `best`, at `bestDistance`.
    @inline(__always)
    func isNearer(
        _ span: PatternMatch, to anchor: PatternMatch, anchorBlock: Int32, acrossSentences: Bool,
        than best: PatternMatch?, at bestDistance: Int32, index: OccurrenceIndex.View
    ) -> Bool {
        if span.sentence != anchor.sentence
            && !(acrossSentences && abs(span.sentence - anchor.sentence) == 1
                && index.blocks[Int(span.start)] == anchorBlock)
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
    func firstSpanPerSentence(_ pattern: CompiledPattern, into result: MatchList) {
        let sentences = occurrenceIndex.view.sentences
        if pattern.groupList[1] &- pattern.groupList[0] == 1 {
            // One alternative: its spans come in order of start, each start with one end, so a
            // sentence's first span is the earliest and sentences come in order.
            var lastSentence: Int32 = -1
            forEachSpan(of: pattern, group: 0) { start, end in
                let sentence = sentences[Int(start)]
                if sentence != lastSentence {
                    result.append(PatternMatch(sentence: sentence, start: start, end: end))
                    lastSentence = sentence
                }
            }
            return
        }
        let firstBySentence = scratch.firstBySentence
        let touched = scratch.touched
        var touchedCount = 0
        var isSorted = true
        // Sentence numbers come from the stream; `firstBySentence` has one entry per sentence.
        forEachSpan(of: pattern, group: 0) { start, end in
            let sentence = Int(sentences[Int(start)])
            let current = firstBySentence[sentence]
            let span = PatternMatch(sentence: Int32(sentence), start: start, end: end)
            if current.sentence < 0 {
                if touchedCount > 0, touched[touchedCount - 1] > Int32(sentence) { isSorted = false }
                touched[touchedCount] = Int32(sentence)
                touchedCount += 1
                firstBySentence[sentence] = span
            } else if span.start < current.start || (span.start == current.start && span.end < current.end) {
                firstBySentence[sentence] = span
            }
        }
        if !isSorted {
            var sorting = UnsafeMutableBufferPointer(rebasing: touched[0..<touchedCount])
            sorting.sort()
        }
        // Each sentence is touched once, so `touched` holds at most one entry per sentence.
        var index = 0
        while index < touchedCount {
            let sentence = Int(touched[index])
            result.append(firstBySentence[sentence])
            firstBySentence[sentence].sentence = -1
            index &+= 1
        }
    }

    /// The span of `group` nearest to `anchor` (by start; ties to the earlier span) that does not
    /// overlap it and stands in its sentence or, with `acrossSentences`, in a neighbouring sentence
    /// of the same paragraph or list item.
    func nearest(
        _ pattern: CompiledPattern, group: Int, to anchor: PatternMatch, acrossSentences: Bool,
        cursors: UnsafeMutableBufferPointer<Int>
    ) -> PatternMatch? {
        // Runs for every anchor of every pattern: read through buffer pointers. Every index is in
        // range by construction (see `OccurrenceIndex.View`).
        let index = occurrenceIndex.view
        let codes = pattern.codeList
        // The stream positions where a match may stand: the anchor's sentence or, with
        // `acrossSentences`, its neighbours too.
        let sentence = Int(anchor.sentence)
        let sentenceStarts = index.sentenceStarts
        let low = sentenceStarts[acrossSentences ? max(0, sentence - 1) : sentence]
        let high = sentenceStarts[acrossSentences ? min(sentenceStarts.count - 1, sentence + 2) : sentence + 1]
        let anchorBlock = index.blocks[Int(anchor.start)]
        var best: PatternMatch?
        var bestDistance = Int32.max
        // Stepped with wrapping arithmetic: no checked range is built per group (see `forEachSpan`).
        var alternative = Int(pattern.groupList[group]) &- 1
        let alternativeEnd = Int(pattern.groupList[group &+ 1])
        while true {
            alternative &+= 1
            if alternative >= alternativeEnd { break }
            let (first, length) = pattern.phrase(alternative)
            guard length > 0 else { continue }
            guard let (positions, slots) = index.occurrences(of: codes[first]) else { continue }
            var lower = slots.lowerBound
            var upper = slots.upperBound
            if lower == upper { continue }
            // The first occurrence at or after `low`: a few steps on from the last anchor's, else a
            // binary search over the rest.
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
            var slot = lower &- 1
            while true {
                slot &+= 1
                if slot >= upper { break }
                let start = positions[slot]
                if start >= high { break }
                let begin = Int(start)
                if length > 1 && !continues(at: begin, codes: codes, first: first, length: length, in: index) {
                    continue
                }
                let span = PatternMatch(sentence: index.sentences[begin], start: start, end: start + Int32(length) - 1)
                if isNearer(
                    span, to: anchor, anchorBlock: anchorBlock, acrossSentences: acrossSentences, than: best,
                    at: bestDistance, index: index)
                {
                    best = span
                    bestDistance = abs(span.start - anchor.start)
                }
            }
        }
        return best
    }
}

/// Where a pattern matched: a sentence and a span of stream positions (inclusive).
struct PatternMatch: Sendable, Equatable {
    var sentence: Int32
    var start: Int32
    var end: Int32
}
