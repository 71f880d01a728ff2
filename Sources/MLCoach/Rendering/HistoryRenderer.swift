/// The table of past attempts for `mlcoach history`, as text or JSON.
public enum HistoryRenderer {
    /// A table, oldest first: date, problem, kind, score, signal, weakest dimension and id.
    public static func text(_ records: [HistoryRecord], offset: Int, style: TextStyle) -> String {
        guard !records.isEmpty else {
            return
                "No attempts recorded yet. Practise with 'mlcoach practice', or grade a file with 'mlcoach grade FILE --record'.\n"
        }
        let header = ["Date", "Problem", "Kind", "Score", "Signal", "Weakest", "ID"]
        var rows: [[String]] = []
        for record in records {
            let weakest = Dimension.allCases.min { record.score(of: $0) < record.score(of: $1) }
            let kind = record.source == .grade ? "graded" : (record.status == .finished ? "practice" : "abandoned")
            rows.append([
                DateText.minute(record.startedAt, offset: offset), record.problemID, kind, String(record.score),
                record.signal.rawValue, weakest.map { "\($0.rawValue) \(record.score(of: $0))" } ?? "", record.id,
            ])
        }
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var out = " "
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                out += " " + (index == 3 ? padding + cell : cell + (index == cells.count - 1 ? "" : padding))
            }
            return out + "\n"
        }
        var out = style.paint(line(header), .bold)
        for row in rows { out += line(row) }
        out += "\n\(records.count) attempt\(records.count == 1 ? "" : "s"). "
        out += "Open one as a page: mlcoach report ID --html report.html\n"
        return out
    }

    /// `{"schemaVersion": 1, "sessions": [...]}`: each attempt's summary (no items or transcript;
    /// `history --export` writes those).
    public static func json(_ records: [HistoryRecord]) -> String {
        let sessions: [JSONValue] = records.map { record in
            .object(
                HistoryRecordCodec.summaryMembers(record) + [JSONMember("flags", .number(Double(record.flags.count)))])
        }
        return JSONWriter.write(
            .object([JSONMember("schemaVersion", .number(1)), JSONMember("sessions", .array(sessions))])) + "\n"
    }
}
