/// A written answer: its front matter, its body and its lines. Parsing is total: any text parses.
public struct AnswerDocument: Equatable, Sendable {
    /// The problem named in the front matter (`problem: fraud-detection`), if any.
    public var problemID: String?
    /// All front matter fields, in order.
    public var frontMatter: [(key: String, value: String)]
    /// The text after the front matter, with LF line ends.
    public var body: String
    /// The line of the file on which `body` starts, from 1.
    public var bodyFirstLine: Int
    /// Every line of the file (after BOM and CRLF normalisation), for excerpts.
    public var lines: [String]
    /// Heading-like lines in the body: Markdown headings and bold lead-ins.
    public var headings: [Heading]

    /// A heading-like line.
    public struct Heading: Equatable, Sendable {
        /// Its line number.
        public var line: Int
        /// Its text without Markdown markup.
        public var text: String
    }

    /// Parses an answer's text.
    public init(text: String) {
        var normalized = text
        if normalized.hasPrefix("\u{FEFF}") { normalized.removeFirst() }
        if normalized.contains("\r") {
            normalized = normalized.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        }
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.lines = lines
        self.frontMatter = []
        self.problemID = nil
        self.bodyFirstLine = 1
        if let first = lines.first, first.trimmingSpaces == "---" {
            let limit = min(lines.count, 60)
            if let close = (1..<max(limit, 1)).first(where: { ["---", "..."].contains(lines[$0].trimmingSpaces) }) {
                for line in lines[1..<close] {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let key = String(line[..<colon]).trimmingSpaces.lowercased()
                    var value = String(line[line.index(after: colon)...]).trimmingSpaces
                    if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                        value = String(value.dropFirst().dropLast())
                    }
                    frontMatter.append((key, value))
                }
                problemID = frontMatter.first { $0.key == "problem" }.map(\.value).flatMap { $0.isEmpty ? nil : $0 }
                bodyFirstLine = close + 2
            }
        }
        self.body = lines.dropFirst(bodyFirstLine - 1).joined(separator: "\n")
        self.headings = Self.findHeadings(lines, from: bodyFirstLine)
    }

    /// The text of line `number` (from 1), or "" past the end.
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    private static func findHeadings(_ lines: [String], from firstLine: Int) -> [Heading] {
        var result: [Heading] = []
        var inCode = false
        for number in firstLine...max(firstLine, lines.count) where number <= lines.count {
            let line = lines[number - 1].trimmingSpaces
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inCode.toggle()
                continue
            }
            if inCode { continue }
            if line.hasPrefix("#") {
                let text = line.drop { $0 == "#" }
                if line.count - text.count <= 6, text.isEmpty || text.first == " " {
                    result.append(Heading(line: number, text: String(text).trimmingSpaces.strippingEmphasis))
                }
            } else if line.hasPrefix("**") || line.hasPrefix("__") {
                let marker = line.prefix(2)
                let rest = line.dropFirst(2)
                if let end = rest.firstRange(of: marker) {
                    let text = String(rest[..<end.lowerBound]).trimmingSpaces
                    if !text.isEmpty, text.count <= 60, text.split(separator: " ").count <= 8 {
                        result.append(Heading(line: number, text: text.strippingEmphasis))
                    }
                }
            }
        }
        return result
    }

    public static func == (lhs: AnswerDocument, rhs: AnswerDocument) -> Bool {
        lhs.problemID == rhs.problemID && lhs.body == rhs.body && lhs.bodyFirstLine == rhs.bodyFirstLine
            && lhs.lines == rhs.lines && lhs.headings == rhs.headings
            && lhs.frontMatter.map(\.key) == rhs.frontMatter.map(\.key)
            && lhs.frontMatter.map(\.value) == rhs.frontMatter.map(\.value)
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
