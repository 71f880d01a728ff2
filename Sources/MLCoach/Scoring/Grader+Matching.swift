extension Grader {
    /// Per-sentence word counts, list structure and overlap with the prompt.
    func sentenceProfiles(_ tokens: TokenizedText, text: AnalyzedText) -> [SentenceProfile] {
        var profiles: [SentenceProfile] = []
        profiles.reserveCapacity(tokens.sentences.count)
        for (index, sentence) in tokens.sentences.enumerated() {
            var profile = SentenceProfile()
            profile.words = sentence.tokens.count
            profile.functionWords = Int(text.functionWordsPerSentence[index])
            profile.separators = sentence.separators
            profile.isHeading = sentence.isHeading
            profile.block = sentence.block
            profile.hasQuantitySymbol = sentence.hasQuantitySymbol
            if sentence.hasQuantitySymbol { profile.hasNumber = true }
            profiles.append(profile)
        }
        for position in text.numberPositions { profiles[Int(text.sentences[Int(position)])].hasNumber = true }
        markSummaries(tokens, profiles: &profiles)
        var content = [Int](repeating: 0, count: profiles.count)
        var fromPrompt = [Int](repeating: 0, count: profiles.count)
        for position in text.contentPositions.lazy.map({ Int($0) }) {
            let sentence = Int(text.sentences[position])
            content[sentence] += 1
            let term = Int(text.terms[position])
            if term >= 0 && term < isPromptTerm.count && isPromptTerm[term] { fromPrompt[sentence] += 1 }
        }
        for index in profiles.indices where content[index] >= 4 {
            profiles[index].promptOverlap = Double(fromPrompt[index]) / Double(content[index])
        }
        return profiles
    }

    /// Marks the sentences of closing summaries: a paragraph whose first sentence opens with a
    /// summary phrase ("In short, ..."), and a section under a heading that is one ("Summary").
    func markSummaries(_ tokens: TokenizedText, profiles: inout [SentenceProfile]) {
        func opensWithCue(_ range: Range<Int>, whole: Bool) -> Bool {
            guard !range.isEmpty else { return false }
            // The first word is read once and compared with every cue's first word; the rest only
            // for a cue that opens the same way (rare).
            let firstWord = tokens.text(of: tokens.tokens[range.lowerBound])
            guard summaryOpeners.contains(firstWord) else { return false }
            for cue in summaryCues where cue.first == firstWord {
                guard whole ? cue.count == range.count : cue.count <= range.count else { continue }
                var matches = true
                for offset in 1..<cue.count
                where tokens.text(of: tokens.tokens[range.lowerBound + offset]) != cue[offset] {
                    matches = false
                    break
                }
                if matches { return true }
            }
            return false
        }
        var inSummarySection = false
        var summaryBlock = -1
        for (index, sentence) in tokens.sentences.enumerated() {
            if sentence.isHeading {
                inSummarySection = opensWithCue(sentence.tokens, whole: true)
                continue
            }
            let opensBlock = index == 0 || tokens.sentences[index - 1].block != sentence.block
            if opensBlock && opensWithCue(sentence.tokens, whole: false) { summaryBlock = sentence.block }
            profiles[index].isSummary = inSummarySection || sentence.block == summaryBlock
        }
    }

    /// How much the answer's domain vocabulary belongs to this problem, 0-1, and where this
    /// problem's domain terms stand (per sentence). A word that counts for this problem does not
    /// also count for another.
    func topicality(_ text: AnalyzedText, profiles: [SentenceProfile]) -> (Double, SentencePositions) {
        // Positions are marked in flat arrays rather than sets: this runs once per answer over
        // every problem's domain terms.
        var isOwn = [Bool](repeating: false, count: text.count)
        var ownCount = 0
        var bySentence = SentencePositions(sentences: profiles.count, capacity: text.spanBound(ownDomain))
        for pattern in ownDomain {
            for group in 0..<pattern.groupCount {
                // Spans in any order: only which positions they start at counts.
                text.forEachSpan(of: pattern, group: group) { start, _ in
                    let sentence = text.sentences[Int(start)]
                    guard !profiles[Int(sentence)].isHeading && !isOwn[Int(start)] else { return }
                    isOwn[Int(start)] = true
                    ownCount += 1
                    bySentence.add(start, in: sentence)
                }
            }
        }
        var strongestOther = 0
        var marks = [Int32](repeating: -1, count: text.count)
        for (domain, patterns) in otherDomains.enumerated() {
            var count = 0
            for pattern in patterns {
                for group in 0..<pattern.groupCount {
                    text.forEachSpan(of: pattern, group: group) { start, _ in
                        guard !isOwn[Int(start)] && marks[Int(start)] != Int32(domain) else { return }
                        marks[Int(start)] = Int32(domain)
                        count += 1
                    }
                }
            }
            strongestOther = max(strongestOther, count)
        }
        let share = Double(ownCount) / Double(ownCount + strongestOther + 1)
        return (clamp(share / rules.onTopicShare), bySentence)
    }

    /// Every match of every item's patterns outside headings, with its polarity.
    func itemHits(_ text: AnalyzedText, cueMap: CueMap, profiles: [SentenceProfile]) -> [ItemHit] {
        var hits: [ItemHit] = []
        let found = MatchList()
        // The flat list holds its patterns unretained: reading one costs no reference count.
        for entry in itemPatterns {
            entry.pattern._withUnsafeGuaranteedRef { pattern in
                // `matches` rejects at once a pattern one of whose groups has no word present.
                text.matches(pattern, acrossSentences: true, into: found)
                for match in found.items where !profiles[Int(match.sentence)].isHeading {
                    let polarity = pattern.carriesNegation ? .affirmed : cueMap.polarity(of: match, in: text)
                    let counts = polarity == .affirmed || (polarity == .negated && entry.isHarm)
                    hits.append(
                        ItemHit(
                            item: Int(entry.item), match: match, isParaphrase: entry.isParaphrase, polarity: polarity,
                            counts: counts, pattern: entry.number))
                }
            }
        }
        return hits
    }

    func countItemsPerSentence(_ hits: [ItemHit], profiles: inout [SentenceProfile]) {
        var seen = [Bool](repeating: false, count: profiles.count * items.count)
        for hit in hits where hit.counts {
            let key = Int(hit.match.sentence) * items.count + hit.item
            if !seen[key] {
                seen[key] = true
                profiles[Int(hit.match.sentence)].items += 1
            }
        }
    }

    /// The credit of one hit: base credit raised by the depth around it, lowered in keyword lists,
    /// crowded sentences and restatements of the prompt.
    func quality(of hit: ItemHit, context: MatchContext) -> Double {
        let index = Int(hit.match.sentence)
        let profile = context.profiles[index]
        let base = hit.isParaphrase ? rules.paraphraseCredit : rules.mentionCredit
        var depth = context.depth(around: hit.match).depth
        for neighbour in stride(from: index - 1, through: index + 1, by: 2)
        where neighbour >= 0 && neighbour < context.profiles.count {
            if context.profiles[neighbour].block == profile.block {
                depth = max(depth, rules.neighbourDepth * context.sentenceDepths[neighbour])
            }
        }
        let packing = min(1, max(Double(max(profile.items, 1)) / 3, context.listShare))
        var value =
            (base + (1 - base) * depth) * (1 - rules.listPenalty * profile.listiness * packing) * profile.crowding
        if profile.isSummary || profile.isRestatement(at: rules.restatementShare) { value *= rules.restatementFactor }
        return value
    }

    /// Each item's credit: its best hit, plus a little for each further sentence about it.
    func itemCredits(_ hits: [ItemHit], context: MatchContext) -> [ItemCredit] {
        var credits = [ItemCredit](repeating: ItemCredit(credit: 0), count: items.count)
        // Per item, the distinct sentences with a hit of some quality: flat, one flag per item and
        // sentence.
        let sentenceCount = context.profiles.count
        var seen = [Bool](repeating: false, count: items.count * sentenceCount)
        var sentencesPerItem = [Int](repeating: 0, count: items.count)
        var bestQuality = [Double](repeating: 0, count: items.count)
        for hit in hits {
            if !hit.counts {
                if hit.polarity == .dismissed, credits[hit.item].dismissal == nil { credits[hit.item].dismissal = hit }
                continue
            }
            let value = quality(of: hit, context: context)
            if value > bestQuality[hit.item] || credits[hit.item].best == nil {
                bestQuality[hit.item] = max(value, bestQuality[hit.item])
                credits[hit.item].best = hit
            }
            let key = hit.item * sentenceCount + Int(hit.match.sentence)
            if value > 0.2, !seen[key] {
                seen[key] = true
                sentencesPerItem[hit.item] += 1
            }
        }
        for index in credits.indices where credits[index].best != nil {
            let extra = min(rules.repeatCap, max(0, sentencesPerItem[index] - 1))
            credits[index].credit = min(1, bestQuality[index] + rules.repeatBonus * Double(extra))
            credits[index].dismissal = nil
        }
        return credits
    }

    /// Per dimension, the first line where the answer talks about it in an affirmed statement,
    /// rightly or wrongly (nil when it never does): the difference between "named only" and
    /// "absent" on the experts' scale.
    func topicsPresent(_ text: AnalyzedText, cueMap: CueMap, profiles: [SentenceProfile]) -> [Int?] {
        // A loop, not `map`: the closure would capture (and copy) the grader and the text.
        var present: [Int?] = []
        let found = MatchList()
        for patterns in topics {
            var first: Int32?
            for pattern in patterns {
                text.matches(pattern, into: found)
                for match in found.items {
                    // Matches come in stream order: none after the earliest found so far can lower it.
                    if let first, match.start >= first { break }
                    if profiles[Int(match.sentence)].isHeading || cueMap.polarity(of: match, in: text) != .affirmed {
                        continue
                    }
                    first = match.start
                    break
                }
            }
            present.append(first.map { text.token(at: Int($0)).line })
        }
        return present
    }

    /// Red flags: a pattern matches in a sentence that does not negate it and matches no `unless`.
    /// Also returns the sentences where a flag fired, with its dimension.
    func flagFindings(_ text: AnalyzedText, cueMap: CueMap, profiles: [SentenceProfile], document: AnswerDocument)
        -> ([FlagFinding], Set<WrongStatement>)
    {
        var findings: [FlagFinding] = []
        var wrong = Set<WrongStatement>()
        // Matches land in reused buffers, and the few cancelled blocks in a short list rather
        // than a set, listed only for a flag that matches somewhere (most never do).
        let found = MatchList()
        let excuses = MatchList()
        var cancelled: [Int32] = []
        // Flags are read in place by index: a copy of a flag would retain every string it holds.
        for flag in flags.indices {
            var excusesListed = false
            search: for pattern in flags[flag].patterns {
                text.matches(pattern, maxSpan: rules.flagSpan, into: found)
                for match in found.items {
                    if profiles[Int(match.sentence)].isHeading { continue }
                    if !pattern.carriesNegation && cueMap.polarity(of: match, in: text) != .affirmed { continue }
                    // An excuse anywhere in the paragraph or list item cancels the flag there.
                    if !excusesListed {
                        excusesListed = true
                        cancelled.removeAll(keepingCapacity: true)
                        for excuse in flags[flag].unless {
                            text.matches(excuse, into: excuses)
                            for match in excuses.items { cancelled.append(text.blocks[Int(match.start)]) }
                        }
                    }
                    if cancelled.contains(text.blocks[Int(match.start)]) { continue }
                    let line = text.token(at: Int(match.start)).line
                    let compiled = flags[flag].flag
                    wrong.insert(WrongStatement(sentence: match.sentence, dimension: compiled.dimension))
                    findings.append(
                        FlagFinding(
                            id: compiled.id, dimension: compiled.dimension, line: line,
                            evidence: document.excerpt(line: line), message: compiled.message))
                    break search
                }
            }
        }
        return (findings.sorted { ($0.line, $0.id) < ($1.line, $1.id) }, wrong)
    }
}
