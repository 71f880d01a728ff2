/// Reading the words and punctuation of a line.
extension Tokenizer {
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

    /// Reads the words and punctuation of `s[start..<end]`, a line or the rest of one of the text `s`.
    mutating func scan(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard let base = s.baseAddress else { return }
        var i = start
        var previous: UInt32 = i > 0 ? UInt32(s[i - 1]) : 0
        while i < end {
            let byte = s[i]
            // Most words are a few ASCII letters followed by a space or punctuation: one eight-byte
            // read (of bytes within the text) shows the whole word and what ends it. A word of
            // eight letters or more, or one that goes on past the letters, takes the general path.
            if ASCIIRuns.isLetter(byte), wordLength == 0, i &+ 8 <= s.count {
                let bytes = ASCIIRuns.load(base + i)
                let length = ASCIIRuns.nonLetters(bytes).trailingZeroBitCount &>> 3
                let stop = UInt8(truncatingIfNeeded: bytes &>> UInt64(8 &* (length & 7)))
                // As below: a run of letters ends a word unless an apostrophe or a non-ASCII
                // letter follows. The line's end cannot lie within the run (a line feed or
                // carriage return stands there), so `i + length <= end`.
                if length < 8, stop < 0x80, stop != 0x27 {
                    appendToken(packed: bytes, length: length, isNumber: false)
                    if stop == 0x20 {
                        previous = 0x20
                        i &+= length &+ 1
                    } else {
                        previous = UInt32(s[i &+ length &- 1])
                        i &+= length
                    }
                    continue
                }
            }
            // A run of ASCII letters or of digits.
            let isDigitByte = ASCIIRuns.isDigit(byte)
            if isDigitByte || ASCIIRuns.isLetter(byte) {
                // Runs are read up to the text's end, eight bytes at a time as long as possible;
                // the byte at `end` (a line feed or carriage return) stops them in any case.
                let runEnd = min(
                    end,
                    isDigitByte
                        ? ASCIIRuns.digitRunEnd(base, from: i, limit: s.count)
                        : ASCIIRuns.letterRunEnd(base, from: i, limit: s.count))
                if wordLength > 0, wordIsNumber != isDigitByte { flushWord() }
                // A run that is a whole word (most words): interned straight from the text. A
                // run ends a word unless an apostrophe, a non-ASCII letter or (for numbers) a
                // decimal point or thousands comma follows, or the line ends.
                if wordLength == 0 {
                    let stop: UInt8 = runEnd < end ? s[runEnd] : 0x0A
                    if stop < 0x80 && stop != 0x27 && (!isDigitByte || (stop != 0x2E && stop != 0x2C)) {
                        appendToken(base + i, length: runEnd &- i, isNumber: isDigitByte, limit: base + s.count)
                        // The space after a word (most often) is passed over here.
                        if stop == 0x20 {
                            previous = 0x20
                            i = runEnd + 1
                        } else {
                            previous = UInt32(s[runEnd - 1])
                            i = runEnd
                        }
                        continue
                    }
                }
                if wordLength == 0 { wordIsNumber = isDigitByte }
                pushRun(s, i, runEnd, lowercase: !isDigitByte)
                previous = UInt32(s[runEnd - 1])
                i = runEnd
                continue
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

    /// True for `e.g.`, `i.e.`, `vs.`, `etc.` and similar: the letters before the period, packed
    /// like a word key (byte `i` at bits `8i`), compared with those of the abbreviations.
    private func endsWithAbbreviation(_ s: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, ASCIIRuns.isLetter(s[j]) { j -= 1 }
        let count = i - 1 - j
        if count == 1, j >= 0, s[j] == 0x2E { return true }
        guard count >= 1, count <= 6 else { return false }
        var key: UInt64 = 0
        for offset in 0..<count { key |= UInt64(s[j + 1 + offset] | 0x20) << UInt64(8 * offset) }
        switch key {
        case 0x65, 0x7376, 0x63_7465, 0x786F_7270_7061, 0x6C63_6E69, 0x6663:  // e vs etc approx incl cf
            return true
        case 0x6765, 0x6569, 0x726D, 0x7264, 0x67_6966, 0x7073_6572:  // eg ie mr dr fig resp
            return true
        default:
            return false
        }
    }

    private func isThousands(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i + 3 < end || i + 3 == end - 0 else { return false }
        for offset in 1...3 where i + offset >= end || !isDigit(s[i + offset]) { return false }
        return i + 4 >= end || !isDigit(s[i + 4])
    }

    /// Adds the word being read, if any, as a token.
    @inline(__always)
    mutating func flushWord() {
        if wordLength > 0 { addWord() }
    }

    private mutating func addWord() {
        var count = wordLength
        if count >= 2, word[count - 2] == 0x27, word[count - 1] == 0x73 { count -= 2 }  // possessive 's
        if count > 0 {
            let id = word.withUnsafeBufferPointer { bytes in
                interner.id(of: UnsafeBufferPointer(rebasing: bytes[0..<count]))
            }
            emit(id, isNumber: wordIsNumber)
        }
        wordLength = 0
        wordIsNumber = false
    }

    /// Adds the token of a whole word of ASCII letters or digits, `length` bytes read from the
    /// text at `run`, which ends at `limit`.
    @inline(__always)
    private mutating func appendToken(
        _ run: UnsafePointer<UInt8>, length: Int, isNumber: Bool, limit: UnsafePointer<UInt8>
    ) {
        guard length <= 8 else {
            emit(interner.id(long: run, length: length, lowering: 0x20), isNumber: isNumber)
            return
        }
        // Eight bytes are read at once where they lie within the text.
        var bytes: UInt64 = 0
        if run + 8 <= limit {
            bytes = ASCIIRuns.load(run)
        } else {
            for index in 0..<length { bytes |= UInt64(run[index]) &<< UInt64(8 &* index) }
        }
        appendToken(packed: bytes, length: length, isNumber: isNumber)
    }

    /// Adds the token of a whole word of `length` (1...8) ASCII letters or digits, the low bytes
    /// of `bytes`.
    @inline(__always)
    private mutating func appendToken(packed bytes: UInt64, length: Int, isNumber: Bool) {
        // Setting bit 5 lower-cases letters and keeps digits; bytes past the word are masked off.
        let key =
            (bytes | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length))
        emit(interner.id(packed: key, length: length), isNumber: isNumber)
    }

    @inline(__always)
    private mutating func emit(_ id: Int32, isNumber: Bool) {
        if !sentenceOpen { openSentence(heading: false, listItem: false) }
        if tokenCount == tokenCapacity { growTokens() }
        // In range: tokenCount < tokenCapacity, the storage's size, after the check above.
        (tokens + tokenCount).initialize(
            to: TextToken(word: id, line: line, sentence: output.sentences.count, clause: clause, isNumber: isNumber))
        tokenCount &+= 1
    }

    /// Moves the tokens to raw storage twice as large (the array's own storage is left to it).
    private mutating func growTokens() {
        let grown = UnsafeMutablePointer<TextToken>.allocate(capacity: tokenCapacity * 2)
        grown.initialize(from: tokens, count: tokenCount)
        if ownsTokens { tokens.deallocate() }
        tokens = grown
        tokenCapacity *= 2
        ownsTokens = true
    }

    func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        return Unicode.Scalar(c)?.properties.isAlphabetic ?? false
    }

    func isLowercaseLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        return Unicode.Scalar(c)?.properties.isLowercase ?? false
    }
}
