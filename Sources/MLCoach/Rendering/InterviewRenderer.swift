/// Renders interview events as terminal text. Pure: the front end prints what it returns.
public enum InterviewRenderer {
    /// The text for one event; `report` renders the final evaluation (the same report as `grade`).
    public static func render(
        _ event: InterviewEvent, style: TextStyle, report: (Evaluation) -> String
    ) -> String {
        switch event {
        case .opening(let title, let prompt, let minutes, let timer):
            var out = style.paint("Mock interview: \(title)", .bold) + "\n\n"
            out += style.wrap("Interviewer: \"\(prompt)\"") + "\n\n"
            let time = timer ? "\(format(minutes)) minutes, split across six steps" : "no timer"
            out +=
                style.wrap(
                    "We go through six steps (\(time)). Write your answer line by line; end a step with a line holding "
                        + "only '.' (or Ctrl-D). Type /help for commands, /ask to ask me a clarifying question.") + "\n"
            return out
        case .stepStarted(let index, let step, let budget, let draft, let resumed):
            var out = "\n" + style.paint("Step \(index + 1) of 6: \(step.title)", .bold)
            out += style.paint("  (\(format(budget)) min)", .dim) + "\n"
            for question in step.questions {
                out += style.wrap("- " + question, indent: 4, firstIndent: 2) + "\n"
            }
            if resumed && !draft.isEmpty {
                out += style.paint("Your draft so far:", .dim) + "\n"
                for line in draft.suffix(12) { out += style.paint("  " + line, .dim) + "\n" }
            }
            return out
        case .clarification(let question, let answer, _):
            let asked = style.paint(style.wrap("You asked: \(question)", indent: 4, firstIndent: 2), .dim)
            return asked + "\n" + style.wrap(style.paint("Interviewer: ", .blue) + answer, indent: 4, firstIndent: 2)
                + "\n"
        case .askNeedsQuestion:
            return "Type your question after /ask, e.g. /ask How many requests per second at peak?\n"
        case .hint(let hint):
            guard let hint else { return "No more hints for this step.\n" }
            return style.wrap(style.paint("Hint: ", .yellow) + hint, indent: 2) + "\n"
        case .time(let stepSeconds, let stepBudget, let totalSeconds, let totalBudget):
            return "This step: \(clock(stepSeconds)) of \(format(stepBudget)) min. "
                + "Interview: \(clock(totalSeconds)) of \(format(totalBudget)) min.\n"
        case .help:
            var out = "Commands (each on its own line):\n"
            for (name, help) in InterviewSession.commands { out += "  \(name.padding(to: 16)) \(help)\n" }
            out += "  \(".".padding(to: 16)) end this step (or Ctrl-D)\n"
            out += "  \("//text".padding(to: 16)) a line that starts with '/'\n"
            return out
        case .unknownCommand(let name, let suggestion):
            let hint = suggestion.map { " Did you mean \($0)?" } ?? ""
            return "Unknown command \(name).\(hint) Type /help for commands; start a line with // to write a '/'.\n"
        case .cannotGoBack:
            return "This is the first step; there is nothing to go back to.\n"
        case .openEditor:
            return ""
        case .draftReplaced(let count):
            return "Draft updated from the editor (\(count) \(count == 1 ? "line" : "lines")).\n"
        case .followUp(let question):
            return "\n" + style.wrap(style.paint("Interviewer: ", .blue) + question) + "\n"
                + style.paint("(answer in one line, or press Enter to move on)", .dim) + "\n"
        case .overTime(let step, let over, let remaining):
            var text = "You are \(format(over)) min over the budget for \(step.defaultTitle.lowercased())."
            if !remaining.isEmpty { text += " Not discussed yet: " + remaining.joined(separator: "; ") + "." }
            return style.wrap(style.paint("Time: ", .yellow) + text, indent: 2) + "\n"
        case .pacing(let advice):
            return style.wrap(style.paint("Pacing: ", .red) + advice, indent: 2) + "\n"
        case .finished(let evaluation, let pacing, _):
            return "\n" + style.paint("Interview finished.", .bold) + "\n\n" + report(evaluation) + "\n"
                + pacingTable(pacing, style: style)
        case .paused:
            return "Saved. Continue later with 'mlcoach practice --resume'.\n"
        }
    }

    /// Minutes spent vs budget per step.
    public static func pacingTable(_ rows: [PacingRow], style: TextStyle) -> String {
        var out = style.paint("Pacing", .bold) + "\n"
        let width = max(24, rows.map(\.title.count).max() ?? 0)
        out += "  " + "Step".padding(to: width) + "  Spent  Budget\n"
        for row in rows {
            let mark = row.minutes > row.budget + 0.5 ? style.paint(" over", .yellow) : ""
            out +=
                "  " + row.title.padding(to: width) + format(row.minutes).leftPadding(to: 7)
                + format(row.budget).leftPadding(to: 8) + mark + "\n"
        }
        let spent = rows.reduce(0) { $0 + $1.minutes }
        let budget = rows.reduce(0) { $0 + $1.budget }
        out +=
            "  " + "Total".padding(to: width) + format(spent).leftPadding(to: 7) + format(budget).leftPadding(to: 8)
            + "\n"
        return out
    }

    /// Minutes with one decimal when needed (`7`, `7.5`).
    public static func format(_ minutes: Double) -> String {
        let tenths = (minutes * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(format1: tenths / 10)
    }

    /// Seconds as `m:ss`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let rest = total % 60
        return "\(total / 60):\(rest < 10 ? "0" : "")\(rest)"
    }
}

extension String {
    /// A number with one decimal.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
