/// The distinct words seen across a batch of answers graded by one grader, each interned once
/// with its analysis, so repeated words are never hashed as Strings or analyzed again. Owned by a
/// `WordCache`; use one per thread.
final class WordTable: @unchecked Sendable {
    /// Byte-keyed interning of words.
    var interner = WordInterner()
    /// The words by id.
    var words: [String] = []
    /// What each word is to the grader, by id (filled by the analysis as words arrive).
    var infos: [WordInfo] = []
    /// Headings already mapped to a step (nil: no step), as answers of a batch share headings.
    var headingSteps: [String: StepID?] = [:]
    /// Heading words already analyzed.
    var headingWords: [String: WordInfo] = [:]
}
