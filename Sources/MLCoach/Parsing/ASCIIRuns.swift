/// Reading UTF-8 text eight bytes at a time: the ends of runs of ASCII letters or digits, found
/// with bit tricks on one 64-bit word instead of a test per byte. Eight
/// bytes are read only where all of them lie before `limit`, the text's length; the last few
/// bytes of the text are tested one at a time.
enum ASCIIRuns {
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Eight bytes at `pointer`, little-endian (it may be unaligned).
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// Bit 7 of each byte of `x` that lies in `lowest...highest` (both below 0x80) and is ASCII.
    /// Adding to the low seven bits never carries into the next byte, so each byte is tested alone.
    @inline(__always)
    private static func inRange(_ x: UInt64, _ lowest: UInt8, _ highest: UInt8) -> UInt64 {
        let seven = x & low7
        let atLeastLowest = seven &+ ones &* UInt64(0x80 - lowest)
        let aboveHighest = seven &+ ones &* UInt64(0x7F - highest)
        return atLeastLowest & ~aboveHighest & ~x & high
    }

    /// Whether `byte` is an ASCII letter: setting bit 5 lower-cases one, and the unsigned
    /// subtraction tests a...z in one comparison (bytes from 0x80 end up above it).
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Bit 7 of each byte of `x` that is not an ASCII letter. Setting bit 5 lower-cases letters;
    /// then letters are exactly the bytes in a...z.
    @inline(__always)
    static func nonLetters(_ x: UInt64) -> UInt64 {
        ~inRange(x | 0x2020_2020_2020_2020, 0x61, 0x7A) & high
    }

    /// How many ASCII letters the bytes of `x` start with (8: all), in fewer steps than
    /// `nonLetters`, whose flags are exact for every byte: these are exact up to the first
    /// non-letter only. Lower-cased (bit 5 set), a letter less 0x61 is 0...25, and a byte is a
    /// non-letter when that difference, or it plus 0x66, has its top bit set. One subtraction and
    /// one addition serve all eight bytes: a borrow leaves only a byte below 0x61 and a carry
    /// only a difference of 0x9A or more, non-letters both, so only bytes above the first
    /// non-letter can be flagged wrongly.
    @inline(__always)
    static func leadingLetters(_ x: UInt64) -> Int {
        let difference = (x | 0x2020_2020_2020_2020) &- 0x6161_6161_6161_6161
        return ((difference | (difference &+ 0x6666_6666_6666_6666)) & high).trailingZeroBitCount &>> 3
    }

    /// The end of the run of ASCII letters that starts at `start`, at most `limit`.
    @inline(__always)
    static func letterRunEnd(_ text: UnsafePointer<UInt8>, from start: Int, limit: Int) -> Int {
        var index = start
        while index &+ 8 <= limit {
            let letters = leadingLetters(load(text + index))
            if letters < 8 { return index &+ letters }
            index &+= 8
        }
        while index < limit, isLetter(text[index]) { index &+= 1 }
        return index
    }

    /// The end of the run of ASCII digits that starts at `start`, at most `limit`.
    @inline(__always)
    static func digitRunEnd(_ text: UnsafePointer<UInt8>, from start: Int, limit: Int) -> Int {
        var index = start
        while index &+ 8 <= limit {
            let stops = ~inRange(load(text + index), 0x30, 0x39) & high
            if stops != 0 { return index &+ stops.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < limit, isDigit(text[index]) { index &+= 1 }
        return index
    }
}
