/// Splits Markdown text into words, clauses and sentences. Total: any text tokenizes.
public struct Tokenizer {
    private var output = TokenizedText()
    private var current: [UInt32] = []
    private var wordBytes: [UInt8] = []
    private var interner = WordInterner()
    private var currentIsNumber = false
    private var line = 0
    private var clause = 0
    private var sentenceOpen = false
    private var sentenceStart = 0
    private var sentenceLine = 0
    private var separators = 0.0
    private var isHeading = false
    private var isListItem = false
    private var hasQuantitySymbol = false
    private var block = 0
    private var blockOpen = false

    /// The lower-cased words of `text`, in order (for patterns and headings).
    public static func words(_ text: String) -> [String] {
        tokenize(text).texts
    }

    /// Tokenizes `text`, whose first line is line `firstLine`.
    public static func tokenize(_ text: String, firstLine: Int = 1) -> TokenizedText {
        var tokenizer = Tokenizer()
        var inCode = false
        var lineNumber = firstLine
        var buffer: [UInt32] = []
        buffer.reserveCapacity(256)
        var utf8 = text.utf8.makeIterator()
        var decoder = Unicode.UTF8()
        var pending: UInt8?
        while true {
            let byte: UInt8
            if let next = pending {
                byte = next
                pending = nil
            } else if let next = utf8.next() {
                byte = next
            } else {
                break
            }
            if byte == 0x0A {
                tokenizer.line = lineNumber
                tokenizer.process(line: buffer, inCode: &inCode)
                buffer.removeAll(keepingCapacity: true)
                lineNumber += 1
            } else if byte < 0x80 {
                buffer.append(UInt32(byte))
            } else {
                // A multi-byte character: decode it from this byte and the ones after it.
                var sequence = [byte]
                while let next = utf8.next() {
                    if next & 0xC0 == 0x80 {
                        sequence.append(next)
                    } else {
                        pending = next
                        break
                    }
                }
                var bytes = sequence.makeIterator()
                loop: while true {
                    switch decoder.decode(&bytes) {
                    case .scalarValue(let scalar): buffer.append(scalar.value)
                    case .emptyInput: break loop
                    case .error: buffer.append(0xFFFD)
                    }
                }
            }
        }
        tokenizer.line = lineNumber
        tokenizer.process(line: buffer, inCode: &inCode)
        tokenizer.closeSentence()
        return tokenizer.output
    }

    private mutating func process(line scalars: [UInt32], inCode: inout Bool) {
        var start = 0
        while start < scalars.count, scalars[start] == 0x20 || scalars[start] == 0x09 { start += 1 }
        let rest = start == 0 ? scalars : Array(scalars[start...])
        if rest.isEmpty || isRule(rest) {
            closeSentence()
            return
        }
        if rest.starts(with: [0x60, 0x60, 0x60]) || rest.starts(with: [0x7E, 0x7E, 0x7E]) {
            inCode.toggle()
            closeSentence()
            return
        }
        var position = 0
        if !inCode, rest[0] == 0x23 {  // '#'
            var hashes = 0
            while hashes < rest.count, rest[hashes] == 0x23 { hashes += 1 }
            if hashes <= 6, hashes == rest.count || rest[hashes] == 0x20 {
                closeSentence()
                openSentence(heading: true, listItem: false)
                scan(rest, from: hashes)
                closeSentence()
                return
            }
        }
        if inCode {
            closeSentence()
            openSentence(heading: false, listItem: true)
            scan(rest, from: 0)
            closeSentence()
            return
        }
        if let markerEnd = listMarkerEnd(rest) {
            closeSentence()
            openSentence(heading: false, listItem: true)
            position = markerEnd
        } else if rest[0] == 0x7C {  // table row
            closeSentence()
            openSentence(heading: false, listItem: true)
        } else if rest[0] == 0x3E {  // blockquote
            position = 1
        }
        if !sentenceOpen { openSentence(heading: false, listItem: false) }
        scan(rest, from: position)
        if rest[0] == 0x7C { closeSentence() }
    }

    private func isRule(_ scalars: [UInt32]) -> Bool {
        guard scalars.count >= 3, let first = scalars.first, first == 0x2D || first == 0x2A || first == 0x5F else {
            return false
        }
        return scalars.allSatisfy { $0 == first || $0 == 0x20 }
    }

    /// The index after a list marker (`- `, `* `, `+ `, `• `, `1. `, `2) `), if the line has one.
    private func listMarkerEnd(_ scalars: [UInt32]) -> Int? {
        guard let first = scalars.first else { return nil }
        if first == 0x2D || first == 0x2A || first == 0x2B || first == 0x2022 {
            if scalars.count > 1, scalars[1] == 0x20 { return 2 }
            return nil
        }
        var index = 0
        while index < scalars.count, index < 3, isDigit(scalars[index]) { index += 1 }
        if index > 0, index + 1 < scalars.count, scalars[index] == 0x2E || scalars[index] == 0x29,
            scalars[index + 1] == 0x20
        {
            return index + 2
        }
        return nil
    }

    private mutating func scan(_ s: [UInt32], from start: Int) {
        var i = start
        while i < s.count {
            let c = s[i]
            if isWordScalar(c) {
                if !current.isEmpty, currentIsNumber != isDigit(c) { flushWord() }
                if current.isEmpty { currentIsNumber = isDigit(c) }
                current.append(lowercase(c))
                i += 1
                continue
            }
            let next = i + 1 < s.count ? s[i + 1] : 0
            let previous = i > 0 ? s[i - 1] : 0
            switch c {
            case 0x27, 0x2019:  // apostrophe inside a word
                if !current.isEmpty, isLetter(previous), isLetter(next) {
                    current.append(0x27)
                } else {
                    flushWord()
                }
            case 0x2E:  // '.'
                if currentIsNumber, !current.isEmpty, isDigit(next) {
                    current.append(0x2E)
                } else {
                    flushWord()
                    if isSentenceEnd(s, at: i) { closeSentence(reopen: true) }
                }
            case 0x21, 0x3F:  // '!' '?'
                flushWord()
                if next == 0 || next == 0x20 || next == 0x2A || next == 0x5F || next == 0x22 || next == 0x29 {
                    closeSentence(reopen: true)
                }
            case 0x2C:  // ','
                if currentIsNumber, isThousands(s, at: i) {
                    i += 1
                    continue
                }
                flushWord()
                breakClause(separator: 1)
                output.commaClauses.insert(clause)
            case 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D:  // ; : ( ) [ ]
                flushWord()
                breakClause(separator: c == 0x3B ? 1 : 0)
            case 0x7C:  // '|'
                flushWord()
                breakClause(separator: 1)
            case 0x2192, 0x21D2, 0x27F6:  // arrows
                flushWord()
                breakClause(separator: 0.5)
            case 0x2D, 0x3D:  // '-' '=' : '->' and '=>' are arrows, ' - ' and dashes break clauses
                flushWord()
                if next == 0x3E {
                    breakClause(separator: 0.5)
                    i += 2
                    continue
                }
                if previous == 0x20 && (next == 0x20 || next == 0) { breakClause(separator: 0.5) }
            case 0x2013, 0x2014:  // en and em dashes
                flushWord()
                breakClause(separator: 0.5)
            case 0x2F:  // '/'
                flushWord()
                if previous == 0x20 && next == 0x20 { separators += 0.5 }
            case 0x25, 0x24, 0x20AC, 0xA3, 0xD7, 0xB1, 0x7E, 0x2248:  // % $ € £ × ± ~ ≈
                flushWord()
                hasQuantitySymbol = true
            default:
                flushWord()
            }
            i += 1
        }
        flushWord()
    }

    private func isSentenceEnd(_ s: [UInt32], at i: Int) -> Bool {
        var j = i + 1
        while j < s.count, s[j] == 0x2A || s[j] == 0x5F || s[j] == 0x22 || s[j] == 0x29 || s[j] == 0x201D { j += 1 }
        if j >= s.count { return !endsWithAbbreviation(s, before: i) }
        guard s[j] == 0x20 else { return false }
        while j < s.count, s[j] == 0x20 { j += 1 }
        if j < s.count, isLowercaseLetter(s[j]) { return false }
        return !endsWithAbbreviation(s, before: i)
    }

    /// True for `e.g.`, `i.e.`, `vs.`, `etc.` and similar.
    private func endsWithAbbreviation(_ s: [UInt32], before i: Int) -> Bool {
        var j = i - 1
        var word: [UInt32] = []
        while j >= 0, isLetter(s[j]) {
            word.insert(lowercase(s[j]), at: 0)
            j -= 1
        }
        if word.count == 1, j >= 0, s[j] == 0x2E { return true }
        let text = String(decoding: word.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        return ["e", "vs", "etc", "approx", "incl", "cf", "eg", "ie", "mr", "dr", "fig", "resp"].contains(text)
    }

    private func isThousands(_ s: [UInt32], at i: Int) -> Bool {
        guard i + 3 < s.count || i + 3 == s.count else { return false }
        for offset in 1...3 where i + offset >= s.count || !isDigit(s[i + offset]) { return false }
        return i + 4 >= s.count || !isDigit(s[i + 4])
    }

    private mutating func flushWord() {
        guard !current.isEmpty else { return }
        if !sentenceOpen { openSentence(heading: false, listItem: false) }
        var count = current.count
        if count >= 2, current[count - 2] == 0x27, current[count - 1] == 0x73 { count -= 2 }  // possessive 's
        guard count > 0 else {
            current.removeAll(keepingCapacity: true)
            currentIsNumber = false
            return
        }
        var ascii = true
        for index in 0..<count where current[index] >= 0x80 {
            ascii = false
            break
        }
        wordBytes.removeAll(keepingCapacity: true)
        if ascii {
            for index in 0..<count { wordBytes.append(UInt8(truncatingIfNeeded: current[index])) }
        } else {
            let text = String(String.UnicodeScalarView(current[..<count].compactMap(Unicode.Scalar.init)))
            wordBytes.append(contentsOf: text.utf8)
        }
        let word = wordBytes.withUnsafeBufferPointer { interner.id(of: $0, words: &output.words) }
        output.tokens.append(
            TextToken(
                word: word, line: line, sentence: output.sentences.count, clause: clause, isNumber: currentIsNumber))
        current.removeAll(keepingCapacity: true)
        currentIsNumber = false
    }

    private mutating func breakClause(separator: Double) {
        clause += 1
        separators += separator
    }

    private mutating func openSentence(heading: Bool, listItem: Bool, continuingBlock: Bool = false) {
        if !continuingBlock { block += 1 }
        sentenceOpen = true
        sentenceStart = output.tokens.count
        sentenceLine = line
        separators = 0
        isHeading = heading
        isListItem = listItem
        hasQuantitySymbol = false
    }

    private mutating func closeSentence(reopen: Bool = false) {
        flushWord()
        if sentenceOpen, output.tokens.count > sentenceStart {
            output.sentences.append(
                TextSentence(
                    line: sentenceLine, tokens: sentenceStart..<output.tokens.count, separators: separators,
                    isHeading: isHeading, isListItem: isListItem, hasQuantitySymbol: hasQuantitySymbol,
                    block: block))
            clause += 1
        }
        sentenceOpen = false
        if reopen {
            let wasListItem = isListItem
            let wasHeading = isHeading
            openSentence(heading: false, listItem: false, continuingBlock: true)
            isListItem = wasListItem
            isHeading = wasHeading
        }
    }

    private func isWordScalar(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) }
        return Unicode.Scalar(c)?.properties.isAlphabetic ?? false
    }

    private func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    private func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        return Unicode.Scalar(c)?.properties.isAlphabetic ?? false
    }

    private func isLowercaseLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return Unicode.Scalar(c)?.properties.isLowercase ?? false
    }

    private func lowercase(_ c: UInt32) -> UInt32 {
        if c >= 0x41 && c <= 0x5A { return c + 32 }
        if c < 0x80 { return c }
        guard let scalar = Unicode.Scalar(c) else { return c }
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first!.value : c
    }
}
