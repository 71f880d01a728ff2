/// Decodes shared item sets and the language file.
public enum ItemSetDecoder {
    /// Parses and decodes a shared item set. `file` names it in errors.
    public static func itemSet(from text: String, file: String, checkPatterns: Bool = true) -> Result<
        ItemSet, LoadError
    > {
        let json: JSONValue
        switch ProblemDecoder.parse(text, file: file) {
        case .success(let value): json = value
        case .failure(let error): return .failure(error)
        }
        var reader = JSONFieldReader()
        reader.checksPatterns = checkPatterns
        let root = JSONPath.root
        let known: Set<String> = ["$schema", "schemaVersion", "id", "title", "rubric", "redFlags"]
        guard let object = reader.object(json, at: root, known: known) else {
            return .failure(.invalid(file: file, reader.issues))
        }
        let version = reader.integer(object, "schemaVersion", at: root)
        if let version, version != 1 {
            reader.report(
                root.appending("schemaVersion"), "unsupported version \(version); this mlcoach reads version 1")
        }
        let id = reader.string(object, "id", at: root)
        let title = reader.string(object, "title", at: root)
        let origin = id ?? ""
        let rubric = reader.array(object, "rubric", at: root, what: "items") { reader, value, path in
            ProblemDecoder.item(value, at: path, origin: origin, reader: &reader)
        }
        let redFlags = reader.array(object, "redFlags", at: root, what: "red flags") { reader, value, path in
            ProblemDecoder.redFlag(value, at: path, origin: origin, reader: &reader)
        }
        if let rubric {
            ProblemValidator.checkUnique(rubric.map(\.id), at: root.appending("rubric"), what: "item", reader: &reader)
        }
        if let redFlags {
            ProblemValidator.checkUnique(
                redFlags.map(\.id), at: root.appending("redFlags"), what: "red flag", reader: &reader)
        }
        guard reader.issues.isEmpty, let id, let title, let rubric, let redFlags else {
            return .failure(.invalid(file: file, reader.issues))
        }
        return .success(ItemSet(id: id, title: title, rubric: rubric, redFlags: redFlags))
    }

    /// Parses and decodes the language file. `file` names it in errors.
    public static func language(from text: String, file: String) -> Result<Language, LoadError> {
        let json: JSONValue
        switch ProblemDecoder.parse(text, file: file) {
        case .success(let value): json = value
        case .failure(let error): return .failure(error)
        }
        var reader = JSONFieldReader()
        let root = JSONPath.root
        let lists = [
            "negations", "negationExceptions", "postNegations", "dismissals", "postDismissals", "clauseBreaks",
            "functionWords", "reasonCues", "tradeoffCues", "numberWords", "hedges", "decisionCues",
            "summaryCues",
        ]
        let known = Set(lists + ["$schema", "schemaVersion", "id", "synonyms", "headings", "topics"])
        guard let object = reader.object(json, at: root, known: known) else {
            return .failure(.invalid(file: file, reader.issues))
        }
        var values: [String: [String]] = [:]
        for key in lists { values[key] = reader.strings(object, key, at: root) ?? [] }
        var synonyms: [String: [String]] = [:]
        if case .object(let members)? = object["synonyms"] {
            for member in members {
                synonyms[member.key] =
                    reader.strings(object["synonyms"]!, member.key, at: root.appending("synonyms")) ?? []
            }
        } else {
            reader.report(root, "missing required field \"synonyms\"")
        }
        var headings: [StepID: [String]] = [:]
        if let headingObject = reader.object(
            object["headings"], at: root.appending("headings"), known: Set(StepID.allCases.map(\.rawValue)))
        {
            for step in StepID.allCases {
                headings[step] = reader.strings(headingObject, step.rawValue, at: root.appending("headings")) ?? []
            }
        } else {
            reader.report(root, "missing required field \"headings\"")
        }
        var topics: [Dimension: [String]] = [:]
        if let topicObject = reader.object(
            object["topics"], at: root.appending("topics"), known: Set(Dimension.allCases.map(\.rawValue)))
        {
            for dimension in Dimension.allCases {
                topics[dimension] =
                    reader.strings(topicObject, dimension.rawValue, at: root.appending("topics"), required: false) ?? []
            }
        }
        guard reader.issues.isEmpty else { return .failure(.invalid(file: file, reader.issues)) }
        return .success(
            Language(
                synonyms: synonyms, negations: values["negations"]!, negationExceptions: values["negationExceptions"]!,
                postNegations: values["postNegations"]!, dismissals: values["dismissals"]!,
                postDismissals: values["postDismissals"]!, clauseBreaks: values["clauseBreaks"]!,
                functionWords: values["functionWords"]!, reasonCues: values["reasonCues"]!,
                tradeoffCues: values["tradeoffCues"]!, numberWords: values["numberWords"]!, hedges: values["hedges"]!,
                decisionCues: values["decisionCues"]!, summaryCues: values["summaryCues"]!,
                headings: headings, topics: topics))
    }
}
