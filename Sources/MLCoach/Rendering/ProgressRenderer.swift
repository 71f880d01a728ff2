/// `mlcoach progress` as text: a sparkline per dimension, the weakest dimension, the items most
/// often missed and the problem to practise next.
public enum ProgressRenderer {
    /// The most recent attempts a sparkline shows.
    public static let sparklineLength = 30

    /// The report.
    public static func text(_ analysis: ProgressAnalysis, offset: Int, style: TextStyle) -> String {
        guard analysis.attempts > 0 else {
            return
                "No attempts recorded yet. Practise with 'mlcoach practice', or grade a file with 'mlcoach grade FILE --record'.\n"
        }
        var out = style.paint("Progress over \(analysis.attempts) attempt\(analysis.attempts == 1 ? "" : "s")", .bold)
        out +=
            " (\(DateText.day(analysis.firstAt, offset: offset)) to \(DateText.day(analysis.lastAt, offset: offset)))\n\n"
        for trend in [analysis.overall] + analysis.dimensions {
            let name = trend.dimension?.title ?? "Overall"
            let first = trend.scores.first ?? 0
            let last = trend.scores.last ?? 0
            let change = last - first
            let sign = change > 0 ? "+" : ""
            out +=
                "  " + name.padding(to: 11) + " " + sparkline(trend.scores, style: style).padding(to: sparklineLength)
            out += "  \(String(first).leftPadding(to: 3)) -> \(String(last).leftPadding(to: 3))"
            out += trend.scores.count > 1 ? "  (\(sign)\(change))\n" : "\n"
        }
        if let weakest = analysis.weakest {
            let window = min(analysis.attempts, ProgressAnalysis.recentWindow)
            out += "\nWeakest dimension: \(weakest.dimension.rawValue) "
            out += "(mean \(String(format1: weakest.mean)) over the last \(window) attempt\(window == 1 ? "" : "s"))\n"
        }
        if !analysis.mostMissed.isEmpty {
            out += "\n" + style.paint("Most often missed", .bold) + "\n"
            for (index, item) in analysis.mostMissed.enumerated() {
                let text =
                    "\(index + 1). \(item.title) (\(item.dimension.rawValue)): missed in \(item.missed) of \(item.attempts) attempt\(item.attempts == 1 ? "" : "s")"
                out += style.wrap(text, indent: 5, firstIndent: 2) + "\n"
            }
        }
        if let next = analysis.recommendation, let weakest = analysis.weakest {
            out += "\n" + style.paint("Practise next: \(next.problemID)", .bold) + " (\(next.title))\n"
            let percent = Int((next.share * 100).rounded())
            let when =
                next.lastPractised.map { "last practised \(DateText.day($0, offset: offset))" } ?? "not practised yet"
            out +=
                style.wrap(
                    "Its rubric puts \(percent)% of its weight on \(weakest.dimension.rawValue), your weakest dimension; \(when).",
                    indent: 2, firstIndent: 2) + "\n"
            out += "  mlcoach practice \(next.problemID)\n"
        }
        return out
    }

    /// Scores as block characters (ASCII `_.-=+*#%@` where Unicode does not display), the latest last.
    public static func sparkline(_ scores: [Int], style: TextStyle) -> String {
        let levels: [Character] =
            style.unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", "-", "=", "+", "*", "#", "@"]
        return String(
            scores.suffix(sparklineLength).map { score in
                levels[min(levels.count - 1, max(0, score) * levels.count / 101)]
            })
    }
}
