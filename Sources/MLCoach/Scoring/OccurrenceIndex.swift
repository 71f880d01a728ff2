/// An answer's analyzed stream and its occurrence index, in the raw storage the stream was written
/// to (`StreamBuffers`), owned and freed by this object: reading them costs no closure, reference
/// count or bounds check per access, and building them copied nothing. Immutable after `init`.
final class OccurrenceIndex {
    let view: View
    /// The per-position, per-clause and per-sentence facts read outside the matching loops.
    let stream: Stream
    private let storage: UnsafeMutableRawPointer
    private let prefixStorage: UnsafeMutablePointer<Int32>

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

    /// The rest of the stream (see `AnalyzedText` for what each holds).
    struct Stream {
        var tokenIndex: UnsafeBufferPointer<Int32>
        var clauses: UnsafeBufferPointer<Int32>
        var clauseLengths: UnsafeBufferPointer<Int32>
        var clauseAfterComma: UnsafeBufferPointer<Bool>
        var contentPositions: UnsafeBufferPointer<Int32>
        var numberPositions: UnsafeBufferPointer<Int32>
        var negativeContractions: UnsafeBufferPointer<Int32>
        var functionWords: UnsafeBufferPointer<Int32>
    }

    /// Takes over the storage of a finished stream, and sorts its positions by term and by prefix.
    init(_ buffers: StreamBuffers) {
        let count = buffers.count
        let prefixCount = buffers.prefixCount
        let sentenceCount = buffers.sentenceCount
        let arrays = buffers.arrays
        // Terms of -1 (words no pattern uses) are counted in the integer before the term starts:
        // their run is put last, past the end that the index shows (see `sortPositions`).
        arrays.termStarts[-1] = Int32(truncatingIfNeeded: count)
        Self.sortPositions(
            ids: arrays.terms, owners: nil, count: count, starts: arrays.termStarts, size: buffers.termCount,
            into: arrays.termPositions)
        Self.sortPositions(
            ids: buffers.prefixList, owners: buffers.prefixOwners, count: prefixCount, starts: arrays.prefixStarts,
            size: buffers.prefixIDCount, into: buffers.prefixPositions)
        func buffer<T>(_ start: UnsafeMutablePointer<T>, _ count: Int) -> UnsafeBufferPointer<T> {
            UnsafeBufferPointer(start: start, count: count)
        }
        view = View(
            termStarts: buffer(arrays.termStarts, buffers.termCount + 1),
            termPositions: buffer(arrays.termPositions, Int(arrays.termStarts[buffers.termCount])),
            prefixStarts: buffer(arrays.prefixStarts, buffers.prefixIDCount + 1),
            prefixPositions: buffer(buffers.prefixPositions, Int(arrays.prefixStarts[buffers.prefixIDCount])),
            sentences: buffer(arrays.sentences, count), blocks: buffer(arrays.blocks, count),
            terms: buffer(arrays.terms, count), prefixOffsets: buffer(arrays.prefixOffsets, count + 1),
            prefixList: buffer(buffers.prefixList, prefixCount),
            sentenceStarts: buffer(arrays.sentenceStarts, sentenceCount + 1))
        stream = Stream(
            tokenIndex: buffer(arrays.tokenIndex, count), clauses: buffer(arrays.clauses, count),
            clauseLengths: buffer(arrays.clauseLengths, buffers.clauseCount),
            clauseAfterComma: buffer(arrays.clauseAfterComma, buffers.clauseCount),
            contentPositions: buffer(arrays.contentPositions, buffers.contentCount),
            numberPositions: buffer(arrays.numberPositions, buffers.numberCount),
            negativeContractions: buffer(arrays.negativeContractions, buffers.negativeCount),
            functionWords: buffer(arrays.functionWords, sentenceCount))
        storage = buffers.storage
        prefixStorage = buffers.prefixStorage
    }

    deinit {
        storage.deallocate()
        prefixStorage.deallocate()
    }

    /// A counting sort: entry `i` of `ids[0..<count]` is that id at position `owners[i]` (or `i`
    /// itself without owners); `starts[id]` holds how many entries have each id below `size`, and
    /// becomes where the id's run of positions begins in `positions` (`starts[size]`: the end).
    /// The entries are read from last to first, so each run is filled from its end and comes out
    /// in increasing order.
    ///
    /// Every id is below `size`, or -1 where `starts[-1]` is addressable and holds `count` (term
    /// ids; prefix ids are never -1, checked by `WordTable.analyzeNewWords`): the entries of -1,
    /// `count` less the total of the others, then fill `positions[total..<count]` from its end,
    /// past every run and the end the index shows, with no check per entry.
    private static func sortPositions(
        ids: UnsafePointer<Int32>, owners: UnsafePointer<Int32>?, count: Int, starts: UnsafeMutablePointer<Int32>,
        size: Int, into positions: UnsafeMutablePointer<Int32>
    ) {
        // The running sum turns each count into where its id's run ends.
        var total: Int32 = 0
        for id in 0..<size {
            total &+= starts[id]
            starts[id] = total
        }
        starts[size] = total
        // A run's end, decremented once per entry of the id, stays within the run (for -1, within
        // `total..<count`).
        var entry = count
        while entry > 0 {
            entry &-= 1
            let id = ids[entry]
            let slot = Int(starts[Int(id)]) &- 1
            starts[Int(id)] = Int32(truncatingIfNeeded: slot)
            positions[slot] = owners?[entry] ?? Int32(truncatingIfNeeded: entry)
        }
    }
}
