/// Gives each distinct word (as UTF-8 bytes) of one text a small integer id, creating its String
/// once: an open-addressing hash table with FNV-1a hashing, so no String is built or hashed for
/// repeated words.
struct WordInterner {
    private var slots = [Int32](repeating: -1, count: 64)
    private var hashes: [UInt64] = []
    private var offsets: [Int] = [0]
    private var bytes: [UInt8] = []

    /// The id of the word in `word[0..<count]`, adding it (and its String to `words`) when new.
    mutating func id(of word: UnsafeBufferPointer<UInt8>, words: inout [String]) -> Int32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found < 0 { break }
            let id = Int(found)
            if hashes[id] == hash && equals(id, word) { return found }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(hash)
        bytes.append(contentsOf: word)
        offsets.append(bytes.count)
        words.append(String(decoding: word, as: UTF8.self))
        slots[slot] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id]
        guard offsets[id + 1] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for index in 0..<word.count where stored[start + index] != word[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
