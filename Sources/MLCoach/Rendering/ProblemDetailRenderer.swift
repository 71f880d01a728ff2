/// Renders one problem: the prompt and the six steps with guiding questions and time shares.
public enum ProblemDetailRenderer {
    /// The problem as text.
    public static func text(_ problem: Problem, style: TextStyle = .plain) -> String {
        var out = style.paint(problem.title, .bold) + "\n"
        out +=
            "\(problem.id) · \(problem.difficulty.rawValue) · \(problem.estimatedMinutes) minutes · \(problem.tags.joined(separator: ", "))\n\n"
        out += style.wrap("Interviewer: \"\(problem.prompt)\"") + "\n"
        for (index, step) in problem.steps.enumerated() {
            let share = Int((step.minutes / Double(max(problem.estimatedMinutes, 1)) * 100).rounded())
            out +=
                "\n" + style.paint("\(index + 1). \(step.title)", .bold)
                + "  (\(JSONWriter.format(step.minutes)) min, \(share)%)\n"
            for question in step.questions {
                out += style.wrap(question, indent: 5, firstIndent: 3).replacingFirstIndent(with: "   - ") + "\n"
            }
        }
        out += "\nRubric: \(problem.rubric.count) items; red flags: \(problem.redFlags.count). "
        out += "Practise with 'mlcoach practice \(problem.id)'.\n"
        return out
    }
}

extension String {
    /// The string with its leading spaces replaced by `prefix` (same width or not).
    func replacingFirstIndent(with prefix: String) -> String {
        let trimmed = drop { $0 == " " }
        return prefix + trimmed
    }
}
