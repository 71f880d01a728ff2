#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Grader {
    /// Turns item credits, flags and topicality into the evaluation.
    func assemble(
        document: AnswerDocument, text: AnalyzedText, hits: [ItemHit], credits: [ItemCredit],
        findings: [FlagFinding], topic: Double, present: [Int?], wordCount: Int, cache: inout WordCache
    ) -> Evaluation {
        // Closures below read these copies, not `self`: capturing the grader would copy it.
        let items = self.items
        let idRanks = self.idRanks
        let topicFactor = rules.offTopicFloor + (1 - rules.offTopicFloor) * topic
        let totalCredit = credits.reduce(0) { $0 + $1.credit }
        let density = totalCredit / max(1, Double(wordCount) / 100)
        let paddingFactor = max(rules.paddingFloor, min(1, pow(density / rules.densityTarget, 0.7)))
        var dismissals: [Dismissal] = []
        for (index, credit) in credits.enumerated() {
            guard let hit = credit.dismissal else { continue }
            let line = text.token(at: Int(hit.match.start)).line
            dismissals.append(
                Dismissal(
                    itemID: items[index].item.id, dimension: items[index].item.dimension, line: line,
                    evidence: document.excerpt(line: line)))
        }
        dismissals.sort { ($0.line, $0.itemID) < ($1.line, $1.itemID) }

        var results: [DimensionResult] = []
        results.reserveCapacity(Dimension.allCases.count)
        for (position, dimension) in Dimension.allCases.enumerated() {
            var weighted = 0.0
            var total = 0.0
            var parts = (general: Coverage(), specific: Coverage())
            // Items are read in place and sorted as small records; only the reported ones are built.
            var found: [(index: Int, line: Int, depth: CoveredItem.Depth, credit: Double)] = []
            var missed: [(index: Int, value: Double)] = []
            let dimensionItems = itemsByDimension[dimension] ?? []
            found.reserveCapacity(dimensionItems.count)
            missed.reserveCapacity(dimensionItems.count)
            for index in dimensionItems {
                let isSpecific = items[index].item.isSpecific
                let itemWeight = items[index].item.weight
                let weight = itemWeight * (isSpecific ? rules.specificBoost : 1)
                let credit = credits[index].credit
                weighted += weight * credit
                total += weight
                if isSpecific {
                    parts.specific.add(weight: itemWeight, credit: credit)
                } else {
                    parts.general.add(weight: itemWeight, credit: credit)
                }
                if let hit = credits[index].best {
                    found.append(
                        (
                            index, text.token(at: Int(hit.match.start)).line,
                            credit >= rules.coveredThreshold ? .covered : .mentioned, (credit * 100).rounded() / 100
                        ))
                }
                if credit < rules.coveredThreshold { missed.append((index, weight * (1 - credit))) }
            }
            let coverage = total > 0 ? weighted / total : 0
            var score =
                100
                * rules.curve(
                    general: parts.general, specific: parts.specific, dimension: dimension, topicality: topic)
            score *= topicFactor * paddingFactor
            // The objective is this problem's own: an answer about another product has not stated it
            // at all, while its data, model and serving practice partly carry over.
            if rules.objectiveDimensions.contains(dimension) { score *= topicFactor }
            var penalties = 0.0
            for finding in findings where finding.dimension == dimension { penalties += penalty(of: finding.id) }
            score -= penalties
            score -= rules.dismissalPenalty * Double(dismissals.filter { $0.dimension == dimension }.count)
            // Talking about a dimension at all, without a red flag or a dismissal there, is "named
            // only" on the experts' scale, not "absent".
            var namedOnlyLine: Int?
            if let line = present[position], !findings.contains(where: { $0.dimension == dimension }),
                !dismissals.contains(where: { $0.dimension == dimension })
            {
                let reach = rules.objectiveDimensions.contains(dimension) ? topicFactor * topicFactor : topicFactor
                let floor = rules.presenceFloor * reach
                if score < floor && found.isEmpty && floor >= 1 {
                    score = floor
                    namedOnlyLine = line
                }
            }
            found.sort {
                ($0.depth == .covered ? 0 : 1, -$0.credit, $0.line) < (
                    $1.depth == .covered ? 0 : 1, -$1.credit, $1.line
                )
            }
            // Loops, not closures: a closure would capture (and copy) the analyzed text.
            var covered: [CoveredItem] = []
            covered.reserveCapacity(found.count)
            for entry in found {
                let hit = credits[entry.index].best!
                let focus = text.text.text(of: text.token(at: Int(hit.match.start)))
                covered.append(
                    CoveredItem(
                        itemID: items[entry.index].item.id, title: items[entry.index].item.title, line: entry.line,
                        evidence: document.excerpt(line: entry.line, focus: focus), depth: entry.depth,
                        credit: entry.credit, pattern: items[entry.index].source(of: hit)))
            }
            missed.sort {
                $0.value > $1.value
                    || ($0.value == $1.value && idRanks[$0.index] < idRanks[$1.index])
            }
            results.append(
                DimensionResult(
                    dimension: dimension, score: Int(max(0, min(100, score)).rounded()),
                    coverage: (coverage * 1000).rounded() / 1000, covered: covered,
                    missed: missed.map { entry in
                        // Fields read in place: a copy of the item would retain every string it holds.
                        MissedItem(
                            itemID: items[entry.index].item.id, title: items[entry.index].item.title,
                            feedback: items[entry.index].item.feedback, followUp: items[entry.index].item.followUp)
                    },
                    namedOnlyLine: namedOnlyLine))
        }
        let overall = Int((Double(results.reduce(0) { $0 + $1.score }) / Double(results.count)).rounded())
        return Evaluation(
            problemID: problem.id, score: overall, signal: Signal(score: overall), dimensions: results,
            flags: findings, dismissals: dismissals, improvements: improvements(credits: credits, results: results),
            sections: sections(of: document, cache: &cache), wordCount: wordCount,
            topicality: (topic * 100).rounded() / 100,
            evidenceDensity: (density * 100).rounded() / 100)
    }

    private func penalty(of flagID: String) -> Double {
        flags.first { $0.flag.id == flagID }?.flag.penalty ?? 0
    }

    /// The three most valuable things to add: heavy items with little credit in weak dimensions.
    func improvements(credits: [ItemCredit], results: [DimensionResult]) -> [Improvement] {
        let items = self.items
        let idRanks = self.idRanks
        var scores = [Double](repeating: 0, count: Dimension.allCases.count)
        for result in results {
            scores[Dimension.allCases.firstIndex(of: result.dimension) ?? 0] = Double(result.score)
        }
        var candidates: [(index: Int, value: Double)] = []
        candidates.reserveCapacity(items.count)
        for index in items.indices {
            let credit = credits[index].credit
            guard credit < rules.coveredThreshold else { continue }
            let dimensionScore = scores[Dimension.allCases.firstIndex(of: items[index].item.dimension) ?? 0]
            let weight = items[index].item.weight * (items[index].item.isSpecific ? rules.specificBoost : 1)
            candidates.append((index, weight * (1 - credit) * (1 + (100 - dimensionScore) / 100)))
        }
        candidates.sort {
            $0.value > $1.value || ($0.value == $1.value && idRanks[$0.index] < idRanks[$1.index])
        }
        return candidates.prefix(3).map { candidate in
            let item = items[candidate.index].item
            let state = credits[candidate.index].best == nil ? "missing" : "only mentioned"
            let text = "\(item.dimension.title) (\(state)): \(item.title). \(item.feedback)"
            return Improvement(itemID: item.id, dimension: item.dimension, text: text)
        }
    }

    /// The answer's headings mapped to steps by their words.
    func sections(of document: AnswerDocument, cache: inout WordCache) -> [Section] {
        var result: [Section] = []
        for heading in document.headings {
            let step: StepID?
            if let known = cache.table.headingSteps[heading.text] {
                step = known
            } else if let titled = headingMatcher.step(forTitle: heading.text) {
                step = titled
                cache.table.headingSteps[heading.text] = step
            } else {
                var words: [WordInfo] = []
                for word in Tokenizer.words(heading.text) {
                    let info = cache.table.headingWords[word] ?? vocabulary.analyze(word)
                    cache.table.headingWords[word] = info
                    if !info.isArticle { words.append(info) }
                }
                step = headingMatcher.step(for: words)
                cache.table.headingSteps[heading.text] = step
            }
            if let step { result.append(Section(step: step, line: heading.line, heading: heading.text)) }
        }
        return result
    }

}

/// Weighted credit of a set of items.
struct Coverage {
    var credit = 0.0
    var weight = 0.0

    mutating func add(weight: Double, credit: Double) {
        self.weight += weight
        self.credit += weight * credit
    }

    /// The weighted share of credit earned, 0-1, or nil when there are no items.
    var share: Double? {
        weight > 0 ? credit / weight : nil
    }
}
