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
    }

    /// Fills, for every group, its estimate (`estimates`, one per group) and the sentences its
    /// alternatives' first words occur in (`sets`, `words` words per group, all zero on entry),
    /// from the units of an answer's occurrence index and their sentence sets. Every index is in
    /// range by construction: groups are numbered below `groupCount`, units below the index's size.
    func fill(
        estimates: UnsafeMutablePointer<Int>, sets: UnsafeMutablePointer<UInt64>, words: Int,
        index: OccurrenceIndex.View,
        unitSets: (terms: UnsafeMutablePointer<UInt64>, prefixes: UnsafeMutablePointer<UInt64>)
    ) {
        func add(
            starts: UnsafeBufferPointer<Int32>, groupStarts: UnsafeBufferPointer<Int32>,
            groups: UnsafeBufferPointer<Int32>, unitSets: UnsafeMutablePointer<UInt64>
        ) {
            // Units the index has (it may know fewer than the vocabulary, never more).
            let units = min(starts.count, groupStarts.count) - 1
            guard units > 0 else { return }
            for unit in 0..<units {
                let first = Int(starts[unit])
                let count = Int(starts[unit + 1]) - first
                guard count > 0 else { continue }
                let unitSet = unitSets + first &* words
                let postings = Int(groupStarts[unit])..<Int(groupStarts[unit + 1])
                // Most answers have at most 128 sentences: one or two words per set, unrolled.
                switch words {
                case 1:
                    let low = unitSet[0]
                    for slot in postings {
                        let group = Int(groups[slot])
                        estimates[group] &+= count
                        sets[group] |= low
                    }
                case 2:
                    let (low, high) = (unitSet[0], unitSet[1])
                    for slot in postings {
                        let group = Int(groups[slot])
                        estimates[group] &+= count
                        sets[2 &* group] |= low
                        sets[2 &* group &+ 1] |= high
                    }
                default:
                    for slot in postings {
                        let group = Int(groups[slot])
                        estimates[group] &+= count
                        let set = sets + group &* words
                        for word in 0..<words { set[word] |= unitSet[word] }
                    }
                }
            }
        }
        termStarts.withUnsafeBufferPointer { groupStarts in
            termGroups.withUnsafeBufferPointer { groups in
                add(starts: index.termStarts, groupStarts: groupStarts, groups: groups, unitSets: unitSets.terms)
            }
        }
        prefixStarts.withUnsafeBufferPointer { groupStarts in
            prefixGroups.withUnsafeBufferPointer { groups in
                add(starts: index.prefixStarts, groupStarts: groupStarts, groups: groups, unitSets: unitSets.prefixes)
            }
        }
    }
}
