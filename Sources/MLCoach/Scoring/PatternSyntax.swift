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
        let bytes = Array(text.utf8)
        // Chunks are runs of non-space bytes; a chunk that is exactly '+' separates groups.
        var groupChunks: [[Range<Int>]] = [[]]
        var index = 0
        while index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A {
                index += 1
            }
            let start = index
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x09, bytes[index] != 0x0A { index += 1 }
            guard index > start else { continue }
            if index - start == 1 && bytes[start] == 0x2B {
                groupChunks.append([])
            } else {
                groupChunks[groupChunks.count - 1].append(start..<index)
            }
        }
        if groupChunks.count == 1 && groupChunks[0].isEmpty { return .failure(.empty) }
        var groups: [[[Word]]] = []
        for chunks in groupChunks {
            guard !chunks.isEmpty else { return .failure(.emptyGroup(text)) }
            var alternatives: [[Word]] = []
            var current: [Word] = []
            var currentText: [Range<Int>] = []
            func close() -> PatternError? {
                guard !currentText.isEmpty else { return .emptyAlternative(text) }
                guard !current.isEmpty else {
                    return .noWords(
                        currentText.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " "))
                }
                alternatives.append(current)
                current = []
                currentText = []
                return nil
            }
            for chunk in chunks {
                // A chunk may hold several alternatives: "a|b|c".
                var pieceStart = chunk.lowerBound
                for position in chunk.lowerBound...chunk.upperBound
                where position == chunk.upperBound || bytes[position] == 0x7C {
                    if pieceStart > chunk.lowerBound, let error = close() { return .failure(error) }
                    let piece = pieceStart..<position
                    pieceStart = position + 1
                    if piece.isEmpty { continue }
                    currentText.append(piece)
                    switch words(ofChunk: bytes[piece]) {
                    case .success(let words): current += words
                    case .failure(let error): return .failure(error)
                    }
                }
            }
            if let error = close() { return .failure(error) }
            groups.append(alternatives)
        }
        return .success(PatternSyntax(groups: groups))
    }

    /// The words of one space-free chunk of an alternative.
    private static func words(ofChunk chunk: ArraySlice<UInt8>) -> Result<[Word], PatternError> {
        var result: [Word] = []
        let stars = chunk.filter { $0 == 0x2A }.count
        if stars > 0 {
            let stem = chunk.dropLast()
            guard chunk.last == 0x2A, stars == 1, let lastByte = stem.last,
                (lastByte | 0x20 >= 0x61 && lastByte | 0x20 <= 0x7A) || (lastByte >= 0x30 && lastByte <= 0x39)
                    || lastByte >= 0x80
            else {
                return .failure(.badWildcard(String(decoding: chunk, as: UTF8.self)))
            }
            let tokens = simpleWords(stem) ?? Tokenizer.words(String(decoding: stem, as: UTF8.self))
            guard let last = tokens.last else { return .failure(.badWildcard(String(decoding: chunk, as: UTF8.self))) }
            for token in tokens.dropLast() where !articles.contains(token) { result.append(.word(token)) }
            result.append(.prefix(last))
            return .success(result)
        }
        for token in simpleWords(chunk) ?? Tokenizer.words(String(decoding: chunk, as: UTF8.self))
        where !articles.contains(token) {
            result.append(.word(token))
        }
        return .success(result)
    }

    /// The tokenizer's words for a chunk of plain ASCII (letters, digits and the punctuation that
    /// only separates words), without running the tokenizer; nil for anything else.
    static func simpleWords(_ chunk: Substring) -> [String]? {
        simpleWords(ArraySlice(chunk.utf8))
    }

    /// The same for UTF-8 bytes.
    static func simpleWords(_ bytes: ArraySlice<UInt8>) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        var isNumber = false
        func flush() {
            if current.count >= 2, current[current.count - 2] == 0x27, current[current.count - 1] == 0x73 {
                current.removeLast(2)
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next: UInt8 = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
            index += 1
            let isDigit = byte >= 0x30 && byte <= 0x39
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if isDigit || isLetter {
                if !current.isEmpty, isNumber != isDigit { flush() }
                if current.isEmpty { isNumber = isDigit }
                current.append(isDigit ? byte : byte | 0x20)
                continue
            }
            let nextIsLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
            switch byte {
            case 0x27:  // apostrophe inside a word
                if !current.isEmpty, !isNumber, nextIsLetter { current.append(0x27) } else { flush() }
            case 0x2E:  // '.' inside a number
                if isNumber, !current.isEmpty, next >= 0x30, next <= 0x39 { current.append(0x2E) } else { flush() }
            case 0x2D, 0x2F, 0x5F, 0x40, 0x26:  // - / _ @ &
                flush()
            default:
                return nil
            }
        }
        flush()
        return words
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
    public var trimmingSpaces: String {
        // Most strings start and end with a visible ASCII character, which no whitespace character
        // can include (a character's first scalar decides, and none extends backwards into one).
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
