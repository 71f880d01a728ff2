/// Choosing where to anchor a pattern and narrowing it to the sentences it can match in, before
/// looking for spans: most patterns whose words all occur somewhere in an answer still never
/// occur together, and sets of sentences (64 per machine word) show that at once.
extension AnalyzedText {
    /// The group whose alternatives' first words occur least often (the first of equals), the
    /// fewest places to look around; nil when the pattern cannot match: some group's words do not
    /// occur at all, or no sentence has every group's first words in it (or, with
    /// `acrossSentences`, the other groups' in a neighbouring sentence). Leaves in
    /// `scratch.candidates` the sentences where an anchor may complete a match (see `isCandidate`).
    func plan(_ pattern: CompiledPattern, acrossSentences: Bool) -> Int? {
        let index = occurrenceIndex.view
        let firstCodes = pattern.firstCodes
        let groupStarts = pattern.groupList
        let groupCount = groupStarts.count - 1
        let words = scratch.sentenceWords
        let groupSets = scratch.groupSentences(count: groupCount)
        let unitSets = scratch.unitSentences(index)
        let termStarts = index.termStarts
        let prefixStarts = index.prefixStarts
        var anchorGroup = 0
        var fewest = Int.max
        // Every index is in range by construction (see `OccurrenceIndex.View`); unit codes are
        // checked against the index's size.
        for group in 0..<groupCount {
            // How often the first words of the group's alternatives occur: an upper bound on its
            // spans. And the sentences they occur in.
            var estimate = 0
            let set = groupSets + group * words
            set.update(repeating: 0, count: words)
            for alternative in Int(groupStarts[group])..<Int(groupStarts[group + 1]) {
                let code = firstCodes[alternative]
                let starts = code >= 0 ? termStarts : prefixStarts
                let key = code >= 0 ? Int(code) : Int(-(code + 1))
                guard key + 1 < starts.count else { continue }
                let low = Int(starts[key])
                let count = Int(starts[key + 1]) - low
                guard count > 0 else { continue }
                estimate += count
                let unitSet = (code >= 0 ? unitSets.terms : unitSets.prefixes) + low * words
                for word in 0..<words { set[word] |= unitSet[word] }
            }
            if estimate == 0 { return nil }
            if estimate < fewest {
                fewest = estimate
                anchorGroup = group
            }
        }
        guard words > 0 else { return anchorGroup }
        let candidates = scratch.candidates
        candidates.update(from: groupSets + anchorGroup * words, count: words)
        for group in 0..<groupCount where group != anchorGroup {
            let set = groupSets + group * words
            var any: UInt64 = 0
            if acrossSentences {
                // A neighbouring sentence's span may complete the anchor's match: widen by one.
                var carry: UInt64 = 0
                for word in 0..<words {
                    let value = set[word]
                    let next = word + 1 < words ? set[word + 1] : 0
                    candidates[word] &= value | (value << 1) | carry | (value >> 1) | (next << 63)
                    carry = value >> 63
                    any |= candidates[word]
                }
            } else {
                for word in 0..<words {
                    candidates[word] &= set[word]
                    any |= candidates[word]
                }
            }
            if any == 0 { return nil }
        }
        return anchorGroup
    }

    /// Whether `sentence` is among the candidates `plan` left (always, without sentence sets).
    @inline(__always)
    func isCandidate(_ sentence: Int32) -> Bool {
        scratch.sentenceWords == 0 || scratch.candidates[Int(sentence) >> 6] & (1 << UInt64(sentence & 63)) != 0
    }
}
