/// The Porter (1980) stemming algorithm over lower-case ASCII words: `calibrated`, `calibration`
/// and `calibrating` all become `calibr`. Words with other characters are returned unchanged.
public enum PorterStemmer {
    /// The stem of a lower-case word.
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var stemmer = Run(b: bytes)
        stemmer.run()
        return String(decoding: stemmer.b[0...stemmer.k], as: UTF8.self)
    }

    private struct Run {
        var b: [UInt8]
        var k: Int
        var j = 0

        init(b: [UInt8]) {
            self.b = b
            self.k = b.count - 1
        }

        mutating func run() {
            step1ab()
            if k > 0 {
                step1c()
                step2()
                step3()
                step4()
                step5()
            }
        }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
            case 0x79: return i == 0 ? true : !isConsonant(i - 1)
            default: return true
            }
        }

        /// The number of vowel-consonant sequences in b[0...j].
        func measure() -> Int {
            var n = 0
            var i = 0
            while true {
                if i > j { return n }
                if !isConsonant(i) { break }
                i += 1
            }
            i += 1
            while true {
                while true {
                    if i > j { return n }
                    if isConsonant(i) { break }
                    i += 1
                }
                i += 1
                n += 1
                while true {
                    if i > j { return n }
                    if !isConsonant(i) { break }
                    i += 1
                }
                i += 1
            }
        }

        func vowelInStem() -> Bool {
            var i = 0
            while i <= j {
                if !isConsonant(i) { return true }
                i += 1
            }
            return false
        }

        func doubleConsonant(_ i: Int) -> Bool {
            i >= 1 && b[i] == b[i - 1] && isConsonant(i)
        }

        func cvc(_ i: Int) -> Bool {
            if i < 2 || !isConsonant(i) || isConsonant(i - 1) || !isConsonant(i - 2) { return false }
            let ch = b[i]
            return ch != 0x77 && ch != 0x78 && ch != 0x79
        }

        /// Whether b[0...k] ends with `suffix`; if so, j marks the end of the stem before it.
        mutating func ends(_ suffix: [UInt8]) -> Bool {
            let length = suffix.count
            if length > k + 1 { return false }
            let offset = k - length + 1
            for index in 0..<length where b[offset + index] != suffix[index] { return false }
            j = k - length
            return true
        }

        mutating func setTo(_ replacement: [UInt8]) {
            b.replaceSubrange((j + 1)..<(k + 1), with: replacement)
            k = j + replacement.count
        }

        mutating func replace(_ replacement: [UInt8]) {
            if measure() > 0 { setTo(replacement) }
        }

        mutating func step1ab() {
            if b[k] == 0x73 {
                if ends(Suffix.sses) {
                    k -= 2
                } else if ends(Suffix.ies) {
                    setTo(Suffix.i)
                } else if k >= 1 && b[k - 1] != 0x73 {
                    k -= 1
                }
            }
            if ends(Suffix.eed) {
                if measure() > 0 { k -= 1 }
            } else if (ends(Suffix.ed) || ends(Suffix.ing)) && vowelInStem() {
                k = j
                if ends(Suffix.at) {
                    setTo(Suffix.ate)
                } else if ends(Suffix.bl) {
                    setTo(Suffix.ble)
                } else if ends(Suffix.iz) {
                    setTo(Suffix.ize)
                } else if doubleConsonant(k) {
                    k -= 1
                    let ch = b[k]
                    if ch == 0x6C || ch == 0x73 || ch == 0x7A { k += 1 }
                } else if measure() == 1 && cvc(k) {
                    j = k
                    setTo(Suffix.e)
                }
            }
        }

        mutating func step1c() {
            if ends(Suffix.y) && vowelInStem() { b[k] = 0x69 }
        }

        mutating func step2() {
            guard k >= 1 else { return }
            for (suffix, replacement) in Rules.step2[Int(b[k - 1])] where ends(suffix) {
                replace(replacement)
                return
            }
        }

        mutating func step3() {
            for (suffix, replacement) in Rules.step3[Int(b[k])] where ends(suffix) {
                replace(replacement)
                return
            }
        }

        mutating func step4() {
            guard k >= 1 else { return }
            for suffix in Rules.step4[Int(b[k - 1])] where ends(suffix) {
                if suffix == Suffix.ion {
                    guard j >= 0, b[j] == 0x73 || b[j] == 0x74 else { return }
                }
                if measure() > 1 { k = j }
                return
            }
        }

        mutating func step5() {
            j = k
            if b[k] == 0x65 {
                let m = measure()
                if m > 1 || m == 1 && !cvc(k - 1) { k -= 1 }
            }
            if b[k] == 0x6C && doubleConsonant(k) && measure() > 1 { k -= 1 }
        }
    }

    /// Suffixes of steps 1 and 5, as bytes (built once).
    private enum Suffix {
        static let at: [UInt8] = Array("at".utf8)
        static let ate: [UInt8] = Array("ate".utf8)
        static let bl: [UInt8] = Array("bl".utf8)
        static let ble: [UInt8] = Array("ble".utf8)
        static let e: [UInt8] = Array("e".utf8)
        static let ed: [UInt8] = Array("ed".utf8)
        static let eed: [UInt8] = Array("eed".utf8)
        static let i: [UInt8] = Array("i".utf8)
        static let ies: [UInt8] = Array("ies".utf8)
        static let ing: [UInt8] = Array("ing".utf8)
        static let iz: [UInt8] = Array("iz".utf8)
        static let ize: [UInt8] = Array("ize".utf8)
        static let sses: [UInt8] = Array("sses".utf8)
        static let y: [UInt8] = Array("y".utf8)
        static let ion: [UInt8] = Array("ion".utf8)
    }

    /// The rules of steps 2 to 4, indexed by the byte that selects them (the penultimate letter
    /// for steps 2 and 4, the last for step 3), built once.
    private enum Rules {
        typealias Rule = (suffix: [UInt8], replacement: [UInt8])

        static let step2: [[Rule]] = table([
            (0x61, [("ational", "ate"), ("tional", "tion")]),
            (0x63, [("enci", "ence"), ("anci", "ance")]),
            (0x65, [("izer", "ize")]),
            (0x6C, [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")]),
            (0x6F, [("ization", "ize"), ("ation", "ate"), ("ator", "ate")]),
            (0x73, [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")]),
            (0x74, [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")]),
            (0x67, [("logi", "log")]),
        ])

        static let step3: [[Rule]] = table([
            (0x65, [("icate", "ic"), ("ative", ""), ("alize", "al")]),
            (0x69, [("iciti", "ic")]),
            (0x6C, [("ical", "ic"), ("ful", "")]),
            (0x73, [("ness", "")]),
        ])

        static let step4: [[[UInt8]]] = table([
            (0x61, [("al", "")]), (0x63, [("ance", ""), ("ence", "")]), (0x65, [("er", "")]), (0x69, [("ic", "")]),
            (0x6C, [("able", ""), ("ible", "")]), (0x6E, [("ant", ""), ("ement", ""), ("ment", ""), ("ent", "")]),
            (0x6F, [("ion", ""), ("ou", "")]), (0x73, [("ism", "")]), (0x74, [("ate", ""), ("iti", "")]),
            (0x75, [("ous", "")]), (0x76, [("ive", "")]), (0x7A, [("ize", "")]),
        ]).map { $0.map(\.suffix) }

        private static func table(_ entries: [(UInt8, [(String, String)])]) -> [[Rule]] {
            var result = [[Rule]](repeating: [], count: 256)
            for (byte, rules) in entries {
                result[Int(byte)] = rules.map { (Array($0.0.utf8), Array($0.1.utf8)) }
            }
            return result
        }
    }
}
