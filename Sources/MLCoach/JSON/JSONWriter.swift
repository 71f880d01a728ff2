/// Writes `JSONValue`s as text with a stable layout: members in the order given, integers without
/// a fraction, and non-ASCII text as UTF-8.
public enum JSONWriter {
    /// The layout of the written text.
    public enum Style: Sendable {
        /// Everything on one line with no spaces.
        case compact
        /// Two-space indentation, one member or element per line.
        case pretty
    }

    /// The text of `value` in the given style (no trailing newline).
    public static func write(_ value: JSONValue, style: Style = .pretty) -> String {
        var out = ""
        write(value, style: style, indent: 0, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, style: Style, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += format(number)
        case .string(let text): out += quoted(text)
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { out += "," }
                newline(style, indent + 1, &out)
                write(element, style: style, indent: indent + 1, into: &out)
            }
            newline(style, indent, &out)
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (position, member) in members.enumerated() {
                if position > 0 { out += "," }
                newline(style, indent + 1, &out)
                out += quoted(member.key)
                out += style == .pretty ? ": " : ":"
                write(member.value, style: style, indent: indent + 1, into: &out)
            }
            newline(style, indent, &out)
            out += "}"
        }
    }

    private static func newline(_ style: Style, _ indent: Int, _ out: inout String) {
        guard style == .pretty else { return }
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// A number as JSON text: whole numbers without a fraction, others with up to 4 decimals.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        var text = String(format4: number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `text` in double quotes with JSON escapes.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    /// A number with exactly four decimals, without Foundation.
    init(format4 number: Double) {
        let scaled = (abs(number) * 10_000).rounded()
        let whole = Int64(scaled / 10_000)
        let fraction = Int64(scaled) - whole * 10_000
        let fractionText = String(fraction)
        self =
            (number < 0 ? "-" : "") + String(whole) + "."
            + String(repeating: "0", count: 4 - fractionText.count) + fractionText
    }
}
