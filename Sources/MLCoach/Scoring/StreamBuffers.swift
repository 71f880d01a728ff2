/// The per-position arrays of an `AnalyzedText` while they are built: raw storage sized for every
/// token (articles, left out, make the stream shorter), written in one pass over the tokens and
/// then copied into the arrays. Appending to a dozen arrays cost a uniqueness check per array and
/// token. Freed by `deallocate()`.
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
    /// How many positions have each term id and each prefix id (ids below `termCount` and
    /// `prefixCount`), for the counting sorts of `AnalyzedText.index`.
    let termCounts: UnsafeMutablePointer<Int32>
    let prefixCounts: UnsafeMutablePointer<Int32>
    let termCount: Int
    let prefixIDCount: Int
    /// The prefix ids of the positions in order, each with its position; grown when full.
    private(set) var prefixList: UnsafeMutablePointer<Int32>
    private(set) var prefixOwners: UnsafeMutablePointer<Int32>
    private var prefixCapacity: Int
    private let storage: UnsafeMutablePointer<Int32>

    private(set) var count = 0
    private(set) var clauseCount = 0
    private(set) var prefixCount = 0
    private(set) var contentCount = 0
    private(set) var numberCount = 0
    private(set) var negativeCount = 0

    init(tokens: Int, sentences: Int, terms termCount: Int, prefixes prefixIDCount: Int) {
        // Nine arrays of one entry per token, prefix offsets (one more), per sentence, then the
        // counts per term and per prefix.
        storage = .allocate(capacity: 10 * tokens + 2 * sentences + 2 + termCount + prefixIDCount)
        terms = storage
        tokenIndex = storage + tokens
        clauses = storage + 2 * tokens
        self.sentences = storage + 3 * tokens
        blocks = storage + 4 * tokens
        clauseLengths = storage + 5 * tokens
        contentPositions = storage + 6 * tokens
        numberPositions = storage + 7 * tokens
        negativeContractions = storage + 8 * tokens
        prefixOffsets = storage + 9 * tokens
        functionWords = storage + 10 * tokens + 1
        sentenceStarts = storage + 10 * tokens + 1 + sentences
        termCounts = storage + 10 * tokens + 2 * sentences + 2
        prefixCounts = termCounts + termCount
        self.termCount = termCount
        self.prefixIDCount = prefixIDCount
        functionWords.initialize(repeating: 0, count: sentences)
        termCounts.initialize(repeating: 0, count: termCount + prefixIDCount)
        clauseAfterComma = .allocate(capacity: max(1, tokens))
        prefixCapacity = max(16, tokens / 2)
        prefixList = .allocate(capacity: prefixCapacity)
        prefixOwners = .allocate(capacity: prefixCapacity)
    }

    func deallocate() {
        storage.deallocate()
        clauseAfterComma.deallocate()
        prefixList.deallocate()
        prefixOwners.deallocate()
    }

    /// The words of the text's word table, by word id: term, kind and prefix ids (word `w` has
    /// `prefixIDs[prefixStarts[w]..<prefixStarts[w + 1]]`).
    typealias Words = (
        terms: UnsafeBufferPointer<Int32>, kinds: UnsafeBufferPointer<WordKind>,
        prefixStarts: UnsafeBufferPointer<Int32>, prefixIDs: UnsafeBufferPointer<Int32>
    )

    /// Writes the stream of `tokens` (whose sentences are `sentences`). `commaClauses` lists the
    /// tokenizer's clauses that began after a comma, in increasing order.
    mutating func fill(
        tokens: UnsafeBufferPointer<TextToken>, sentences: UnsafeBufferPointer<TextSentence>, words: Words,
        clauseBreaks: UnsafeBufferPointer<Bool>, commaClauses: [Int]
    ) {
        // Counters live in locals during the loop, so that they stay in registers.
        var count = 0
        var clauseCount = 0
        var prefixCount = 0
        var contentCount = 0
        var numberCount = 0
        var negativeCount = 0
        var clause: Int32 = 0
        var clauseLength: Int32 = 0
        var lastTokenClause = -1
        // Comma clauses are listed in increasing order, as are the tokens' clauses: one walk.
        var nextComma = 0
        var sentence = -1
        var block: Int32 = 0
        var startsFilled = 0
        let termBound = UInt32(truncatingIfNeeded: termCount)
        let prefixBound = UInt32(truncatingIfNeeded: prefixIDCount)
        prefixOffsets[0] = 0
        for index in 0..<tokens.count {
            let token = tokens[index]
            let word = Int(token.word)
            // The checks make every write below in range: positions and clauses number at most
            // one per token, each sentence's entries are written only after its check.
            precondition(UInt(bitPattern: word) < UInt(words.kinds.count), "a token's word is not in the table")
            let kind = words.kinds[word]
            if token.sentence != sentence {
                precondition(UInt(bitPattern: token.sentence) < UInt(sentences.count), "a token's sentence is missing")
                sentence = token.sentence
                block = Int32(truncatingIfNeeded: sentences[sentence].block)
                // A sentence's positions begin at the count so far: the tokens come in order.
                while startsFilled <= sentence {
                    sentenceStarts[startsFilled] = Int32(truncatingIfNeeded: count)
                    startsFilled += 1
                }
            }
            if kind.contains(.functionWord) { functionWords[sentence] &+= 1 }
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
            let term = words.terms[word]
            // `term < count` as unsigned numbers also rejects -1.
            let breaks =
                UInt32(bitPattern: term) < UInt32(truncatingIfNeeded: clauseBreaks.count) && clauseBreaks[Int(term)]
            if token.clause != lastTokenClause || breaks || count == 0 {
                if count > 0 {
                    clause &+= 1
                    clauseLengths[clauseCount - 1] = clauseLength
                }
                while nextComma < commaClauses.count, commaClauses[nextComma] < token.clause { nextComma += 1 }
                let afterComma = nextComma < commaClauses.count && commaClauses[nextComma] == token.clause
                clauseAfterComma[clauseCount] = !breaks && afterComma
                clauseLength = 0
                clauseCount &+= 1
                lastTokenClause = token.clause
            }
            clauseLength &+= 1
            terms[count] = term
            tokenIndex[count] = Int32(truncatingIfNeeded: index)
            clauses[count] = clause
            self.sentences[count] = Int32(truncatingIfNeeded: sentence)
            blocks[count] = block
            // `id < count` as unsigned numbers also rejects -1.
            if UInt32(bitPattern: term) < termBound { termCounts[Int(term)] &+= 1 }
            if kind.contains(.hasPrefixes) {
                // The word's prefixes lie within prefixIDs, by construction of the word table.
                var slot = Int(words.prefixStarts[word])
                let end = Int(words.prefixStarts[word &+ 1])
                if prefixCount &+ end &- slot > prefixCapacity {
                    growPrefixes(to: prefixCount &+ end &- slot, keeping: prefixCount)
                }
                while slot < end {
                    let id = words.prefixIDs[slot]
                    prefixList[prefixCount] = id
                    prefixOwners[prefixCount] = position
                    if UInt32(bitPattern: id) < prefixBound { prefixCounts[Int(id)] &+= 1 }
                    prefixCount &+= 1
                    slot &+= 1
                }
            }
            count &+= 1
            prefixOffsets[count] = Int32(truncatingIfNeeded: prefixCount)
        }
        if clauseCount > 0 { clauseLengths[clauseCount - 1] = clauseLength }
        while startsFilled <= sentences.count {
            sentenceStarts[startsFilled] = Int32(truncatingIfNeeded: count)
            startsFilled += 1
        }
        self.count = count
        self.clauseCount = clauseCount
        self.prefixCount = prefixCount
        self.contentCount = contentCount
        self.numberCount = numberCount
        self.negativeCount = negativeCount
    }

    private mutating func growPrefixes(to needed: Int, keeping kept: Int) {
        let capacity = max(needed, 2 * prefixCapacity)
        let list = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let owners = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        list.initialize(from: prefixList, count: kept)
        owners.initialize(from: prefixOwners, count: kept)
        prefixList.deallocate()
        prefixOwners.deallocate()
        prefixList = list
        prefixOwners = owners
        prefixCapacity = capacity
    }
}
