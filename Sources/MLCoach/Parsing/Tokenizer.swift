/// Splits Markdown text into words, clauses and sentences. Total: any text tokenizes. Works on
/// UTF-8 bytes; each distinct word is interned once.
public struct Tokenizer {
    var output = TokenizedText()
    /// Where the tokens are written, in one pass: the storage of `output.tokens` or, when that
    /// fills up, raw storage owned here (appending to the array checked its uniqueness per token).
    var tokens: UnsafeMutablePointer<TextToken>
    var tokenCount = 0
    var tokenCapacity: Int
    var ownsTokens: Bool
    /// The word being read: `word[0..<wordLength]` (the array only grows, so no byte is freed
    /// or cleared between words).
    var word: [UInt8] = []
    var wordLength = 0
    var wordIsNumber = false
    /// The batch's interner, or one of this text's own.
    let interner: WordInterner
    var line = 0
    var clause = 0
    var sentenceOpen = false
    var sentenceStart = 0
    var sentenceLine = 0
    var separators = 0.0
    var isHeading = false
    var isListItem = false
    var hasQuantitySymbol = false
    var block = 0
    /// When analyzing (`analysis` given), each token's word is analyzed as it is read and its
    /// stream position written to `stream` (see `record`); the table's entries (and, in the
    /// stream, its prefix ids) are kept at hand, read again whenever new words are analyzed.
    let analysis: WordAnalysis?
    let analyzing: Bool
    var stream: StreamBuffers
    var entries: UnsafeMutablePointer<WordEntry>
    var analyzedCount = 0

    /// The table whose (empty) storage a tokenizer that does not analyze points at.
    private static let noTable = WordTable()

    private init(analysis: WordAnalysis?, capacity: Int) {
        interner = analysis?.table.interner ?? WordInterner()
        self.analysis = analysis
        analyzing = analysis != nil
        tokens = UnsafeMutablePointer<TextToken>.allocate(capacity: 1)
        tokenCapacity = 0
        ownsTokens = true
        let table = analysis?.table ?? Self.noTable
        entries = table.entries
        analyzedCount = table.analyzedCount
        stream = StreamBuffers(
            capacity: analysis == nil ? 0 : capacity, terms: analysis?.vocabulary.termCount ?? 0,
            prefixes: analysis?.vocabulary.prefixCount ?? 0, prefixIDs: table.prefixIDs)
    }

    /// The lower-cased words of `text`, in order (for patterns and headings).
    public static func words(_ text: String) -> [String] {
        tokenize(text).texts
    }

    /// Tokenizes `text`, whose first line is line `firstLine`.
    public static func tokenize(_ text: String, firstLine: Int = 1) -> TokenizedText {
        let (tokens, stream) = tokenize(text, firstLine: firstLine, analysis: nil)
        stream.deallocate()
        return tokens
    }

    /// Tokenizes `text`, interning its words into the table of `analysis` when one is given and
    /// then also writing its analyzed stream (empty without `analysis`; the caller owns it).
    static func tokenize(_ text: String, firstLine: Int, analysis: WordAnalysis?) -> (TokenizedText, StreamBuffers) {
        var copy = text
        let length = copy.utf8.count
        // The tokens are written straight into the array's storage, sized for a word per four
        // bytes (answers average about six): a denser text moves them to raw storage that grows
        // (`growTokens`), copied into the array at the end. The stream grows with them.
        let capacity = length / 4 + 16
        var tokenizer = Tokenizer(analysis: analysis, capacity: capacity)
        let table = analysis?.table
        tokenizer.output.table = table
        tokenizer.word = [UInt8](repeating: 0, count: 64)
        tokenizer.output.sentences.reserveCapacity(length / 64 + 4)
        tokenizer.output.commaClauseList.reserveCapacity(length / 64 + 4)
        tokenizer.output.tokens = [TextToken](unsafeUninitializedCapacity: capacity) { buffer, count in
            guard let storage = buffer.baseAddress else { return }  // never nil: capacity > 0
            tokenizer.tokens.deallocate()
            tokenizer.tokens = storage
            tokenizer.tokenCapacity = capacity
            tokenizer.ownsTokens = false
            copy.withUTF8 { bytes in tokenizer.run(bytes, firstLine: firstLine) }
            if !tokenizer.ownsTokens { count = tokenizer.tokenCount }
        }
        if tokenizer.ownsTokens {
            tokenizer.output.tokens = Array(UnsafeBufferPointer(start: tokenizer.tokens, count: tokenizer.tokenCount))
            tokenizer.tokens.deallocate()
        }
        if let table {
            table.interner.appendWords(to: &table.words)
        } else {
            tokenizer.interner.appendWords(to: &tokenizer.output.words)
        }
        tokenizer.stream.finish()
        return (tokenizer.output, tokenizer.stream)
    }

    /// Reads the text line by line. Line ends are found with memchr (`AnswerDocument.firstIndex`),
    /// which reads many bytes at a time: a byte-at-a-time or eight-byte search cost several
    /// instructions per byte of every line.
    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        guard bytes.baseAddress != nil else {
            line = firstLine
            closeSentence()
            return
        }
        var inCode = false
        var lineNumber = firstLine
        var start = 0
        while start <= bytes.count {
            let end = AnswerDocument.firstIndex(of: 0x0A, in: bytes, from: start) ?? bytes.count
            line = lineNumber
            process(bytes, start, end, inCode: &inCode)
            lineNumber += 1
            start = end + 1
        }
        closeSentence()
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

    /// Notes that the clause just begun follows a comma.
    mutating func markCommaClause() {
        output.commaClauseList.append(clause)
        stream.lastComma = clause
    }

    mutating func breakClause(separator: Double) {
        clause += 1
        separators += separator
    }

    mutating func openSentence(heading: Bool, listItem: Bool, continuingBlock: Bool = false) {
        if !continuingBlock { block += 1 }
        sentenceOpen = true
        sentenceStart = tokenCount
        sentenceLine = line
        separators = 0
        isHeading = heading
        isListItem = listItem
        hasQuantitySymbol = false
    }

    mutating func closeSentence(reopen: Bool = false) {
        flushWord()
        if sentenceOpen, tokenCount > sentenceStart {
            output.sentences.append(
                TextSentence(
                    line: sentenceLine, tokens: sentenceStart..<tokenCount, separators: separators,
                    isHeading: isHeading, isListItem: isListItem, hasQuantitySymbol: hasQuantitySymbol,
                    block: block))
            if analyzing { stream.closeSentence(block: block) }
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

}
