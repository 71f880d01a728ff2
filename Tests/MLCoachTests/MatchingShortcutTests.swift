import Testing

@testable import MLCoach

/// The matching shortcuts (group postings, sentence sets, anchors skipped outside candidate
/// sentences) must never change what a pattern matches: every item and flag pattern of every
/// built-in problem finds the same spans in a strong answer whether the shortcuts are used, left
/// to each pattern, widened past two words per sentence set, or turned off for long texts.
@Suite struct MatchingShortcutTests {
    /// The answer analyzed as the grader does, optionally followed by `padding` one-word
    /// sentences (which match nothing) and with or without the grader's postings.
    func analyzed(_ text: String, grader: Grader, padding: Int, postings: Bool) -> AnalyzedText {
        let body = text + String(repeating: "\n\nOk.", count: padding)
        let cache = WordCache()
        let analyzed = AnalyzedText(
            analyzing: body, firstLine: 1, vocabulary: grader.vocabulary, clauseBreaks: grader.cues.clauseBreaks,
            table: cache.table)
        if postings { analyzed.scratch.postings = grader.postings }
        return analyzed
    }

    @Test(arguments: ["fraud-detection", "feed-ranking", "ad-click-prediction", "poi-recommendation", "search-ranking"])
    func shortcutsNeverChangeMatches(problem id: String) throws {
        let problem = try #require(TestSupport.bank.problem(id))
        let grader = TestSupport.bank.grader(for: problem)
        let answer = StepID.allCases.compactMap { problem.referenceAnswer[$0] }.joined(separator: "\n\n")
        let plain = analyzed(answer, grader: grader, padding: 0, postings: false)
        let variants = [
            ("with postings", analyzed(answer, grader: grader, padding: 0, postings: true)),
            // 200 more sentences: sets of four words, the general path.
            ("wide sentence sets", analyzed(answer, grader: grader, padding: 200, postings: true)),
            // Past `MatchScratch.maxFilteredSentences`: no sentence sets at all.
            ("no sentence sets", analyzed(answer, grader: grader, padding: 1100, postings: true)),
        ]
        #expect(variants[1].1.scratch.sentenceWords > 2)
        #expect(variants[2].1.scratch.sentenceWords == 0)
        let patterns =
            grader.items.flatMap { $0.phrasings + $0.paraphrases } + grader.flags.flatMap { $0.patterns + $0.unless }
        var matched = 0
        for pattern in patterns {
            for acrossSentences in [false, true] {
                let expected = plain.matches(pattern, acrossSentences: acrossSentences)
                if !expected.isEmpty { matched += 1 }
                for (name, text) in variants {
                    #expect(
                        text.matches(pattern, acrossSentences: acrossSentences) == expected,
                        "\(id): '\(pattern.source)' (\(name), across sentences: \(acrossSentences))")
                }
            }
        }
        // The reference answer exercises the patterns: many of them match.
        #expect(matched > 100)
    }

    /// A one-group pattern's matches (the earliest span per sentence, with a shortcut for a single
    /// alternative) are those found from all of its spans.
    @Test(arguments: ["fraud-detection", "feed-ranking", "ad-click-prediction", "poi-recommendation", "search-ranking"])
    func oneGroupMatchesAreEarliestSpans(problem id: String) throws {
        let problem = try #require(TestSupport.bank.problem(id))
        let grader = TestSupport.bank.grader(for: problem)
        let answer = StepID.allCases.compactMap { problem.referenceAnswer[$0] }.joined(separator: "\n\n")
        let text = analyzed(answer, grader: grader, padding: 0, postings: true)
        let all: [CompiledPattern] =
            grader.items.flatMap { $0.phrasings + $0.paraphrases } + grader.flags.flatMap { $0.patterns + $0.unless }
        let patterns = all.filter { $0.groupCount == 1 }
        var singles = 0
        for pattern in patterns {
            if pattern.groups[0].count == 1 && !text.matches(pattern).isEmpty { singles += 1 }
            var earliest: [Int32: PatternMatch] = [:]
            for span in text.spans(of: pattern, group: 0) where earliest[span.sentence] == nil {
                earliest[span.sentence] = span
            }
            let expected = earliest.values.sorted { $0.sentence < $1.sentence }
            #expect(text.matches(pattern) == expected, "\(id): '\(pattern.source)'")
        }
        // Both paths are exercised.
        #expect(singles > 0)
        #expect(patterns.count > singles)
    }
}
