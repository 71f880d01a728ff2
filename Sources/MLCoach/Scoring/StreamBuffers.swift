/// The per-position arrays of an `AnalyzedText`, written by the tokenizer as it reads each word
/// (`append`) straight into the storage that the answer's `OccurrenceIndex` then owns: one
/// allocation for every array sized by the tokenizer's token capacity (grown with it; articles,
/// left out, make the stream shorter than the tokens, and sentences and clauses are fewer than
/// positions), and one for the prefix ids, whose number is known only at the end. Nothing is
/// copied afterwards, and no Swift array is made per answer.
struct StreamBuffers {
    /// Where each array lies in `storage`.
    struct Layout {
        /// Per stream position: term id, token index, clause, sentence and block.
        let terms: UnsafeMutablePointer<Int32>
        let tokenIndex: UnsafeMutablePointer<Int32>
        let clauses: UnsafeMutablePointer<Int32>
        let sentences: UnsafeMutablePointer<Int32>
        let blocks: UnsafeMutablePointer<Int32>
        /// Per position and one more: where its prefix ids begin in `prefixList`.
        let prefixOffsets: UnsafeMutablePointer<Int32>
        /// Per clause: its length and whether it began right after a comma.
        let clauseLengths: UnsafeMutablePointer<Int32>
        let clauseAfterComma: UnsafeMutablePointer<Bool>
        let contentPositions: UnsafeMutablePointer<Int32>
        let numberPositions: UnsafeMutablePointer<Int32>
        let negativeContractions: UnsafeMutablePointer<Int32>
        /// Per sentence: function words; and the first position of each sentence, plus the end.
        let functionWords: UnsafeMutablePointer<Int32>
        let sentenceStarts: UnsafeMutablePointer<Int32>
        /// The occurrence index of term ids (below `termCount`) and of prefix ids (below
        /// `prefixIDCount`): where each id's run of positions starts (plus the end), and the
        /// runs. `append` counts each id's positions into its start entry; `OccurrenceIndex`
        /// sorts them.
        let termStarts: UnsafeMutablePointer<Int32>
        let termPositions: UnsafeMutablePointer<Int32>
        let prefixStarts: UnsafeMutablePointer<Int32>

        /// The integers of storage for `capacity` positions: eleven arrays of one entry per
        /// position, the prefix offsets and sentence starts (one more each), and the index starts;
        /// after them one byte per position for the comma flags.
        static func integers(capacity: Int, indexSize: Int) -> Int {
            13 * capacity + 2 + 1 + indexSize + 2
        }

        /// The arrays of `storage`, allocated for `capacity` positions and `termCount` plus
        /// `prefixIDCount` index starts.
        init(_ storage: UnsafeMutableRawPointer, capacity: Int, termCount: Int, prefixIDCount: Int) {
            let integers = Self.integers(capacity: capacity, indexSize: termCount + prefixIDCount)
            let base = storage.bindMemory(to: Int32.self, capacity: integers)
            terms = base
            tokenIndex = base + capacity
            clauses = base + 2 * capacity
            sentences = base + 3 * capacity
            blocks = base + 4 * capacity
            clauseLengths = base + 5 * capacity
            contentPositions = base + 6 * capacity
            numberPositions = base + 7 * capacity
            negativeContractions = base + 8 * capacity
            termPositions = base + 9 * capacity
            functionWords = base + 10 * capacity
            prefixOffsets = base + 11 * capacity
            sentenceStarts = prefixOffsets + capacity + 1
            // One integer before the term starts counts the positions of term -1 (read by none).
            termStarts = sentenceStarts + capacity + 2
            prefixStarts = termStarts + termCount + 1
            clauseAfterComma = (storage + integers * MemoryLayout<Int32>.stride).bindMemory(
                to: Bool.self, capacity: max(1, capacity))
        }
    }

    private(set) var arrays: Layout
    let termCount: Int
    let prefixIDCount: Int
    /// The prefix ids of the positions in order, the position of each, then room for the prefix
    /// index's positions: the second allocation, grown while the list fills.
    private(set) var prefixStorage: UnsafeMutablePointer<Int32>
    private var prefixCapacity: Int
    /// The first allocation, holding every other buffer, with room for `capacity` positions.
    private(set) var storage: UnsafeMutableRawPointer
    private(set) var capacity: Int

    private(set) var count = 0
    private(set) var clauseCount = 0
    private(set) var sentenceCount = 0
    private(set) var prefixCount = 0
    private(set) var contentCount = 0
    private(set) var numberCount = 0
    private(set) var negativeCount = 0
    /// The sentence being written: its first position and its function words so far.
    private var sentenceFirst = 0
    private var functionWordCount: Int32 = 0
    /// The tokenizer's clause of the last position, and the length of the open stream clause.
    private var lastTokenClause = -1
    private var clauseLength: Int32 = 0
    /// The tokenizer's last clause that began right after a comma (-1: none yet), set by it.
    var lastComma = -1
    /// The word table's prefix ids (see `WordEntry`), set again by the tokenizer whenever the
    /// table moves them. Kept here, not passed to `append`, so that it is read only for words
    /// with prefixes.
    var prefixIDs: UnsafePointer<Int32>

    /// The prefix ids of the positions, `prefixCount` of them, and the position of each.
    var prefixList: UnsafeMutablePointer<Int32> { prefixStorage }
    var prefixOwners: UnsafeMutablePointer<Int32> { prefixStorage + prefixCapacity }
    /// Where the prefix index's positions go, `prefixCount` of them.
    var prefixPositions: UnsafeMutablePointer<Int32> { prefixStorage + 2 * prefixCapacity }

    /// Buffers with room for `capacity` positions, indexing `termCount` terms and `prefixIDCount`
    /// prefix ids, for words whose prefix ids lie in `prefixIDs`.
    init(capacity: Int, terms termCount: Int, prefixes prefixIDCount: Int, prefixIDs: UnsafePointer<Int32>) {
        self.prefixIDs = prefixIDs
        self.termCount = termCount
        self.prefixIDCount = prefixIDCount
        self.capacity = capacity
        storage = Self.allocate(capacity: capacity, indexSize: termCount + prefixIDCount)
        arrays = Layout(storage, capacity: capacity, termCount: termCount, prefixIDCount: prefixIDCount)
        // The counts of the index start at zero, the two runs of starts being adjacent.
        (arrays.termStarts - 1).initialize(repeating: 0, count: 1 + termCount + 1 + prefixIDCount + 1)
        arrays.prefixOffsets[0] = 0
        prefixCapacity = max(16, capacity / 2)
        prefixStorage = .allocate(capacity: 3 * prefixCapacity)
    }

    private static func allocate(capacity: Int, indexSize: Int) -> UnsafeMutableRawPointer {
        .allocate(
            byteCount: Layout.integers(capacity: capacity, indexSize: indexSize) * MemoryLayout<Int32>.stride
                + max(1, capacity),
            alignment: MemoryLayout<Int32>.alignment)
    }

    /// Moves the buffers to storage with room for `needed` positions, keeping what is written.
    mutating func grow(to needed: Int) {
        guard needed > capacity else { return }
        let old = arrays
        let oldStorage = storage
        capacity = needed
        storage = Self.allocate(capacity: capacity, indexSize: termCount + prefixIDCount)
        arrays = Layout(storage, capacity: capacity, termCount: termCount, prefixIDCount: prefixIDCount)
        let new = arrays
        func copy<T>(_ from: UnsafeMutablePointer<T>, _ to: UnsafeMutablePointer<T>, _ count: Int) {
            to.initialize(from: from, count: count)
        }
        copy(old.terms, new.terms, count)
        copy(old.tokenIndex, new.tokenIndex, count)
        copy(old.clauses, new.clauses, count)
        copy(old.sentences, new.sentences, sentenceFirst)
        copy(old.blocks, new.blocks, sentenceFirst)
        copy(old.prefixOffsets, new.prefixOffsets, count + 1)
        copy(old.clauseLengths, new.clauseLengths, clauseCount)
        copy(old.clauseAfterComma, new.clauseAfterComma, clauseCount)
        copy(old.contentPositions, new.contentPositions, contentCount)
        copy(old.numberPositions, new.numberPositions, numberCount)
        copy(old.negativeContractions, new.negativeContractions, negativeCount)
        copy(old.functionWords, new.functionWords, sentenceCount)
        copy(old.sentenceStarts, new.sentenceStarts, sentenceCount)
        copy(old.termStarts - 1, new.termStarts - 1, 1 + termCount + 1 + prefixIDCount + 1)
        oldStorage.deallocate()
    }

    /// Adds the word whose table entry is at `entry`, token `token` of the tokenizer's clause
    /// `tokenClause`, to the open sentence. An article takes no position; every position starts a
    /// new stream clause where the tokenizer's clause changes or its word breaks clauses. The
    /// entry is read through its pointer, field by field where needed: read whole, all its
    /// fields were loaded for every word.
    ///
    /// In range: the tokenizer keeps the capacity at least its token count plus one, and positions,
    /// clauses and list entries number at most one per token; the word table checked that terms
    /// and prefix ids lie within the index (`WordTable.analyzeNewWords`).
    @inline(__always)
    mutating func append(_ entry: UnsafePointer<WordEntry>, token: Int, isNumber: Bool, clause tokenClause: Int) {
        let kind = entry.pointee.kind
        let isFunctionWord = kind.contains(.functionWord)
        if isFunctionWord { functionWordCount &+= 1 }
        if kind.contains(.article) { return }
        let position = Int32(truncatingIfNeeded: count)
        if isNumber {
            arrays.numberPositions[numberCount] = position
            numberCount &+= 1
        } else if !isFunctionWord {
            arrays.contentPositions[contentCount] = position
            contentCount &+= 1
        }
        let term = entry.pointee.term
        arrays.terms[count] = term
        arrays.tokenIndex[count] = Int32(truncatingIfNeeded: token)
        if kind.rawValue & (WordKind.negativeContraction.rawValue | WordKind.breaksClause.rawValue) != 0
            || tokenClause != lastTokenClause
        {
            if kind.contains(.negativeContraction) {
                arrays.negativeContractions[negativeCount] = position
                negativeCount &+= 1
            }
            let breaks = kind.contains(.breaksClause)
            if tokenClause != lastTokenClause || breaks { openClause(afterComma: !breaks && tokenClause == lastComma) }
            lastTokenClause = tokenClause
        }
        clauseLength &+= 1
        arrays.clauses[count] = Int32(truncatingIfNeeded: clauseCount &- 1)
        if kind.contains(.hasPrefixes) { appendPrefixes(entry, position: position) }
        count &+= 1
        arrays.prefixOffsets[count] = Int32(truncatingIfNeeded: prefixCount)
        // Terms are -1 (counted in the integer before the starts) or below `termCount`.
        arrays.termStarts[Int(term)] &+= 1
    }

    /// Ends the open stream clause and starts the next.
    private mutating func openClause(afterComma: Bool) {
        if clauseCount > 0 { arrays.clauseLengths[clauseCount &- 1] = clauseLength }
        arrays.clauseAfterComma[clauseCount] = afterComma
        clauseLength = 0
        clauseCount &+= 1
    }

    /// Adds the prefix ids of the word `entry` (one at least), at `position`, and counts them for
    /// the index.
    @inline(__always)
    private mutating func appendPrefixes(_ entry: UnsafePointer<WordEntry>, position: Int32) {
        // The word's prefixes lie within prefixIDs, by construction of the word table; the first
        // is also the entry's own.
        let start = Int(entry.pointee.prefixStart)
        let end = Int(entry.pointee.prefixEnd)
        if prefixCount &+ end &- start > prefixCapacity { growPrefixes(to: prefixCount &+ end &- start) }
        appendPrefix(entry.pointee.firstPrefix, position: position)
        var slot = start &+ 1
        while slot < end {
            appendPrefix(prefixIDs[slot], position: position)
            slot &+= 1
        }
    }

    /// Adds the prefix id `id` at `position` (room made by the caller), counting it for the index.
    @inline(__always)
    private mutating func appendPrefix(_ id: Int32, position: Int32) {
        prefixList[prefixCount] = id
        prefixOwners[prefixCount] = position
        // Prefix ids are below `prefixIDCount` (checked by `WordTable.analyzeNewWords`).
        arrays.prefixStarts[Int(id)] &+= 1
        prefixCount &+= 1
    }

    /// Closes the sentence being written (the tokenizer made it a sentence of block `block`):
    /// its positions get its number and block.
    mutating func closeSentence(block: Int) {
        // In range: sentences number at most one per token, below the capacity.
        arrays.functionWords[sentenceCount] = functionWordCount
        arrays.sentenceStarts[sentenceCount] = Int32(truncatingIfNeeded: sentenceFirst)
        (arrays.sentences + sentenceFirst).initialize(
            repeating: Int32(truncatingIfNeeded: sentenceCount), count: count &- sentenceFirst)
        (arrays.blocks + sentenceFirst).initialize(
            repeating: Int32(truncatingIfNeeded: block), count: count &- sentenceFirst)
        sentenceCount &+= 1
        sentenceFirst = count
        functionWordCount = 0
    }

    /// Ends the stream after the last sentence.
    mutating func finish() {
        arrays.sentenceStarts[sentenceCount] = Int32(truncatingIfNeeded: count)
        if clauseCount > 0 { arrays.clauseLengths[clauseCount &- 1] = clauseLength }
    }

    /// Frees the storage of buffers that no `OccurrenceIndex` took over.
    func deallocate() {
        storage.deallocate()
        prefixStorage.deallocate()
    }

    /// Moves the prefix list and owners to storage with room for at least `needed` entries (and
    /// as many positions), keeping their first `prefixCount` entries.
    private mutating func growPrefixes(to needed: Int) {
        let capacity = max(needed, 2 * prefixCapacity)
        let grown = UnsafeMutablePointer<Int32>.allocate(capacity: 3 * capacity)
        grown.initialize(from: prefixList, count: prefixCount)
        (grown + capacity).initialize(from: prefixOwners, count: prefixCount)
        prefixStorage.deallocate()
        prefixStorage = grown
        prefixCapacity = capacity
    }
}
