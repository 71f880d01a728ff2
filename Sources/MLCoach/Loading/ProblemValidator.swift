/// Checks a decoded problem against the rules the schema cannot express: ids, counts, minutes,
/// includes and overrides.
public enum ProblemValidator {
    /// The fewest items the effective rubric may have.
    public static let minimumItems = 25
    /// The fewest items per dimension.
    public static let minimumItemsPerDimension = 3
    /// The fewest red flags in the effective set.
    public static let minimumRedFlags = 4

    /// Every issue of `source`, whose file is named `fileName` (without folders), given the shared
    /// item sets it may include.
    public static func issues(of source: ProblemSource, fileName: String, itemSets: [ItemSet]) -> [ProblemIssue] {
        var reader = JSONFieldReader()
        let problem = source.problem
        let root = JSONPath.root
        if !isKebab(problem.id) {
            reader.report(root.appending("id"), "must be lower-case words joined by '-', found \"\(problem.id)\"")
        }
        let baseName = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
        if problem.id != baseName {
            reader.report(root.appending("id"), "\"\(problem.id)\" must match the file name \"\(baseName).json\"")
        }
        for (index, tag) in problem.tags.enumerated() where !isKebab(tag) {
            reader.report(root.appending("tags").appending(index), "must be lower-case words joined by '-', found \"\(tag)\"")
        }
        for (index, step) in problem.steps.enumerated() where index < StepID.allCases.count {
            let expected = StepID.allCases[index]
            if step.id != expected {
                reader.report(root.appending("steps").appending(index).appending("id"), "expected \"\(expected.rawValue)\" at this position, found \"\(step.id.rawValue)\"")
            }
        }
        if problem.steps.count == StepID.allCases.count {
            let total = problem.steps.reduce(0) { $0 + $1.minutes }
            if abs(total - Double(problem.estimatedMinutes)) > 0.01 {
                reader.report(root.appending("steps"), "step minutes add up to \(JSONWriter.format(total)), but estimatedMinutes is \(problem.estimatedMinutes)")
            }
        }
        checkUnique(problem.clarifications.map(\.id), at: root.appending("clarifications"), what: "clarification", reader: &reader)

        var effectiveItems = problem.rubric
        var effectiveFlags = problem.redFlags
        var includedIDs = Set<String>()
        for (index, include) in problem.includes.enumerated() {
            guard let set = itemSets.first(where: { $0.id == include }) else {
                let known = itemSets.map(\.id).sorted().joined(separator: ", ")
                reader.report(root.appending("include").appending(index), "no shared item set \"\(include)\" (known: \(known))")
                continue
            }
            effectiveItems += set.rubric
            effectiveFlags += set.redFlags
            includedIDs.formUnion(set.rubric.map(\.id))
        }
        for (index, item) in problem.rubric.enumerated() where includedIDs.contains(item.id) {
            reader.report(root.appending("rubric").appending(index).appending("id"), "\"\(item.id)\" is already defined by an included set; use overrides to change its weight")
        }
        checkUnique(problem.rubric.map(\.id), at: root.appending("rubric"), what: "item", reader: &reader)
        checkUnique(effectiveFlags.map(\.id), at: root.appending("redFlags"), what: "red flag", reader: &reader)
        for key in source.overrides.keys.sorted() where !includedIDs.contains(key) {
            reader.report(root.appending("overrides").appending(key), "no included item \"\(key)\" to override")
        }
        if effectiveItems.count < minimumItems {
            reader.report(root.appending("rubric"), "needs at least \(minimumItems) items with the included ones, found \(effectiveItems.count)")
        }
        for dimension in Dimension.allCases {
            let count = effectiveItems.filter { $0.dimension == dimension }.count
            if count < minimumItemsPerDimension {
                reader.report(root.appending("rubric"), "needs at least \(minimumItemsPerDimension) items for the dimension \"\(dimension.rawValue)\", found \(count)")
            }
        }
        if effectiveFlags.count < minimumRedFlags {
            reader.report(root.appending("redFlags"), "needs at least \(minimumRedFlags) red flags with the included ones, found \(effectiveFlags.count)")
        }
        return reader.issues
    }

    static func checkUnique(_ ids: [String], at path: JSONPath, what: String, reader: inout JSONFieldReader) {
        var seen: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let first = seen[id] {
                reader.report(path.appending(index).appending("id"), "duplicate \(what) id \"\(id)\" (first at \(path.appending(first)))")
            } else {
                seen[id] = index
            }
        }
    }

    static func isKebab(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
}
