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

        mutating func ends(_ s: String) -> Bool {
            let suffix = Array(s.utf8)
            let length = suffix.count
            if length > k + 1 { return false }
            if b[(k - length + 1)...k].elementsEqual(suffix) == false { return false }
            j = k - length
            return true
        }

        mutating func setTo(_ s: String) {
            let replacement = Array(s.utf8)
            b.replaceSubrange((j + 1)..<(k + 1), with: replacement)
            k = j + replacement.count
        }

        mutating func replace(_ s: String) {
            if measure() > 0 { setTo(s) }
        }

        mutating func step1ab() {
            if b[k] == 0x73 {
                if ends("sses") {
                    k -= 2
                } else if ends("ies") {
                    setTo("i")
                } else if k >= 1 && b[k - 1] != 0x73 {
                    k -= 1
                }
            }
            if ends("eed") {
                if measure() > 0 { k -= 1 }
            } else if (ends("ed") || ends("ing")) && vowelInStem() {
                k = j
                if ends("at") {
                    setTo("ate")
                } else if ends("bl") {
                    setTo("ble")
                } else if ends("iz") {
                    setTo("ize")
                } else if doubleConsonant(k) {
                    k -= 1
                    let ch = b[k]
                    if ch == 0x6C || ch == 0x73 || ch == 0x7A { k += 1 }
                } else if measure() == 1 && cvc(k) {
                    j = k
                    setTo("e")
                }
            }
        }

        mutating func step1c() {
            if ends("y") && vowelInStem() { b[k] = 0x69 }
        }

        mutating func step2() {
            guard k >= 1 else { return }
            let rules: [(String, String)]
            switch b[k - 1] {
            case 0x61: rules = [("ational", "ate"), ("tional", "tion")]
            case 0x63: rules = [("enci", "ence"), ("anci", "ance")]
            case 0x65: rules = [("izer", "ize")]
            case 0x6C: rules = [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")]
            case 0x6F: rules = [("ization", "ize"), ("ation", "ate"), ("ator", "ate")]
            case 0x73: rules = [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")]
            case 0x74: rules = [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")]
            case 0x67: rules = [("logi", "log")]
            default: return
            }
            for (suffix, replacement) in rules where ends(suffix) {
                replace(replacement)
                return
            }
        }

        mutating func step3() {
            let rules: [(String, String)]
            switch b[k] {
            case 0x65: rules = [("icate", "ic"), ("ative", ""), ("alize", "al")]
            case 0x69: rules = [("iciti", "ic")]
            case 0x6C: rules = [("ical", "ic"), ("ful", "")]
            case 0x73: rules = [("ness", "")]
            default: return
            }
            for (suffix, replacement) in rules where ends(suffix) {
                replace(replacement)
                return
            }
        }

        mutating func step4() {
            guard k >= 1 else { return }
            let suffixes: [String]
            switch b[k - 1] {
            case 0x61: suffixes = ["al"]
            case 0x63: suffixes = ["ance", "ence"]
            case 0x65: suffixes = ["er"]
            case 0x69: suffixes = ["ic"]
            case 0x6C: suffixes = ["able", "ible"]
            case 0x6E: suffixes = ["ant", "ement", "ment", "ent"]
            case 0x6F: suffixes = ["ion", "ou"]
            case 0x73: suffixes = ["ism"]
            case 0x74: suffixes = ["ate", "iti"]
            case 0x75: suffixes = ["ous"]
            case 0x76: suffixes = ["ive"]
            case 0x7A: suffixes = ["ize"]
            default: return
            }
            for suffix in suffixes where ends(suffix) {
                if suffix == "ion" {
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
}
