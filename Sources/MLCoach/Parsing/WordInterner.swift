/// Gives each distinct word (as UTF-8 bytes) of one text a small integer id, creating its String
/// once: an open-addressing hash table with FNV-1a hashing, so no String is built or hashed for
/// repeated words.
struct WordInterner {
    private var slots = [Int32](repeating: -1, count: 64)
    private var hashes: [UInt64] = []
    private var offsets: [Int] = [0]
    private var bytes: [UInt8] = []

    /// The id of the word in `word`, adding it (and its String to `words`) when new.
    mutating func id(of word: UnsafeBufferPointer<UInt8>, words: inout [String]) -> Int32 {
        id(of: word, lowering: false, words: &words)
    }

    /// The id of the lower-cased form of `word`, ASCII letters and digits only: words read
    /// straight from the text, without copying them first.
    mutating func id(ofASCII word: UnsafeBufferPointer<UInt8>, words: inout [String]) -> Int32 {
        id(of: word, lowering: true, words: &words)
    }

    /// `lowering` sets bit 0x20 of every byte, which lower-cases ASCII letters and keeps digits.
    @inline(__always)
    private mutating func id(of word: UnsafeBufferPointer<UInt8>, lowering: Bool, words: inout [String]) -> Int32 {
        let bit: UInt8 = lowering ? 0x20 : 0
        // A word of up to eight bytes (most words) is hashed by packing its bytes into one number
        // and mixing that with steps that lose nothing (an odd multiplier, a shift-xor): equal
        // hashes then mean equal bytes, so with equal lengths no byte needs comparing. Longer
        // words use FNV-1a.
        let isShort = word.count <= 8
        var hash: UInt64
        if isShort {
            var packed: UInt64 = 0
            for index in 0..<word.count { packed |= UInt64(word[index] | bit) << UInt64(8 * index) }
            hash = packed &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        } else {
            hash = 0xCBF2_9CE4_8422_2325
            for byte in word {
                hash ^= UInt64(byte | bit)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        let found: (id: Int32, slot: Int) = slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                offsets.withUnsafeBufferPointer { offsets in
                    bytes.withUnsafeBufferPointer { stored in
                        let mask = slots.count - 1
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while true {
                            let found = slots[slot]
                            if found < 0 { return (-1, slot) }
                            let id = Int(found)
                            if hashes[id] == hash {
                                let start = offsets[id]
                                if offsets[id + 1] - start == word.count {
                                    if isShort { return (found, slot) }
                                    var equal = true
                                    for index in 0..<word.count where stored[start + index] != word[index] | bit {
                                        equal = false
                                        break
                                    }
                                    if equal { return (found, slot) }
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
        if found.id >= 0 { return found.id }
        let id = Int32(hashes.count)
        hashes.append(hash)
        for byte in word { bytes.append(byte | bit) }
        offsets.append(bytes.count)
        words.append(String(decoding: bytes[offsets[Int(id)]...], as: UTF8.self))
        slots[found.slot] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
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
