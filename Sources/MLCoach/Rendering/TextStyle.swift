/// How text output may look: width, colour and whether Unicode symbols display.
public struct TextStyle: Sendable, Equatable {
    /// The line width to wrap at.
    public var width: Int
    /// Whether ANSI colours may be used.
    public var color: Bool
    /// Whether Unicode block characters and symbols display.
    public var unicode: Bool

    /// Creates a style.
    public init(width: Int = 80, color: Bool = false, unicode: Bool = true) {
        self.width = max(40, min(width, 200))
        self.color = color
        self.unicode = unicode
    }

    /// Plain output: 80 columns, no colour, Unicode.
    public static let plain = TextStyle()

    /// ANSI colours.
    public enum Color: String, Sendable {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case dim = "2"
        case bold = "1"
    }

    /// `text` in `color` when colour is on.
    public func paint(_ text: String, _ color: Color) -> String {
        self.color ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A symbol, or its ASCII stand-in when Unicode does not display.
    public func symbol(_ unicode: String, ascii: String) -> String {
        self.unicode ? unicode : ascii
    }

    /// A bar `cells` wide filled to `fraction`.
    public func bar(_ fraction: Double, cells: Int) -> String {
        let filled = Int((max(0, min(1, fraction)) * Double(cells)).rounded())
        if unicode {
            return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
        }
        return String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled)
    }

    /// `text` wrapped to the width at spaces, each line after the first indented by `indent` spaces.
    /// Works on bytes: a word's width is its number of Unicode scalars.
    public func wrap(_ text: String, indent: Int = 0, firstIndent: Int? = nil) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 16 + 64)
            let first = firstIndent ?? indent
            out.append(contentsOf: repeatElement(0x20, count: first))
            var lineLength = first
            var lineHasWord = false
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x20 {
                    index += 1
                    continue
                }
                var end = index
                var columns = 0
                while end < bytes.count && bytes[end] != 0x20 {
                    if bytes[end] & 0xC0 != 0x80 { columns += 1 }
                    end += 1
                }
                if lineHasWord && lineLength + 1 + columns > width {
                    out.append(0x0A)
                    out.append(contentsOf: repeatElement(0x20, count: indent))
                    lineLength = indent
                    lineHasWord = false
                }
                if lineHasWord {
                    out.append(0x20)
                    lineLength += 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                lineLength += columns
                lineHasWord = true
                index = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
