/// What the grader knows about an answer while crediting matches: sentence profiles and where
/// the depth cues and domain terms stand.
struct MatchContext {
    var profiles: [SentenceProfile]
    var cues: CueMap
    var domain: SentencePositions
    /// The share of the answer's sentences that read as keyword lists; an answer made of lists
    /// gets the full list penalty on every list.
    var listShare: Double
    /// Per sentence, the depth of its cues as a whole (see `depth(ofSentence:)`): read for the
    /// neighbours of every hit, so worked out once.
    private(set) var sentenceDepths: [Double] = []

    init(profiles: [SentenceProfile], cues: CueMap, domain: SentencePositions) {
        self.profiles = profiles
        self.cues = cues
        self.domain = domain
        let body = profiles.filter { !$0.isHeading }
        listShare = body.isEmpty ? 0 : Double(body.filter { $0.listiness >= 0.7 }.count) / Double(body.count)
        var depths: [Double] = []
        depths.reserveCapacity(profiles.count)
        for sentence in profiles.indices { depths.append(depth(ofSentence: Int32(sentence)).depth) }
        sentenceDepths = depths
    }

    /// The depth cues around a match: 1 for a cue within a few words of it, 0.5 for one elsewhere
    /// in its sentence. Domain terms inside the match itself do not count.
    func depth(around match: PatternMatch) -> DepthCues {
        let sentence = match.sentence
        let near = (match.start - 8)...(match.end + 10)
        /// 1 for a cue near the match, 0.5 for one elsewhere in its sentence.
        func presence(_ positions: SentencePositions) -> Double {
            if positions.contains(in: sentence, where: { near.contains($0) }) { return 1 }
            return positions.contains(sentence) ? 0.5 : 0
        }
        var result = DepthCues()
        result.number = presence(cues.numbers)
        if profiles[Int(sentence)].hasQuantitySymbol { result.number = max(result.number, 0.5) }
        result.reason = presence(cues.reasons)
        result.tradeoff = presence(cues.tradeoffs)
        result.decision = presence(cues.decisions)
        // Counted in place rather than filtered into arrays: this runs for every hit.
        var outside = 0
        var local = 0
        domain.forEach(in: sentence) { position in
            if position < match.start || position > match.end {
                outside += 1
                if near.contains(position) { local += 1 }
            }
        }
        if outside > 0 {
            result.domain = local >= 2 ? 1 : local == 1 ? 0.75 : 0.5
        }
        cues.hedges.forEach(in: sentence) { position in result.hedges += near.contains(position) ? 1 : 0.5 }
        return result
    }

    /// The depth cues of a whole sentence, each 1 when present anywhere in it.
    func depth(ofSentence sentence: Int32) -> DepthCues {
        var result = DepthCues()
        result.number = cues.numbers.contains(sentence) || profiles[Int(sentence)].hasQuantitySymbol ? 1 : 0
        result.reason = cues.reasons.contains(sentence) ? 1 : 0
        result.tradeoff = cues.tradeoffs.contains(sentence) ? 1 : 0
        result.decision = cues.decisions.contains(sentence) ? 1 : 0
        let hits = domain.count(in: sentence)
        result.domain = hits >= 2 ? 1 : hits == 1 ? 0.6 : 0
        result.hedges = Double(cues.hedges.count(in: sentence))
        return result
    }
}
