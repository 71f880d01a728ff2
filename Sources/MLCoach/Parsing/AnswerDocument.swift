#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A written answer: its front matter, its body and its lines. Parsing is total: any text parses.
public struct AnswerDocument: Equatable, Sendable {
    /// The problem named in the front matter (`problem: fraud-detection`), if any.
    public var problemID: String?
    /// All front matter fields, in order.
    public var frontMatter: [FrontMatterField]
    /// The text after the front matter, with LF line ends.
    public var body: String
    /// The line of the file on which `body` starts, from 1.
    public var bodyFirstLine: Int
    /// Heading-like lines in the body: Markdown headings and bold lead-ins.
    public var headings: [Heading]
    /// The whole text after BOM and CRLF normalisation, as UTF-8.
    private var bytes: [UInt8]
    /// Where each line starts in `bytes`, plus the end.
    private var lineStarts: [Int]

    /// One `key: value` line of front matter.
    public struct FrontMatterField: Equatable, Sendable {
        /// The key, lower-cased.
        public var key: String
        /// The value, without surrounding quotes.
        public var value: String
    }

    /// A heading-like line.
    public struct Heading: Equatable, Sendable {
        /// Its line number.
        public var line: Int
        /// Its text without Markdown markup.
        public var text: String
    }

    /// Parses an answer's text.
    public init(text: String) {
        var bytes = Array(text.utf8)
        // Whether `bytes` are still the text's own (no BOM, CR or comment removed): the body is
        // then a slice of the text, copied without validating its UTF-8 again.
        var isVerbatim = true
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            isVerbatim = false
        }
        if bytes.withUnsafeBufferPointer({ Self.firstIndex(of: 0x0D, in: $0, from: 0) }) != nil {
            isVerbatim = false
            var normalized: [UInt8] = []
            normalized.reserveCapacity(bytes.count)
            for (index, byte) in bytes.enumerated() {
                if byte == 0x0D {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
                    normalized.append(0x0A)
                } else {
                    normalized.append(byte)
                }
            }
            bytes = normalized
        }
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var from = 0
            while let newline = Self.firstIndex(of: 0x0A, in: buffer, from: from) {
                starts.append(newline + 1)
                from = newline + 1
            }
        }
        let (graded, masked) = Self.maskingComments(bytes)
        if masked { isVerbatim = false }
        starts.append(bytes.count + 1)
        self.bytes = bytes
        self.lineStarts = starts
        self.frontMatter = []
        self.problemID = nil
        self.bodyFirstLine = 1
        self.headings = []
        self.body = ""
        parseFrontMatter()
        let bodyStart = lineStarts[min(bodyFirstLine - 1, lineStarts.count - 1)]
        if bodyStart >= graded.count {
            body = ""
        } else if isVerbatim {
            // A line start: a character boundary of the text.
            body = String(text[text.utf8.index(text.utf8.startIndex, offsetBy: bodyStart)...])
        } else {
            body = String(decoding: graded[bodyStart...], as: UTF8.self)
        }
        headings = Self.headings(in: graded, lineStarts: lineStarts, from: bodyFirstLine)
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count - 1 }

    /// The text of line `number` (from 1), or "" past the end.
    public func line(_ number: Int) -> String {
        guard number >= 1, number < lineStarts.count else { return "" }
        return String(decoding: lineBytes(number), as: UTF8.self)
    }

    /// A short excerpt of line `number` around `focus`, without Markdown markers.
    func excerpt(line number: Int, focus: String? = nil) -> String {
        guard number >= 1, number < lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        let end = max(start, min(lineStarts[number] - 1, bytes.count))
        return bytes.withUnsafeBufferPointer { buffer in
            Excerpt.of(bytes: UnsafeBufferPointer(rebasing: buffer[start..<end]), focus: focus)
        }
    }

    private func lineBytes(_ number: Int) -> ArraySlice<UInt8> {
        let start = lineStarts[number - 1]
        let end = min(lineStarts[number] - 1, bytes.count)
        return start < end ? bytes[start..<end] : []
    }

    /// Whether line `number` is `---` (or, `closing`, `...`) between blanks: front matter fences.
    /// Settled from the first byte for most lines, from the whole trimmed line for the rest.
    private func isFence(line number: Int, closing: Bool) -> Bool {
        let bytes = lineBytes(number)
        if let first = bytes.first, first > 0x20, first < 0x7F, first != 0x2D, first != 0x2E { return false }
        let text = line(number).trimmingSpaces
        return text == "---" || (closing && text == "...")
    }

    private mutating func parseFrontMatter() {
        guard lineCount >= 2, isFence(line: 1, closing: false) else { return }
        let limit = min(lineCount, 60)
        guard let close = (2...max(limit, 2)).first(where: { isFence(line: $0, closing: true) }) else {
            return
        }
        for number in 2..<close {
            let text = line(number)
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = String(text[..<colon]).trimmingSpaces.lowercased()
            var value = String(text[text.index(after: colon)...]).trimmingSpaces
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            frontMatter.append(FrontMatterField(key: key, value: value))
        }
        problemID = frontMatter.first { $0.key == "problem" }.map { $0.value }.flatMap { $0.isEmpty ? nil : $0 }
        bodyFirstLine = close + 1
    }

    /// The text with HTML comments (`<!-- ... -->`) blanked out, line breaks kept: comments are not
    /// graded (transcripts keep the interviewer's words in them; exercise templates the prompt).
    static func maskingComments(_ bytes: [UInt8]) -> (bytes: [UInt8], masked: Bool) {
        func opens(_ bytes: [UInt8], _ i: Int) -> Bool {
            i + 3 < bytes.count && bytes[i] == 0x3C && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D
                && bytes[i + 3] == 0x2D
        }
        // Most answers have no comment: a plain scan for '<' settles it.
        let found: Int? = bytes.withUnsafeBufferPointer { buffer in
            var from = 0
            while let index = firstIndex(of: 0x3C, in: buffer, from: from) {
                if opens(bytes, index) { return index }
                from = index + 1
            }
            return nil
        }
        guard let first = found else { return (bytes, false) }
        var result = bytes
        var index = first
        while index < result.count {
            guard opens(result, index) else {
                index += 1
                continue
            }
            var end = index + 4
            while end + 2 < result.count, !(result[end] == 0x2D && result[end + 1] == 0x2D && result[end + 2] == 0x3E) {
                end += 1
            }
            let stop = min(result.count, end + 3)
            for position in index..<stop where result[position] != 0x0A { result[position] = 0x20 }
            index = stop
        }
        return (result, true)
    }
}

extension AnswerDocument {
    /// The index of the first `byte` in `bytes[from...]`, or nil. Uses memchr, which reads many
    /// bytes at a time: answers are scanned whole for line ends and comment openings.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + from, Int32(byte), bytes.count - from)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        splitting(on: target).joined(separator: replacement)
    }

    /// The string without surrounding Markdown emphasis and trailing punctuation.
    var strippingEmphasis: String {
        var text = Substring(self)
        while let first = text.first, "*_`".contains(first) { text.removeFirst() }
        while let last = text.last, "*_`:.".contains(last) { text.removeLast() }
        return String(text).trimmingSpaces
    }
}
