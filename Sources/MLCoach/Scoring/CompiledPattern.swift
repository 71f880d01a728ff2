/// A pattern turned into term and prefix ids, ready to match against an analyzed text. A final
/// class, so passing it around in the matching loops costs one reference count, not one per array.
/// Immutable once its grader is built (raw storage is written only by `init`, `groupBase` only
/// while the grader numbers its patterns), hence `@unchecked Sendable`.
final class CompiledPattern: @unchecked Sendable {
    /// One word position of a phrase.
    enum Unit: Sendable, Equatable {
        case term(Int32)
        case prefix(Int32)
    }

    /// Groups, each a list of alternative phrases.
    let groups: [[[Unit]]]
    /// True when the pattern itself contains a negation, so negation does not cancel it.
    let carriesNegation: Bool
    /// The pattern as written.
    let source: String
    /// The groups flattened for fast matching, as buffers over one block of raw storage owned by
    /// the pattern (the matching loops read them for every pattern and anchor, and buffers cost no
    /// reference counting or closure per read): every unit as a code (a term id, or
    /// -(prefix id + 1)) in `codeList`; alternative `a` is
    /// `codeList[alternativeList[a]..<alternativeList[a + 1]]`; group `g` is alternatives
    /// `groupList[g]..<groupList[g + 1]`.
    let groupList: UnsafeBufferPointer<Int32>
    let alternativeList: UnsafeBufferPointer<Int32>
    let codeList: UnsafeBufferPointer<Int32>
    /// Per alternative, its first unit's code (`Int32.max`, a unit no text has, for an empty
    /// alternative): what picking the anchor group and narrowing to sentences read.
    let firstCodes: UnsafeBufferPointer<Int32>
    /// The global number of the pattern's first group among its grader's patterns (see
    /// `GroupPostings`), or -1 when it has none.
    var groupBase: Int32 = -1

    /// Compiles `syntax`, interning its words in `vocabulary`.
    convenience init(_ syntax: PatternSyntax, source: String, negationWords: Set<String>, vocabulary: inout Vocabulary)
    {
        let groups: [[[Unit]]] = syntax.groups.map { group in
            group.map { alternative in
                alternative.map { word in
                    switch word {
                    case .word(let text): return .term(vocabulary.intern(text))
                    case .prefix(let text): return .prefix(vocabulary.internPrefix(text))
                    }
                }
            }
        }
        self.init(groups: groups, source: source, carriesNegation: syntax.contains(anyOf: negationWords))
    }

    /// `patterns` with the one-group ones made into one pattern whose group holds all their
    /// alternatives, in order (then the others): for lists whose spans are only listed, never
    /// matched pattern by pattern, so one pass replaces one per phrase.
    static func merged(_ patterns: [CompiledPattern]) -> [CompiledPattern] {
        let single = patterns.filter { $0.groups.count == 1 }
        let rest = patterns.filter { $0.groups.count != 1 }
        return (single.isEmpty ? [] : [CompiledPattern(alternativesOf: single)]) + rest
    }

    /// One pattern whose single group holds the alternatives of all `patterns`, each of one group.
    convenience init(alternativesOf patterns: [CompiledPattern]) {
        precondition(patterns.allSatisfy { $0.groups.count == 1 })
        self.init(
            groups: [patterns.flatMap { $0.groups[0] }], source: patterns.map(\.source).joined(separator: "|"),
            carriesNegation: patterns.contains { $0.carriesNegation })
    }

    private init(groups: [[[Unit]]], source: String, carriesNegation: Bool) {
        self.source = source
        self.carriesNegation = carriesNegation
        self.groups = groups
        var codes: [Int32] = []
        var alternativeStarts: [Int32] = [0]
        var groupStarts: [Int32] = [0]
        for group in groups {
            for alternative in group {
                for unit in alternative { codes.append(Self.code(unit)) }
                alternativeStarts.append(Int32(codes.count))
            }
            groupStarts.append(Int32(alternativeStarts.count - 1))
        }
        let alternativeCount = alternativeStarts.count - 1
        let storage = UnsafeMutablePointer<Int32>.allocate(
            capacity: groupStarts.count + alternativeStarts.count + codes.count + alternativeCount)
        storage.initialize(from: groupStarts, count: groupStarts.count)
        (storage + groupStarts.count).initialize(from: alternativeStarts, count: alternativeStarts.count)
        (storage + groupStarts.count + alternativeStarts.count).initialize(from: codes, count: codes.count)
        groupList = UnsafeBufferPointer(start: storage, count: groupStarts.count)
        alternativeList = UnsafeBufferPointer(start: storage + groupStarts.count, count: alternativeStarts.count)
        codeList = UnsafeBufferPointer(start: storage + groupStarts.count + alternativeStarts.count, count: codes.count)
        let firstCodes = storage + groupStarts.count + alternativeStarts.count + codes.count
        for alternative in 0..<alternativeCount {
            let first = Int(alternativeStarts[alternative])
            (firstCodes + alternative).initialize(
                to: first < Int(alternativeStarts[alternative + 1]) ? codes[first] : Int32.max)
        }
        self.firstCodes = UnsafeBufferPointer(start: firstCodes, count: alternativeCount)
    }

    deinit {
        UnsafeMutablePointer(mutating: groupList.baseAddress!).deallocate()
    }

    /// A unit as a single integer: a term id, or -(prefix id + 1).
    static func code(_ unit: Unit) -> Int32 {
        switch unit {
        case .term(let id): return id
        case .prefix(let id): return -(id + 1)
        }
    }

    /// The number of groups.
    var groupCount: Int { groupList.count - 1 }

    /// Where alternative `alternative`'s words are: `codeList[first..<first + length]`. Read in
    /// the matching loops, which step over alternatives with wrapping arithmetic: the lists are
    /// small and in range by construction.
    @inline(__always)
    func phrase(_ alternative: Int) -> (first: Int, length: Int) {
        let first = Int(alternativeList[alternative])
        return (first, Int(alternativeList[alternative &+ 1]) &- first)
    }

    /// Compiles pattern text; nil when it does not parse (validation reports those).
    static func compile(_ text: String, negationWords: Set<String>, vocabulary: inout Vocabulary) -> CompiledPattern? {
        guard case .success(let syntax) = PatternSyntax.parse(text) else { return nil }
        return CompiledPattern(syntax, source: text, negationWords: negationWords, vocabulary: &vocabulary)
    }

    /// Compiles a list of pattern texts, dropping those that do not parse.
    static func compileAll(_ texts: [String], negationWords: Set<String>, vocabulary: inout Vocabulary)
        -> [CompiledPattern]
    {
        texts.compactMap { compile($0, negationWords: negationWords, vocabulary: &vocabulary) }
    }
}
