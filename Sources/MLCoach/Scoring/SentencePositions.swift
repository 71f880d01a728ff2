/// Stream positions grouped by sentence. Kept as one list per sentence chained through flat
/// arrays (each entry points to the sentence's previous one), so recording a position never
/// allocates a list of its own and reading one costs no reference counting.
struct SentencePositions: Sendable {
    /// Per sentence, its latest entry (-1: none) and its number of entries.
    private var heads: [Int32]
    private var counts: [Int32]
    /// Per entry, its position and the sentence's entry before it (-1: none).
    private var positions: [Int32] = []
    private var previous: [Int32] = []

    /// An empty map for `count` sentences, with room for `capacity` positions (a bound known in
    /// advance saves growing the lists position by position).
    init(sentences count: Int, capacity: Int = 0) {
        heads = [Int32](repeating: -1, count: count)
        counts = [Int32](repeating: 0, count: count)
        positions.reserveCapacity(capacity)
        previous.reserveCapacity(capacity)
    }

    /// Records a position in a sentence.
    mutating func add(_ position: Int32, in sentence: Int32) {
        positions.append(position)
        previous.append(heads[Int(sentence)])
        heads[Int(sentence)] = Int32(positions.count - 1)
        counts[Int(sentence)] += 1
    }

    /// Whether a sentence has any position.
    func contains(_ sentence: Int32) -> Bool {
        counts[Int(sentence)] > 0
    }

    /// How many positions a sentence has.
    func count(in sentence: Int32) -> Int {
        Int(counts[Int(sentence)])
    }

    /// Whether a sentence has a position that satisfies `predicate`.
    func contains(in sentence: Int32, where predicate: (Int32) -> Bool) -> Bool {
        var entry = heads[Int(sentence)]
        while entry >= 0 {
            if predicate(positions[Int(entry)]) { return true }
            entry = previous[Int(entry)]
        }
        return false
    }

    /// Calls `body` with each position of a sentence, the latest recorded first (callers only
    /// count and add up, so the order does not matter).
    func forEach(in sentence: Int32, _ body: (Int32) -> Void) {
        var entry = heads[Int(sentence)]
        while entry >= 0 {
            body(positions[Int(entry)])
            entry = previous[Int(entry)]
        }
    }
}
