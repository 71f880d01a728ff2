/// Renders the problem list as a table or JSON.
public enum ProblemListRenderer {
    /// A table of id, title, difficulty and tags.
    public static func table(_ problems: [Problem], style: TextStyle = .plain) -> String {
        guard !problems.isEmpty else { return "No problems match.\n" }
        let headers = ["ID", "TITLE", "DIFFICULTY", "TAGS"]
        let rows = problems.map { [$0.id, $0.title, $0.difficulty.rawValue, $0.tags.joined(separator: ", ")] }
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var out = ""
        for (number, row) in ([headers] + rows).enumerated() {
            var line = ""
            for (index, cell) in row.enumerated() {
                let padded =
                    index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
                line += padded
            }
            out += (number == 0 ? style.paint(line, .bold) : line) + "\n"
        }
        return out
    }

    /// `{"schemaVersion":1,"problems":[{"id","title","difficulty","tags","estimatedMinutes"}]}`.
    public static func json(_ problems: [Problem]) -> String {
        let list = problems.map { problem in
            JSONValue.object([
                JSONMember("id", .string(problem.id)),
                JSONMember("title", .string(problem.title)),
                JSONMember("difficulty", .string(problem.difficulty.rawValue)),
                JSONMember("tags", .array(problem.tags.map { .string($0) })),
                JSONMember("estimatedMinutes", .number(Double(problem.estimatedMinutes))),
                JSONMember("prompt", .string(problem.prompt)),
            ])
        }
        return JSONWriter.write(
            .object([JSONMember("schemaVersion", .number(1)), JSONMember("problems", .array(list))])) + "\n"
    }
}
