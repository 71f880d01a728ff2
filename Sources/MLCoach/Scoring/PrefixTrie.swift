/// The vocabulary's prefixes (`calibrat*`) spelled out byte by byte, so that finding every prefix
/// a word starts with walks the word's bytes once, instead of building and hashing a string for
/// each of its first letters. Used for words of ASCII letters, where bytes and characters agree.
struct PrefixTrie: Sendable {
    /// Node `n`'s child for byte `b` is `children[n << 8 | b]`; node 0 is the empty prefix.
    private var children: [UInt32: Int32] = [:]
    /// Per node, the id of the prefix that ends there, or -1.
    private var ids: [Int32] = [-1]

    /// Adds `prefix` (non-empty) with its id.
    mutating func insert(_ prefix: String, id: Int32) {
        var node: Int32 = 0
        for byte in prefix.utf8 {
            let key = UInt32(node) << 8 | UInt32(byte)
            if let child = children[key] {
                node = child
            } else {
                let child = Int32(ids.count)
                ids.append(-1)
                children[key] = child
                node = child
            }
        }
        ids[Int(node)] = id
    }

    /// The ids of the prefixes `word` starts with, shortest first.
    func prefixes(of word: String) -> [Int32] {
        var found: [Int32] = []
        var node: Int32 = 0
        for byte in word.utf8 {
            guard let child = children[UInt32(node) << 8 | UInt32(byte)] else { break }
            node = child
            if ids[Int(node)] >= 0 { found.append(ids[Int(node)]) }
        }
        return found
    }
}
