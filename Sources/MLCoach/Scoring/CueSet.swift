/// The language's cue phrases compiled against a grader's vocabulary.
struct CueSet: Sendable {
    var negations: [CompiledPattern]
    var negationExceptions: [CompiledPattern]
    var postNegations: [CompiledPattern]
    var dismissals: [CompiledPattern]
    var postDismissals: [CompiledPattern]
    var reasons: [CompiledPattern]
    var tradeoffs: [CompiledPattern]
    var numberWords: [CompiledPattern]
    var hedges: [CompiledPattern]
    var decisions: [CompiledPattern]
    var clauseBreakTerms: Set<Int32>
    /// `clauseBreaks[term]`: whether a term starts a clause (filled once the vocabulary is complete).
    var clauseBreaks: [Bool] = []
    /// Surface forms of function words (not stemmed).
    var functionWords: Set<String>
    /// Single words that make a pattern carry its own negation.
    var negationWords: Set<String>

    init(language: Language, vocabulary: inout Vocabulary) {
        var negationWords = Set<String>()
        for phrase in language.negations + language.postDismissals where !phrase.contains(" ") {
            negationWords.insert(phrase)
        }
        // Words of multi-word negations ("instead of", "rather than"): a pattern written with them
        // carries its own contrast and must not be cancelled by it.
        negationWords.formUnion(["skip", "ignore", "need", "instead", "rather"])
        self.negationWords = negationWords
        func compile(_ phrases: [String]) -> [CompiledPattern] {
            CompiledPattern.compileAll(phrases, negationWords: [], vocabulary: &vocabulary)
        }
        // The lists whose spans are only listed (never matched pattern by pattern): their one-group
        // phrases become the alternatives of one pattern, looked up in one pass.
        func compileMerged(_ phrases: [String]) -> [CompiledPattern] {
            CompiledPattern.merged(compile(phrases))
        }
        negations = compileMerged(language.negations)
        negationExceptions = compile(language.negationExceptions)
        postNegations = compileMerged(language.postNegations)
        dismissals = compileMerged(language.dismissals)
        postDismissals = compileMerged(language.postDismissals)
        reasons = compileMerged(language.reasonCues)
        tradeoffs = compileMerged(language.tradeoffCues)
        numberWords = compileMerged(language.numberWords)
        hedges = compileMerged(language.hedges)
        decisions = compileMerged(language.decisionCues)
        clauseBreakTerms = Set(language.clauseBreaks.filter { !$0.contains(" ") }.map { vocabulary.intern($0) })
        functionWords = Set(language.functionWords)
    }
}
