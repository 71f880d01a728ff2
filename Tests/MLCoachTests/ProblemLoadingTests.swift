import Foundation
import Testing

@testable import MLCoach

@Suite struct ProblemLoadingTests {
    static let builtInIDs = [
        "ad-click-prediction", "feed-ranking", "fraud-detection", "poi-recommendation", "search-ranking",
    ]

    @Test func theBuiltInBankHasTheFiveProblems() {
        #expect(TestSupport.bank.problems.map(\.id) == Self.builtInIDs)
    }

    @Test(arguments: builtInIDs)
    func everyBuiltInProblemMeetsTheFormatsCounts(id: String) throws {
        let problem = try #require(TestSupport.bank.problem(id))
        #expect(problem.rubric.count >= 25)
        for dimension in MLCoach.Dimension.allCases {
            #expect(problem.rubric.filter { $0.dimension == dimension }.count >= 3, "\(dimension)")
            #expect(
                problem.rubric.filter { $0.dimension == dimension && $0.isSpecific }.count >= 3, "specific \(dimension)"
            )
        }
        #expect(problem.redFlags.count >= 4)
        #expect(problem.clarifications.count >= 8)
        #expect(problem.steps.map(\.id) == StepID.allCases)
        #expect(problem.steps.allSatisfy { (2...4).contains($0.questions.count) && !$0.hints.isEmpty })
        #expect(problem.steps.reduce(0) { $0 + $1.minutes } == Double(problem.estimatedMinutes))
        #expect(problem.referenceAnswer.count == 6)
        #expect(problem.domainTerms.count >= 10)
        #expect(!problem.sources.isEmpty)
    }

    @Test func generalItemsAreIncludedWithOverriddenWeights() throws {
        let general = try #require(TestSupport.bank.itemSets.first { $0.id == "general" })
        let fixture = try #require(TestSupport.fixtureBank.problem("churn-prediction"))
        for item in general.rubric {
            #expect(fixture.rubric.contains { $0.id == item.id && $0.origin == "general" })
        }
        let fraud = try #require(TestSupport.bank.problem("fraud-detection"))
        let latency = try #require(fraud.rubric.first { $0.id == "latency-budget" })
        let base = try #require(general.rubric.first { $0.id == "latency-budget" })
        #expect(latency.weight != base.weight, "fraud-detection overrides the latency budget's weight")
    }

    @Test func aBrokenFileReportsEveryErrorWithItsJSONPath() {
        let file = TestSupport.fixture("broken/churn-prediction.json")
        guard case .failure(let error) = TestSupport.bank.resolve(file) else {
            Issue.record("the broken fixture loaded")
            return
        }
        expectGolden(error.lines.joined(separator: "\n") + "\n", "validate-broken.txt")
    }

    @Test func aSyntaxErrorHasALineAndColumn() {
        let file = TestSupport.fixture("broken/syntax-error.json")
        guard case .failure(let error) = TestSupport.bank.resolve(file) else {
            Issue.record("the broken fixture loaded")
            return
        }
        #expect(
            error.lines == [
                "Tests/Fixtures/broken/syntax-error.json:6:3: error: expected ',' or '}' after the member \"title\""
            ])
    }

    @Test(arguments: [
        (#"{"schemaVersion": 2}"#, "at schemaVersion: unsupported version 2; this mlcoach reads version 1"),
        (#"[1]"#, "at (root): expected an object, found an array"),
        (#"{"rubric": "x"}"#, "at rubric: expected an array, found a string"),
    ])
    func wrongShapesSayWhatWasFound(text: String, message: String) {
        let result = TestSupport.bank.resolve(ProblemBank.File(path: "x.json", text: text))
        guard case .failure(.invalid(_, let issues)) = result else {
            Issue.record("expected an invalid file, got \(result)")
            return
        }
        #expect(issues.map(\.description).contains(message), "\(issues)")
    }

    @Test func aUserProblemWithABuiltInIDReplacesItWithANotice() throws {
        var bank = TestSupport.bank
        var text = TestSupport.fixture("problems/churn-prediction.json").text
        text = text.replacingOccurrences(of: "\"id\": \"churn-prediction\"", with: "\"id\": \"fraud-detection\"")
        let errors = bank.add([ProblemBank.File(path: "mine/fraud-detection.json", text: text)])
        #expect(errors.isEmpty)
        #expect(try #require(bank.problem("fraud-detection")).title == "Subscriber churn prediction")
        #expect(bank.notices == ["note: mine/fraud-detection.json replaces the built-in problem \"fraud-detection\""])
    }
}
