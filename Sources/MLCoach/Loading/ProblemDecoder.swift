/// Decodes problem files, shared item sets and the language file from JSON, reporting every issue.
public enum ProblemDecoder {
    static let problemFields: Set<String> = [
        "$schema", "schemaVersion", "id", "title", "prompt", "difficulty", "tags", "estimatedMinutes", "sources",
        "include", "overrides", "lexicon", "domainTerms", "clarifications", "steps", "rubric", "redFlags",
        "referenceAnswer",
    ]

    /// Parses, decodes and checks a problem file's text, reporting every issue at once. `file` names
    /// it in errors; its last path component must be `<id>.json`. `itemSets` are the shared sets it
    /// may include. With `checkPatterns` false, patterns are not parsed and the cross-field rules
    /// are not checked (for the built-in bank, which the test suite validates).
    public static func problem(
        from text: String, file: String, itemSets: [ItemSet] = [], checkPatterns: Bool = true
    ) -> Result<ProblemSource, LoadError> {
        let json: JSONValue
        switch parse(text, file: file) {
        case .success(let value): json = value
        case .failure(let error): return .failure(error)
        }
        var reader = JSONFieldReader()
        reader.checksPatterns = checkPatterns
        var partial = PartialProblem()
        let source = problem(from: json, reader: &reader, partial: &partial)
        if checkPatterns {
            let fileName = file.split(separator: "/").last.map(String.init) ?? file
            ProblemValidator.check(partial, fileName: fileName, itemSets: itemSets, reader: &reader)
        }
        if let source, reader.issues.isEmpty { return .success(source) }
        return .failure(.invalid(file: file, reader.issues))
    }

    /// Parses a file's JSON, turning a syntax error into a `LoadError` naming the file.
    static func parse(_ text: String, file: String) -> Result<JSONValue, LoadError> {
        do {
            return .success(try JSONParser.parse(text))
        } catch {
            return .failure(.syntax(file: file, error))
        }
    }

    static func problem(from json: JSONValue, reader: inout JSONFieldReader, partial: inout PartialProblem)
        -> ProblemSource?
    {
        let root = JSONPath.root
        guard let object = reader.object(json, at: root, known: problemFields) else { return nil }
        let version = reader.integer(object, "schemaVersion", at: root)
        if let version, version != 1 {
            reader.report(
                root.appending("schemaVersion"), "unsupported version \(version); this mlcoach reads version 1")
        }
        let id = reader.string(object, "id", at: root)
        let title = reader.string(object, "title", at: root)
        let prompt = reader.string(object, "prompt", at: root)
        let difficulty = reader.choice(object, "difficulty", at: root, as: Difficulty.self)
        let tags = reader.strings(object, "tags", at: root, count: 1...Int.max, what: "tags")
        let minutes = reader.integer(object, "estimatedMinutes", at: root)
        let sources = reader.strings(object, "sources", at: root, count: 1...Int.max, what: "sources")
        let includes = reader.strings(object, "include", at: root, required: false) ?? []
        let overrides = self.overrides(object, reader: &reader)
        let lexicon = self.lexicon(object, reader: &reader)
        let domainTerms = reader.strings(object, "domainTerms", at: root, count: 10...Int.max, what: "domain terms")
        let clarifications = reader.positionalArray(
            object, "clarifications", at: root, count: 8...Int.max, what: "clarifications"
        ) {
            reader, value, path in clarification(value, at: path, reader: &reader)
        }
        let steps = reader.positionalArray(object, "steps", at: root, count: 6...6, what: "steps") {
            reader, value, path in
            step(value, at: path, reader: &reader)
        }
        let origin = id ?? ""
        let rubric = reader.positionalArray(object, "rubric", at: root, what: "items") { reader, value, path in
            item(value, at: path, origin: origin, reader: &reader)
        }
        let redFlags = reader.positionalArray(object, "redFlags", at: root, what: "red flags") { reader, value, path in
            redFlag(value, at: path, origin: origin, reader: &reader)
        }
        let reference = referenceAnswer(object, reader: &reader)
        partial = PartialProblem(
            id: id, tags: tags ?? [], estimatedMinutes: minutes, clarifications: clarifications ?? [],
            steps: steps ?? [],
            rubric: rubric ?? [], redFlags: redFlags ?? [], includes: includes, overrides: overrides)
        guard let version, let id, let title, let prompt, let difficulty, let tags, let minutes, let sources,
            let domainTerms, let clarifications, let steps, let rubric, let redFlags, let reference
        else { return nil }
        let allClarifications = clarifications.compactMap { $0 }
        let allSteps = steps.compactMap { $0 }
        let allItems = rubric.compactMap { $0 }
        let allFlags = redFlags.compactMap { $0 }
        guard allClarifications.count == clarifications.count, allSteps.count == steps.count,
            allItems.count == rubric.count, allFlags.count == redFlags.count
        else { return nil }
        let problem = Problem(
            schemaVersion: version, id: id, title: title, prompt: prompt, difficulty: difficulty, tags: tags,
            estimatedMinutes: minutes, sources: sources, includes: includes, lexicon: lexicon,
            domainTerms: domainTerms, clarifications: allClarifications, steps: allSteps, rubric: allItems,
            redFlags: allFlags, referenceAnswer: reference)
        return ProblemSource(problem: problem, overrides: overrides)
    }

    private static func overrides(_ object: JSONValue, reader: inout JSONFieldReader) -> [String: Double] {
        let path = JSONPath.root.appending("overrides")
        guard let value = object["overrides"] else { return [:] }
        guard case .object(let members) = value else {
            reader.report(path, "expected an object, found \(value.kindDescription)")
            return [:]
        }
        var result: [String: Double] = [:]
        for member in members {
            let here = path.appending(member.key)
            guard let entry = reader.object(member.value, at: here, known: ["weight"]) else { continue }
            if let weight = reader.positiveNumber(entry, "weight", at: here) { result[member.key] = weight }
        }
        return result
    }

    private static func lexicon(_ object: JSONValue, reader: inout JSONFieldReader) -> [String: [String]] {
        let path = JSONPath.root.appending("lexicon")
        guard let value = object["lexicon"] else { return [:] }
        guard case .object(let members) = value else {
            reader.report(path, "expected an object, found \(value.kindDescription)")
            return [:]
        }
        var result: [String: [String]] = [:]
        for member in members {
            let words = reader.array(value, member.key, at: path, count: 1...Int.max, what: "words") {
                reader, value, path in
                reader.string(value, at: path)
            }
            if let words { result[member.key] = words }
        }
        return result
    }

    private static func clarification(_ value: JSONValue, at path: JSONPath, reader: inout JSONFieldReader)
        -> Clarification?
    {
        let known: Set<String> = ["id", "question", "phrasings", "keywords", "answer"]
        guard let object = reader.object(value, at: path, known: known) else { return nil }
        let id = reader.string(object, "id", at: path)
        let question = reader.string(object, "question", at: path)
        let phrasings = reader.strings(object, "phrasings", at: path, count: 2...Int.max, what: "phrasings")
        let keywords = reader.strings(object, "keywords", at: path, count: 2...Int.max, what: "keywords")
        let answer = reader.string(object, "answer", at: path)
        guard let id, let question, let phrasings, let keywords, let answer else { return nil }
        return Clarification(id: id, question: question, phrasings: phrasings, keywords: keywords, answer: answer)
    }

    private static func step(_ value: JSONValue, at path: JSONPath, reader: inout JSONFieldReader) -> Step? {
        let known: Set<String> = ["id", "title", "minutes", "questions", "hints"]
        guard let object = reader.object(value, at: path, known: known) else { return nil }
        let id = reader.choice(object, "id", at: path, as: StepID.self)
        let title = reader.string(object, "title", at: path)
        let minutes = reader.positiveNumber(object, "minutes", at: path)
        let questions = reader.strings(object, "questions", at: path, count: 2...4, what: "guiding questions")
        let hints = reader.strings(object, "hints", at: path, count: 1...Int.max, what: "hints")
        guard let id, let title, let minutes, let questions, let hints else { return nil }
        return Step(id: id, title: title, minutes: minutes, questions: questions, hints: hints)
    }

    static func item(_ value: JSONValue, at path: JSONPath, origin: String, reader: inout JSONFieldReader)
        -> RubricItem?
    {
        let known: Set<String> = [
            "id", "dimension", "weight", "specific", "title", "phrasings", "paraphrases", "harm", "feedback",
            "followUp", "examples",
        ]
        guard let object = reader.object(value, at: path, known: known) else { return nil }
        let id = reader.string(object, "id", at: path)
        let dimension = reader.choice(object, "dimension", at: path, as: Dimension.self)
        let weight = reader.positiveNumber(object, "weight", at: path)
        let specific = reader.bool(object, "specific", at: path)
        let title = reader.string(object, "title", at: path)
        let phrasings = patterns(object, "phrasings", at: path, minimum: 1, reader: &reader)
        let paraphrases = patterns(object, "paraphrases", at: path, minimum: 0, reader: &reader)
        let harm = reader.bool(object, "harm", at: path, required: false) ?? false
        let feedback = reader.string(object, "feedback", at: path)
        let followUp = reader.string(object, "followUp", at: path)
        var examples: RubricItem.Examples?
        if let examplesValue = object["examples"] {
            let here = path.appending("examples")
            if let examplesObject = reader.object(examplesValue, at: here, known: ["covers", "misses"]) {
                let covers = reader.strings(examplesObject, "covers", at: here, count: 1...Int.max, what: "sentences")
                let misses = reader.strings(examplesObject, "misses", at: here, count: 1...Int.max, what: "sentences")
                if let covers, let misses { examples = RubricItem.Examples(covers: covers, misses: misses) }
            }
        } else {
            reader.report(path, "missing required field \"examples\"")
        }
        guard let id, let dimension, let weight, let specific, let title, let phrasings, let paraphrases, let feedback,
            let followUp, let examples
        else { return nil }
        return RubricItem(
            id: id, dimension: dimension, weight: weight, isSpecific: specific, title: title, phrasings: phrasings,
            paraphrases: paraphrases, isHarm: harm, feedback: feedback, followUp: followUp, examples: examples,
            origin: origin)
    }

    static func redFlag(_ value: JSONValue, at path: JSONPath, origin: String, reader: inout JSONFieldReader)
        -> RedFlag?
    {
        let known: Set<String> = ["id", "dimension", "patterns", "unless", "penalty", "message", "examples"]
        guard let object = reader.object(value, at: path, known: known) else { return nil }
        let id = reader.string(object, "id", at: path)
        let dimension = reader.choice(object, "dimension", at: path, as: Dimension.self)
        let patterns = patterns(object, "patterns", at: path, minimum: 1, reader: &reader)
        let unless =
            object["unless"] == nil ? [] : self.patterns(object, "unless", at: path, minimum: 0, reader: &reader)
        let penalty = reader.positiveNumber(object, "penalty", at: path)
        if let penalty, penalty > 50 {
            reader.report(path.appending("penalty"), "must be at most 50, found \(JSONWriter.format(penalty))")
        }
        let message = reader.string(object, "message", at: path)
        var examples: RedFlag.Examples?
        if let examplesValue = object["examples"] {
            let here = path.appending("examples")
            if let examplesObject = reader.object(examplesValue, at: here, known: ["fires", "quiet"]) {
                let fires = reader.strings(examplesObject, "fires", at: here, count: 1...Int.max, what: "sentences")
                let quiet = reader.strings(examplesObject, "quiet", at: here, count: 1...Int.max, what: "sentences")
                if let fires, let quiet { examples = RedFlag.Examples(fires: fires, quiet: quiet) }
            }
        }
        guard let id, let dimension, let patterns, let unless, let penalty, let message else { return nil }
        return RedFlag(
            id: id, dimension: dimension, patterns: patterns, unless: unless, penalty: min(penalty, 50),
            message: message, examples: examples, origin: origin)
    }

    /// A list of patterns, each checked against the pattern language.
    private static func patterns(
        _ object: JSONValue, _ key: String, at path: JSONPath, minimum: Int, reader: inout JSONFieldReader
    ) -> [String]? {
        reader.array(object, key, at: path, count: minimum...Int.max, what: "patterns") { reader, value, path in
            guard let text = reader.string(value, at: path) else { return nil }
            if reader.checksPatterns, case .failure(let error) = PatternSyntax.parse(text) {
                reader.report(path, error.description)
                return nil
            }
            return text
        }
    }

    private static func referenceAnswer(_ object: JSONValue, reader: inout JSONFieldReader) -> [StepID: String]? {
        let path = JSONPath.root.appending("referenceAnswer")
        guard let value = object["referenceAnswer"] else {
            reader.report(.root, "missing required field \"referenceAnswer\"")
            return nil
        }
        guard let answers = reader.object(value, at: path, known: Set(StepID.allCases.map(\.rawValue))) else {
            return nil
        }
        var result: [StepID: String] = [:]
        for step in StepID.allCases {
            if let text = reader.string(answers, step.rawValue, at: path) { result[step] = text }
        }
        return result.count == StepID.allCases.count ? result : nil
    }
}
