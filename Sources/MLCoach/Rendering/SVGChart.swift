/// Pieces shared by the HTML report and its SVG charts: markup escaping, fixed-decimal numbers,
/// and the colour, dash and marker of each plotted series (so colour never carries meaning alone).
enum SVGChart {
    /// The SVG namespace, the one URL a chart may contain.
    static let namespace = "http://www.w3.org/2000/svg"

    /// How one series is drawn: a colour, a dash pattern and a marker shape, with its name.
    struct Series: Equatable, Sendable {
        /// The name in legends and tooltips.
        var name: String
        /// A CSS colour.
        var colour: String
        /// An SVG `stroke-dasharray`, or nil for a solid line.
        var dash: String?
        /// The point marker.
        var marker: Marker
        /// The line width.
        var width: Double

        /// The overall score's series: thick, solid and dark.
        static let overall = Series(name: "Overall", colour: "#1f2328", dash: nil, marker: .circle, width: 3)

        /// A dimension's series: an Okabe-Ito colour, a dash pattern and a marker of its own.
        static func dimension(_ dimension: Dimension) -> Series {
            let (colour, dash, marker): (String, String?, Marker)
            switch dimension {
            case .goals: (colour, dash, marker) = ("#0072b2", nil, .square)
            case .metrics: (colour, dash, marker) = ("#d55e00", "6 3", .triangleUp)
            case .data: (colour, dash, marker) = ("#009e73", "2 3", .diamond)
            case .model: (colour, dash, marker) = ("#cc79a7", "8 3 2 3", .triangleDown)
            case .serving: (colour, dash, marker) = ("#e69f00", "4 4", .cross)
            case .monitoring: (colour, dash, marker) = ("#56b4e9", "1 2", .plus)
            }
            return Series(name: dimension.title, colour: colour, dash: dash, marker: marker, width: 1.75)
        }
    }

    /// A point marker's shape.
    enum Marker: String, Equatable, Sendable {
        case circle
        case square
        case triangleUp
        case diamond
        case triangleDown
        case cross
        case plus
    }

    /// The marker of `series` centred on (`x`, `y`) with half-size `size`, with a tooltip.
    static func marker(_ series: Series, x: Double, y: Double, size: Double, tooltip: String) -> String {
        let s = size
        let shape: String
        switch series.marker {
        case .circle:
            shape = "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(number(s))\""
        case .square:
            shape = path([(x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s)], closed: true)
        case .triangleUp:
            shape = path([(x, y - s * 1.2), (x + s * 1.1, y + s * 0.8), (x - s * 1.1, y + s * 0.8)], closed: true)
        case .diamond:
            shape = path([(x, y - s * 1.3), (x + s * 1.3, y), (x, y + s * 1.3), (x - s * 1.3, y)], closed: true)
        case .triangleDown:
            shape = path([(x, y + s * 1.2), (x + s * 1.1, y - s * 0.8), (x - s * 1.1, y - s * 0.8)], closed: true)
        case .cross:
            shape =
                "<path d=\"M\(number(x - s)) \(number(y - s))L\(number(x + s)) \(number(y + s))"
                + "M\(number(x - s)) \(number(y + s))L\(number(x + s)) \(number(y - s))\""
        case .plus:
            shape =
                "<path d=\"M\(number(x - s * 1.2)) \(number(y))L\(number(x + s * 1.2)) \(number(y))"
                + "M\(number(x)) \(number(y - s * 1.2))L\(number(x)) \(number(y + s * 1.2))\""
        }
        let isStroked = series.marker == .cross || series.marker == .plus
        let paint =
            isStroked
            ? " fill=\"none\" stroke=\"\(series.colour)\" stroke-width=\"2\""
            : " fill=\"\(series.colour)\" stroke=\"#ffffff\" stroke-width=\"1\""
        let element = series.marker == .circle ? "circle" : "path"
        return shape + paint + "><title>" + escape(tooltip) + "</title></" + element + ">"
    }

    /// A path through `points`, optionally closed, without its paint.
    private static func path(_ points: [(Double, Double)], closed: Bool) -> String {
        var d = ""
        for (index, point) in points.enumerated() {
            d += (index == 0 ? "M" : "L") + number(point.0) + " " + number(point.1)
        }
        return "<path d=\"" + d + (closed ? "Z" : "") + "\""
    }

    /// `points` as an SVG `points` attribute value: `x,y x,y ...`.
    static func points(_ points: [(x: Double, y: Double)]) -> String {
        points.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
    }

    /// The stroke attributes of a series' line.
    static func stroke(_ series: Series) -> String {
        var out = "fill=\"none\" stroke=\"\(series.colour)\" stroke-width=\"\(number(series.width))\""
        if let dash = series.dash { out += " stroke-dasharray=\"\(dash)\"" }
        return out + " stroke-linejoin=\"round\" stroke-linecap=\"round\""
    }

    /// `value` rounded to one decimal, without a trailing `.0`: the same bytes on every run.
    static func number(_ value: Double) -> String {
        let tenths = Int((value.isFinite ? value * 10 : 0).rounded())
        let whole = String(abs(tenths) / 10)
        let fraction = abs(tenths) % 10
        return (tenths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : "." + String(fraction))
    }

    /// `value` with exactly one decimal (`7.0`, `12.5`).
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value.isFinite ? value * 10 : 0).rounded())
        return (tenths < 0 ? "-" : "") + String(abs(tenths) / 10) + "." + String(abs(tenths) % 10)
    }

    /// Text safe in XML and HTML elements and attributes: `&`, `<`, `>` and `"` escaped, `'` as a
    /// numeric reference, and the control characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": continue
            default:
                let value = scalar.value
                let isForbidden =
                    (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
                    || value == 0xFFFE || value == 0xFFFF
                if isForbidden { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The unit vector of axis `index` of `count`, starting at the top and going clockwise (SVG's y
    /// points down); computed with series, not Foundation, and the same on every run.
    static func axis(_ index: Int, of count: Int) -> (x: Double, y: Double) {
        let turn = Double(index) / Double(max(count, 1))
        // Angle from the top, clockwise, reduced to -pi...pi.
        var angle = 2 * Double.pi * turn
        if angle > Double.pi { angle -= 2 * Double.pi }
        return (sine(angle), -cosine(angle))
    }

    /// sin(x) for |x| <= pi by its Taylor series.
    private static func sine(_ x: Double) -> Double {
        var term = x
        var sum = x
        for n in 1...12 {
            term *= -x * x / Double((2 * n) * (2 * n + 1))
            sum += term
        }
        return sum
    }

    /// cos(x) for |x| <= pi by its Taylor series.
    private static func cosine(_ x: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        for n in 1...12 {
            term *= -x * x / Double((2 * n - 1) * (2 * n))
            sum += term
        }
        return sum
    }
}
