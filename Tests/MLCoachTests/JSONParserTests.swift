import Testing

@testable import MLCoach

@Suite struct JSONParserTests {
    @Test func parsesNestedDocumentsKeepingMemberOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, 2.5, true, null], "a": {"x": "\u00e9\n"}}"#)
        guard case .object(let members) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(value["b"] == .array([.number(1), .number(2.5), .bool(true), .null]))
        #expect(value["a"]?["x"] == .string("é\n"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "trailing ',' before '}'"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}' after the member \"a\""),
        ("[1, 2", 1, 6, "expected ',' or ']' after an array element"),
        ("{\"a\": 'x'}", 1, 7, "unexpected character ''', expected a value"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate member \"a\""),
        ("{\"a\": \"x", 1, 9, "unterminated string at end of file"),
        ("[01]", 1, 3, "numbers cannot have leading zeros"),
        ("", 1, 1, "unexpected end of file, expected a value"),
    ])
    func reportsSyntaxErrorsWithLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect(throws: JSONSyntaxError(message: message, line: line, column: column)) {
            try JSONParser.parse(text)
        }
    }

    @Test func writerRoundTripsThroughTheParser() throws {
        let value = JSONValue.object([
            JSONMember("text", .string("quote \" backslash \\ tab \t")),
            JSONMember("numbers", .array([.number(3), .number(0.25), .number(-12)])),
        ])
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
        #expect(
            JSONWriter.write(value, style: .compact)
                == #"{"text":"quote \" backslash \\ tab \t","numbers":[3,0.25,-12]}"#)
    }
}
