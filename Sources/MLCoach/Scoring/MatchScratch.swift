/// Per-answer buffers for matching, reused from pattern to pattern.
final class MatchScratch {
    /// The anchor group's spans of the pattern being matched.
    var anchors: [PatternMatch] = []
    /// Per sentence, the earliest span found so far (sentence -1: none). Raw storage, written
    /// for every occurrence of a one-group pattern's words.
    let firstBySentence: UnsafeMutableBufferPointer<PatternMatch>
    /// The sentences with a span, in the order found (at most one entry per sentence).
    let touched: UnsafeMutableBufferPointer<Int32>
    /// Per alternative of the pattern being matched, where its occurrences in the current anchor's
    /// window begin (see `cursors(count:)`).
    private var cursorStorage = UnsafeMutableBufferPointer<Int>.allocate(capacity: 16)
    /// 64-bit words in a set of sentences; 0 when the text has too many sentences for the sets to
    /// pay off, and matching then looks at every anchor.
    let sentenceWords: Int
    /// The sentences a pattern may match in (`sentenceWords` words).
    let candidates: UnsafeMutablePointer<UInt64>
    /// Per group of the pattern being matched, the sentences its first words occur in.
    private var groupStorage: UnsafeMutableBufferPointer<UInt64>
    /// The sentences each term and prefix occurs in, `sentenceWords` words per slot of the
    /// occurrence index, stored at the first slot of the unit's run (unique to the unit). Computed
    /// for every unit at once, when first needed.
    private var unitSentences: (terms: UnsafeMutablePointer<UInt64>, prefixes: UnsafeMutablePointer<UInt64>)?

    /// The most sentences the sentence sets are kept for (their memory grows with sentences times
    /// occurrences).
    static let maxFilteredSentences = 1024

    /// Buffers for a text of `sentences` sentences.
    init(sentences: Int) {
        firstBySentence = .allocate(capacity: max(1, sentences))
        firstBySentence.initialize(repeating: PatternMatch(sentence: -1, start: -1, end: -1))
        touched = .allocate(capacity: max(1, sentences))
        touched.initialize(repeating: 0)
        sentenceWords = sentences <= Self.maxFilteredSentences ? (sentences + 63) / 64 : 0
        candidates = .allocate(capacity: max(1, sentenceWords))
        groupStorage = .allocate(capacity: max(1, 4 * sentenceWords))
    }

    /// `count` cursors, all 0.
    func cursors(count: Int) -> UnsafeMutableBufferPointer<Int> {
        if cursorStorage.count < count {
            cursorStorage.deallocate()
            cursorStorage = .allocate(capacity: count)
        }
        let cursors = UnsafeMutableBufferPointer(rebasing: cursorStorage[0..<count])
        cursors.initialize(repeating: 0)
        return cursors
    }

    /// Room for the sentence sets of `count` groups, `sentenceWords` words each.
    func groupSentences(count: Int) -> UnsafeMutablePointer<UInt64> {
        if groupStorage.count < count * sentenceWords {
            groupStorage.deallocate()
            groupStorage = .allocate(capacity: count * sentenceWords)
        }
        return groupStorage.baseAddress!
    }

    /// The sentences each term and each prefix occurs in: `sentenceWords` words per slot of the
    /// occurrence index, a unit's set stored at the first slot of its run (unique to the unit).
    /// Computed for every unit at once, when first asked for: one pass over the stream.
    func unitSentences(_ index: OccurrenceIndex.View) -> (
        terms: UnsafeMutablePointer<UInt64>, prefixes: UnsafeMutablePointer<UInt64>
    ) {
        if let unitSentences { return unitSentences }
        let words = sentenceWords
        let termSets = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, index.termPositions.count * words))
        termSets.initialize(repeating: 0, count: max(1, index.termPositions.count * words))
        let prefixSets = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, index.prefixPositions.count * words))
        prefixSets.initialize(repeating: 0, count: max(1, index.prefixPositions.count * words))
        if words > 0 {
            // Every id in the stream is within the index (it was built from them).
            for position in 0..<index.terms.count {
                let sentence = Int(index.sentences[position])
                let word = sentence >> 6
                let bit: UInt64 = 1 << UInt64(sentence & 63)
                let term = Int(index.terms[position])
                if term >= 0 && term + 1 < index.termStarts.count {
                    termSets[Int(index.termStarts[term]) * words + word] |= bit
                }
                for slot in Int(index.prefixOffsets[position])..<Int(index.prefixOffsets[position + 1]) {
                    let prefix = Int(index.prefixList[slot])
                    if prefix + 1 < index.prefixStarts.count {
                        prefixSets[Int(index.prefixStarts[prefix]) * words + word] |= bit
                    }
                }
            }
        }
        unitSentences = (termSets, prefixSets)
        return (termSets, prefixSets)
    }

    deinit {
        firstBySentence.deallocate()
        touched.deallocate()
        cursorStorage.deallocate()
        candidates.deallocate()
        groupStorage.deallocate()
        unitSentences?.terms.deallocate()
        unitSentences?.prefixes.deallocate()
    }
}
