/// For a grader's patterns, which groups each term and prefix opens an alternative of: with it,
/// one pass over the units an answer contains gives every group's estimate (how often its
/// alternatives' first words occur) and the sentences they occur in, instead of each pattern
/// looking up each of its alternatives.
struct GroupPostings: Sendable {
    /// Per term id, `termGroups[termStarts[t]..<termStarts[t + 1]]` are the global numbers of the
    /// groups with an alternative that starts with term `t`, once per such alternative.
    let termStarts: [Int32]
    let termGroups: [Int32]
    /// The same for prefix ids.
    let prefixStarts: [Int32]
    let prefixGroups: [Int32]
    /// How many groups the registered patterns have.
    let groupCount: Int
    /// The term ids and the prefix ids with any group, in increasing order: the only units `fill`
    /// looks at.
    let termUnits: [Int32]
    let prefixUnits: [Int32]

    /// Numbers the groups of `patterns` (setting each pattern's `groupBase`; a pattern listed
    /// twice is numbered once) and lists them under their alternatives' first units, for a
    /// vocabulary of `termCount` terms and `prefixCount` prefixes.
    init(patterns: [CompiledPattern], termCount: Int, prefixCount: Int) {
        var postings: [(code: Int32, group: Int32)] = []
        var next: Int32 = 0
        for pattern in patterns where pattern.groupBase < 0 {
            pattern.groupBase = next
            for group in 0..<pattern.groupCount {
                for alternative in Int(pattern.groupList[group])..<Int(pattern.groupList[group + 1]) {
                    let code = pattern.firstCodes[alternative]
                    if code != Int32.max { postings.append((code, next + Int32(group))) }
                }
            }
            next += Int32(pattern.groupCount)
        }
        groupCount = Int(next)
        func flatten(_ entries: [(key: Int, group: Int32)], size: Int) -> ([Int32], [Int32]) {
            var starts = [Int32](repeating: 0, count: size + 1)
            for entry in entries where entry.key < size { starts[entry.key + 1] += 1 }
            for key in 0..<size { starts[key + 1] += starts[key] }
            var fill = starts
            var groups = [Int32](repeating: 0, count: Int(starts[size]))
            for entry in entries where entry.key < size {
                groups[Int(fill[entry.key])] = entry.group
                fill[entry.key] += 1
            }
            return (starts, groups)
        }
        (termStarts, termGroups) = flatten(
            postings.filter { $0.code >= 0 }.map { (Int($0.code), $0.group) }, size: termCount)
        (prefixStarts, prefixGroups) = flatten(
            postings.filter { $0.code < 0 }.map { (Int(-($0.code + 1)), $0.group) }, size: prefixCount)
        func units(_ starts: [Int32]) -> [Int32] {
            starts.indices.dropLast().filter { starts[$0] < starts[$0 + 1] }.map { Int32($0) }
        }
        termUnits = units(termStarts)
        prefixUnits = units(prefixStarts)
    }

    /// Fills, for every group, its estimate (`estimates`, one per group) and the sentences its
    /// alternatives' first words occur in (`sets`, `words` words per group, all zero on entry),
    /// from an answer's occurrence index. Only units with groups are looked at, and each one's
    /// sentence set is gathered from its positions on the way. Every index is in range by
    /// construction: groups are numbered below `groupCount`, units are checked against the
    /// index's size, slots lie in the unit's run and positions in the stream.
    func fill(
        estimates: UnsafeMutablePointer<Int>, sets: UnsafeMutablePointer<UInt64>, words: Int,
        index: OccurrenceIndex.View
    ) {
        let unitSet = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, words))
        defer { unitSet.deallocate() }
        func add(
            units: UnsafeBufferPointer<Int32>, starts: UnsafeBufferPointer<Int32>,
            positions: UnsafeBufferPointer<Int32>, groupStarts: UnsafeBufferPointer<Int32>,
            groups: UnsafeBufferPointer<Int32>
        ) {
            for unit in units {
                let unit = Int(unit)
                // Units the index has (it may know fewer than the vocabulary, never more).
                guard unit + 1 < starts.count else { break }
                let first = Int(starts[unit])
                let end = Int(starts[unit + 1])
                guard first < end else { continue }
                let count = end - first
                let postings = Int(groupStarts[unit])..<Int(groupStarts[unit + 1])
                // Most answers have at most 128 sentences: one or two words per set, in registers.
                if words <= 2 {
                    var low: UInt64 = 0
                    var high: UInt64 = 0
                    var slot = first
                    while slot < end {
                        let sentence = Int(index.sentences[Int(positions[slot])])
                        if sentence < 64 { low |= 1 << UInt64(sentence) } else { high |= 1 << UInt64(sentence & 63) }
                        slot &+= 1
                    }
                    // Per width its own loop, with the width a constant in it: a unit has a few
                    // postings, and an answer some thousands.
                    @inline(__always)
                    func post(width: Int) {
                        var slot = postings.lowerBound
                        while slot < postings.upperBound {
                            let group = Int(groups[slot])
                            estimates[group] &+= count
                            let set = sets + group &* width
                            if width > 0 { set[0] |= low }
                            if width > 1 { set[1] |= high }
                            slot &+= 1
                        }
                    }
                    switch words {
                    case 2: post(width: 2)
                    case 1: post(width: 1)
                    default: post(width: 0)
                    }
                } else {
                    unitSet.update(repeating: 0, count: words)
                    for slot in first..<end {
                        let sentence = Int(index.sentences[Int(positions[slot])])
                        unitSet[sentence >> 6] |= 1 << UInt64(sentence & 63)
                    }
                    for slot in postings {
                        let group = Int(groups[slot])
                        estimates[group] &+= count
                        let set = sets + group &* words
                        for word in 0..<words { set[word] |= unitSet[word] }
                    }
                }
            }
        }
        /// `add` over one kind of unit (terms or prefixes), its lists read as buffers.
        func addUnits(
            _ units: [Int32], _ groupStarts: [Int32], _ groups: [Int32], starts: UnsafeBufferPointer<Int32>,
            positions: UnsafeBufferPointer<Int32>
        ) {
            units.withUnsafeBufferPointer { units in
                groupStarts.withUnsafeBufferPointer { groupStarts in
                    groups.withUnsafeBufferPointer { groups in
                        add(
                            units: units, starts: starts, positions: positions, groupStarts: groupStarts, groups: groups
                        )
                    }
                }
            }
        }
        addUnits(termUnits, termStarts, termGroups, starts: index.termStarts, positions: index.termPositions)
        addUnits(prefixUnits, prefixStarts, prefixGroups, starts: index.prefixStarts, positions: index.prefixPositions)
    }
}
