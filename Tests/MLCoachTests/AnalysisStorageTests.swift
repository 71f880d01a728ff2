import Testing

@testable import MLCoach

/// Each answer's analyzed stream lives in storage of its own while the batch's word table keeps
/// growing: grading one answer after another with one cache must give each the report it gets
/// alone, and an earlier analysis must stay intact after later ones.
@Suite struct AnalysisStorageTests {
    @Test func answersGradedInTurnWithOneCacheGetTheirOwnReports() throws {
        let problem = try #require(TestSupport.bank.problem("fraud-detection"))
        let grader = TestSupport.bank.grader(for: problem)
        let first = AnswerDocument(
            text: StepID.allCases.compactMap { problem.referenceAnswer[$0] }.joined(separator: "\n\n"))
        let second = AnswerDocument(
            text: "We label chargebacks, e.g. disputes. Features: velocity, device graph and amounts of 2,500 USD.")
        var cache = WordCache()
        let alone = grader.evaluation(of: first)
        let a = grader.evaluation(of: first, cache: &cache)
        let b = grader.evaluation(of: second, cache: &cache)
        let again = grader.evaluation(of: first, cache: &cache)
        #expect(a == alone)
        #expect(again == a)
        #expect(b == grader.evaluation(of: second))
    }

    @Test func anEarlierAnalysisOutlivesLaterOnes() throws {
        let problem = try #require(TestSupport.bank.problem("feed-ranking"))
        let grader = TestSupport.bank.grader(for: problem)
        let cache = WordCache()
        func analyzed(_ body: String) -> AnalyzedText {
            AnalyzedText(
                analyzing: body, firstLine: 1, vocabulary: grader.vocabulary, clauseBreaks: grader.cues.clauseBreaks,
                table: cache.table)
        }
        let text = analyzed("The ranking model uses engagement, dwell time and shares. It is retrained daily.")
        let terms = Array(text.terms)
        let sentences = Array(text.sentences)
        let clauses = Array(text.clauses)
        _ = analyzed(String(repeating: "Calibration drifts; novelty and diversity matter. ", count: 40))
        #expect(Array(text.terms) == terms)
        #expect(Array(text.sentences) == sentences)
        #expect(Array(text.clauses) == clauses)
        #expect(sentences.first == 0 && sentences.last == 1)
        #expect(Array(text.sentenceStarts) == [0, Int32(sentences.firstIndex(of: 1) ?? -1), Int32(terms.count)])
    }

    /// The stream is written while the text is read, analyzing words as they first appear, into
    /// buffers that grow with the tokens: a dense text (two bytes a word, past the first guess of
    /// the capacity) with CRLF lines, commas, clause breaks, numbers and words new to the table
    /// gets the same stream from a fresh table as from one that knows its words, and the stream
    /// agrees with the tokens it points at.
    @Test func aStreamWrittenWhileReadingAgreesWithItsTokens() throws {
        let problem = try #require(TestSupport.bank.problem("feed-ranking"))
        let grader = TestSupport.bank.grader(for: problem)
        func analyzed(_ body: String, cache: WordCache) -> AnalyzedText {
            AnalyzedText(
                analyzing: body, firstLine: 1, vocabulary: grader.vocabulary, clauseBreaks: grader.cues.clauseBreaks,
                table: cache.table)
        }
        let words = ["a", "b", "the", "x", "but", "c", "ranking", "d", "don't", "e", "7", "of", "f", "ctr", "g", "h"]
        var body = "\u{FEFF}"
        for index in 0..<6000 {
            body += words[index % words.count] + (index % 7 == 0 ? ", " : index % 13 == 0 ? ".\r\n" : " ")
        }
        let warmCache = WordCache()
        _ = analyzed("Ranking, but not the ctr of 7 x.", cache: warmCache)
        let cold = analyzed(body, cache: WordCache())
        let warm = analyzed(body, cache: warmCache)
        #expect(cold.count > 4000)
        #expect(Array(cold.terms) == Array(warm.terms))
        #expect(Array(cold.clauses) == Array(warm.clauses))
        #expect(Array(cold.clauseLengths) == Array(warm.clauseLengths))
        #expect(Array(cold.clauseAfterComma) == Array(warm.clauseAfterComma))
        #expect(Array(cold.sentenceStarts) == Array(warm.sentenceStarts))
        #expect(Array(cold.prefixList) == Array(warm.prefixList))
        #expect(Array(cold.contentPositions) == Array(warm.contentPositions))
        let tokens = cold.text.tokens
        var lastClause: Int32 = -1
        for position in 0..<cold.count {
            let token = tokens[Int(cold.tokenIndex[position])]
            #expect(Int(cold.sentences[position]) == token.sentence)
            #expect(cold.blocks[position] == Int32(cold.text.sentences[token.sentence].block))
            #expect(cold.clauses[position] == lastClause || cold.clauses[position] == lastClause + 1)
            lastClause = cold.clauses[position]
        }
        #expect(Int(lastClause) + 1 == cold.clauseLengths.count)
        #expect(cold.clauseLengths.reduce(0, +) == Int32(cold.count))
        #expect(cold.count == tokens.count { cold.table.kind(of: Int($0.word)).contains(.article) == false })
        for term in 0..<grader.vocabulary.termCount {
            guard let (positions, slots) = cold.occurrenceIndex.view.occurrences(of: Int32(term)) else { continue }
            for slot in slots { #expect(cold.terms[Int(positions[slot])] == Int32(term)) }
        }
    }
}
