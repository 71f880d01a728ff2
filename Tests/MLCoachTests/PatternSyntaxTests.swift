import Testing

@testable import MLCoach

@Suite struct PatternSyntaxTests {
    @Test func parsesGroupsAlternativesPhrasesAndPrefixes() throws {
        let syntax = try PatternSyntax.parse("log loss|cross-entropy + calibrat* + the A/B test").get()
        #expect(syntax.groups.count == 3)
        #expect(syntax.groups[0] == [[.word("log"), .word("loss")], [.word("cross"), .word("entropy")]])
        #expect(syntax.groups[1] == [[.prefix("calibrat")]])
        #expect(syntax.groups[2] == [[.word("b"), .word("test")]])
    }

    @Test func aStarOnAHyphenatedChunkAppliesToTheLastWord() throws {
        let syntax = try PatternSyntax.parse("non-goal*").get()
        #expect(syntax.groups == [[[.word("non"), .prefix("goal")]]])
    }

    @Test(arguments: [
        ("", PatternError.empty),
        ("x + + y", .emptyGroup("x + + y")),
        ("x||y", .emptyAlternative("x||y")),
        ("ca*t", .badWildcard("ca*t")),
        ("-> |x", .noWords("->")),
    ])
    func rejectsMalformedPatterns(text: String, error: PatternError) {
        #expect(PatternSyntax.parse(text) == .failure(error))
    }

    /// The ASCII shortcut must agree with trimming character by character.
    @Test(arguments: [
        ("plain", "plain"), ("  two words ", "two words"), ("\tx\r\n", "x"), ("\r\nx\r\n", "x"), ("", ""),
        ("   ", ""), ("\u{00A0}x\u{2003}", "x"), ("e\u{301}", "e\u{301}"), ("x\u{2028}", "x"), ("é ", "é"),
    ])
    func trimmingSpacesDropsUnicodeWhitespaceAtBothEnds(text: String, expected: String) {
        #expect(text.trimmingSpaces == expected)
    }

    @Test func errorMessagesSayWhatToFix() {
        #expect(PatternError.emptyGroup("a + + b").description.contains("' + ' needs words on both sides"))
        #expect(PatternError.badWildcard("ca*t").description.contains("'*' must directly follow the end of a word"))
    }
}

@Suite struct PatternFastPathTests {
    @Test func theFastWordSplitterAgreesWithTheTokenizerOnEveryBundledPattern() {
        var chunks = Set<String>()
        for problem in TestSupport.bank.problems {
            let patterns =
                problem.rubric.flatMap { $0.phrasings + $0.paraphrases }
                + problem.redFlags.flatMap { $0.patterns + $0.unless }
                + problem.domainTerms
            for pattern in patterns {
                for chunk in pattern.split(whereSeparator: { $0 == " " || $0 == "|" }) where chunk != "+" {
                    chunks.insert(String(chunk.hasSuffix("*") ? chunk.dropLast() : chunk))
                }
            }
        }
        chunks.formUnion(["pr-auc", "a/b", "p99", "don't", "user's", "0.5", "ndcg@15", "x2", "1,000", "naïve"])
        var checked = 0
        for chunk in chunks {
            guard let fast = PatternSyntax.simpleWords(Substring(chunk)) else { continue }
            #expect(fast == Tokenizer.words(chunk), "\(chunk)")
            checked += 1
        }
        #expect(checked > 500)
    }
}
