/// Choosing where to anchor a pattern and narrowing it to the sentences it can match in, before
/// looking for spans: most patterns whose words all occur somewhere in an answer still never
/// occur together, and sets of sentences (64 per machine word) show that at once.
extension AnalyzedText {
    /// The group whose alternatives' first words occur least often (the first of equals), the
    /// fewest places to look around; nil when the pattern cannot match: some group's words do not
    /// occur at all, or no sentence has every group's first words in it (or, with
    /// `acrossSentences`, the other groups' in a neighbouring sentence). Leaves in
    /// `scratch.candidates` the sentences where an anchor may complete a match, one bit per
    /// sentence (see `spans(of:group:into:candidatesOnly:)`).
    func plan(_ pattern: CompiledPattern, acrossSentences: Bool) -> Int? {
        let groupCount = pattern.groupCount
        let words = scratch.sentenceWords
        var anchorGroup = 0
        var fewest = Int.max
        let groupSets: UnsafeMutablePointer<UInt64>
        if pattern.groupBase >= 0, let table = scratch.groupTable(occurrenceIndex) {
            // Estimates and sets already gathered for all of the grader's patterns.
            let base = Int(pattern.groupBase)
            groupSets = table.sets + base * words
            var group = 0
            while group < groupCount {
                let estimate = table.estimates[base &+ group]
                if estimate == 0 { return nil }
                if estimate < fewest {
                    fewest = estimate
                    anchorGroup = group
                }
                group &+= 1
            }
        } else {
            groupSets = scratch.groupSentences(count: groupCount)
            guard let chosen = gather(pattern, into: groupSets, index: occurrenceIndex.view) else { return nil }
            anchorGroup = chosen
        }
        guard words > 0 else { return anchorGroup }
        let candidates = scratch.candidates
        if words <= 2 {
            // Most answers have at most 128 sentences: the sets are kept in two registers.
            let anchorSet = groupSets + anchorGroup &* words
            var low = anchorSet[0]
            var high = words == 2 ? anchorSet[1] : 0
            var group = -1
            while true {
                group &+= 1
                if group >= groupCount { break }
                if group == anchorGroup { continue }
                let set = groupSets + group &* words
                let otherLow = set[0]
                let otherHigh = words == 2 ? set[1] : 0
                if acrossSentences {
                    // A neighbouring sentence's span may complete the anchor's match: widen by one.
                    low &= otherLow | (otherLow << 1) | (otherLow >> 1) | (otherHigh << 63)
                    high &= otherHigh | (otherHigh << 1) | (otherHigh >> 1) | (otherLow >> 63)
                } else {
                    low &= otherLow
                    high &= otherHigh
                }
                if low | high == 0 { return nil }
            }
            candidates[0] = low
            if words == 2 { candidates[1] = high }
            return anchorGroup
        }
        // Longer sets, word by word.
        for word in 0..<words { candidates[word] = groupSets[anchorGroup &* words &+ word] }
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

    /// For a pattern without postings: gathers each group's sentence set into `groupSets` and
    /// returns the anchor group (see `plan`), or nil when some group's words do not occur.
    private func gather(
        _ pattern: CompiledPattern, into groupSets: UnsafeMutablePointer<UInt64>, index: OccurrenceIndex.View
    ) -> Int? {
        let firstCodes = pattern.firstCodes
        let groupStarts = pattern.groupList
        let groupCount = groupStarts.count - 1
        let words = scratch.sentenceWords
        let unitSets = scratch.unitSentences(index)
        let termStarts = index.termStarts
        let prefixStarts = index.prefixStarts
        var anchorGroup = 0
        var fewest = Int.max
        // Every index is in range by construction (see `OccurrenceIndex.View`); unit codes are
        // checked against the index's size, and counts are far below overflow.
        for group in 0..<groupCount {
            // How often the first words of the group's alternatives occur: an upper bound on its
            // spans. And the sentences they occur in: kept in two registers for texts of up to 128
            // sentences (most answers), in the group's buffer beyond.
            var estimate = 0
            var low64: UInt64 = 0
            var high64: UInt64 = 0
            let set = groupSets + group &* words
            if words > 2 { set.update(repeating: 0, count: words) }
            for alternative in Int(groupStarts[group])..<Int(groupStarts[group + 1]) {
                let code = firstCodes[alternative]
                let starts = code >= 0 ? termStarts : prefixStarts
                let key = code >= 0 ? Int(code) : Int(-(code + 1))
                guard key &+ 1 < starts.count else { continue }
                let first = Int(starts[key])
                let count = Int(starts[key &+ 1]) &- first
                guard count > 0 else { continue }
                estimate &+= count
                let unitSet = (code >= 0 ? unitSets.terms : unitSets.prefixes) + first &* words
                if words <= 2 {
                    if words > 0 { low64 |= unitSet[0] }
                    if words > 1 { high64 |= unitSet[1] }
                } else {
                    for word in 0..<words { set[word] |= unitSet[word] }
                }
            }
            if estimate == 0 { return nil }
            if words <= 2 {
                if words > 0 { set[0] = low64 }
                if words > 1 { set[1] = high64 }
            }
            if estimate < fewest {
                fewest = estimate
                anchorGroup = group
            }
        }
        return anchorGroup
    }
}
