/// Reads typed fields out of JSON objects, collecting every problem as a `ProblemIssue` instead of
/// stopping at the first one.
struct JSONFieldReader {
    /// Everything found wrong so far.
    private(set) var issues: [ProblemIssue] = []
    /// Whether patterns are parsed to check them.
    var checksPatterns = true

    mutating func report(_ path: JSONPath, _ message: String) {
        issues.append(ProblemIssue(path, message))
    }

    /// The members of an object, reporting members outside `known`.
    mutating func object(_ value: JSONValue?, at path: JSONPath, known: Set<String>) -> JSONValue? {
        guard let value else { return nil }
        guard case .object(let members) = value else {
            report(path, "expected an object, found \(value.kindDescription)")
            return nil
        }
        for member in members where !known.contains(member.key) {
            let suggestion =
                Suggestion.closest(to: member.key, among: Array(known)).map { " (did you mean \"\($0)\"?)" } ?? ""
            report(path.appending(member.key), "unknown field\(suggestion)")
        }
        return value
    }

    private mutating func required(_ object: JSONValue, _ key: String, _ path: JSONPath) -> JSONValue? {
        guard let value = object[key] else {
            report(path, "missing required field \"\(key)\"")
            return nil
        }
        return value
    }

    mutating func string(_ object: JSONValue, _ key: String, at path: JSONPath, required isRequired: Bool = true)
        -> String?
    {
        guard let value = isRequired ? required(object, key, path) : object[key] else { return nil }
        return string(value, at: path.appending(key))
    }

    mutating func string(_ value: JSONValue, at path: JSONPath) -> String? {
        guard case .string(let text) = value else {
            report(path, "expected a string, found \(value.kindDescription)")
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            report(path, "must not be empty")
            return nil
        }
        return text
    }

    mutating func number(_ object: JSONValue, _ key: String, at path: JSONPath, required isRequired: Bool = true)
        -> Double?
    {
        guard let value = isRequired ? required(object, key, path) : object[key] else { return nil }
        guard case .number(let number) = value else {
            report(path.appending(key), "expected a number, found \(value.kindDescription)")
            return nil
        }
        return number
    }

    mutating func positiveNumber(_ object: JSONValue, _ key: String, at path: JSONPath) -> Double? {
        guard let number = number(object, key, at: path) else { return nil }
        guard number > 0 else {
            report(path.appending(key), "must be greater than 0, found \(JSONWriter.format(number))")
            return nil
        }
        return number
    }

    mutating func integer(_ object: JSONValue, _ key: String, at path: JSONPath) -> Int? {
        guard let number = number(object, key, at: path) else { return nil }
        guard number == number.rounded(), abs(number) < 1e9 else {
            report(path.appending(key), "expected a whole number, found \(JSONWriter.format(number))")
            return nil
        }
        return Int(number)
    }

    mutating func bool(_ object: JSONValue, _ key: String, at path: JSONPath, required isRequired: Bool = true) -> Bool?
    {
        guard let value = isRequired ? required(object, key, path) : object[key] else { return nil }
        guard case .bool(let flag) = value else {
            report(path.appending(key), "expected true or false, found \(value.kindDescription)")
            return nil
        }
        return flag
    }

    /// An array of elements read by `read`, each kept at its position (nil where it failed);
    /// reports counts outside `range`.
    mutating func positionalArray<T>(
        _ object: JSONValue, _ key: String, at path: JSONPath, required isRequired: Bool = true,
        count range: ClosedRange<Int> = 0...Int.max, what: String = "entries",
        _ read: (inout JSONFieldReader, JSONValue, JSONPath) -> T?
    ) -> [T?]? {
        guard let value = isRequired ? required(object, key, path) : object[key] else { return nil }
        let here = path.appending(key)
        guard case .array(let elements) = value else {
            report(here, "expected an array, found \(value.kindDescription)")
            return nil
        }
        if elements.count < range.lowerBound {
            report(here, "needs at least \(range.lowerBound) \(what), found \(elements.count)")
        } else if elements.count > range.upperBound {
            report(here, "allows at most \(range.upperBound) \(what), found \(elements.count)")
        }
        var result: [T?] = []
        for (index, element) in elements.enumerated() { result.append(read(&self, element, here.appending(index))) }
        return result
    }

    /// An array of elements read by `read`, without those that failed; reports counts outside `range`.
    mutating func array<T>(
        _ object: JSONValue, _ key: String, at path: JSONPath, required isRequired: Bool = true,
        count range: ClosedRange<Int> = 0...Int.max, what: String = "entries",
        _ read: (inout JSONFieldReader, JSONValue, JSONPath) -> T?
    ) -> [T]? {
        positionalArray(object, key, at: path, required: isRequired, count: range, what: what, read)?.compactMap { $0 }
    }

    mutating func strings(
        _ object: JSONValue, _ key: String, at path: JSONPath, required isRequired: Bool = true,
        count range: ClosedRange<Int> = 0...Int.max, what: String = "entries"
    ) -> [String]? {
        array(object, key, at: path, required: isRequired, count: range, what: what) { reader, value, path in
            reader.string(value, at: path)
        }
    }

    /// An enum value from its raw string.
    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ object: JSONValue, _ key: String, at path: JSONPath, as type: T.Type
    ) -> T? where T.RawValue == String {
        guard let text = string(object, key, at: path) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            report(path.appending(key), "expected one of \(allowed), found \"\(text)\"")
            return nil
        }
        return value
    }
}
