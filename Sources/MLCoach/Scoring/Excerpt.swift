/// Short excerpts of answer lines for evidence.
enum Excerpt {
    /// The line without Markdown markers, cut to about `limit` bytes (at spaces) around `focus` (a
    /// lower-case word the excerpt must show, if given). Works on UTF-8 bytes: cuts happen only at
    /// spaces, so multi-byte characters stay whole.
    static func of(line: String, focus: String? = nil, limit: Int = 110) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        for byte in line.utf8 {
            if byte == 0x60 { continue }  // `
            if byte == 0x2A, bytes.last == 0x2A {  // **
                bytes.removeLast()
                continue
            }
            bytes.append(byte == 0x09 ? 0x20 : byte)
        }
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        if start + 1 < end, [0x2D, 0x2A, 0x2B, 0x3E].contains(bytes[start]), bytes[start + 1] == 0x20 { start += 2 }
        while start < end, bytes[start] == 0x23 || bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard end - start > limit else { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var from = start
        if let focus, let offset = find(Array(focus.utf8), in: bytes, from: start, to: end) {
            from = max(start, min(offset - limit / 3, end - limit))
        }
        while from > start, from < end, bytes[from - 1] != 0x20 { from += 1 }
        var to = min(end, from + limit)
        while to < end, to > from + limit / 2, bytes[to] != 0x20 { to -= 1 }
        while to > from, bytes[to - 1] == 0x20 { to -= 1 }
        let text = String(decoding: bytes[from..<to], as: UTF8.self)
        return (from > start ? "…" : "") + text + (to < end ? "…" : "")
    }

    /// The first ASCII-case-insensitive occurrence of `needle` in `bytes[from..<to]`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard let first = needle.first, to - from >= needle.count else { return nil }
        var index = from
        while index <= to - needle.count {
            if lower(bytes[index]) == first {
                var offset = 1
                while offset < needle.count, lower(bytes[index + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }
}
