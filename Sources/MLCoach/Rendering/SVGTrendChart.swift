/// A line chart of the overall score and each dimension's score over a run of attempts, as an
/// inline SVG string: x is the attempt's order (labelled with its number and date), y is 0-100.
/// Each series has its own colour, dash pattern and marker, and the legend names them all.
struct SVGTrendChart: Sendable {
    /// The attempts, oldest first.
    var records: [HistoryRecord]
    /// The index of the attempt the report is about, highlighted when present.
    var current: Int?
    /// Seconds from UTC for the date labels.
    var offset: Int

    /// A chart of `records` (oldest first), highlighting the last one whose id is `currentID`.
    init(_ records: [HistoryRecord], currentID: String, offset: Int) {
        self.records = records
        self.current = records.lastIndex { $0.id == currentID }
        self.offset = offset
    }

    private let width = 760.0
    private let height = 320.0
    private let left = 44.0
    private let right = 570.0
    private let top = 16.0
    private let bottom = 258.0
    /// The most date labels that fit under the plot.
    private let maxLabels = 7

    /// The chart as an `<svg>` element with a title and description, or nil without records.
    func render() -> String? {
        guard let last = records.last else { return nil }
        let count = records.count
        var out =
            "<svg xmlns=\"\(SVGChart.namespace)\" class=\"chart trend\" viewBox=\"0 0 \(SVGChart.number(width)) "
            + "\(SVGChart.number(height))\" role=\"img\" aria-labelledby=\"trend-title trend-desc\">\n"
        let noun = count == 1 ? "attempt" : "attempts"
        out +=
            "<title id=\"trend-title\">Trend chart of the overall and dimension scores, 0 to 100, over \(count) "
            + "\(noun)</title>\n"
        let latest = ["Overall \(last.score)"] + Dimension.allCases.map { "\($0.title) \(last.score(of: $0))" }
        out +=
            "<desc id=\"trend-desc\">From " + SVGChart.escape(DateText.day(records[0].startedAt, offset: offset))
            + " to " + SVGChart.escape(DateText.day(last.startedAt, offset: offset)) + "; latest scores: "
            + SVGChart.escape(latest.joined(separator: ", ")) + ".</desc>\n"
        out += highlight()
        out += grid()
        out += xLabels()
        for dimension in Dimension.allCases {
            out += series(.dimension(dimension)) { $0.score(of: dimension) }
        }
        out += series(.overall) { $0.score }
        out += legend(last)
        return out + "</svg>"
    }

    /// The x of attempt `index`: centred for a single attempt, spread evenly otherwise.
    private func x(_ index: Int) -> Double {
        let count = records.count
        guard count > 1 else { return (left + right) / 2 }
        let inset = 16.0
        return left + inset + Double(index) * (right - left - 2 * inset) / Double(count - 1)
    }

    /// The y of a score, clamped to 0-100.
    private func y(_ score: Int) -> Double {
        bottom - Double(min(max(score, 0), 100)) / 100 * (bottom - top)
    }

    /// A light band behind the attempt the report is about.
    private func highlight() -> String {
        guard let current else { return "" }
        let halfWidth = records.count > 1 ? min(14, (x(1) - x(0)) / 2) : 14
        return "<rect class=\"current\" x=\"\(SVGChart.number(x(current) - halfWidth))\" y=\"\(SVGChart.number(top))\""
            + " width=\"\(SVGChart.number(2 * halfWidth))\" height=\"\(SVGChart.number(bottom - top))\""
            + " fill=\"#fff8c5\"><title>This attempt</title></rect>\n"
    }

    /// Horizontal grid lines every 20 points, labelled on the left, and the plot's frame.
    private func grid() -> String {
        var out = "<g class=\"grid\">\n"
        for step in 0...5 {
            let lineY = y(step * 20)
            out +=
                "<line x1=\"\(SVGChart.number(left))\" y1=\"\(SVGChart.number(lineY))\" x2=\"\(SVGChart.number(right))\""
                + " y2=\"\(SVGChart.number(lineY))\" stroke=\"\(step == 0 ? "#8c959f" : "#d0d7de")\" stroke-width=\"1\"/>\n"
            out +=
                "<text class=\"tick\" x=\"\(SVGChart.number(left - 6))\" y=\"\(SVGChart.number(lineY + 4))\""
                + " text-anchor=\"end\">\(step * 20)</text>\n"
        }
        return out + "</g>\n"
    }

    /// "#n" and the date under evenly spaced attempts, always including the last one.
    private func xLabels() -> String {
        let count = records.count
        let stride = (count + maxLabels - 1) / maxLabels
        var out = "<g class=\"x-labels\">\n"
        for index in 0..<count where (count - 1 - index) % stride == 0 {
            let labelX = SVGChart.number(x(index))
            let emphasis = index == current ? " font-weight=\"bold\"" : ""
            out +=
                "<text class=\"tick\" x=\"\(labelX)\" y=\"\(SVGChart.number(bottom + 18))\" text-anchor=\"middle\""
                + "\(emphasis)>#\(index + 1)\(index == current ? " (this)" : "")</text>\n"
            out +=
                "<text class=\"tick\" x=\"\(labelX)\" y=\"\(SVGChart.number(bottom + 34))\" text-anchor=\"middle\""
                + "\(emphasis)>\(SVGChart.escape(DateText.day(records[index].startedAt, offset: offset)))</text>\n"
        }
        out +=
            "<text class=\"axis-title\" x=\"\(SVGChart.number((left + right) / 2))\" y=\"\(SVGChart.number(height - 8))\""
            + " text-anchor=\"middle\">Attempt (oldest first)</text>\n"
        return out + "</g>\n"
    }

    /// One series: a line through its points (when there are two or more) and a marker on each.
    private func series(_ style: SVGChart.Series, score: (HistoryRecord) -> Int) -> String {
        let values = records.map(score)
        let points = values.enumerated().map { (x: x($0.offset), y: y($0.element)) }
        var out = "<g class=\"series\">\n"
        if points.count > 1 {
            out += "<polyline points=\"\(SVGChart.points(points))\" \(SVGChart.stroke(style))/>\n"
        }
        let size = style == .overall ? 4.5 : 3.5
        for (index, point) in points.enumerated() {
            let date = DateText.day(records[index].startedAt, offset: offset)
            out +=
                SVGChart.marker(
                    style, x: point.x, y: point.y, size: size,
                    tooltip: "#\(index + 1), \(date): \(style.name) \(values[index])") + "\n"
        }
        return out + "</g>\n"
    }

    /// The legend: each series' line sample and marker, its name, and its latest score.
    private func legend(_ last: HistoryRecord) -> String {
        let entries: [(SVGChart.Series, Int)] =
            [(.overall, last.score)] + Dimension.allCases.map { (.dimension($0), last.score(of: $0)) }
        let originX = right + 24
        var out = "<g class=\"legend\">\n"
        out +=
            "<text class=\"legend-head\" x=\"\(SVGChart.number(originX))\" y=\"\(SVGChart.number(top + 8))\">"
            + "Series (latest score)</text>\n"
        for (index, entry) in entries.enumerated() {
            let (style, score) = entry
            let rowY = top + 34 + Double(index) * 26
            out +=
                "<line x1=\"\(SVGChart.number(originX))\" y1=\"\(SVGChart.number(rowY))\" "
                + "x2=\"\(SVGChart.number(originX + 36))\" y2=\"\(SVGChart.number(rowY))\" \(SVGChart.stroke(style))/>\n"
            out +=
                SVGChart.marker(
                    style, x: originX + 18, y: rowY, size: style == .overall ? 4.5 : 3.5,
                    tooltip: style.name) + "\n"
            out +=
                "<text class=\"legend-label\" x=\"\(SVGChart.number(originX + 46))\" y=\"\(SVGChart.number(rowY + 4))\">"
                + "\(SVGChart.escape(style.name)) (\(score))</text>\n"
        }
        return out + "</g>\n"
    }
}
