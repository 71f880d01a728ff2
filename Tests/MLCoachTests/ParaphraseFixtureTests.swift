import Testing

@testable import MLCoach

/// Strong answers written in plain prose that avoids the standard terms, and in terse notes
/// (Tests/Fixtures/paraphrase): the grader recognises the concepts on their own problem and sees
/// that they answer a different question when graded against another.
@Suite struct ParaphraseFixtureTests {
    static let answers = ProblemLoadingTests.builtInIDs.flatMap { id in ["\(id)-prose", "\(id)-notes"] }

    @Test(arguments: answers)
    func aStrongAnswerInOwnWordsScoresWellOnlyOnItsProblem(name: String) throws {
        let text = TestSupport.fixture("paraphrase/\(name).md").text
        let id = try #require(ProblemLoadingTests.builtInIDs.first { name.hasPrefix($0 + "-") })
        let own = TestSupport.grade(text, problem: id)
        #expect(own.score >= 65, "\(name): \(own.score)")
        #expect(own.flags.isEmpty, "\(name): \(own.flags.map(\.id))")
        for other in ProblemLoadingTests.builtInIDs where other != id {
            let score = TestSupport.grade(text, problem: other).score
            #expect(score < 30, "\(name) graded as \(other): \(score)")
        }
    }
}
