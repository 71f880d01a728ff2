/// Short excerpts of answer lines for evidence.
enum Excerpt {
    /// The line without Markdown markers, cut to about `limit` characters around `focus` (a word
    /// the excerpt must show, if given).
    static func of(line: String, focus: String? = nil, limit: Int = 110) -> String {
        var text = line.trimmingSpaces
        for marker in ["- ", "* ", "+ ", "> "] where text.hasPrefix(marker) {
            text = String(text.dropFirst(2)).trimmingSpaces
        }
        while text.hasPrefix("#") { text.removeFirst() }
        text = text.replacingAll("**", with: "").replacingAll("`", with: "").trimmingSpaces
        let characters = Array(text)
        guard characters.count > limit else { return text }
        var start = 0
        if let focus, let range = text.lowercased().firstRange(of: focus.lowercased()) {
            let offset = text.lowercased().distance(from: text.lowercased().startIndex, to: range.lowerBound)
            start = max(0, min(offset - limit / 3, characters.count - limit))
        }
        while start > 0, characters[start - 1] != " " { start += 1 }
        var end = min(characters.count, start + limit)
        while end < characters.count, end > start + limit / 2, characters[end - 1] != " " { end -= 1 }
        let body = String(characters[start..<end]).trimmingSpaces
        return (start > 0 ? "…" : "") + body + (end < characters.count ? "…" : "")
    }
}
