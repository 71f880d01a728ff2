/// Text split into words, clauses and sentences, each word with its line.
public struct TokenizedText: Sendable {
    /// The words in reading order.
    public var tokens: [TextToken] = []
    /// The sentences in reading order; a heading, a list item or a table row is a sentence.
    public var sentences: [TextSentence] = []
    /// The distinct lower-cased words, indexed by `TextToken.word` (when no word table is used).
    public var words: [String] = []
    /// The batch's word table, when the text was tokenized into one; it holds the words then.
    var table: WordTable?
    /// Clause numbers of clauses that begin right after a comma (list items, appositions).
    public var commaClauses: Set<Int> {
        get { Set(commaClauseList) }
        set { commaClauseList = newValue.sorted() }
    }
    /// The same in increasing order (the tokenizer numbers clauses as it goes), so the analysis
    /// reads them in one walk without hashing.
    var commaClauseList: [Int] = []

    /// The lower-cased text of a token.
    public func text(of token: TextToken) -> String {
        table?.words[Int(token.word)] ?? words[Int(token.word)]
    }

    /// The lower-cased text of every token, in order.
    public var texts: [String] {
        tokens.map { text(of: $0) }
    }
}

/// One word of the text, lower-cased.
public struct TextToken: Sendable, Equatable {
    /// The index of the lower-cased word (`don't`, `pr`, `0.15`) in `TokenizedText.words`.
    public var word: Int32
    /// The line it stands on, from 1.
    public var line: Int
    /// The index of its sentence in `TokenizedText.sentences`.
    public var sentence: Int
    /// A clause number, increasing through the text; punctuation starts a new clause.
    public var clause: Int
    /// True when the word is a number (`50`, `0.15`).
    public var isNumber: Bool
}

/// One sentence of the text.
public struct TextSentence: Sendable, Equatable {
    /// The line the sentence starts on.
    public var line: Int
    /// The tokens of the sentence.
    public var tokens: Range<Int>
    /// Separators between words (commas, pipes, arrows, spaced slashes), counting list structure.
    public var separators: Double
    /// True when the sentence is a Markdown heading.
    public var isHeading: Bool
    /// True when the sentence is a list item or a table row.
    public var isListItem: Bool
    /// True when a symbol that marks a quantity stands in it (`%`, `$`, `ms`, `x`).
    public var hasQuantitySymbol: Bool
    /// The block (paragraph, list item, heading or table row) the sentence belongs to.
    public var block: Int
}
