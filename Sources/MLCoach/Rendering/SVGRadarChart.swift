/// A radar chart of the six dimension scores (0-100) as an inline SVG string: grid rings every 20
/// points, one labelled axis per dimension, and the scores as a polygon with a marker per axis.
struct SVGRadarChart: Sendable {
    /// The score of each dimension, 0-100, in report order.
    var scores: [(dimension: Dimension, score: Int)]

    /// A chart of `record`'s dimension scores.
    init(_ record: HistoryRecord) {
        scores = Dimension.allCases.map { ($0, record.score(of: $0)) }
    }

    private let width = 460.0
    private let height = 330.0
    private let centre = (x: 230.0, y: 165.0)
    private let radius = 120.0

    /// The chart as an `<svg>` element with a title and description for screen readers.
    func render() -> String {
        let summary = scores.map { "\($0.dimension.title) \(min(max($0.score, 0), 100))" }.joined(separator: ", ")
        var out =
            "<svg xmlns=\"\(SVGChart.namespace)\" class=\"chart radar\" viewBox=\"0 0 \(SVGChart.number(width)) "
            + "\(SVGChart.number(height))\" role=\"img\" aria-labelledby=\"radar-title radar-desc\">\n"
        out += "<title id=\"radar-title\">Radar chart of the six dimension scores, 0 to 100</title>\n"
        out += "<desc id=\"radar-desc\">" + SVGChart.escape(summary) + "</desc>\n"
        out += rings()
        out += axes()
        out += polygon()
        return out + "</svg>"
    }

    /// The point `fraction` of the way out along axis `index`.
    private func point(_ index: Int, _ fraction: Double) -> (x: Double, y: Double) {
        let unit = SVGChart.axis(index, of: scores.count)
        return (centre.x + unit.x * radius * fraction, centre.y + unit.y * radius * fraction)
    }

    /// Grid rings at 20, 40, 60, 80 and 100, labelled just left of the first axis.
    private func rings() -> String {
        var out = "<g class=\"grid\">\n"
        for step in 1...5 {
            let fraction = Double(step) / 5
            let ring = (0..<scores.count).map { point($0, fraction) }
            out +=
                "<polygon class=\"ring\" points=\"\(SVGChart.points(ring))\" fill=\"none\" stroke=\"#d0d7de\""
                + " stroke-width=\"1\"/>\n"
        }
        for step in 1...5 {
            let top = point(0, Double(step) / 5)
            out +=
                "<text x=\"\(SVGChart.number(top.x - 7))\" y=\"\(SVGChart.number(top.y + 4))\" class=\"tick\""
                + " text-anchor=\"end\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">"
                + "\(step * 20)</text>\n"
        }
        return out + "</g>\n"
    }

    /// One line and one label ("Goals 80") per dimension.
    private func axes() -> String {
        var out = "<g class=\"axes\">\n"
        for (index, entry) in scores.enumerated() {
            let end = point(index, 1)
            out +=
                "<line x1=\"\(SVGChart.number(centre.x))\" y1=\"\(SVGChart.number(centre.y))\" "
                + "x2=\"\(SVGChart.number(end.x))\" y2=\"\(SVGChart.number(end.y))\" stroke=\"#afb8c1\""
                + " stroke-width=\"1\"/>\n"
            let unit = SVGChart.axis(index, of: scores.count)
            let label = point(index, 1.12)
            let anchor = unit.x > 0.1 ? "start" : unit.x < -0.1 ? "end" : "middle"
            let dy = unit.y < -0.1 ? -2.0 : unit.y > 0.1 ? 12.0 : 4.0
            out +=
                "<text class=\"axis-label\" x=\"\(SVGChart.number(label.x))\" y=\"\(SVGChart.number(label.y + dy))\""
                + " text-anchor=\"\(anchor)\">\(SVGChart.escape(entry.dimension.title)) "
                + "<tspan class=\"axis-score\">\(entry.score)</tspan></text>\n"
        }
        return out + "</g>\n"
    }

    /// The scores as a filled polygon, with each dimension's marker at its vertex.
    private func polygon() -> String {
        let vertices = scores.enumerated().map { index, entry in
            point(index, Double(min(max(entry.score, 0), 100)) / 100)
        }
        var out =
            "<polygon class=\"scores\" points=\"\(SVGChart.points(vertices))\" fill=\"#0969da\" fill-opacity=\"0.18\""
            + " stroke=\"#0969da\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
        for (index, entry) in scores.enumerated() {
            out +=
                SVGChart.marker(
                    .dimension(entry.dimension), x: vertices[index].x, y: vertices[index].y, size: 4.5,
                    tooltip: "\(entry.dimension.title): \(entry.score)") + "\n"
        }
        return out
    }
}
