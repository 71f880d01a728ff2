/// Grades written answers to one problem. Compile once, then call `evaluation(of:)` for each answer;
/// the same answer always gets the same evaluation.
public struct Grader: Sendable {
    /// The problem answers are graded against.
    public let problem: Problem
    let vocabulary: Vocabulary
    let cues: CueSet
    let items: [CompiledItem]
    /// Every item's patterns in one flat list, in the order items and their phrasings are listed.
    let itemPatterns: [ItemPattern]
    /// Indices into `items`, per dimension.
    let itemsByDimension: [Dimension: [Int]]
    /// Each item's place in the order of item ids (equal ids share one): ties in the reports are
    /// broken by id, compared as numbers.
    let idRanks: [Int]
    let flags: [CompiledFlag]
    let ownDomain: [CompiledPattern]
    let otherDomains: [[CompiledPattern]]
    let headingMatcher: HeadingMatcher
    /// Whether each term id is a content word of the interviewer's prompt, to spot answers that
    /// only restate it.
    let isPromptTerm: [Bool]
    /// Per dimension (in `Dimension.allCases` order), the words that show an answer talks about it.
    let topics: [[CompiledPattern]]
    /// The words of each phrase that opens a closing summary.
    let summaryCues: [[String]]
    /// The first words of the summary cues: most sentences open with none of them.
    let summaryOpeners: Set<String>
    let rules = ScoringRules()
    /// Which groups of the multi-group patterns each unit opens (see `GroupPostings`).
    let postings: GroupPostings

    /// Compiles the rubric of `problem`; `otherProblems` supply the vocabulary that marks an answer
    /// to a different problem.
    public init(problem: Problem, language: Language, otherProblems: [Problem] = []) {
        self.problem = problem
        var vocabulary = Vocabulary(
            synonyms: [language.synonyms, problem.lexicon], functionWords: Set(language.functionWords))
        let cues = CueSet(language: language, vocabulary: &vocabulary)
        let negationWords = cues.negationWords
        func compile(_ texts: [String]) -> [CompiledPattern] {
            CompiledPattern.compileAll(texts, negationWords: negationWords, vocabulary: &vocabulary)
        }
        items = problem.rubric.map { item in
            CompiledItem(item: item, phrasings: compile(item.phrasings), paraphrases: compile(item.paraphrases))
        }
        itemPatterns = ItemPattern.list(items)
        var byDimension: [Dimension: [Int]] = [:]
        for (index, item) in problem.rubric.enumerated() { byDimension[item.dimension, default: []].append(index) }
        itemsByDimension = byDimension
        let ids = problem.rubric.map(\.id)
        var idRanks = [Int](repeating: 0, count: ids.count)
        var rank = 0
        let byID = ids.indices.sorted { ids[$0] < ids[$1] }
        for (place, index) in byID.enumerated() {
            if place > 0 && ids[byID[place - 1]] < ids[index] { rank = place }
            idRanks[index] = rank
        }
        self.idRanks = idRanks
        flags = problem.redFlags.map { flag in
            CompiledFlag(flag: flag, patterns: compile(flag.patterns), unless: compile(flag.unless))
        }
        topics = Dimension.allCases.map { compile(language.topics[$0] ?? []) }
        // Domain terms are only listed (see `topicality`): one pattern per problem's list.
        ownDomain = CompiledPattern.merged(compile(problem.domainTerms))
        otherDomains = otherProblems.filter { $0.id != problem.id }.map {
            CompiledPattern.merged(compile($0.domainTerms))
        }
        headingMatcher = HeadingMatcher(
            StepID.allCases.map { step in (step, compile(language.headings[step] ?? [])) },
            titles: problem.steps.map { ($0.id, $0.title) } + StepID.allCases.map { ($0, $0.defaultTitle) },
            problemTitle: problem.title)
        let functionWords = Set(language.functionWords)
        let prompt = Tokenizer.tokenize(problem.prompt)
        let promptTerms = Set(
            prompt.tokens.filter { !$0.isNumber && !functionWords.contains(prompt.text(of: $0)) }
                .map { vocabulary.intern(prompt.text(of: $0)) })
        var finished = cues
        finished.clauseBreaks = [Bool](repeating: false, count: vocabulary.termCount)
        for term in cues.clauseBreakTerms where Int(term) < vocabulary.termCount {
            finished.clauseBreaks[Int(term)] = true
        }
        self.cues = finished
        var isPromptTerm = [Bool](repeating: false, count: vocabulary.termCount)
        for term in promptTerms where term >= 0 && Int(term) < isPromptTerm.count { isPromptTerm[Int(term)] = true }
        self.isPromptTerm = isPromptTerm
        summaryCues = language.summaryCues.map { Tokenizer.words($0) }.filter { !$0.isEmpty }
        summaryOpeners = Set(summaryCues.compactMap(\.first))
        let matched =
            items.flatMap { $0.phrasings + $0.paraphrases } + flags.flatMap { $0.patterns + $0.unless }
            + topics.flatMap { $0 } + cues.negationExceptions
        postings = GroupPostings(
            patterns: matched.filter { $0.groupCount > 1 }, termCount: vocabulary.termCount,
            prefixCount: vocabulary.prefixCount)
        self.vocabulary = vocabulary
    }

    /// Grades one answer.
    public func evaluation(of document: AnswerDocument) -> Evaluation {
        var cache = WordCache()
        return evaluation(of: document, cache: &cache)
    }

    /// Grades one answer, reusing `cache` (how each distinct word maps onto the rubric) across the
    /// answers of a batch graded on one thread.
    public func evaluation(of document: AnswerDocument, cache: inout WordCache) -> Evaluation {
        let text = AnalyzedText(
            analyzing: document.body, firstLine: document.bodyFirstLine, vocabulary: vocabulary,
            clauseBreaks: cues.clauseBreaks, table: cache.table)
        let tokens = text.text
        text.scratch.postings = postings
        let cueMap = CueMap(text, cues: cues)
        var profiles = sentenceProfiles(tokens, text: text)
        let (topic, domain) = topicality(text, profiles: profiles)
        let (findings, wrong) = flagFindings(text, cueMap: cueMap, profiles: profiles, document: document)
        var hits = itemHits(text, cueMap: cueMap, profiles: profiles)
        // A statement the answer gets wrong (a red flag) earns nothing in the flag's dimension.
        for index in hits.indices
        where wrong.contains(
            WrongStatement(sentence: hits[index].match.sentence, dimension: items[hits[index].item].item.dimension))
        {
            hits[index].counts = false
        }
        countItemsPerSentence(hits, profiles: &profiles)
        let context = MatchContext(profiles: profiles, cues: cueMap, domain: domain)
        let credits = itemCredits(hits, context: context)
        let present = topicsPresent(text, cueMap: cueMap, profiles: profiles)
        return assemble(
            document: document, text: text, hits: hits, credits: credits, findings: findings,
            topic: topic, present: present, wordCount: tokens.tokens.count, cache: &cache)
    }
}

/// A rubric item with its patterns compiled.
struct CompiledItem: Sendable {
    var item: RubricItem
    var phrasings: [CompiledPattern]
    var paraphrases: [CompiledPattern]

    /// The pattern of `hit` as written.
    func source(of hit: ItemHit) -> String {
        (hit.isParaphrase ? paraphrases : phrasings)[Int(hit.pattern)].source
    }
}

/// A red flag with its patterns compiled.
struct CompiledFlag: Sendable {
    var flag: RedFlag
    var patterns: [CompiledPattern]
    var unless: [CompiledPattern]
}

/// One place a rubric item's pattern matched.
struct ItemHit: Sendable {
    var item: Int
    var match: PatternMatch
    var isParaphrase: Bool
    var polarity: CueMap.Polarity
    /// True when the hit counts: affirmed, or a negated harm.
    var counts: Bool
    /// Which of the item's patterns matched: an index into its phrasings, or into its
    /// paraphrases when `isParaphrase` (the text is looked up only for the evidence shown).
    var pattern: Int32
}

/// A sentence where a red flag of a dimension fired.
struct WrongStatement: Hashable, Sendable {
    var sentence: Int32
    var dimension: Dimension
}

/// The credit an item earned and the hit behind it.
struct ItemCredit: Sendable {
    var credit: Double
    var best: ItemHit?
    var dismissal: ItemHit?
}

/// Remembers how words map onto one grader's rubric, to speed up grading many answers.
public struct WordCache: Sendable {
    /// The words seen so far and their analyses (shared by copies of the cache).
    let table = WordTable()

    /// An empty cache.
    public init() {}
}
