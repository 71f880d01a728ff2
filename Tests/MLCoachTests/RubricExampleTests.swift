import Testing

@testable import MLCoach

/// Every rubric item's and red flag's example sentences behave as documented, for every bundled
/// problem and the shared general items.
@Suite struct RubricExampleTests {
    static let origins = ProblemLoadingTests.builtInIDs + ["general"]

    @Test(arguments: origins)
    func examplesBehave(origin: String) throws {
        let problem = try #require(TestSupport.bank.problem(origin == "general" ? "fraud-detection" : origin))
        let grader = TestSupport.bank.grader(for: problem)
        let issues = ExampleCheck.issues(grader: grader, origin: origin)
        #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
    }

    @Test func theFixtureProblemsExamplesBehave() throws {
        let problem = try #require(TestSupport.fixtureBank.problem("churn-prediction"))
        #expect(ExampleCheck.issues(problem: problem, bank: TestSupport.fixtureBank).isEmpty)
    }

    @Test(arguments: ProblemLoadingTests.builtInIDs)
    func referenceAnswersScoreHighWithoutRedFlags(id: String) throws {
        let problem = try #require(TestSupport.bank.problem(id))
        let text = StepID.allCases.map { "## \($0.defaultTitle)\n\n\(problem.referenceAnswer[$0] ?? "")" }.joined(
            separator: "\n\n")
        let evaluation = TestSupport.bank.grader(for: problem).evaluation(of: AnswerDocument(text: text))
        #expect(evaluation.score >= 80)
        #expect(evaluation.flags.isEmpty, "\(evaluation.flags.map(\.id))")
    }
}
