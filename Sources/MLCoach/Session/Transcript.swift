/// The interview as a Markdown answer file: front matter naming the problem, one heading per step,
/// the candidate's text, follow-up answers and the clarifying questions asked. The interviewer's
/// words (follow-up questions, answers to clarifications) stand in HTML comments, which the grader
/// ignores, so `mlcoach grade` scores the file exactly as the session did.
public enum Transcript {
    /// The answer file for a session.
    public static func markdown(_ state: InterviewState, problem: Problem) -> String {
        var out = "---\nproblem: \(problem.id)\nsession: \(state.sessionID)\n---\n\n"
        out += "# \(problem.title): mock interview\n\n"
        out += "<!-- Interviewer: \(commentSafe(problem.prompt)) -->\n"
        for record in state.steps {
            let title = problem.step(record.step)?.title ?? record.step.defaultTitle
            out += "\n## \(title)\n\n"
            let lines = trimmed(record.lines)
            if !lines.isEmpty { out += lines.joined(separator: "\n") + "\n" }
            for followUp in record.followUps {
                out += "\n<!-- Follow-up: \(commentSafe(followUp.question)) -->\n"
                if !followUp.answer.isEmpty { out += followUp.answer + "\n" }
            }
        }
        if !state.clarifications.isEmpty {
            out += "\n## Clarifying questions asked\n\n"
            for asked in state.clarifications {
                out += "- \(asked.question)\n  <!-- Interviewer: \(commentSafe(asked.answer)) -->\n"
            }
        }
        return out
    }

    /// Lines without leading and trailing blank lines.
    static func trimmed(_ lines: [String]) -> [String] {
        var result = lines[...]
        while let first = result.first, first.trimmingSpaces.isEmpty { result.removeFirst() }
        while let last = result.last, last.trimmingSpaces.isEmpty { result.removeLast() }
        return Array(result)
    }

    /// Text that cannot close an HTML comment early.
    static func commentSafe(_ text: String) -> String {
        text.replacingAll("-->", with: "- ->").replacingAll("\n", with: " ")
    }
}
