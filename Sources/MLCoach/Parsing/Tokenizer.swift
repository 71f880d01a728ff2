/// Splits Markdown text into words, clauses and sentences. Total: any text tokenizes. Works on
/// UTF-8 bytes; each distinct word is interned once.
public struct Tokenizer {
    private var output = TokenizedText()
    /// The word being read: `word[0..<wordLength]` (the array only grows, so no byte is freed
    /// or cleared between words).
    private var word: [UInt8] = []
    private var wordLength = 0
    private var wordIsNumber = false
    private var interner = WordInterner()
    private var table: WordTable?
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

    /// The lower-cased words of `text`, in order (for patterns and headings).
    public static func words(_ text: String) -> [String] {
        tokenize(text).texts
    }

    /// Tokenizes `text`, whose first line is line `firstLine`.
    public static func tokenize(_ text: String, firstLine: Int = 1) -> TokenizedText {
        tokenize(text, firstLine: firstLine, table: nil)
    }

    /// Tokenizes `text`, interning its words into `table` when one is given.
    static func tokenize(_ text: String, firstLine: Int, table: WordTable?) -> TokenizedText {
        var tokenizer = Tokenizer()
        tokenizer.table = table
        tokenizer.output.table = table
        tokenizer.output.tokens.reserveCapacity(text.utf8.count / 5)
        tokenizer.word = [UInt8](repeating: 0, count: 64)
        var copy = text
        copy.withUTF8 { bytes in
            var inCode = false
            var lineNumber = firstLine
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                tokenizer.line = lineNumber
                tokenizer.process(bytes, start, index, inCode: &inCode)
                lineNumber += 1
                start = index + 1
            }
        }
        tokenizer.closeSentence()
        return tokenizer.output
    }

    private mutating func process(_ s: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ lineEnd: Int, inCode: inout Bool)
    {
        var start = lineStart
        while start < lineEnd, s[start] == 0x20 || s[start] == 0x09 { start += 1 }
        var end = lineEnd
        if end > start, s[end - 1] == 0x0D { end -= 1 }
        if start >= end || isRule(s, start, end) {
            closeSentence()
            return
        }
        if end - start >= 3,
            (s[start] == 0x60 && s[start + 1] == 0x60 && s[start + 2] == 0x60)
                || (s[start] == 0x7E && s[start + 1] == 0x7E && s[start + 2] == 0x7E)
        {
            inCode.toggle()
            closeSentence()
            return
        }
        if !inCode, s[start] == 0x23 {  // '#'
            var hashes = start
            while hashes < end, s[hashes] == 0x23 { hashes += 1 }
            if hashes - start <= 6, hashes == end || s[hashes] == 0x20 {
                closeSentence()
                openSentence(heading: true, listItem: false)
                scan(s, hashes, end)
                closeSentence()
                return
            }
        }
        if inCode {
            closeSentence()
            openSentence(heading: false, listItem: true)
            scan(s, start, end)
            closeSentence()
            return
        }
        var position = start
        let isTableRow = s[start] == 0x7C
        if let markerEnd = listMarkerEnd(s, start, end) {
            closeSentence()
            openSentence(heading: false, listItem: true)
            position = markerEnd
        } else if isTableRow {
            closeSentence()
            openSentence(heading: false, listItem: true)
        } else if s[start] == 0x3E {  // blockquote
            position = start + 1
        }
        if !sentenceOpen { openSentence(heading: false, listItem: false) }
        scan(s, position, end)
        if isTableRow { closeSentence() }
    }

    private func isRule(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        let first = s[start]
        guard first == 0x2D || first == 0x2A || first == 0x5F else { return false }
        for index in start..<end where s[index] != first && s[index] != 0x20 { return false }
        return true
    }

    /// The index after a list marker (`- `, `* `, `+ `, `• `, `1. `, `2) `), if the line has one.
    private func listMarkerEnd(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let first = s[start]
        if first == 0x2D || first == 0x2A || first == 0x2B {
            return start + 1 < end && s[start + 1] == 0x20 ? start + 2 : nil
        }
        if first == 0xE2, start + 3 < end, s[start + 1] == 0x80, s[start + 2] == 0xA2, s[start + 3] == 0x20 {
            return start + 4  // '• '
        }
        var index = start
        while index < end, index < start + 3, isDigit(s[index]) { index += 1 }
        if index > start, index + 1 < end, s[index] == 0x2E || s[index] == 0x29, s[index + 1] == 0x20 {
            return index + 2
        }
        return nil
    }

    /// Decodes the scalar starting at `index` (a lead byte >= 0x80); returns it and its length.
    private func scalar(_ s: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (UInt32, Int) {
        let lead = UInt32(s[index])
        func continuation(_ offset: Int) -> UInt32? {
            guard index + offset < end, s[index + offset] & 0xC0 == 0x80 else { return nil }
            return UInt32(s[index + offset] & 0x3F)
        }
        if lead & 0xE0 == 0xC0, let b1 = continuation(1) { return (((lead & 0x1F) << 6) | b1, 2) }
        if lead & 0xF0 == 0xE0, let b1 = continuation(1), let b2 = continuation(2) {
            return (((lead & 0x0F) << 12) | (b1 << 6) | b2, 3)
        }
        if lead & 0xF8 == 0xF0, let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
            return (((lead & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3, 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar at a position (ASCII fast path), with its byte length; (0, 0) past the end.
    private func peek(_ s: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (UInt32, Int) {
        guard index < end else { return (0, 0) }
        let byte = s[index]
        return byte < 0x80 ? (UInt32(byte), 1) : scalar(s, index, end)
    }

    private mutating func scan(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var i = start
        var previous: UInt32 = i > 0 ? UInt32(s[i - 1]) : 0
        while i < end {
            let byte = s[i]
            // A run of ASCII letters or of digits: the hot path, copied into the word at once.
            if byte < 0x80 {
                let isDigitByte = byte >= 0x30 && byte <= 0x39
                if isDigitByte || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                    var runEnd = i + 1
                    if isDigitByte {
                        while runEnd < end, s[runEnd] >= 0x30 && s[runEnd] <= 0x39 { runEnd += 1 }
                    } else {
                        while runEnd < end, s[runEnd] | 0x20 >= 0x61 && s[runEnd] | 0x20 <= 0x7A { runEnd += 1 }
                    }
                    if wordLength > 0, wordIsNumber != isDigitByte { flushWord() }
                    // A run that is a whole word (most words): interned straight from the text. A
                    // run ends a word unless an apostrophe, a non-ASCII letter or (for numbers) a
                    // decimal point or thousands comma follows.
                    if wordLength == 0,
                        runEnd == end
                            || (s[runEnd] < 0x80 && s[runEnd] != 0x27
                                && (!isDigitByte || (s[runEnd] != 0x2E && s[runEnd] != 0x2C)))
                    {
                        appendToken(UnsafeBufferPointer(rebasing: s[i..<runEnd]), isNumber: isDigitByte)
                        previous = UInt32(s[runEnd - 1])
                        i = runEnd
                        continue
                    }
                    if wordLength == 0 { wordIsNumber = isDigitByte }
                    pushRun(s, i, runEnd, lowercase: !isDigitByte)
                    previous = UInt32(s[runEnd - 1])
                    i = runEnd
                    continue
                }
            }
            if byte == 0x20 {
                if wordLength > 0 { flushWord() }
                previous = 0x20
                i += 1
                continue
            }
            let (c, length) = byte < 0x80 ? (UInt32(byte), 1) : scalar(s, i, end)
            if byte >= 0x80, let unicode = Unicode.Scalar(c), unicode.properties.isAlphabetic {
                if wordLength > 0, wordIsNumber { flushWord() }
                if wordLength == 0 { wordIsNumber = false }
                appendLowercased(unicode)
                previous = c
                i += length
                continue
            }
            let (next, _) = peek(s, i + length, end)
            switch c {
            case 0x27, 0x2019:  // apostrophe inside a word
                if wordLength > 0, isLetter(previous), isLetter(next) {
                    push(0x27)
                } else {
                    flushWord()
                }
            case 0x2E:  // '.'
                if wordIsNumber, wordLength > 0, isDigit(next) {
                    push(0x2E)
                } else {
                    flushWord()
                    if isSentenceEnd(s, at: i, end: end) { closeSentence(reopen: true) }
                }
            case 0x21, 0x3F:  // '!' '?'
                flushWord()
                if next == 0 || next == 0x20 || next == 0x2A || next == 0x5F || next == 0x22 || next == 0x29 {
                    closeSentence(reopen: true)
                }
            case 0x2C:  // ','
                if wordIsNumber, wordLength > 0, isThousands(s, at: i, end: end) {
                    previous = c
                    i += 1
                    continue
                }
                flushWord()
                breakClause(separator: 1)
                output.commaClauseList.append(clause)
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
                    previous = 0x3E
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
            previous = c
            i += length
        }
        flushWord()
    }

    private mutating func push(_ byte: UInt8) {
        if wordLength < word.count {
            word[wordLength] = byte
        } else {
            word.append(byte)
        }
        wordLength += 1
    }

    /// Appends `s[start..<end]` (ASCII), lower-cased when `lowercase`.
    private mutating func pushRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercase: Bool) {
        let needed = wordLength + end - start
        if needed > word.count { word.append(contentsOf: repeatElement(0, count: max(needed - word.count, 64))) }
        let offset = wordLength
        word.withUnsafeMutableBufferPointer { buffer in
            for index in start..<end { buffer[offset + index - start] = lowercase ? s[index] | 0x20 : s[index] }
        }
        wordLength = needed
    }

    private mutating func appendLowercased(_ scalar: Unicode.Scalar) {
        let lowered = scalar.properties.lowercaseMapping
        for byte in (lowered.unicodeScalars.count == 1 ? lowered : String(scalar)).utf8 { push(byte) }
    }

    private func isSentenceEnd(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        var j = i + 1
        while j < end {
            let byte = s[j]
            if byte == 0x2A || byte == 0x5F || byte == 0x22 || byte == 0x29 {
                j += 1
            } else if byte == 0xE2, j + 2 < end, s[j + 1] == 0x80, s[j + 2] == 0x9D {  // ”
                j += 3
            } else {
                break
            }
        }
        if j >= end { return !endsWithAbbreviation(s, before: i) }
        guard s[j] == 0x20 else { return false }
        while j < end, s[j] == 0x20 { j += 1 }
        if j < end {
            let (c, _) = peek(s, j, end)
            if isLowercaseLetter(c) { return false }
        }
        return !endsWithAbbreviation(s, before: i)
    }

    /// Abbreviations whose final period does not end a sentence.
    private static let abbreviations: [[UInt8]] = [
        "e", "vs", "etc", "approx", "incl", "cf", "eg", "ie", "mr", "dr", "fig", "resp",
    ].map { Array($0.utf8) }

    /// True for `e.g.`, `i.e.`, `vs.`, `etc.` and similar.
    private func endsWithAbbreviation(_ s: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j] < 0x80, isLetter(UInt32(s[j])) { j -= 1 }
        let count = i - 1 - j
        if count == 1, j >= 0, s[j] == 0x2E { return true }
        guard count >= 1, count <= 6 else { return false }
        search: for abbreviation in Self.abbreviations where abbreviation.count == count {
            for offset in 0..<count where s[j + 1 + offset] | 0x20 != abbreviation[offset] { continue search }
            return true
        }
        return false
    }

    private func isThousands(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i + 3 < end || i + 3 == end - 0 else { return false }
        for offset in 1...3 where i + offset >= end || !isDigit(s[i + offset]) { return false }
        return i + 4 >= end || !isDigit(s[i + 4])
    }

    private mutating func flushWord() {
        guard wordLength > 0 else { return }
        if !sentenceOpen { openSentence(heading: false, listItem: false) }
        var count = wordLength
        if count >= 2, word[count - 2] == 0x27, word[count - 1] == 0x73 { count -= 2 }  // possessive 's
        if count > 0 {
            let id = word.withUnsafeBufferPointer { bytes in
                let slice = UnsafeBufferPointer(rebasing: bytes[0..<count])
                if let table { return table.interner.id(of: slice, words: &table.words) }
                return interner.id(of: slice, words: &output.words)
            }
            output.tokens.append(
                TextToken(
                    word: id, line: line, sentence: output.sentences.count, clause: clause, isNumber: wordIsNumber))
        }
        wordLength = 0
        wordIsNumber = false
    }

    /// Adds the token of a whole word of ASCII letters or digits, read from the text.
    private mutating func appendToken(_ run: UnsafeBufferPointer<UInt8>, isNumber: Bool) {
        if !sentenceOpen { openSentence(heading: false, listItem: false) }
        let id: Int32
        if let table {
            id = table.interner.id(ofASCII: run, words: &table.words)
        } else {
            id = interner.id(ofASCII: run, words: &output.words)
        }
        output.tokens.append(
            TextToken(word: id, line: line, sentence: output.sentences.count, clause: clause, isNumber: isNumber))
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

    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    private func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        return Unicode.Scalar(c)?.properties.isAlphabetic ?? false
    }

    private func isLowercaseLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return Unicode.Scalar(c)?.properties.isLowercase ?? false
    }
}
