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
        let problem = source.problem
        let partial = PartialProblem(
            id: problem.id, tags: problem.tags, estimatedMinutes: problem.estimatedMinutes,
            clarifications: problem.clarifications, steps: problem.steps, rubric: problem.rubric,
            redFlags: problem.redFlags, includes: problem.includes, overrides: source.overrides)
        var reader = JSONFieldReader()
        check(partial, fileName: fileName, itemSets: itemSets, reader: &reader)
        return reader.issues
    }

    /// Reports the cross-field issues of whatever could be decoded of a problem file.
    static func check(_ problem: PartialProblem, fileName: String, itemSets: [ItemSet], reader: inout JSONFieldReader) {
        let root = JSONPath.root
        let baseName = fileName.hasSuffix(".json") ? String(fileName.dropLast(5)) : fileName
        if let id = problem.id {
            if !isKebab(id) {
                reader.report(root.appending("id"), "must be lower-case words joined by '-', found \"\(id)\"")
            } else if id != baseName {
                reader.report(root.appending("id"), "\"\(id)\" must match the file name \"\(baseName).json\"")
            }
        }
        for (index, tag) in problem.tags.enumerated() where !isKebab(tag) {
            reader.report(
                root.appending("tags").appending(index), "must be lower-case words joined by '-', found \"\(tag)\"")
        }
        for (index, step) in problem.steps.enumerated() where index < StepID.allCases.count {
            guard let step else { continue }
            let expected = StepID.allCases[index]
            if step.id != expected {
                reader.report(
                    root.appending("steps").appending(index).appending("id"),
                    "expected \"\(expected.rawValue)\" at this position, found \"\(step.id.rawValue)\"")
            }
        }
        let steps = problem.steps.compactMap { $0 }
        if steps.count == StepID.allCases.count, problem.steps.count == steps.count,
            let minutes = problem.estimatedMinutes
        {
            let total = steps.reduce(0) { $0 + $1.minutes }
            if abs(total - Double(minutes)) > 0.01 {
                reader.report(
                    root.appending("steps"),
                    "step minutes add up to \(JSONWriter.format(total)), but estimatedMinutes is \(minutes)")
            }
        }
        checkUnique(
            problem.clarifications.map { $0?.id }, at: root.appending("clarifications"), what: "clarification",
            reader: &reader)

        var effectiveItems = problem.rubric.count
        var dimensionCounts: [Dimension: Int] = [:]
        for item in problem.rubric { if let item { dimensionCounts[item.dimension, default: 0] += 1 } }
        var effectiveFlags = problem.redFlags.map { $0?.id }
        var includedIDs = Set<String>()
        for (index, include) in problem.includes.enumerated() {
            guard let set = itemSets.first(where: { $0.id == include }) else {
                let known = itemSets.map(\.id).sorted().joined(separator: ", ")
                reader.report(
                    root.appending("include").appending(index), "no shared item set \"\(include)\" (known: \(known))")
                continue
            }
            effectiveItems += set.rubric.count
            for item in set.rubric { dimensionCounts[item.dimension, default: 0] += 1 }
            effectiveFlags += set.redFlags.map(\.id)
            includedIDs.formUnion(set.rubric.map(\.id))
        }
        for (index, item) in problem.rubric.enumerated() {
            guard let item, includedIDs.contains(item.id) else { continue }
            reader.report(
                root.appending("rubric").appending(index).appending("id"),
                "\"\(item.id)\" is already defined by an included set; use overrides to change its weight")
        }
        checkUnique(problem.rubric.map { $0?.id }, at: root.appending("rubric"), what: "item", reader: &reader)
        checkUnique(effectiveFlags, at: root.appending("redFlags"), what: "red flag", reader: &reader)
        for key in problem.overrides.keys.sorted() where !includedIDs.contains(key) {
            reader.report(root.appending("overrides").appending(key), "no included item \"\(key)\" to override")
        }
        if effectiveItems < minimumItems {
            reader.report(
                root.appending("rubric"),
                "needs at least \(minimumItems) items with the included ones, found \(effectiveItems)")
        }
        if problem.rubric.allSatisfy({ $0 != nil }) {
            for dimension in Dimension.allCases where dimensionCounts[dimension, default: 0] < minimumItemsPerDimension
            {
                reader.report(
                    root.appending("rubric"),
                    "needs at least \(minimumItemsPerDimension) items for the dimension \"\(dimension.rawValue)\", found \(dimensionCounts[dimension, default: 0])"
                )
            }
        }
        if effectiveFlags.count < minimumRedFlags {
            reader.report(
                root.appending("redFlags"),
                "needs at least \(minimumRedFlags) red flags with the included ones, found \(effectiveFlags.count)")
        }
    }

    static func checkUnique(_ ids: [String?], at path: JSONPath, what: String, reader: inout JSONFieldReader) {
        var seen: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            guard let id else { continue }
            if let first = seen[id] {
                reader.report(
                    path.appending(index).appending("id"),
                    "duplicate \(what) id \"\(id)\" (first at \(path.appending(first)))")
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
