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
            let tokens = Tokenizer.tokenize(body, firstLine: 1, table: cache.table)
            return AnalyzedText(
                tokens, vocabulary: grader.vocabulary, clauseBreaks: grader.cues.clauseBreaks, table: cache.table)
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
}
