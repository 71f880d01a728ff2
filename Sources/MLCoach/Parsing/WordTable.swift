/// The distinct words seen across a batch of answers graded by one grader, each interned once
/// with its analysis, so repeated words are never hashed as Strings or analyzed again. Owned by a
/// `WordCache`; use one per thread.
final class WordTable: @unchecked Sendable {
    /// Byte-keyed interning of words.
    let interner = WordInterner()
    /// The words by id.
    var words: [String] = []
    /// What each analyzed word is to the grader, by id.
    private(set) var infos: [WordInfo] = []
    /// The part of each analyzed word's info that is read for every token, by id, in raw storage
    /// (`analyzedCount` entries) so that the tokenizer reads it with one load and no reference
    /// counting. Reallocated as words arrive: read it again after `analyzeNewWords`.
    private(set) var entries: UnsafeMutablePointer<WordEntry>
    private var entryCapacity = 64
    /// Every analyzed word's prefix ids, flattened: word `w` has
    /// `prefixIDs[entries[w].prefixStart..<entries[w].prefixEnd]`. Reallocated as words arrive.
    private(set) var prefixIDs: UnsafeMutablePointer<Int32>
    private var prefixIDCount = 0
    private var prefixIDCapacity = 64
    /// Headings already mapped to a step (nil: no step), as answers of a batch share headings.
    var headingSteps: [String: StepID?] = [:]
    /// Heading words already analyzed.
    var headingWords: [String: WordInfo] = [:]

    /// The number of words analyzed: those with an info and an entry.
    var analyzedCount: Int { infos.count }

    init() {
        entries = .allocate(capacity: entryCapacity)
        prefixIDs = .allocate(capacity: prefixIDCapacity)
    }

    deinit {
        entries.deallocate()
        prefixIDs.deallocate()
    }

    /// Makes the Strings of the words interned since the last call and analyzes them against
    /// `vocabulary`, in id order. `clauseBreaks[term]` says whether a term starts a new clause.
    func analyzeNewWords(vocabulary: Vocabulary, clauseBreaks: [Bool]) {
        interner.appendWords(to: &words)
        while infos.count < words.count {
            let info = vocabulary.analyze(words[infos.count])
            // The stream counts terms and prefixes into arrays of these sizes without checks.
            precondition(
                info.term >= -1 && Int(info.term) < vocabulary.termCount
                    && info.prefixes.allSatisfy { $0 >= 0 && Int($0) < vocabulary.prefixCount },
                "an analysis names an id outside the vocabulary")
            add(info, clauseBreaks: clauseBreaks)
        }
    }

    /// Records the analysis of the next word.
    private func add(_ info: WordInfo, clauseBreaks: [Bool]) {
        let id = infos.count
        infos.append(info)
        var kind: WordKind = []
        if info.isArticle { kind.insert(.article) }
        if info.isFunctionWord { kind.insert(.functionWord) }
        if info.isNegativeContraction { kind.insert(.negativeContraction) }
        if !info.prefixes.isEmpty { kind.insert(.hasPrefixes) }
        if info.term >= 0, Int(info.term) < clauseBreaks.count, clauseBreaks[Int(info.term)] {
            kind.insert(.breaksClause)
        }
        if prefixIDCount + info.prefixes.count > prefixIDCapacity {
            prefixIDCapacity = max(2 * prefixIDCapacity, prefixIDCount + info.prefixes.count)
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: prefixIDCapacity)
            grown.initialize(from: prefixIDs, count: prefixIDCount)
            prefixIDs.deallocate()
            prefixIDs = grown
        }
        let prefixStart = prefixIDCount
        for prefix in info.prefixes {
            // In range: the capacity was made to hold this word's prefixes above.
            (prefixIDs + prefixIDCount).initialize(to: prefix)
            prefixIDCount += 1
        }
        if id == entryCapacity {
            entryCapacity *= 2
            let grown = UnsafeMutablePointer<WordEntry>.allocate(capacity: entryCapacity)
            grown.initialize(from: entries, count: id)
            entries.deallocate()
            entries = grown
        }
        // In range: id < entryCapacity after the check above.
        (entries + id).initialize(
            to: WordEntry(
                term: info.term, firstPrefix: info.prefixes.first ?? -1, prefixStart: Int32(prefixStart),
                prefixEnd: Int32(prefixIDCount), kind: kind))
    }

    /// The kind of the analyzed word `word`.
    func kind(of word: Int) -> WordKind {
        precondition(word >= 0 && word < analyzedCount, "the word is not analyzed")
        return entries[word].kind
    }
}

/// What the analysis reads of a word for every token, packed in one record: its term id, where
/// its prefix ids lie in `WordTable.prefixIDs`, and its kind.
struct WordEntry {
    var term: Int32
    /// The first of the word's prefix ids (-1: none), read without going to `prefixIDs`: most
    /// words with prefixes have just one.
    var firstPrefix: Int32
    var prefixStart: Int32
    var prefixEnd: Int32
    var kind: WordKind
}

/// The yes-or-no facts about a word that the analysis reads for every token.
struct WordKind: OptionSet, Sendable {
    let rawValue: UInt8
    static let article = WordKind(rawValue: 1)
    static let functionWord = WordKind(rawValue: 2)
    static let negativeContraction = WordKind(rawValue: 4)
    static let hasPrefixes = WordKind(rawValue: 8)
    /// The word's term starts a new clause (`but`, `because`).
    static let breaksClause = WordKind(rawValue: 16)
}

/// What the tokenizer needs to analyze an answer as it reads it: the batch's word table, and the
/// vocabulary and clause breaks that words new to the table are analyzed against. A class, so
/// that the tokenizer holds it without copying the vocabulary.
final class WordAnalysis {
    let table: WordTable
    let vocabulary: Vocabulary
    /// Whether each term id starts a new clause.
    let clauseBreaks: [Bool]

    init(table: WordTable, vocabulary: Vocabulary, clauseBreaks: [Bool]) {
        self.table = table
        self.vocabulary = vocabulary
        self.clauseBreaks = clauseBreaks
    }

    /// Analyzes the words new to the table.
    func analyzeNewWords() {
        table.analyzeNewWords(vocabulary: vocabulary, clauseBreaks: clauseBreaks)
    }
}
