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

    /// `text` wrapped to the width, each line after the first indented by `indent` spaces.
    public func wrap(_ text: String, indent: Int = 0, firstIndent: Int? = nil) -> String {
        let first = firstIndent ?? indent
        var lines: [String] = []
        var current = String(repeating: " ", count: first)
        var currentLength = first
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord && currentLength + 1 + word.count > width {
                lines.append(current)
                current = String(repeating: " ", count: indent)
                currentLength = indent
                lineHasWord = false
            }
            if lineHasWord {
                current += " "
                currentLength += 1
            }
            current += word
            currentLength += word.count
            lineHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
