/// Renders an evaluation for people: score and signal, a bar per dimension, covered items with
/// lines, the top improvements, red flags and dismissed concepts.
public enum EvaluationTextRenderer {
    /// The report for one answer.
    public static func render(_ answer: GradedAnswer, problemTitle: String, style: TextStyle = .plain) -> String {
        let evaluation = answer.evaluation
        var out = style.paint("\(answer.file)", .bold) + " · \(problemTitle) (\(evaluation.problemID))\n"
        let signalColor: TextStyle.Color = evaluation.score >= 65 ? .green : evaluation.score >= 50 ? .yellow : .red
        out +=
            "Score " + style.paint("\(evaluation.score)/100", .bold) + "  "
            + style.paint(evaluation.signal.rawValue, signalColor)
        out += "  (\(evaluation.wordCount) words)\n\n"
        let barCells = max(10, min(30, style.width - 30))
        for result in evaluation.dimensions {
            let name = result.dimension.title.padding(to: 12)
            let color: TextStyle.Color = result.score >= 65 ? .green : result.score >= 40 ? .yellow : .red
            let score = String(result.score).leftPadding(to: 4)
            out +=
                "  \(name)" + style.paint(style.bar(Double(result.score) / 100, cells: barCells), color) + score + "\n"
        }
        let covered = evaluation.dimensions.filter { !$0.covered.isEmpty || $0.namedOnlyLine != nil }
        if !covered.isEmpty {
            out += "\n" + style.paint("Covered", .bold) + "\n"
            for result in covered {
                out += "  \(result.dimension.title)\n"
                if let line = result.namedOnlyLine {
                    let text = "~ Named only (line \(line)): talked about, but no concept of the rubric is credited"
                    out += style.wrap(text, indent: 8, firstIndent: 4) + "\n"
                }
                for item in result.covered {
                    let mark = item.depth == .covered ? style.symbol("✓", ascii: "+") : style.symbol("~", ascii: "~")
                    let note = item.depth == .covered ? "" : ", mentioned only"
                    let text = "\(mark) \(item.title) (line \(item.line)\(note)): \"\(item.evidence)\""
                    out += style.wrap(text, indent: 8, firstIndent: 4) + "\n"
                }
            }
        }
        if !evaluation.improvements.isEmpty {
            out += "\n" + style.paint("Top improvements", .bold) + "\n"
            for (index, improvement) in evaluation.improvements.enumerated() {
                out += style.wrap("\(index + 1). \(improvement.text)", indent: 5, firstIndent: 2) + "\n"
            }
        }
        if !evaluation.flags.isEmpty {
            out += "\n" + style.paint("Red flags", .bold) + "\n"
            for flag in evaluation.flags {
                let mark = style.paint(style.symbol("✗", ascii: "x"), .red)
                out +=
                    style.wrap(
                        "\(mark) line \(flag.line): \"\(flag.evidence)\" \(flag.message)", indent: 4, firstIndent: 2)
                    + "\n"
            }
        }
        if !evaluation.dismissals.isEmpty {
            out += "\n" + style.paint("Dismissed", .bold) + "\n"
            for dismissal in evaluation.dismissals {
                out +=
                    style.wrap(
                        "- line \(dismissal.line) (\(dismissal.dimension.rawValue)): \"\(dismissal.evidence)\"",
                        indent: 4, firstIndent: 2) + "\n"
            }
        }
        let missing = StepID.allCases.filter { step in !evaluation.sections.contains { $0.step == step } }
        if !evaluation.sections.isEmpty && !missing.isEmpty {
            out +=
                "\n" + style.wrap("No section for: " + missing.map(\.defaultTitle).joined(separator: "; ") + ".") + "\n"
        }
        return out
    }
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string padded with spaces on the left to `width` characters.
    func leftPadding(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
