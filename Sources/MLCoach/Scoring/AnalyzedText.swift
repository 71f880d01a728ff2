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
        wordInfos = table.infos
        wordTerms = table.terms
        wordKinds = table.kinds
        // One pass over the tokens writes every per-position array into raw storage sized for
        // every token (articles, left out, make the stream shorter), copied out once at the end:
        // appending to the arrays cost a uniqueness check per array and token.
        let tokenCount = text.tokens.count
        let sentenceCount = text.sentences.count
        var stream = StreamBuffers(
            tokens: tokenCount, sentences: sentenceCount, terms: vocabulary.termCount,
            prefixes: vocabulary.prefixCount)
        defer { stream.deallocate() }
        text.tokens.withUnsafeBufferPointer { tokens in
            text.sentences.withUnsafeBufferPointer { sentences in
                wordTerms.withUnsafeBufferPointer { wordTerms in
                    wordKinds.withUnsafeBufferPointer { wordKinds in
                        clauseBreaks.withUnsafeBufferPointer { clauseBreaks in
                            table.prefixStarts.withUnsafeBufferPointer { prefixStarts in
                                table.prefixIDs.withUnsafeBufferPointer { prefixIDs in
                                    stream.fill(
                                        tokens: tokens, sentences: sentences,
                                        words: (wordTerms, wordKinds, prefixStarts, prefixIDs),
                                        clauseBreaks: clauseBreaks, commaClauses: text.commaClauseList)
                                }
                            }
                        }
                    }
                }
            }
        }
        let count = stream.count
        terms = Self.array(stream.terms, count)
        tokenIndex = Self.array(stream.tokenIndex, count)
        clauses = Self.array(stream.clauses, count)
        sentences = Self.array(stream.sentences, count)
        blocks = Self.array(stream.blocks, count)
        prefixOffsets = Self.array(stream.prefixOffsets, count + 1)
        clauseLengths = Self.array(stream.clauseLengths, stream.clauseCount)
        clauseAfterComma = Self.array(stream.clauseAfterComma, stream.clauseCount)
        prefixList = Self.array(stream.prefixList, stream.prefixCount)
        contentPositions = Self.array(stream.contentPositions, stream.contentCount)
        numberPositions = Self.array(stream.numberPositions, stream.numberCount)
        negativeContractions = Self.array(stream.negativeContractions, stream.negativeCount)
        functionWordsPerSentence = Self.array(stream.functionWords, sentenceCount)
        sentenceStarts = Self.array(stream.sentenceStarts, sentenceCount + 1)
        // Positions of each term id and of each prefix id, as flat arrays with per-id offsets
        // (counting sorts), kept in the occurrence index.
        let (termStarts, termPositions) = Self.index(
            ids: stream.terms, owners: nil, count: count, counts: stream.termCounts, size: stream.termCount)
        let (prefixStarts, prefixPositions) = Self.index(
            ids: stream.prefixList, owners: stream.prefixOwners, count: stream.prefixCount,
            counts: stream.prefixCounts, size: stream.prefixIDCount)
        occurrenceIndex = OccurrenceIndex(
            termStarts: termStarts, termPositions: termPositions, prefixStarts: prefixStarts,
            prefixPositions: prefixPositions, sentences: sentences, blocks: blocks, terms: terms,
            prefixOffsets: prefixOffsets, prefixList: prefixList, sentenceStarts: sentenceStarts)
    }

    private static func array<T>(_ start: UnsafeMutablePointer<T>, _ count: Int) -> [T] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// A counting-sort index: for ids 0..<size, the positions where each occurs, in order, and
    /// where each id's run of positions starts (plus the end). Entry `i` of `ids[0..<count]` is
    /// that id at position `owners[i]` (or `i` itself without owners); other ids are left out.
    /// `counts[id]` holds how often each id occurs, and is used up as the running slot of each id.
    private static func index(
        ids: UnsafePointer<Int32>, owners: UnsafePointer<Int32>?, count: Int, counts: UnsafeMutablePointer<Int32>,
        size: Int
    ) -> ([Int32], [Int32]) {
        var total: Int32 = 0
        // The running sum turns each count into where its id's run begins.
        let starts = [Int32](unsafeUninitializedCapacity: size + 1) { starts, initialized in
            guard let starts = starts.baseAddress else { return }
            starts[0] = 0
            for id in 0..<size {
                let runLength = counts[id]
                counts[id] = total
                total &+= runLength
                starts[id + 1] = total
            }
            initialized = size + 1
        }
        // `id < size` as unsigned numbers also rejects negative ids; a slot is below the total of
        // the counts, the number of positions.
        let bound = UInt32(truncatingIfNeeded: size)
        let positions = [Int32](unsafeUninitializedCapacity: Int(total)) { positions, stored in
            guard let positions = positions.baseAddress else { return }
            for entry in 0..<count where UInt32(bitPattern: ids[entry]) < bound {
                let id = Int(ids[entry])
                let slot = Int(counts[id])
                counts[id] = Int32(truncatingIfNeeded: slot &+ 1)
                positions[slot] = owners?[entry] ?? Int32(truncatingIfNeeded: entry)
            }
            stored = Int(total)
        }
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
