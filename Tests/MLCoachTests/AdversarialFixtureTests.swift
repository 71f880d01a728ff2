import Foundation
import Testing

@testable import MLCoach

/// Our own adversarial answers (Tests/Fixtures/adversarial, labelled like the experts' examples):
/// the grader orders them as the labels do and keeps each kind within its bounds.
@Suite struct AdversarialFixtureTests {
    struct Entry {
        var file: String
        var problem: String
        var kind: String
        var overall: Int
        var score: Int
    }

    /// Every labelled answer, graded.
    static let entries: [Entry] = {
        let data = Data(TestSupport.fixture("adversarial/expectations.json").text.utf8)
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let answers = root["answers"] as? [[String: Any]]
        else { return [] }
        return answers.compactMap { answer in
            guard let file = answer["file"] as? String, let problem = answer["problem"] as? String,
                let kind = answer["kind"] as? String, let overall = answer["overall"] as? Int
            else { return nil }
            let text = TestSupport.fixture("adversarial/\(file)").text
            let score = TestSupport.grade(text, problem: problem).score
            return Entry(file: file, problem: problem, kind: kind, overall: overall, score: score)
        }
    }()

    @Test func everyLabelledAnswerIsGraded() {
        #expect(Self.entries.count >= 50)
    }

    @Test func answersTwoGradesApartAreOrderedLikeTheLabels() {
        for better in Self.entries {
            for worse in Self.entries where worse.problem == better.problem && better.overall - worse.overall >= 2 {
                #expect(
                    better.score > worse.score,
                    "\(better.file) (\(better.kind), \(better.score)) vs \(worse.file) as \(worse.problem) (\(worse.kind), \(worse.score))"
                )
            }
        }
    }

    @Test(arguments: [
        ("strong", 75, 100), ("stuffed", 0, 30), ("padded", 0, 40), ("negation", 0, 20), ("wrong-problem", 0, 20),
    ])
    func eachKindStaysWithinItsBounds(kind: String, low: Int, high: Int) {
        let graded = Self.entries.filter { $0.kind == kind }
        #expect(!graded.isEmpty)
        for entry in graded {
            #expect((low...high).contains(entry.score), "\(entry.file) as \(entry.problem): \(entry.score)")
        }
    }
}
