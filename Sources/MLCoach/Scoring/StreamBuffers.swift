/// The per-position arrays of an `AnalyzedText`, written in one pass over the tokens straight
/// into the storage that the answer's `OccurrenceIndex` then owns: one allocation sized for every
/// token (articles, left out, make the stream shorter) and one for the prefix ids, whose number
/// is known only at the end. Nothing is copied afterwards, and no Swift array is made per answer.
struct StreamBuffers {
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
    /// `prefixIDCount`): where each id's run of positions starts (plus the end), and the runs.
    /// The fill counts each id's positions into its start entry; `OccurrenceIndex` sorts them.
    let termStarts: UnsafeMutablePointer<Int32>
    let termPositions: UnsafeMutablePointer<Int32>
    let prefixStarts: UnsafeMutablePointer<Int32>
    let termCount: Int
    let prefixIDCount: Int
    /// The prefix ids of the positions in order, the position of each, then room for the prefix
    /// index's positions: the second allocation, grown while the list fills.
    private(set) var prefixStorage: UnsafeMutablePointer<Int32>
    private var prefixCapacity: Int
    /// The first allocation, holding every other buffer.
    let storage: UnsafeMutableRawPointer

    private(set) var count = 0
    private(set) var clauseCount = 0
    private(set) var prefixCount = 0
    private(set) var contentCount = 0
    private(set) var numberCount = 0
    private(set) var negativeCount = 0

    /// The prefix ids of the positions, `prefixCount` of them, and the position of each.
    var prefixList: UnsafeMutablePointer<Int32> { prefixStorage }
    var prefixOwners: UnsafeMutablePointer<Int32> { prefixStorage + prefixCapacity }
    /// Where the prefix index's positions go, `prefixCount` of them.
    var prefixPositions: UnsafeMutablePointer<Int32> { prefixStorage + 2 * prefixCapacity }

    init(tokens: Int, sentences: Int, terms termCount: Int, prefixes prefixIDCount: Int) {
        // Eleven arrays of one entry per token (prefix offsets one more), two per sentence (the
        // starts one more), the index starts, then one byte per token for the comma flags.
        let integers = 11 * tokens + 1 + 2 * sentences + 1 + termCount + 1 + prefixIDCount + 1
        storage = .allocate(
            byteCount: integers * MemoryLayout<Int32>.stride + max(1, tokens), alignment: MemoryLayout<Int32>.alignment)
        let base = storage.bindMemory(to: Int32.self, capacity: integers)
        terms = base
        tokenIndex = base + tokens
        clauses = base + 2 * tokens
        self.sentences = base + 3 * tokens
        blocks = base + 4 * tokens
        clauseLengths = base + 5 * tokens
        contentPositions = base + 6 * tokens
        numberPositions = base + 7 * tokens
        negativeContractions = base + 8 * tokens
        termPositions = base + 9 * tokens
        prefixOffsets = base + 10 * tokens
        functionWords = base + 11 * tokens + 1
        sentenceStarts = functionWords + sentences
        termStarts = sentenceStarts + sentences + 1
        prefixStarts = termStarts + termCount + 1
        clauseAfterComma = (storage + integers * MemoryLayout<Int32>.stride).bindMemory(
            to: Bool.self, capacity: max(1, tokens))
        self.termCount = termCount
        self.prefixIDCount = prefixIDCount
        // The counts of the index start at zero, the two runs of starts being adjacent.
        termStarts.initialize(repeating: 0, count: termCount + 1 + prefixIDCount + 1)
        prefixCapacity = max(16, tokens / 2)
        prefixStorage = .allocate(capacity: 3 * prefixCapacity)
    }

    /// The words of the text's word table, by word id: term, kind and prefix ids (word `w` has
    /// `prefixIDs[prefixStarts[w]..<prefixStarts[w + 1]]`).
    typealias Words = (
        terms: UnsafeBufferPointer<Int32>, kinds: UnsafeBufferPointer<WordKind>,
        prefixStarts: UnsafeBufferPointer<Int32>, prefixIDs: UnsafeBufferPointer<Int32>
    )

    /// Writes the stream of `tokens` (whose sentences are `sentences`, which cover the tokens in
    /// order, as the tokenizer makes them). `commaClauses` lists the tokenizer's clauses that
    /// began after a comma, in increasing order. Two passes, each with few enough values live
    /// that they stay in registers: the words, then the clauses and the term counts.
    mutating func fill(
        tokens: UnsafeBufferPointer<TextToken>, sentences: UnsafeBufferPointer<TextSentence>, words: Words,
        clauseBreaks: UnsafeBufferPointer<Bool>, commaClauses: UnsafeBufferPointer<Int>
    ) {
        fillWords(tokens: tokens, sentences: sentences, words: words)
        fillClauses(tokens: tokens, clauseBreaks: clauseBreaks, commaClauses: commaClauses)
    }

    /// Per sentence and token: the positions' terms and tokens, the lists of numbers, content
    /// words and negative contractions, the prefix ids (counted for the index), and the sentence
    /// facts.
    private mutating func fillWords(
        tokens: UnsafeBufferPointer<TextToken>, sentences: UnsafeBufferPointer<TextSentence>, words: Words
    ) {
        // Counters live in locals during the loop, so that they stay in registers.
        var count = 0
        var prefixCount = 0
        var contentCount = 0
        var numberCount = 0
        var negativeCount = 0
        var prefixList = self.prefixList
        var prefixOwners = self.prefixOwners
        let prefixBound = UInt32(truncatingIfNeeded: prefixIDCount)
        prefixOffsets[0] = 0
        var sentenceEnd = 0
        for sentence in 0..<sentences.count {
            let range = sentences[sentence].tokens
            // The checks make every write below in range: the sentences cover the tokens, so
            // positions number at most one per token; sentence entries are per sentence.
            precondition(
                range.lowerBound == sentenceEnd && range.upperBound <= tokens.count,
                "the sentences do not cover the tokens")
            sentenceEnd = range.upperBound
            let first = count
            sentenceStarts[sentence] = Int32(truncatingIfNeeded: count)
            var functionWordCount: Int32 = 0
            for index in range {
                let token = tokens[index]
                let word = Int(token.word)
                // The table has a term and a kind for every word (`WordTable.add`).
                precondition(UInt(bitPattern: word) < UInt(words.kinds.count), "a token's word is not in the table")
                let kind = words.kinds[word]
                if kind.contains(.functionWord) { functionWordCount &+= 1 }
                if kind.contains(.article) { continue }
                let position = Int32(truncatingIfNeeded: count)
                if token.isNumber {
                    numberPositions[numberCount] = position
                    numberCount &+= 1
                } else if !kind.contains(.functionWord) {
                    contentPositions[contentCount] = position
                    contentCount &+= 1
                }
                if kind.contains(.negativeContraction) {
                    negativeContractions[negativeCount] = position
                    negativeCount &+= 1
                }
                terms[count] = words.terms[word]
                tokenIndex[count] = Int32(truncatingIfNeeded: index)
                if kind.contains(.hasPrefixes) {
                    // The word's prefixes lie within prefixIDs, by construction of the word table.
                    var slot = Int(words.prefixStarts[word])
                    let end = Int(words.prefixStarts[word &+ 1])
                    if prefixCount &+ end &- slot > prefixCapacity {
                        growPrefixes(to: prefixCount &+ end &- slot, keeping: prefixCount)
                        prefixList = self.prefixList
                        prefixOwners = self.prefixOwners
                    }
                    while slot < end {
                        let id = words.prefixIDs[slot]
                        prefixList[prefixCount] = id
                        prefixOwners[prefixCount] = position
                        // `id < count` as unsigned numbers also rejects -1.
                        if UInt32(bitPattern: id) < prefixBound { prefixStarts[Int(id)] &+= 1 }
                        prefixCount &+= 1
                        slot &+= 1
                    }
                }
                count &+= 1
                prefixOffsets[count] = Int32(truncatingIfNeeded: prefixCount)
            }
            functionWords[sentence] = functionWordCount
            // The sentence's positions are `first..<count`.
            (self.sentences + first).initialize(repeating: Int32(truncatingIfNeeded: sentence), count: count &- first)
            (blocks + first).initialize(
                repeating: Int32(truncatingIfNeeded: sentences[sentence].block), count: count &- first)
        }
        precondition(sentenceEnd == tokens.count, "the sentences do not cover the tokens")
        sentenceStarts[sentences.count] = Int32(truncatingIfNeeded: count)
        self.count = count
        self.prefixCount = prefixCount
        self.contentCount = contentCount
        self.numberCount = numberCount
        self.negativeCount = negativeCount
    }

    /// Per position: its clause (a new one where the token's clause changes or a clause-break
    /// word stands), each clause's length and whether it began after a comma; and how many
    /// positions have each term, for the index.
    private mutating func fillClauses(
        tokens: UnsafeBufferPointer<TextToken>, clauseBreaks: UnsafeBufferPointer<Bool>,
        commaClauses: UnsafeBufferPointer<Int>
    ) {
        var clauseCount = 0
        var clause: Int32 = -1
        var clauseLength: Int32 = 0
        var lastTokenClause = -1
        // Comma clauses are listed in increasing order, as are the tokens' clauses: one walk.
        var nextComma = 0
        let termBound = UInt32(truncatingIfNeeded: termCount)
        let clauseBreakBound = UInt32(truncatingIfNeeded: clauseBreaks.count)
        for position in 0..<count {
            let term = terms[position]
            // Token indices were written from the tokens' own indices.
            let tokenClause = tokens[Int(tokenIndex[position])].clause
            // `term < count` as unsigned numbers also rejects -1.
            let breaks = UInt32(bitPattern: term) < clauseBreakBound && clauseBreaks[Int(term)]
            if tokenClause != lastTokenClause || breaks || position == 0 {
                if position > 0 { clauseLengths[clauseCount &- 1] = clauseLength }
                clause &+= 1
                while nextComma < commaClauses.count, commaClauses[nextComma] < tokenClause { nextComma &+= 1 }
                let afterComma = nextComma < commaClauses.count && commaClauses[nextComma] == tokenClause
                clauseAfterComma[clauseCount] = !breaks && afterComma
                clauseLength = 0
                clauseCount &+= 1
                lastTokenClause = tokenClause
            }
            clauseLength &+= 1
            clauses[position] = clause
            if UInt32(bitPattern: term) < termBound { termStarts[Int(term)] &+= 1 }
        }
        if clauseCount > 0 { clauseLengths[clauseCount &- 1] = clauseLength }
        self.clauseCount = clauseCount
    }

    /// Moves the prefix list and owners to storage with room for at least `needed` entries (and
    /// as many positions), keeping their first `kept` entries.
    private mutating func growPrefixes(to needed: Int, keeping kept: Int) {
        let capacity = max(needed, 2 * prefixCapacity)
        let grown = UnsafeMutablePointer<Int32>.allocate(capacity: 3 * capacity)
        grown.initialize(from: prefixList, count: kept)
        (grown + capacity).initialize(from: prefixOwners, count: kept)
        prefixStorage.deallocate()
        prefixStorage = grown
        prefixCapacity = capacity
    }
}
