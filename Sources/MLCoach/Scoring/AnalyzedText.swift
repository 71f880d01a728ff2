/// An answer's words mapped to term ids, with clause and sentence numbers and an index from each
/// term and prefix to where it occurs. Articles (`a`, `an`, `the`) are left out of the stream.
struct AnalyzedText {
    /// The tokenized text the stream comes from.
    let text: TokenizedText
    /// Term id at each stream position (-1 for words no pattern uses).
    private(set) var terms: [Int32] = []
    /// Token index (into `text.tokens`) of each stream position.
    private(set) var tokenIndex: [Int32] = []
    /// Clause number of each stream position; clause-break words start a new clause.
    private(set) var clauses: [Int32] = []
    /// Sentence number of each stream position.
    private(set) var sentences: [Int32] = []
    /// Block (paragraph or list item) number of each stream position.
    private(set) var blocks: [Int32] = []
    /// What each distinct word of the text (`text.words`) is to the grader.
    private(set) var wordInfos: [WordInfo] = []
    /// The same, split into flat arrays read without reference counting: term ids and kinds.
    private(set) var wordTerms: [Int32] = []
    private(set) var wordKinds: [WordKind] = []
    /// Per sentence, how many of its words (articles included) are function words.
    private(set) var functionWordsPerSentence: [Int32] = []
    /// Stream positions of numbers, of negative contractions, and of content words (neither
    /// numbers nor function words), in order: read by the cue map and the sentence profiles.
    private(set) var numberPositions: [Int32] = []
    private(set) var negativeContractions: [Int32] = []
    private(set) var contentPositions: [Int32] = []
    /// Per clause: whether it began right after a comma, and how many positions it has.
    private(set) var clauseAfterComma: [Bool] = []
    private(set) var clauseLengths: [Int32] = []
    private(set) var prefixOffsets: [Int32] = [0]
    private(set) var prefixList: [Int32] = []
    /// Positions of each term id, as one flat array with per-term offsets (a counting sort).
    private(set) var termStarts: [Int32] = []
    private(set) var termPositions: [Int32] = []
    /// Positions of each prefix id, likewise.
    private(set) var prefixStarts: [Int32] = []
    private(set) var prefixPositions: [Int32] = []
    /// The first stream position of each sentence, plus the end: sentence `s` is
    /// `sentenceStarts[s]..<sentenceStarts[s + 1]`.
    private(set) var sentenceStarts: [Int32] = []
    /// Buffers reused by `matches`, so matching a pattern allocates nothing but its result.
    let scratch: MatchScratch
    /// The index and stream again, in raw storage for the matching loops.
    private(set) var occurrenceIndex: OccurrenceIndex! = nil

    /// Analyzes text tokenized into `table`: words new to the table are analyzed against
    /// `vocabulary` once. `clauseBreaks[term]` says whether a term starts a new clause.
    init(_ text: TokenizedText, vocabulary: Vocabulary, clauseBreaks: [Bool], table: WordTable) {
        self.text = text
        scratch = MatchScratch(sentences: text.sentences.count)
        while table.infos.count < table.words.count {
            table.add(vocabulary.analyze(table.words[table.infos.count]))
        }
        let infos = table.infos
        wordInfos = infos
        wordTerms = table.terms
        wordKinds = table.kinds
        // Prefix ids flattened by word: reading a word's `WordInfo.prefixes` would retain an array.
        let wordPrefixStarts = table.prefixStarts
        let wordPrefixIDs = table.prefixIDs
        // One pass over the tokens writes every per-position array into raw storage sized for
        // every token (articles, left out, make the stream shorter), copied out once at the end:
        // appending to six arrays cost a uniqueness check per array and token.
        let tokenCount = text.tokens.count
        let storage = UnsafeMutablePointer<Int32>.allocate(capacity: 8 * tokenCount + 1)
        defer { storage.deallocate() }
        let terms = storage
        let tokenIndex = storage + tokenCount
        let clauses = storage + 2 * tokenCount
        let sentences = storage + 3 * tokenCount
        let blocks = storage + 4 * tokenCount
        let clauseLengths = storage + 5 * tokenCount
        let prefixOffsets = storage + 6 * tokenCount
        let contentPositions = storage + 7 * tokenCount + 1
        var contentCount = 0
        var functionWordsPerSentence = [Int32](repeating: 0, count: text.sentences.count)
        var numberPositions: [Int32] = []
        var negativeContractions: [Int32] = []
        prefixOffsets[0] = 0
        let clauseAfterComma = UnsafeMutablePointer<Bool>.allocate(capacity: max(1, tokenCount))
        defer { clauseAfterComma.deallocate() }
        var prefixList: [Int32] = []
        var prefixOwners: [Int32] = []
        var sentenceBlocks = [Int32](repeating: 0, count: text.sentences.count)
        for (index, sentence) in text.sentences.enumerated() { sentenceBlocks[index] = Int32(sentence.block) }
        var count = 0
        var clauseCount = 0
        text.tokens.withUnsafeBufferPointer { tokens in
            wordTerms.withUnsafeBufferPointer { wordTerms in
                wordKinds.withUnsafeBufferPointer { wordKinds in
                    var clause: Int32 = 0
                    var lastTokenClause = -1
                    // Comma clauses are listed in increasing order, as are the tokens' clauses: one walk.
                    let commaClauses = text.commaClauseList
                    var nextComma = 0
                    for index in 0..<tokens.count {
                        let token = tokens[index]
                        let word = Int(token.word)
                        let kind = wordKinds[word]
                        if kind.contains(.functionWord) { functionWordsPerSentence[token.sentence] += 1 }
                        if kind.contains(.article) { continue }
                        if token.isNumber {
                            numberPositions.append(Int32(count))
                        } else if !kind.contains(.functionWord) {
                            contentPositions[contentCount] = Int32(count)
                            contentCount += 1
                        }
                        if kind.contains(.negativeContraction) { negativeContractions.append(Int32(count)) }
                        let term = wordTerms[word]
                        let breaks = term >= 0 && Int(term) < clauseBreaks.count && clauseBreaks[Int(term)]
                        if token.clause != lastTokenClause || breaks || count == 0 {
                            if count > 0 { clause += 1 }
                            while nextComma < commaClauses.count, commaClauses[nextComma] < token.clause {
                                nextComma += 1
                            }
                            let afterComma = nextComma < commaClauses.count && commaClauses[nextComma] == token.clause
                            clauseAfterComma[clauseCount] = !breaks && afterComma
                            clauseLengths[clauseCount] = 0
                            clauseCount += 1
                            lastTokenClause = token.clause
                        }
                        clauseLengths[clauseCount - 1] += 1
                        terms[count] = term
                        tokenIndex[count] = Int32(index)
                        clauses[count] = clause
                        sentences[count] = Int32(token.sentence)
                        blocks[count] = sentenceBlocks[token.sentence]
                        if kind.contains(.hasPrefixes) {
                            for slot in Int(wordPrefixStarts[word])..<Int(wordPrefixStarts[word + 1]) {
                                prefixList.append(wordPrefixIDs[slot])
                                prefixOwners.append(Int32(count))
                            }
                        }
                        count += 1
                        prefixOffsets[count] = Int32(prefixList.count)
                    }
                }
            }
        }
        func array<T>(_ start: UnsafeMutablePointer<T>, _ count: Int) -> [T] {
            Array(UnsafeBufferPointer(start: start, count: count))
        }
        self.terms = array(terms, count)
        self.tokenIndex = array(tokenIndex, count)
        self.clauses = array(clauses, count)
        self.sentences = array(sentences, count)
        self.blocks = array(blocks, count)
        self.prefixOffsets = array(prefixOffsets, count + 1)
        self.clauseLengths = array(clauseLengths, clauseCount)
        self.clauseAfterComma = array(clauseAfterComma, clauseCount)
        self.prefixList = prefixList
        self.contentPositions = array(contentPositions, contentCount)
        self.functionWordsPerSentence = functionWordsPerSentence
        self.numberPositions = numberPositions
        self.negativeContractions = negativeContractions
        var sentenceStarts = [Int32](repeating: 0, count: text.sentences.count + 1)
        for sentence in self.sentences { sentenceStarts[Int(sentence) + 1] += 1 }
        for index in 0..<text.sentences.count { sentenceStarts[index + 1] += sentenceStarts[index] }
        (termStarts, termPositions) = Self.index(ids: self.terms, owners: nil, size: vocabulary.termCount)
        (prefixStarts, prefixPositions) = Self.index(
            ids: prefixList, owners: prefixOwners, size: vocabulary.prefixCount)
        self.sentenceStarts = sentenceStarts
        occurrenceIndex = OccurrenceIndex(
            termStarts: termStarts, termPositions: termPositions, prefixStarts: prefixStarts,
            prefixPositions: prefixPositions, sentences: self.sentences, blocks: self.blocks, terms: self.terms,
            prefixOffsets: self.prefixOffsets, prefixList: self.prefixList, sentenceStarts: sentenceStarts)
    }

    /// A counting-sort index: for ids 0..<size, the positions where each occurs, in order. Entry
    /// `i` is id `ids[i]` at position `owners[i]` (or `i` itself without owners).
    private static func index(ids: [Int32], owners: [Int32]?, size: Int) -> ([Int32], [Int32]) {
        // Counted one slot further on, so that after the running sum `starts[id + 1]` is where id's
        // run begins; filling moves it to the run's end, which is where the next id's run begins.
        var starts = [Int32](repeating: 0, count: size + 2)
        var positions = [Int32](repeating: 0, count: ids.count)
        var stored = 0
        ids.withUnsafeBufferPointer { ids in
            starts.withUnsafeMutableBufferPointer { starts in
                for id in ids where id >= 0 && Int(id) < size { starts[Int(id) + 2] += 1 }
                var total: Int32 = 0
                for id in 0...(size + 1) {
                    total += starts[id]
                    starts[id] = total
                }
                stored = Int(total)
                positions.withUnsafeMutableBufferPointer { positions in
                    for entry in 0..<ids.count {
                        let id = ids[entry]
                        guard id >= 0 && Int(id) < size else { continue }
                        let slot = Int(starts[Int(id) + 1])
                        starts[Int(id) + 1] = Int32(slot + 1)
                        positions[slot] = owners?[entry] ?? Int32(entry)
                    }
                }
            }
        }
        starts.removeLast()
        positions.removeLast(ids.count - stored)
        return (starts, positions)
    }

    /// Whether a negation in clause `from` also governs clause `to` of the same sentence: every
    /// clause after it up to `to` is a short item of a comma list ("no need for velocity features,
    /// device fingerprints or graph features").
    func listContinues(from: Int32, to: Int32) -> Bool {
        guard to > from, Int(to) < clauseAfterComma.count else { return false }
        for clause in (from + 1)...to
        where !clauseAfterComma[Int(clause)] || clauseLengths[Int(clause)] > Self.listItemLength {
            return false
        }
        return true
    }

    /// The longest clause (in words) that still reads as an item of a list.
    static let listItemLength: Int32 = 6

    /// The widest span of a match that crosses a sentence boundary.
    static let crossSentenceSpan: Int32 = 12

    /// The number of stream positions.
    var count: Int { terms.count }

    /// The token at a stream position.
    func token(at position: Int) -> TextToken {
        text.tokens[Int(tokenIndex[position])]
    }

    /// What the word at a stream position is to the grader.
    func info(at position: Int) -> WordInfo {
        wordInfos[Int(text.tokens[Int(tokenIndex[position])].word)]
    }

    /// What kind of word stands at a stream position.
    func kind(at position: Int) -> WordKind {
        wordKinds[Int(text.tokens[Int(tokenIndex[position])].word)]
    }

    /// What kind of word the text's word `word` (`TextToken.word`) is.
    func kind(ofWord word: Int32) -> WordKind {
        wordKinds[Int(word)]
    }

}
