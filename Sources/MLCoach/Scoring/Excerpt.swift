/// Short excerpts of answer lines for evidence.
enum Excerpt {
    /// The line (as UTF-8 bytes) without Markdown markers, cut to about `limit` bytes (at spaces)
    /// around `focus` (a lower-case word the excerpt must show, if given). Cuts happen only at
    /// spaces, so multi-byte characters stay whole. Only a window around the focus is cleaned, so
    /// long paragraphs cost no more than short lines.
    static func of(bytes line: UnsafeBufferPointer<UInt8>, focus: String? = nil, limit: Int = 110) -> String {
        guard var focus else { return of(bytes: line, needle: nil, limit: limit) }
        return focus.withUTF8 { of(bytes: line, needle: $0, limit: limit) }
    }

    /// The excerpt around `needle`, the focus as UTF-8 bytes.
    private static func of(bytes line: UnsafeBufferPointer<UInt8>, needle: UnsafeBufferPointer<UInt8>?, limit: Int)
        -> String
    {
        var lineStart = 0
        var lineEnd = line.count
        while lineStart < lineEnd, line[lineStart] == 0x20 || line[lineStart] == 0x09 { lineStart += 1 }
        let marker = lineStart < lineEnd ? line[lineStart] : 0
        if lineStart + 1 < lineEnd, marker == 0x2D || marker == 0x2A || marker == 0x2B || marker == 0x3E,
            line[lineStart + 1] == 0x20
        {
            lineStart += 2
        }
        while lineStart < lineEnd, line[lineStart] == 0x23 || line[lineStart] == 0x20 { lineStart += 1 }
        while lineEnd > lineStart, line[lineEnd - 1] == 0x20 || line[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        // A window of the raw line around the focus, wide enough for markers that will be dropped.
        var windowStart = lineStart
        var windowEnd = lineEnd
        if lineEnd - lineStart > limit * 2 {
            var center = lineStart
            if let needle, let offset = find(needle, in: line, from: lineStart, to: lineEnd) {
                center = offset
            }
            windowStart = max(lineStart, center - limit)
            windowEnd = min(lineEnd, center + limit * 2)
        }
        // Clean the window into a temporary buffer: drop backticks and bold markers, tabs to spaces.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, windowEnd - windowStart)) { buffer in
            var count = 0
            var index = windowStart
            while index < windowEnd {
                // Most bytes are none of the three special ones: runs of them are found eight bytes
                // at a time and copied whole.
                var runEnd = index
                while runEnd + 8 <= windowEnd, !hasSpecialByte(load(line, at: runEnd)) { runEnd += 8 }
                while runEnd < windowEnd, isOrdinary(line[runEnd]) { runEnd += 1 }
                if runEnd > index {
                    (buffer.baseAddress! + count).update(from: line.baseAddress! + index, count: runEnd - index)
                    count += runEnd - index
                    index = runEnd
                    continue
                }
                let byte = line[index]
                index += 1
                if byte == 0x60 { continue }  // `
                if byte == 0x2A, count > 0, buffer[count - 1] == 0x2A {  // **
                    count -= 1
                    continue
                }
                buffer[count] = byte == 0x09 ? 0x20 : byte
                count += 1
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
            // Cut only at spaces, never inside a multi-byte character.
            var start = 0
            if windowStart > lineStart {
                while start < count, bytes[start] != 0x20 { start += 1 }
            }
            return cut(
                bytes, start: start, end: count, needle: needle, limit: limit, before: windowStart > lineStart,
                after: windowEnd < lineEnd)
        }
    }

    private static func cut(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, needle: UnsafeBufferPointer<UInt8>?, limit: Int,
        before: Bool, after: Bool
    ) -> String {
        var start = start
        while start < end, bytes[start] == 0x20 { start += 1 }
        guard end - start > limit else {
            return string(UnsafeBufferPointer(rebasing: bytes[start..<end]), before: before, after: after)
        }
        var from = start
        if let needle, let offset = find(needle, in: bytes, from: start, to: end) {
            from = max(start, min(offset - limit / 3, end - limit))
        }
        while from > start, from < end, bytes[from - 1] != 0x20 { from += 1 }
        var to = min(end, from + limit)
        while to < end, to > from + limit / 2, bytes[to] != 0x20 { to -= 1 }
        while to > from, bytes[to - 1] == 0x20 { to -= 1 }
        return string(
            UnsafeBufferPointer(rebasing: bytes[from..<to]), before: from > start || before, after: to < end || after)
    }

    /// The text, with an ellipsis before and after it as asked (invalid UTF-8 repaired as
    /// `String(decoding:as:)` does). The text is made a String first, with room for the
    /// ellipses: a plain ASCII text is then checked eight bytes at a time, which a text holding
    /// an ellipsis would not be.
    private static func string(_ text: UnsafeBufferPointer<UInt8>, before: Bool, after: Bool) -> String {
        var result = String(unsafeUninitializedCapacity: text.count + 6) { buffer in
            if !text.isEmpty { buffer.baseAddress!.update(from: text.baseAddress!, count: text.count) }
            return text.count
        }
        if before { result.insert("…", at: result.startIndex) }
        if after { result.append("…") }
        return result
    }

    /// The first ASCII-case-insensitive occurrence of `needle` in `bytes[from..<to]`.
    private static func find(
        _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int? {
        guard let first = needle.first, to - from >= needle.count else { return nil }
        // A byte whose lower case is `first`: for a lower-case letter, the letter in either case;
        // for any other byte, itself.
        let caseBit: UInt8 = first >= 0x61 && first <= 0x7A ? 0x20 : 0
        // Eight bytes at a time, a block with no byte that could start the needle is skipped
        // whole (a zero byte of `(block | case bits) ^ first`, as in `hasSpecialByte`).
        let ones: UInt64 = 0x0101_0101_0101_0101
        let firsts = ones &* UInt64(first)
        let caseBits = ones &* UInt64(caseBit)
        var index = from
        while index <= to - needle.count {
            if index + 8 <= to {
                let block = (load(bytes, at: index) | caseBits) ^ firsts
                let zeros = (block &- ones) & ~block & (ones &* 0x80)
                if zeros == 0 {
                    index += 8
                    continue
                }
                // The lowest flagged byte is a true zero (borrows only flag bytes above one): the
                // first byte of the block that could start the needle.
                index += zeros.trailingZeroBitCount / 8
                if index > to - needle.count { break }
            }
            if bytes[index] | caseBit == first {
                var offset = 1
                while offset < needle.count, lower(bytes[index + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether a byte is copied as it is: not a backtick, an asterisk, a tab or another control
    /// byte up to the tab.
    @inline(__always)
    private static func isOrdinary(_ byte: UInt8) -> Bool {
        byte > 0x60 || (byte > 0x2A && byte < 0x60) || (byte > 0x09 && byte < 0x2A)
    }

    /// Eight bytes of `bytes` from `index` (which has eight bytes after it), first byte lowest.
    @inline(__always)
    private static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// Whether any of eight bytes is not ordinary (see `isOrdinary`): equal to 0x60 or 0x2A, or
    /// below 0x0A. `(x - 0x0101...) & ~x & 0x8080...` is non-zero exactly when some byte of `x` is
    /// zero, and `(x - n * 0x0101...) & ~x & 0x8080...` when some byte is below `n` (n <= 0x80).
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let backticks = word ^ (ones &* 0x60)
        let asterisks = word ^ (ones &* 0x2A)
        let zeroBacktick = (backticks &- ones) & ~backticks
        let zeroAsterisk = (asterisks &- ones) & ~asterisks
        let below = (word &- ones &* 0x0A) & ~word
        return (zeroBacktick | zeroAsterisk | below) & highs != 0
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
    }
}
