/// The distinct words seen across a batch of answers graded by one grader, each interned once
/// with its analysis, so repeated words are never hashed as Strings or analyzed again. Owned by a
/// `WordCache`; use one per thread.
final class WordTable: @unchecked Sendable {
    /// Byte-keyed interning of words.
    let interner = WordInterner()
    /// The words by id.
    var words: [String] = []
    /// What each word is to the grader, by id (filled by the analysis as words arrive).
    private(set) var infos: [WordInfo] = []
    /// Each word's term id and kind, by id: the parts of `infos` read for every token, kept in
    /// flat arrays so that reading them costs no reference counting.
    private(set) var terms: [Int32] = []
    private(set) var kinds: [WordKind] = []
    /// Each word's prefix ids, flattened: word `w` has `prefixIDs[prefixStarts[w]..<prefixStarts[w + 1]]`.
    private(set) var prefixStarts: [Int32] = [0]
    private(set) var prefixIDs: [Int32] = []
    /// Headings already mapped to a step (nil: no step), as answers of a batch share headings.
    var headingSteps: [String: StepID?] = [:]
    /// Heading words already analyzed.
    var headingWords: [String: WordInfo] = [:]

    /// Records the analysis of the next word.
    func add(_ info: WordInfo) {
        infos.append(info)
        terms.append(info.term)
        var kind: WordKind = []
        if info.isArticle { kind.insert(.article) }
        if info.isFunctionWord { kind.insert(.functionWord) }
        if info.isNegativeContraction { kind.insert(.negativeContraction) }
        if !info.prefixes.isEmpty { kind.insert(.hasPrefixes) }
        kinds.append(kind)
        prefixIDs += info.prefixes
        prefixStarts.append(Int32(prefixIDs.count))
    }
}

/// The yes-or-no facts about a word that the analysis reads for every token.
struct WordKind: OptionSet, Sendable {
    let rawValue: UInt8
    static let article = WordKind(rawValue: 1)
    static let functionWord = WordKind(rawValue: 2)
    static let negativeContraction = WordKind(rawValue: 4)
    static let hasPrefixes = WordKind(rawValue: 8)
}
