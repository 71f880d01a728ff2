import Testing

@testable import MLCoach

/// "Did you mean" suggestions for mistyped names.
@Suite struct SuggestionTests {
    private let ids = [
        "ad-click-prediction", "feed-ranking", "fraud-detection", "poi-recommendation", "search-ranking",
    ]

    @Test(arguments: [
        ("fraud-detectoin", "fraud-detection"),
        ("fraud", "fraud-detection"),
        ("poi", "poi-recommendation"),
        ("search", "search-ranking"),
        ("lsit", "list"),
    ])
    func typosAndPartialNamesFindTheirName(typed: String, expected: String) {
        #expect(Suggestion.closest(to: typed, among: ids + ["list"]) == expected)
    }

    @Test(arguments: ["ranking", "zebra", "xx"])
    func ambiguousOrDistantNamesSuggestNothing(typed: String) {
        #expect(Suggestion.closest(to: typed, among: ids) == nil)
    }
}
