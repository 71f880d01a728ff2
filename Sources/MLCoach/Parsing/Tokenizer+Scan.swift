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
            // read (of bytes within the text) shows a word of up to seven letters and what ends
            // it, a second one a word of up to fifteen. As below, a run of letters ends a word
            // unless an apostrophe or a non-ASCII letter follows; the line's end cannot lie within
            // the run (a line feed or carriage return stands there, or the text ends). Words
            // followed by a space, or by the commonest punctuation (`passPunctuation`), are read in
            // a loop: they share their line, so the token being written and the count stay in
            // locals, stored back at the end (and before punctuation, which may close a sentence).
            //
            // A word starts here in any case, so its sentence is opened first. Every word the loop
            // reads takes at least two bytes of the line (a letter and what ends it) or ends it, so
            // room for that many tokens, made first, lets the loop write them without a check.
            if ASCIIRuns.isLetter(byte), wordLength == 0 {
                if !sentenceOpen { openSentence(heading: false, listItem: false) }
                let first = i
                var count = tokenCount
                let most = count &+ (end &- i) &>> 1 &+ 1
                if most > tokenCapacity { growTokens(toHold: most) }
                var token = TextToken(
                    word: 0, line: line, sentence: output.sentences.count, clause: clause, isNumber: false)
                while i &+ 8 <= s.count {
                    let bytes = ASCIIRuns.load(base + i)
                    var length = ASCIIRuns.leadingLetters(bytes)
                    var stop = UInt8(truncatingIfNeeded: bytes &>> UInt64(8 &* (length & 7)))
                    if length == 8 {
                        guard i &+ 16 <= s.count else { break }
                        let more = ASCIIRuns.load(base + (i &+ 8))
                        let extra = ASCIIRuns.leadingLetters(more)
                        guard extra < 8 else { break }
                        length = 8 &+ extra
                        stop = UInt8(truncatingIfNeeded: more &>> UInt64(8 &* extra))
                    }
                    guard length > 0, stop < 0x80, stop != 0x27 else { break }
                    if length <= 8 {
                        // Setting bit 5 lower-cases letters; bytes past the word are masked off.
                        let key =
                            (bytes | 0x2020_2020_2020_2020)
                            & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length))
                        token.word = interner.id(packed: key, length: length)
                    } else {
                        token.word = interner.id(medium: base + i, length: length)
                    }
                    // `i` moves to what ends the word before the word is recorded, so that fewer
                    // values live across the recording.
                    i &+= length
                    // In range: count < most <= tokenCapacity, the storage's size.
                    (tokens + count).initialize(to: token)
                    record(token.word, token: count, isNumber: false)
                    count &+= 1
                    if stop == 0x20 {
                        i &+= 1
                        continue
                    }
                    tokenCount = count
                    guard let next = passPunctuation(s, at: i, end: end) else { break }
                    token.clause = clause
                    token.sentence = output.sentences.count
                    i = next
                }
                tokenCount = count
                if i != first {
                    // Every byte the loop passed over is ASCII: the last is the scalar before `i`.
                    previous = UInt32(s[i &- 1])
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
                markCommaClause()
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

    /// Does what the general path of `scan` does with the punctuation at `index`, which ends a
    /// word of ASCII letters just added (no word is being read), where that is cheap: a comma,
    /// semicolon, colon, closing parenthesis or period followed by a space (passed over too) or
    /// by the line's end `end`, or a hyphen followed by a letter. Returns where reading goes on,
    /// or nil, having done nothing, for anything else.
    @inline(__always)
    private mutating func passPunctuation(_ s: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        let stop = s[index]
        let after = index &+ 1
        if stop == 0x2D { return after < end && ASCIIRuns.isLetter(s[after]) ? after : nil }
        guard after >= end || s[after] == 0x20 else { return nil }
        switch stop {
        case 0x2C:  // ','
            breakClause(separator: 1)
            markCommaClause()
        case 0x3B:  // ';'
            breakClause(separator: 1)
        case 0x3A, 0x29:  // ':' ')'
            breakClause(separator: 0)
        case 0x2E:  // '.'
            if isSentenceEnd(s, at: index, end: end) { closeSentence(reopen: true) }
        default:
            return nil
        }
        return min(after &+ 1, end)
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
        // The eight bytes before the period in one number, the last at the top (zeros stand for
        // bytes before the text's start): its letters at the top are the word before the period.
        // A word of seven letters or more is no abbreviation. The period stands at `i`, within
        // the text, so with `i >= 8` the eight bytes read lie within it.
        var bytes: UInt64 = 0
        if i >= 8, let base = s.baseAddress {
            bytes = ASCIIRuns.load(base + (i - 8))
        } else {
            for index in 0..<i { bytes |= UInt64(s[index]) << UInt64(8 * (8 - i + index)) }
        }
        let count = ASCIIRuns.nonLetters(bytes).leadingZeroBitCount >> 3
        if count == 1, UInt8(truncatingIfNeeded: bytes >> 48) == 0x2E { return true }
        guard count >= 1, count <= 6 else { return false }
        let key = (bytes | 0x2020_2020_2020_2020) >> UInt64(8 * (8 - count))
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
