/// Maps words to canonical terms: lower-cased, stemmed, then through the synonym table. Terms
/// that patterns use get integer ids; prefixes (`calibrat*`) get ids of their own.
struct Vocabulary: Sendable {
    /// Canonical stem to term id.
    private(set) var termIDs: [String: Int32] = [:]
    /// Prefix to prefix id.
    private(set) var prefixIDs: [String: Int32] = [:]
    /// Stem to canonical stem, from the synonym tables.
    private var canonicalStems: [String: String] = [:]
    /// The longest prefix, to bound prefix lookups.
    private var longestPrefix = 0
    /// The prefixes again, byte by byte, for words of plain ASCII.
    private var prefixTrie = PrefixTrie()
    /// The first two bytes of every prefix (one byte for one-letter prefixes, as `b << 8`): a word
    /// whose start is not among them has no prefix to look up.
    private var prefixOpenings: Set<UInt16> = []
    /// Words that carry grammar rather than content (surface forms).
    let functionWords: Set<String>

    /// Creates a vocabulary with synonym groups (canonical word to variants) and the language's
    /// function words.
    init(synonyms: [[String: [String]]], functionWords: Set<String> = []) {
        self.functionWords = functionWords
        for table in synonyms {
            for canonical in table.keys.sorted() {
                let target = Self.stem(canonical)
                for variant in table[canonical] ?? [] {
                    let words = Tokenizer.words(variant)
                    guard words.count == 1 else { continue }
                    let stem = Self.stem(words[0])
                    if stem != target { canonicalStems[stem] = target }
                }
            }
        }
    }

    static func stem(_ word: String) -> String {
        PorterStemmer.stem(word)
    }

    /// The canonical form of a lower-case word.
    func canonical(_ word: String) -> String {
        let stem = Self.stem(word)
        return canonicalStems[stem] ?? stem
    }

    /// The key a word's term is filed under. A function word keeps its exact form, so a content
    /// word whose stem happens to spell one never matches it ("ones" stems to "on", "use" to "us").
    private func key(_ word: String) -> String {
        key(word, isFunctionWord: functionWords.contains(word))
    }

    /// The same, for a word already known to be a function word or not.
    private func key(_ word: String, isFunctionWord: Bool) -> String {
        isFunctionWord ? "=" + word : canonical(word)
    }

    /// Keys already computed while compiling patterns.
    private var keyMemo: [String: String] = [:]

    /// The id of a word's term, adding it when new.
    mutating func intern(_ word: String) -> Int32 {
        let key: String
        if let known = keyMemo[word] {
            key = known
        } else {
            key = self.key(word)
            keyMemo[word] = key
        }
        if let id = termIDs[key] { return id }
        let id = Int32(termIDs.count)
        termIDs[key] = id
        return id
    }

    /// The id of a prefix, adding it when new.
    mutating func internPrefix(_ prefix: String) -> Int32 {
        if let id = prefixIDs[prefix] { return id }
        let id = Int32(prefixIDs.count)
        prefixIDs[prefix] = id
        if !prefix.isEmpty { prefixTrie.insert(prefix, id: id) }
        longestPrefix = max(longestPrefix, prefix.count)
        prefixOpenings.insert(Self.opening(prefix))
        return id
    }

    /// The number of term ids.
    var termCount: Int { termIDs.count }

    /// The number of prefix ids.
    var prefixCount: Int { prefixIDs.count }

    /// How a word of an answer maps onto the vocabulary.
    func analyze(_ word: String) -> WordInfo {
        if PatternSyntax.articles.contains(word) {
            return WordInfo(term: -1, prefixes: [], isArticle: true, isFunctionWord: true, isNegativeContraction: false)
        }
        // Numbers (most of an answer's one-off words) are not stemmed.
        let isNumber = word.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
        let isFunctionWord = functionWords.contains(word)
        let term = termIDs[isNumber ? word : key(word, isFunctionWord: isFunctionWord)] ?? -1
        var prefixes: [Int32] = []
        if !prefixIDs.isEmpty,
            prefixOpenings.contains(Self.opening(word)) || prefixOpenings.contains(Self.opening(word, length: 1))
        {
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                // One byte per character: the prefixes by bytes are the prefixes by characters.
                prefixes = prefixTrie.prefixes(of: word)
            } else {
                var candidate = ""
                for character in word.prefix(longestPrefix) {
                    candidate.append(character)
                    if let id = prefixIDs[candidate] { prefixes.append(id) }
                }
            }
        }
        return WordInfo(
            term: term, prefixes: prefixes, isArticle: false, isFunctionWord: isFunctionWord,
            isNegativeContraction: word.hasSuffix("n't"))
    }

    /// The first `length` (1 or 2) bytes of a word as one number.
    private static func opening(_ word: String, length: Int = 2) -> UInt16 {
        var utf8 = word.utf8.makeIterator()
        let first = UInt16(utf8.next() ?? 0) << 8
        guard length == 2, word.utf8.count >= 2 else { return first }
        return first | UInt16(utf8.next() ?? 0)
    }
}

/// A word's term id (or -1), the ids of the prefixes it starts with, and whether it is an article.
struct WordInfo: Sendable {
    var term: Int32
    var prefixes: [Int32]
    var isArticle: Bool
    /// A word that carries grammar rather than content ("the", "we", "because").
    var isFunctionWord: Bool
    /// A negative contraction ("don't", "isn't").
    var isNegativeContraction: Bool
}
