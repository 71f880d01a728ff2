/// An answer's words mapped to term ids, with clause and sentence numbers and an index from each
/// term and prefix to where it occurs. Articles (`a`, `an`, `the`) are left out of the stream.
struct AnalyzedText {
    /// The tokenized text the stream comes from.
    let text: TokenizedText
    /// What each distinct word of the text (`text.words`) is to the grader.
    let wordInfos: [WordInfo]
    /// The same, split into flat arrays read without reference counting: term ids and kinds.
    let wordTerms: [Int32]
    let wordKinds: [WordKind]
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
        // every token, which the occurrence index then sorts and owns.
        let sentenceCount = text.sentences.count
        var stream = StreamBuffers(
            tokens: text.tokens.count, sentences: sentenceCount, terms: vocabulary.termCount,
            prefixes: vocabulary.prefixCount)
        text.tokens.withUnsafeBufferPointer { tokens in
            text.sentences.withUnsafeBufferPointer { sentences in
                table.terms.withUnsafeBufferPointer { wordTerms in
                    table.kinds.withUnsafeBufferPointer { wordKinds in
                        clauseBreaks.withUnsafeBufferPointer { clauseBreaks in
                            table.prefixStarts.withUnsafeBufferPointer { prefixStarts in
                                table.prefixIDs.withUnsafeBufferPointer { prefixIDs in
                                    text.commaClauseList.withUnsafeBufferPointer { commaClauses in
                                        stream.fill(
                                            tokens: tokens, sentences: sentences,
                                            words: (wordTerms, wordKinds, prefixStarts, prefixIDs),
                                            clauseBreaks: clauseBreaks, commaClauses: commaClauses)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        occurrenceIndex = OccurrenceIndex(stream, sentenceCount: sentenceCount)
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
