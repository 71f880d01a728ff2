/// A rubric pattern as written: groups (joined by ` + `) of alternatives (joined by `|`) of words.
public struct PatternSyntax: Equatable, Sendable {
    /// One word of an alternative.
    public enum Word: Hashable, Sendable {
        /// A whole word, lower-cased (stemmed later).
        case word(String)
        /// Any word starting with this lower-cased prefix (written `prefix*`).
        case prefix(String)
    }

    /// The groups; each group's alternatives; each alternative's words.
    public var groups: [[[Word]]]

    /// Words ignored inside phrases.
    public static let articles: Set<String> = ["a", "an", "the"]

    /// Parses a pattern, or returns what is wrong with it.
    public static func parse(_ text: String) -> Result<PatternSyntax, PatternError> {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { return .failure(.empty) }
        var groups: [[[Word]]] = []
        var groupTexts: [String] = [""]
        for chunk in trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if chunk == "+" {
                groupTexts.append("")
            } else {
                groupTexts[groupTexts.count - 1] += (groupTexts[groupTexts.count - 1].isEmpty ? "" : " ") + chunk
            }
        }
        for group in groupTexts {
            guard !group.isEmpty else { return .failure(.emptyGroup(text)) }
            var alternatives: [[Word]] = []
            for alternativeText in group.split(separator: "|", omittingEmptySubsequences: false) {
                let alternative = String(alternativeText).trimmingSpaces
                guard !alternative.isEmpty else { return .failure(.emptyAlternative(text)) }
                switch words(of: alternative) {
                case .success(let words): alternatives.append(words)
                case .failure(let error): return .failure(error)
                }
            }
            groups.append(alternatives)
        }
        return .success(PatternSyntax(groups: groups))
    }

    private static func words(of alternative: String) -> Result<[Word], PatternError> {
        var result: [Word] = []
        for chunk in alternative.split(separator: " ") {
            if chunk.hasSuffix("*") {
                let stem = chunk.dropLast()
                let tokens = Tokenizer.words(String(stem))
                guard let last = tokens.last, !stem.contains("*"),
                    stem.last?.isLetter == true || stem.last?.isNumber == true
                else {
                    return .failure(.badWildcard(String(chunk)))
                }
                for token in tokens.dropLast() where !articles.contains(token) { result.append(.word(token)) }
                result.append(.prefix(last))
                continue
            }
            guard !chunk.contains("*") else { return .failure(.badWildcard(String(chunk))) }
            for token in Tokenizer.words(String(chunk)) where !articles.contains(token) {
                result.append(.word(token))
            }
        }
        guard !result.isEmpty else { return .failure(.noWords(alternative)) }
        return .success(result)
    }

    /// Whether any word of the pattern is one of `words` (used to spot patterns that carry their
    /// own negation).
    public func contains(anyOf words: Set<String>) -> Bool {
        groups.contains { group in
            group.contains { alternative in
                alternative.contains { word in
                    if case .word(let text) = word { return words.contains(text) || text.hasSuffix("n't") }
                    return false
                }
            }
        }
    }
}

/// What is wrong with a pattern.
public enum PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case emptyGroup(String)
    case emptyAlternative(String)
    case badWildcard(String)
    case noWords(String)

    /// A message for validation reports.
    public var description: String {
        switch self {
        case .empty: return "empty pattern"
        case .emptyGroup(let text): return "empty group in pattern \"\(text)\" (' + ' needs words on both sides)"
        case .emptyAlternative(let text):
            return "empty alternative in pattern \"\(text)\" ('|' needs words on both sides)"
        case .badWildcard(let chunk): return "'*' must directly follow the end of a word, found \"\(chunk)\""
        case .noWords(let text): return "no words in \"\(text)\""
        }
    }
}

extension String {
    /// The parts of the string between occurrences of `separator`.
    func splitting(on separator: String) -> [String] {
        let bytes = Array(utf8)
        let needle = Array(separator.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return [self] }
        var parts: [String] = []
        var start = 0
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += needle.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
