/// An answer's occurrence index and the per-position facts the matching loops read, copied once
/// into raw storage owned by this object: reading them costs no closure, reference count or
/// bounds check per access. Immutable after `init`.
final class OccurrenceIndex {
    let view: View
    private let storage: UnsafeMutablePointer<Int32>

    /// What the matching loops read. Every index they use is in range by construction: units
    /// and alternatives come from compiled patterns, slots from a unit's run (checked against the
    /// index's size in `occurrences(of:)`), positions and sentences from the stream.
    struct View {
        /// Where each term's run of positions begins in `termPositions` (plus the end).
        var termStarts: UnsafeBufferPointer<Int32>
        var termPositions: UnsafeBufferPointer<Int32>
        /// The same for prefixes.
        var prefixStarts: UnsafeBufferPointer<Int32>
        var prefixPositions: UnsafeBufferPointer<Int32>
        /// Per stream position: its sentence, its block and its term id; where its prefix ids
        /// begin in `prefixList` (plus the end).
        var sentences: UnsafeBufferPointer<Int32>
        var blocks: UnsafeBufferPointer<Int32>
        var terms: UnsafeBufferPointer<Int32>
        var prefixOffsets: UnsafeBufferPointer<Int32>
        var prefixList: UnsafeBufferPointer<Int32>
        /// The first position of each sentence, plus the end.
        var sentenceStarts: UnsafeBufferPointer<Int32>

        /// Where the unit `code` (a term id, or a prefix id as `-id - 1`) occurs: the position list
        /// and the slots of it that hold this unit; nil for a unit the index has never seen.
        @inline(__always)
        func occurrences(of code: Int32) -> (positions: UnsafeBufferPointer<Int32>, slots: Range<Int>)? {
            let (starts, positions, key) =
                code >= 0 ? (termStarts, termPositions, Int(code)) : (prefixStarts, prefixPositions, Int(-code - 1))
            guard key + 1 < starts.count else { return nil }
            return (positions, Int(starts[key])..<Int(starts[key + 1]))
        }

        /// Whether the word at `position` is the unit `code`.
        @inline(__always)
        func position(_ position: Int, matchesCode code: Int32) -> Bool {
            if code >= 0 { return terms[position] == code }
            let id = -code - 1
            for slot in Int(prefixOffsets[position])..<Int(prefixOffsets[position + 1]) where prefixList[slot] == id {
                return true
            }
            return false
        }
    }

    init(
        termStarts: [Int32], termPositions: [Int32], prefixStarts: [Int32], prefixPositions: [Int32],
        sentences: [Int32], blocks: [Int32], terms: [Int32], prefixOffsets: [Int32], prefixList: [Int32],
        sentenceStarts: [Int32]
    ) {
        let arrays = [
            termStarts, termPositions, prefixStarts, prefixPositions, sentences, blocks, terms, prefixOffsets,
            prefixList, sentenceStarts,
        ]
        let storage = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, arrays.reduce(0) { $0 + $1.count }))
        var offset = 0
        func copy(_ array: [Int32]) -> UnsafeBufferPointer<Int32> {
            (storage + offset).initialize(from: array, count: array.count)
            defer { offset += array.count }
            return UnsafeBufferPointer(start: storage + offset, count: array.count)
        }
        view = View(
            termStarts: copy(termStarts), termPositions: copy(termPositions), prefixStarts: copy(prefixStarts),
            prefixPositions: copy(prefixPositions), sentences: copy(sentences), blocks: copy(blocks),
            terms: copy(terms), prefixOffsets: copy(prefixOffsets), prefixList: copy(prefixList),
            sentenceStarts: copy(sentenceStarts))
        self.storage = storage
    }

    deinit {
        storage.deallocate()
    }
}
