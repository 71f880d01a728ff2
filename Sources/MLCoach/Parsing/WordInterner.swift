/// Gives each distinct word (as lower-cased UTF-8 bytes) a small integer id, in order of first
/// appearance: an open-addressing hash table whose slots hold each word's key, so a repeated word
/// costs one multiply and usually one slot read, and no String is built or hashed for it. The
/// Strings of new words are made once, by `appendWords(to:)`.
///
/// A word of up to eight bytes (most words) is keyed by its bytes packed into one number (byte `i`
/// at bits `8i`): equal keys and lengths then mean equal words. A longer word is keyed by a hash
/// of its bytes and compared byte by byte when the key matches. A class, so that the table's raw
/// storage is read without uniqueness checks and freed with it.
final class WordInterner {
    /// A slot: a word's key, its length in bytes (0: the slot is empty) and its id.
    private struct Slot {
        var key: UInt64
        var length: Int32
        var id: Int32
    }

    private var slots: UnsafeMutablePointer<Slot>
    private var slotCount: Int
    /// slotCount - 1: probing wraps around with it.
    private var mask: Int
    /// 64 minus log2(slotCount): a key's home slot is the top bits of the key times an odd constant.
    private var shift: UInt64
    /// The number of words.
    private(set) var count = 0
    /// Every word's bytes, in id order: word `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    private var starts: UnsafeMutablePointer<Int>
    /// Words with a String already made by `appendWords(to:)`.
    private var published = 0

    init() {
        slotCount = 64
        mask = 63
        shift = 64 - 6
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(key: 0, length: 0, id: -1), count: slotCount)
        byteCapacity = 256
        bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity)
        // There are at most half as many words as slots (see `insert`), and starts holds one
        // entry per word plus the end, with room for the word being added.
        starts = UnsafeMutablePointer<Int>.allocate(capacity: slotCount / 2 + 2)
        starts[0] = 0
    }

    deinit {
        slots.deallocate()
        bytes.deallocate()
        starts.deallocate()
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The id of the word of `length` (1...8) bytes packed into `key`, adding it when new. No
    /// byte of a word is zero, so the key of a word this short holds its length too: no two such
    /// words share a key, and none shares one with a longer word, whose key has a zero low byte
    /// (`hash`), or with an empty slot (key 0). Equal keys are equal words, lengths uncompared.
    @inline(__always)
    func id(packed key: UInt64, length: Int) -> Int32 {
        var slot = home(key)
        while true {
            // `slot` is below slotCount: `home` yields log2(slotCount) bits, probing wraps by mask.
            let entry = slots[slot]
            if entry.key == key { return entry.id }
            if entry.length == 0 { return insert(key: key, length: length, slot: slot, word: nil, lowering: 0) }
            slot = (slot &+ 1) & mask
        }
    }

    /// The id of the `length` (more than 8) bytes at `word`, each or-ed with `lowering` (0x20 to
    /// lower-case ASCII letters, 0 for bytes already lower-cased), adding the word when new.
    func id(long word: UnsafePointer<UInt8>, length: Int, lowering: UInt8) -> Int32 {
        let lower = UInt64(lowering) &* 0x0101_0101_0101_0101
        let key = Self.hash(word, length: length, lower: lower)
        var slot = home(key)
        while true {
            let entry = slots[slot]
            if entry.key == key && Int(entry.length) == length,
                Self.equal(bytes + starts[Int(entry.id)], word, length: length, lower: lower)
            {
                return entry.id
            }
            if entry.length == 0 { return insert(key: key, length: length, slot: slot, word: word, lowering: lowering) }
            slot = (slot &+ 1) & mask
        }
    }

    /// The id of the `length` (9...16) bytes at `word`, ASCII letters lower-cased by setting bit 5
    /// (as `id(long:length:lowering:)` with 0x20): such a word is two eight-byte chunks, the
    /// second ending at its end, so `hash` and `equal` come down to a few steps, inlined.
    @inline(__always)
    func id(medium word: UnsafePointer<UInt8>, length: Int) -> Int32 {
        let lower: UInt64 = 0x2020_2020_2020_2020
        let head = ASCIIRuns.load(word) | lower
        let tail = ASCIIRuns.load(word + (length &- 8)) | lower
        // `hash` takes one chunk in its loop, then the last.
        let key = Self.finish(Self.mix(UInt64(length) &* 0x9E37_79B9_7F4A_7C15, head), tail)
        var slot = home(key)
        while true {
            let entry = slots[slot]
            if entry.key == key && Int(entry.length) == length {
                // The stored word has `length` bytes: both chunks lie within it.
                let stored = bytes + starts[Int(entry.id)]
                if ASCIIRuns.load(stored) == head && ASCIIRuns.load(stored + (length &- 8)) == tail { return entry.id }
            }
            if entry.length == 0 { return insert(key: key, length: length, slot: slot, word: word, lowering: 0x20) }
            slot = (slot &+ 1) & mask
        }
    }

    /// The id of the (lower-cased) word `word`, of any length but 0, with no zero byte (the
    /// tokenizer builds words of letters, digits, apostrophes and periods only).
    func id(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        precondition(!word.isEmpty, "an empty word has no id")
        precondition(!word.contains(0), "a word holds a zero byte")
        guard let base = word.baseAddress, word.count > 8 else {
            var key: UInt64 = 0
            for index in 0..<word.count { key |= UInt64(word[index]) << UInt64(8 * index) }
            return id(packed: key, length: word.count)
        }
        return id(long: base, length: word.count, lowering: 0)
    }

    /// Makes the Strings of the words added since the last call, appending them to `words`
    /// (which holds the Strings of all earlier words, in id order).
    func appendWords(to words: inout [String]) {
        while published < count {
            words.append(
                String(
                    decoding: UnsafeBufferPointer(
                        start: bytes + starts[published], count: starts[published + 1] - starts[published]),
                    as: UTF8.self))
            published += 1
        }
    }

    /// Adds a word at the empty `slot`: its bytes are `key`'s when `word` is nil.
    private func insert(key: UInt64, length: Int, slot: Int, word: UnsafePointer<UInt8>?, lowering: UInt8) -> Int32 {
        let id = count
        let start = starts[id]
        if start + length > byteCapacity { growBytes(to: start + length) }
        if let word {
            for index in 0..<length { bytes[start + index] = word[index] | lowering }
        } else {
            for index in 0..<length { bytes[start + index] = UInt8(truncatingIfNeeded: key >> UInt64(8 * index)) }
        }
        starts[id + 1] = start + length
        slots[slot] = Slot(key: key, length: Int32(length), id: Int32(id))
        count += 1
        if count * 2 > slotCount { growSlots() }
        return Int32(id)
    }

    private func growBytes(to needed: Int) {
        let capacity = max(needed, byteCapacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: starts[count])
        bytes.deallocate()
        bytes = grown
        byteCapacity = capacity
    }

    /// Doubles the slots, placing every word again; `starts` grows with them.
    private func growSlots() {
        let old = slots
        let oldCount = slotCount
        slotCount *= 2
        mask = slotCount - 1
        shift -= 1
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: slotCount)
        slots.initialize(repeating: Slot(key: 0, length: 0, id: -1), count: slotCount)
        for index in 0..<oldCount where old[index].length > 0 {
            var slot = home(old[index].key)
            while slots[slot].length > 0 { slot = (slot &+ 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
        let grownStarts = UnsafeMutablePointer<Int>.allocate(capacity: slotCount / 2 + 2)
        grownStarts.update(from: starts, count: count + 1)
        starts.deallocate()
        starts = grownStarts
    }

    /// A hash of `length` (more than 8) bytes, eight at a time; the last eight bytes are read
    /// ending at the word's end (overlapping the previous chunk), so no byte past it is read. Its
    /// low byte is zero, which no packed key of a shorter word has (see `id(packed:length:)`).
    private static func hash(_ word: UnsafePointer<UInt8>, length: Int, lower: UInt64) -> UInt64 {
        var hash = UInt64(length) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 < length {
            hash = mix(hash, ASCIIRuns.load(word + offset) | lower)
            offset += 8
        }
        return finish(hash, ASCIIRuns.load(word + length - 8) | lower)
    }

    /// One step of `hash`: a chunk of eight bytes mixed in.
    @inline(__always)
    private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let mixed = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ (mixed &>> 32)
    }

    /// The last step of `hash`: the last eight bytes mixed in, and the low byte cleared.
    @inline(__always)
    private static func finish(_ hash: UInt64, _ last: UInt64) -> UInt64 {
        let mixed = (hash ^ last) &* 0xC4CE_B9FE_1A85_EC53
        return (mixed ^ (mixed &>> 29)) & ~0xFF
    }

    /// Whether the stored (lower-cased) bytes equal `word`'s bytes or-ed with `lower`.
    private static func equal(_ stored: UnsafePointer<UInt8>, _ word: UnsafePointer<UInt8>, length: Int, lower: UInt64)
        -> Bool
    {
        var offset = 0
        while offset + 8 < length {
            if ASCIIRuns.load(stored + offset) != ASCIIRuns.load(word + offset) | lower { return false }
            offset += 8
        }
        return ASCIIRuns.load(stored + length - 8) == ASCIIRuns.load(word + length - 8) | lower
    }
}
