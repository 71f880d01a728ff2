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

    /// The text of `value` in the given style (no trailing newline), nested `indent` levels deep.
    public static func write(_ value: JSONValue, style: Style = .pretty, indent: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, style: style, indent: indent, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, style: Style, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += flag ? Array("true".utf8) : Array("false".utf8)
        case .number(let number): out += Array(format(number).utf8)
        case .string(let text): appendQuoted(text, to: &out)
        case .array(let elements):
            if elements.isEmpty {
                out += [0x5B, 0x5D]
                return
            }
            out.append(0x5B)
            for (position, element) in elements.enumerated() {
                if position > 0 { out.append(0x2C) }
                newline(style, indent + 1, &out)
                write(element, style: style, indent: indent + 1, into: &out)
            }
            newline(style, indent, &out)
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty {
                out += [0x7B, 0x7D]
                return
            }
            out.append(0x7B)
            for (position, member) in members.enumerated() {
                if position > 0 { out.append(0x2C) }
                newline(style, indent + 1, &out)
                appendQuoted(member.key, to: &out)
                out.append(0x3A)
                if style == .pretty { out.append(0x20) }
                write(member.value, style: style, indent: indent + 1, into: &out)
            }
            newline(style, indent, &out)
            out.append(0x7D)
        }
    }

    private static func newline(_ style: Style, _ indent: Int, _ out: inout [UInt8]) {
        guard style == .pretty else { return }
        out.append(0x0A)
        for _ in 0..<(indent * 2) { out.append(0x20) }
    }

    /// Appends `text` in double quotes with JSON escapes, copying unescaped runs as they are.
    private static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { bytes in
            out.append(0x22)
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                runStart = index + 1
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                default:
                    let hex: StaticString = "0123456789abcdef"
                    let digits = hex.utf8Start
                    out += [0x5C, 0x75, 0x30, 0x30, digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
                }
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
            out.append(0x22)
        }
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
