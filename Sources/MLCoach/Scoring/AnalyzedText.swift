/// An answer's words mapped to term ids, with clause and sentence numbers and an index from each
/// term and prefix to where it occurs. Articles (`a`, `an`, `the`) are left out of the stream.
struct AnalyzedText {
    /// The tokenized text the stream comes from.
    let text: TokenizedText
    /// The batch's word table: what each distinct word of the text is to the grader.
    let table: WordTable
    /// Buffers reused by `matches`, so matching a pattern allocates nothing but its result.
    let scratch: MatchScratch
    /// The stream and its index, in raw storage that the arrays below are views of: they are
    /// valid while this text is.
    let occurrenceIndex: OccurrenceIndex

    /// Term id at each stream position (-1 for words no pattern uses).
    var terms: UnsafeBufferPointer<Int32> { occurrenceIndex.view.terms }
    /// Token index (into `text.tokens`) of each stream position.
    var tokenIndex: UnsafeBufferPointer<Int32> { occurrenceIndex.stream.tokenIndex }
    /// Clause number of each stream position; clause-break words start a new clause.
    var clauses: UnsafeBufferPointer<Int32> { occurrenceIndex.stream.clauses }
    /// Sentence number of each stream position.
    var sentences: UnsafeBufferPointer<Int32> { occurrenceIndex.view.sentences }
    /// Block (paragraph or list item) number of each stream position.
    var blocks: UnsafeBufferPointer<Int32> { occurrenceIndex.view.blocks }
    /// Per sentence, how many of its words (articles included) are function words.
    var functionWordsPerSentence: UnsafeBufferPointer<Int32> { occurrenceIndex.stream.functionWords }
    /// Stream positions of numbers, of negative contractions, and of content words (neither
    /// numbers nor function words), in order: read by the cue map and the sentence profiles.
    var numberPositions: UnsafeBufferPointer<Int32> { occurrenceIndex.stream.numberPositions }
    var negativeContractions: UnsafeBufferPointer<Int32> { occurrenceIndex.stream.negativeContractions }
    var contentPositions: UnsafeBufferPointer<Int32> { occurrenceIndex.stream.contentPositions }
    /// Per clause: whether it began right after a comma, and how many positions it has.
    var clauseAfterComma: UnsafeBufferPointer<Bool> { occurrenceIndex.stream.clauseAfterComma }
    var clauseLengths: UnsafeBufferPointer<Int32> { occurrenceIndex.stream.clauseLengths }
    /// Per position and one more: where its prefix ids begin in `prefixList`.
    var prefixOffsets: UnsafeBufferPointer<Int32> { occurrenceIndex.view.prefixOffsets }
    var prefixList: UnsafeBufferPointer<Int32> { occurrenceIndex.view.prefixList }
    /// The first stream position of each sentence, plus the end: sentence `s` is
    /// `sentenceStarts[s]..<sentenceStarts[s + 1]`.
    var sentenceStarts: UnsafeBufferPointer<Int32> { occurrenceIndex.view.sentenceStarts }

    /// Tokenizes and analyzes `body` (whose first line is line `firstLine`) in one pass: words
    /// new to `table` are analyzed against `vocabulary` once, as they are first read.
    /// `clauseBreaks[term]` says whether a term starts a new clause.
    init(analyzing body: String, firstLine: Int, vocabulary: Vocabulary, clauseBreaks: [Bool], table: WordTable) {
        let (text, stream) = Tokenizer.tokenize(
            body, firstLine: firstLine,
            analysis: WordAnalysis(table: table, vocabulary: vocabulary, clauseBreaks: clauseBreaks))
        self.text = text
        self.table = table
        scratch = MatchScratch(sentences: text.sentences.count)
        occurrenceIndex = OccurrenceIndex(stream)
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
        table.infos[Int(text.tokens[Int(tokenIndex[position])].word)]
    }

    /// What kind of word stands at a stream position.
    func kind(at position: Int) -> WordKind {
        table.kind(of: Int(text.tokens[Int(tokenIndex[position])].word))
    }

    /// What kind of word the text's word `word` (`TextToken.word`) is.
    func kind(ofWord word: Int32) -> WordKind {
        table.kind(of: Int(word))
    }

}
