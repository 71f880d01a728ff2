/// Building the tokens: the word being read, and words interned straight from the text.
extension Tokenizer {
    mutating func push(_ byte: UInt8) {
        if wordLength < word.count {
            word[wordLength] = byte
        } else {
            word.append(byte)
        }
        wordLength += 1
    }

    /// Appends `s[start..<end]` (ASCII), lower-cased when `lowercase`.
    mutating func pushRun(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercase: Bool) {
        let needed = wordLength + end - start
        if needed > word.count { word.append(contentsOf: repeatElement(0, count: max(needed - word.count, 64))) }
        let offset = wordLength
        word.withUnsafeMutableBufferPointer { buffer in
            for index in start..<end { buffer[offset + index - start] = lowercase ? s[index] | 0x20 : s[index] }
        }
        wordLength = needed
    }

    mutating func appendLowercased(_ scalar: Unicode.Scalar) {
        let lowered = scalar.properties.lowercaseMapping
        for byte in (lowered.unicodeScalars.count == 1 ? lowered : String(scalar)).utf8 { push(byte) }
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
    mutating func appendToken(
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
    mutating func appendToken(packed bytes: UInt64, length: Int, isNumber: Bool) {
        // Setting bit 5 lower-cases letters and keeps digits; bytes past the word are masked off.
        let key =
            (bytes | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length))
        emit(interner.id(packed: key, length: length), isNumber: isNumber)
    }

    @inline(__always)
    mutating func emit(_ id: Int32, isNumber: Bool) {
        if !sentenceOpen { openSentence(heading: false, listItem: false) }
        if tokenCount == tokenCapacity { growTokens(toHold: tokenCount + 1) }
        // In range: tokenCount < tokenCapacity, the storage's size, after the check above.
        (tokens + tokenCount).initialize(
            to: TextToken(word: id, line: line, sentence: output.sentences.count, clause: clause, isNumber: isNumber))
        if analyzing { recordOutOfLine(id, token: tokenCount, isNumber: isNumber) }
        tokenCount &+= 1
    }

    /// Writes the stream position of token `token`, of the word `id`, analyzing the word first
    /// when it is new to the table; does nothing when not analyzing (no word is analyzed then, so
    /// the one check serves both).
    @inline(__always)
    mutating func record(_ id: Int32, token: Int, isNumber: Bool) {
        if Int(id) >= analyzedCount, !analyzeNewWords() { return }
        // In range: ids are below the interner's count, and every interned word is analyzed now.
        stream.append(entries + Int(id), token: token, isNumber: isNumber, clause: clause)
    }

    /// `record`, kept out of the paths that emit the few tokens not read by the loop of `scan`.
    @inline(never)
    mutating func recordOutOfLine(_ id: Int32, token: Int, isNumber: Bool) {
        record(id, token: token, isNumber: isNumber)
    }

    /// Analyzes the words new to the table (the word just interned) and reads its storage again;
    /// false, having done nothing, when not analyzing.
    @inline(never)
    mutating func analyzeNewWords() -> Bool {
        guard let analysis else { return false }
        analysis.analyzeNewWords()
        entries = analysis.table.entries
        stream.prefixIDs = UnsafePointer(analysis.table.prefixIDs)
        analyzedCount = analysis.table.analyzedCount
        return true
    }

    /// Moves the tokens to raw storage at least twice as large, with room for `needed` tokens (the
    /// array's own storage is left to it).
    @inline(never)
    mutating func growTokens(toHold needed: Int) {
        let capacity = max(needed, tokenCapacity * 2)
        let grown = UnsafeMutablePointer<TextToken>.allocate(capacity: capacity)
        grown.initialize(from: tokens, count: tokenCount)
        if ownsTokens { tokens.deallocate() }
        tokens = grown
        tokenCapacity = capacity
        ownsTokens = true
        if analyzing { stream.grow(to: tokenCapacity) }
    }
}
