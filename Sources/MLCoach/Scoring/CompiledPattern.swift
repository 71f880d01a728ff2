/// A pattern turned into term and prefix ids, ready to match against an analyzed text.
struct CompiledPattern: Sendable {
    /// One word position of a phrase.
    enum Unit: Sendable, Equatable {
        case term(Int32)
        case prefix(Int32)
    }

    /// Groups, each a list of alternative phrases.
    var groups: [[[Unit]]]
    /// True when the pattern itself contains a negation, so negation does not cancel it.
    var carriesNegation: Bool
    /// The pattern as written.
    var source: String

    /// Compiles `syntax`, interning its words in `vocabulary`.
    init(_ syntax: PatternSyntax, source: String, negationWords: Set<String>, vocabulary: inout Vocabulary) {
        self.source = source
        self.carriesNegation = syntax.contains(anyOf: negationWords)
        self.groups = syntax.groups.map { group in
            group.map { alternative in
                alternative.map { word in
                    switch word {
                    case .word(let text): return .term(vocabulary.intern(text))
                    case .prefix(let text): return .prefix(vocabulary.internPrefix(text))
                    }
                }
            }
        }
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
