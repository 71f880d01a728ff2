import Testing

@testable import MLCoach

@Suite struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        Tokenizer.words(text)
    }

    @Test(arguments: [
        ("PR-AUC and A/B tests", ["pr", "auc", "and", "a", "b", "tests"]),
        ("p99 of 50ms at 2,000 TPS", ["p", "99", "of", "50", "ms", "at", "2000", "tps"]),
        ("0.15% of the user's payments", ["0.15", "of", "the", "user", "payments"]),
        ("We don't need it; it isn’t", ["we", "don't", "need", "it", "it", "isn't"]),
        ("NDCG@15 → visits", ["ndcg", "15", "visits"]),
    ])
    func splitsWords(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test func numbersAreMarked() {
        let tokens = Tokenizer.tokenize("about 30 ms").tokens
        #expect(tokens.map(\.isNumber) == [false, true, false])
    }

    @Test func sentencesEndAtFullStopsButNotAtAbbreviationsOrDecimals() {
        let text = Tokenizer.tokenize("We use trees, e.g. XGBoost with 0.5 rate. Then we ship it! Done?")
        #expect(text.sentences.count == 3)
    }

    @Test(arguments: [
        ("E.g. We ship. Approx. Ten. Fig. Two shows it. Done.", 4),
        ("Vs. Them. Etc. And so. Personalization. Next.", 4),
        ("Ok. Cf. Bishop. Ranked. X.", 4),
    ])
    func abbreviationsDoNotEndSentences(text: String, sentences: Int) {
        #expect(Tokenizer.tokenize(text).sentences.count == sentences)
    }

    @Test func headingsListItemsAndTableRowsAreTheirOwnSentences() {
        let text = Tokenizer.tokenize("# Metrics\nWe use log loss\nand AUC.\n- item one\n- item two\n| a | b |\n")
        #expect(text.sentences.count == 5)
        #expect(text.sentences[0].isHeading)
        #expect(!text.sentences[1].isHeading)
        #expect(text.sentences[2].isListItem)
        #expect(text.sentences[4].separators >= 2)
    }

    @Test func linesAreCountedFromTheGivenFirstLine() {
        let tokens = Tokenizer.tokenize("one\n\ntwo", firstLine: 4).tokens
        #expect(tokens.map(\.line) == [4, 6])
    }

    @Test func commasAndConjunctionsSeparateClauses() {
        let tokens = Tokenizer.tokenize("by time, never random").tokens
        #expect(tokens[1].clause != tokens[2].clause)
    }

    @Test func aWordHasOneIdHoweverItIsReadOrCased() {
        // Whole runs are interned from the text, possessives from the word being built: both the
        // packed keys of short words and the hashes of long ones must agree.
        let text = Tokenizer.tokenize("Personalization, personalization and PERSONALIZATION's model MODEL's")
        #expect(text.texts == ["personalization", "personalization", "and", "personalization", "model", "model"])
        #expect(text.tokens[0].word == text.tokens[1].word && text.tokens[1].word == text.tokens[3].word)
        #expect(text.tokens[4].word == text.tokens[5].word)
    }

    @Test func wordsOfNineToSixteenLettersHaveOneIdHoweverTheyAreRead() {
        // Words of 9...15 letters read by the fast loop are interned from two eight-byte chunks;
        // the same words read otherwise (before an apostrophe, at the text's end, or of sixteen
        // letters or more) are hashed byte run by byte run: both must agree.
        let text = Tokenizer.tokenize(
            "Embedding CHARACTERIZATION Recommendations, embedding's characterization "
                + "recommendations' internationalization Internationalization EMBEDDING")
        #expect(
            text.texts == [
                "embedding", "characterization", "recommendations", "embedding", "characterization",
                "recommendations", "internationalization", "internationalization", "embedding",
            ])
        let ids = text.tokens.map(\.word)
        #expect(ids[0] == ids[3] && ids[3] == ids[8])
        #expect(ids[1] == ids[4] && ids[2] == ids[5] && ids[6] == ids[7])
        #expect(Set(ids).count == 4)
    }

    @Test func denseTextsKeepEveryToken() {
        // More than one token per four bytes: more than the storage first set aside for them.
        let text = String(repeating: "a1", count: 100)
        #expect(Tokenizer.words(text) == Array(repeating: ["a", "1"], count: 100).flatMap { $0 })
    }

    @Test func fencedCodeLinesAreSeparateSentences() {
        let text = Tokenizer.tokenize("```\nq = p / (p + (1 - p) / w)\nx = 1\n```\n")
        #expect(text.sentences.count == 2)
    }
}

/// Words followed by the commonest punctuation are read by the fast loop of `scan`, which does
/// what the general path does with the punctuation: these pin down the clauses, sentences,
/// separators and lines that result.
@Suite struct TokenizerPunctuationTests {
    private struct Read: Equatable, CustomStringConvertible {
        var word: String
        var line: Int
        var sentence: Int
        var clause: Int
        var description: String { "\(word)@\(line)/\(sentence)/\(clause)" }
    }

    private func read(_ text: TokenizedText) -> [Read] {
        text.tokens.map { Read(word: text.text(of: $0), line: $0.line, sentence: $0.sentence, clause: $0.clause) }
    }

    @Test func punctuationAfterWordsBreaksClausesAndSentences() {
        let text = Tokenizer.tokenize(
            "Features, labels; splits: time) and real-time data. We ship, e.g. daily. Then done.\nnext")
        #expect(
            text.texts == [
                "features", "labels", "splits", "time", "and", "real", "time", "data", "we", "ship", "e", "g", "daily",
                "then", "done", "next",
            ])
        // A sentence that closes ends its clause too.
        #expect(text.tokens.map(\.clause) == [0, 1, 2, 3, 4, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8])
        #expect(text.sentences.map(\.tokens) == [0..<8, 8..<13, 13..<15, 15..<16])
        #expect(text.sentences.map(\.separators) == [2, 1, 0, 0])
        #expect(text.commaClauseList == [1, 6])
        #expect(text.tokens.map(\.line) == Array(repeating: 1, count: 15) + [2])
    }

    @Test func punctuationAtLineEndsAndBeforeOtherMarks() {
        // Line ends (LF and CRLF) right after the punctuation, punctuation followed by other
        // marks, a hyphen before a digit, and non-ASCII letters next to punctuation.
        let text = Tokenizer.tokenize(
            "Latency budget,\r\nthroughput: high.\r\n\r\nCafé, naïve; values:\"quoted\" (and) x-1 ok.\nEnd")
        #expect(
            read(text).map(\.description) == [
                "latency@1/0/0", "budget@1/0/0", "throughput@2/0/1", "high@2/0/2",
                "café@4/1/3", "naïve@4/1/4", "values@4/1/5", "quoted@4/1/6", "and@4/1/7", "x@4/1/8", "1@4/1/8",
                "ok@4/1/8", "end@5/2/9",
            ])
        #expect(text.commaClauseList == [1, 4])
        // The sentence reopened after `ok.` starts on its line; the blank line closes none.
        #expect(text.sentences.map(\.line) == [1, 4, 4])
    }
}
