/// Per-answer buffers for matching, reused from pattern to pattern.
final class MatchScratch {
    /// The anchor group's spans of the pattern being matched.
    let anchors = MatchList()
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

    /// The grader's group postings, when it has them: `groupTable` is computed from them.
    var postings: GroupPostings?
    private var groupTableStorage: (estimates: UnsafeMutablePointer<Int>, sets: UnsafeMutablePointer<UInt64>)?

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
    /// occurrence index, a unit's set stored at the first slot of its run (unique to the unit;
    /// the other slots are never written or read). Computed for every unit at once, when first
    /// asked for: one pass over the units and their occurrences.
    func unitSentences(_ index: OccurrenceIndex.View) -> (
        terms: UnsafeMutablePointer<UInt64>, prefixes: UnsafeMutablePointer<UInt64>
    ) {
        if let unitSentences { return unitSentences }
        let words = sentenceWords
        func sets(starts: UnsafeBufferPointer<Int32>, positions: UnsafeBufferPointer<Int32>) -> UnsafeMutablePointer<
            UInt64
        > {
            let sets = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, positions.count * words))
            guard words > 0, starts.count > 1 else { return sets }
            // Runs are in unit order and cover the position list; every position is in the stream.
            for unit in 0..<starts.count - 1 {
                let first = Int(starts[unit])
                let end = Int(starts[unit + 1])
                guard first < end else { continue }
                let set = sets + first &* words
                set.initialize(repeating: 0, count: words)
                for slot in first..<end {
                    let sentence = Int(index.sentences[Int(positions[slot])])
                    set[sentence >> 6] |= 1 << UInt64(sentence & 63)
                }
            }
            return sets
        }
        let result = (
            terms: sets(starts: index.termStarts, positions: index.termPositions),
            prefixes: sets(starts: index.prefixStarts, positions: index.prefixPositions)
        )
        unitSentences = result
        return result
    }

    /// Per global group of the grader's patterns, its estimate and sentence set (`sentenceWords`
    /// words each), computed for every group at once when first asked for; nil without postings.
    /// Takes the index object, not its view: asked for by every pattern, and a view passed on
    /// would be copied (160 bytes) on each call.
    @inline(__always)
    func groupTable(_ index: OccurrenceIndex) -> (
        estimates: UnsafeMutablePointer<Int>, sets: UnsafeMutablePointer<UInt64>
    )? {
        if let groupTableStorage { return groupTableStorage }
        return makeGroupTable(index.view)
    }

    /// Computes `groupTable` (see there), once per answer.
    @inline(never)
    private func makeGroupTable(_ index: OccurrenceIndex.View) -> (
        estimates: UnsafeMutablePointer<Int>, sets: UnsafeMutablePointer<UInt64>
    )? {
        guard let postings else { return nil }
        let estimates = UnsafeMutablePointer<Int>.allocate(capacity: max(1, postings.groupCount))
        estimates.initialize(repeating: 0, count: max(1, postings.groupCount))
        let sets = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, postings.groupCount * sentenceWords))
        sets.initialize(repeating: 0, count: max(1, postings.groupCount * sentenceWords))
        postings.fill(estimates: estimates, sets: sets, words: sentenceWords, index: index)
        groupTableStorage = (estimates, sets)
        return (estimates, sets)
    }

    deinit {
        groupTableStorage?.estimates.deallocate()
        groupTableStorage?.sets.deallocate()
        firstBySentence.deallocate()
        touched.deallocate()
        cursorStorage.deallocate()
        candidates.deallocate()
        groupStorage.deallocate()
        unitSentences?.terms.deallocate()
        unitSentences?.prefixes.deallocate()
    }
}
