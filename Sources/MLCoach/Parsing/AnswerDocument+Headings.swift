extension AnswerDocument {
    /// Heading-like lines from line `firstLine` on: Markdown headings and bold lead-ins
    /// ("**Scope.** ..."). `lineStarts` holds where each line starts in `graded`, plus the end.
    static func headings(in graded: [UInt8], lineStarts: [Int], from firstLine: Int) -> [Heading] {
        // Lines are read as slices of a buffer pointer: slices of the array would each retain it.
        graded.withUnsafeBufferPointer { headings(in: $0, lineStarts: lineStarts, from: firstLine) }
    }

    private static func headings(in graded: UnsafeBufferPointer<UInt8>, lineStarts: [Int], from firstLine: Int)
        -> [Heading]
    {
        var result: [Heading] = []
        var inCode = false
        var number = firstLine
        let lineCount = lineStarts.count - 1
        while number <= lineCount {
            defer { number += 1 }
            let start = lineStarts[number - 1]
            let end = min(lineStarts[number] - 1, graded.count)
            let slice = graded[start..<max(start, end)].drop { $0 == 0x20 || $0 == 0x09 }
            guard let first = slice.first,
                first == 0x23 || first == 0x2A || first == 0x5F || first == 0x60 || first == 0x7E
            else { continue }
            // A bold lead-in ("**Scope.**"): find the closing marker within the first 64 bytes.
            if !inCode, first == 0x2A || first == 0x5F, slice.count >= 4, slice[slice.startIndex + 1] == first {
                var index = slice.startIndex + 2
                let limit = min(slice.endIndex - 1, index + 64)
                var close: Int?
                while index < limit {
                    if slice[index] == first && slice[index + 1] == first {
                        close = index
                        break
                    }
                    index += 1
                }
                if let close, let text = leadIn(slice[(slice.startIndex + 2)..<close]) {
                    result.append(Heading(line: number, text: text))
                }
                continue
            }
            // Markdown headings and code fences. Most answers' lines are plain ASCII: those are
            // read as bytes, the others as Characters (same result, slower).
            if let fence = asciiFenceOrHeading(slice, inCode: inCode) {
                switch fence {
                case .fence: inCode.toggle()
                case .heading(let text): result.append(Heading(line: number, text: text))
                case .none: break
                }
                continue
            }
            let text = String(decoding: slice, as: UTF8.self).trimmingSpaces
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                inCode.toggle()
                continue
            }
            if inCode { continue }
            if text.hasPrefix("#") {
                let rest = text.drop { $0 == "#" }
                if text.count - rest.count <= 6, rest.isEmpty || rest.first == " " {
                    result.append(Heading(line: number, text: String(rest).trimmingSpaces.strippingEmphasis))
                }
            }
        }
        return result
    }

    /// The heading text of a bold lead-in's inner bytes, or nil when they are empty, longer than
    /// 60 characters or more than 8 words.
    private static func leadIn(_ bytes: Bytes) -> String? {
        guard isPrintableASCII(bytes) else {
            let inner = String(decoding: bytes, as: UTF8.self).trimmingSpaces
            guard !inner.isEmpty, inner.count <= 60, inner.split(separator: " ").count <= 8 else { return nil }
            return inner.strippingEmphasis
        }
        // Printable ASCII: one byte per Character, and the space is the only whitespace.
        let inner = trimmedSpaces(bytes)
        guard !inner.isEmpty, inner.count <= 60 else { return nil }
        var words = 0
        var previous: UInt8 = 0x20
        for byte in inner {
            if byte != 0x20 && previous == 0x20 { words += 1 }
            previous = byte
        }
        guard words <= 8 else { return nil }
        return strippingEmphasis(inner)
    }

    /// What a printable ASCII line (leading blanks dropped) is: a code fence, a heading, or
    /// neither; nil when the line is not printable ASCII.
    private static func asciiFenceOrHeading(_ line: Bytes, inCode: Bool) -> LineKind? {
        guard isPrintableASCII(line) else { return nil }
        let text = trimmedSpaces(line)
        if text.starts(with: [0x60, 0x60, 0x60]) || text.starts(with: [0x7E, 0x7E, 0x7E]) { return .fence }
        guard !inCode, text.first == 0x23 else { return LineKind.none }
        let rest = text.drop { $0 == 0x23 }
        guard text.count - rest.count <= 6, rest.isEmpty || rest.first == 0x20 else { return LineKind.none }
        return .heading(strippingEmphasis(trimmedSpaces(rest)))
    }

    /// A line's bytes, or part of them.
    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private enum LineKind {
        case fence
        case heading(String)
        case none
    }

    /// `String.strippingEmphasis` for printable ASCII bytes.
    private static func strippingEmphasis(_ bytes: Bytes) -> String {
        var text = bytes
        while let first = text.first, first == 0x2A || first == 0x5F || first == 0x60 { text.removeFirst() }
        while let last = text.last, last == 0x2A || last == 0x5F || last == 0x60 || last == 0x3A || last == 0x2E {
            text.removeLast()
        }
        return String(decoding: trimmedSpaces(text), as: UTF8.self)
    }

    private static func trimmedSpaces(_ bytes: Bytes) -> Bytes {
        var text = bytes
        while text.first == 0x20 { text.removeFirst() }
        while text.last == 0x20 { text.removeLast() }
        return text
    }

    private static func isPrintableASCII(_ bytes: Bytes) -> Bool {
        for byte in bytes where byte < 0x20 || byte > 0x7E { return false }
        return true
    }
}
