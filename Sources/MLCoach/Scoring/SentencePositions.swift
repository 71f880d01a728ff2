/// Stream positions grouped by sentence, stored as one array per sentence (no hashing).
struct SentencePositions: Sendable {
    private var lists: [[Int32]]

    /// An empty map for `count` sentences.
    init(sentences count: Int) {
        lists = [[Int32]](repeating: [], count: count)
    }

    /// Records a position in a sentence.
    mutating func add(_ position: Int32, in sentence: Int32) {
        lists[Int(sentence)].append(position)
    }

    /// The positions in a sentence, or nil when there are none.
    subscript(sentence: Int32) -> [Int32]? {
        let list = lists[Int(sentence)]
        return list.isEmpty ? nil : list
    }

    /// Whether a sentence has any position.
    func contains(_ sentence: Int32) -> Bool {
        !lists[Int(sentence)].isEmpty
    }
}
