/// An empty answer file for a problem: front matter, the prompt and the guiding questions as HTML
/// comments (which the grader ignores) and the six step headings to write under.
public enum AnswerTemplate {
    /// The template's Markdown.
    public static func markdown(_ problem: Problem) -> String {
        let style = TextStyle(width: 96)
        var out = "---\nproblem: \(problem.id)\n---\n\n"
        out += "# \(problem.title)\n\n"
        out += "<!--\n"
        out += style.wrap("Interviewer: " + Transcript.commentSafe(problem.prompt)) + "\n\n"
        out +=
            style.wrap(
                "Write your answer under the six headings below, in sentences: say what you would do and why. "
                    + "Text inside these comments is not graded; about \(problem.estimatedMinutes) minutes of "
                    + "interview time. Check your answer with: mlcoach grade \(ExerciseScaffold.answerPath(problem))")
            + "\n-->\n"
        for id in StepID.allCases {
            let step = problem.step(id)
            out += "\n## \(step?.title ?? id.defaultTitle)\n\n"
            let questions = step?.questions ?? []
            if !questions.isEmpty {
                out += "<!-- Guiding questions:\n"
                for question in questions {
                    out += style.wrap("- " + Transcript.commentSafe(question), indent: 2) + "\n"
                }
                out += "-->\n"
            }
        }
        return out
    }
}
