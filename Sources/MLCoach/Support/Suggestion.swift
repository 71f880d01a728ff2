/// Finds the closest name to a mistyped one, for "did you mean" messages.
public enum Suggestion {
    /// The one candidate that starts with `word` or has it as a hyphenated part (`fraud` for
    /// `fraud-detection`, `ranking` when only one id has it), else the candidate closest by edit
    /// distance when it is close enough to be a typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if lowered.count >= 3 {
            let partial = candidates.filter { candidate in
                let name = candidate.lowercased()
                return name != lowered
                    && (name.hasPrefix(lowered) || name.split(separator: "-").contains { $0 == lowered })
            }
            if partial.count == 1 { return partial[0] }
        }
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, min(3, (max(word.count, candidate.count) + 1) / 3))
        if distance <= limit || candidate.lowercased().hasPrefix(lowered) && lowered.count >= 2 {
            return candidate
        }
        return nil
    }

    /// The edit distance between two strings in characters, counting a swap of two neighbours as
    /// one edit (optimal string alignment), so `lsit` is one edit from `list`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let left = Array(a)
        let right = Array(b)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
        for i in 0...left.count { table[i][0] = i }
        for j in 0...right.count { table[0][j] = j }
        for i in 1...left.count {
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[left.count][right.count]
    }
}
