/// Converts interview state to and from JSON for saving after every line.
public enum InterviewStateCodec {
    /// The saved form's version.
    public static let version = 1

    /// The state as JSON text.
    public static func encode(_ state: InterviewState) -> String {
        var phase: [JSONMember] = []
        switch state.phase {
        case .writing: phase = [JSONMember("kind", .string("writing"))]
        case .finished: phase = [JSONMember("kind", .string("finished"))]
        case .followUp(let question, let itemID):
            phase = [
                JSONMember("kind", .string("follow-up")), JSONMember("question", .string(question)),
                JSONMember("item", .string(itemID)),
            ]
        }
        let steps: [JSONValue] = state.steps.map { record in
            .object([
                JSONMember("step", .string(record.step.rawValue)),
                JSONMember("lines", .array(record.lines.map { .string($0) })),
                JSONMember("seconds", .number(record.seconds)),
                JSONMember(
                    "followUps",
                    .array(
                        record.followUps.map {
                            .object([
                                JSONMember("item", .string($0.itemID)), JSONMember("question", .string($0.question)),
                                JSONMember("answer", .string($0.answer)),
                            ])
                        })),
                JSONMember("hintsShown", .number(Double(record.hintsShown))),
                JSONMember("visited", .bool(record.visited)),
            ])
        }
        let asked: [JSONValue] = state.clarifications.map { question in
            var members = [
                JSONMember("question", .string(question.question)), JSONMember("answer", .string(question.answer)),
                JSONMember("step", .string(question.step.rawValue)),
            ]
            if let id = question.clarificationID { members.append(JSONMember("clarification", .string(id))) }
            return .object(members)
        }
        var members = [
            JSONMember("version", .number(Double(version))),
            JSONMember("session", .string(state.sessionID)),
            JSONMember("problem", .string(state.problemID)),
            JSONMember("totalMinutes", .number(state.totalMinutes)),
            JSONMember("timer", .bool(state.timerEnabled)),
            JSONMember("currentStep", .number(Double(state.currentStep))),
            JSONMember("phase", .object(phase)),
            JSONMember("steps", .array(steps)),
            JSONMember("clarifications", .array(asked)),
            JSONMember("warnings", .array(state.warnings.map { .string($0) })),
            JSONMember("askedItems", .array(state.askedItems.map { .string($0) })),
        ]
        if let startedAt = state.startedAt { members.append(JSONMember("startedAt", .number(startedAt))) }
        return JSONWriter.write(.object(members)) + "\n"
    }

    /// The state saved in `text`, or a message saying what is wrong.
    public static func decode(_ text: String) -> Result<InterviewState, SessionFileError> {
        let json: JSONValue
        do {
            json = try JSONParser.parse(text)
        } catch {
            return .failure(SessionFileError(message: "line \(error.line), column \(error.column): \(error.message)"))
        }
        func string(_ value: JSONValue?) -> String? {
            if case .string(let text)? = value { return text }
            return nil
        }
        func number(_ value: JSONValue?) -> Double? {
            if case .number(let number)? = value { return number }
            return nil
        }
        func strings(_ value: JSONValue?) -> [String] {
            if case .array(let items)? = value { return items.compactMap { string($0) } }
            return []
        }
        guard number(json["version"]) == Double(version) else {
            return .failure(SessionFileError(message: "unsupported session version"))
        }
        guard let session = string(json["session"]), let problem = string(json["problem"]),
            let minutes = number(json["totalMinutes"]), case .bool(let timer)? = json["timer"],
            let current = number(json["currentStep"]), case .array(let stepValues)? = json["steps"]
        else { return .failure(SessionFileError(message: "missing session fields")) }
        var steps: [InterviewState.StepRecord] = []
        for value in stepValues {
            guard let id = string(value["step"]).flatMap(StepID.init(rawValue:)) else {
                return .failure(SessionFileError(message: "bad step"))
            }
            var followUps: [InterviewState.FollowUp] = []
            if case .array(let items)? = value["followUps"] {
                for item in items {
                    followUps.append(
                        InterviewState.FollowUp(
                            itemID: string(item["item"]) ?? "", question: string(item["question"]) ?? "",
                            answer: string(item["answer"]) ?? ""))
                }
            }
            var visited = false
            if case .bool(let flag)? = value["visited"] { visited = flag }
            steps.append(
                InterviewState.StepRecord(
                    step: id, lines: strings(value["lines"]), seconds: number(value["seconds"]) ?? 0,
                    followUps: followUps,
                    hintsShown: Int(number(value["hintsShown"]) ?? 0), visited: visited))
        }
        var phase = InterviewState.Phase.writing
        switch string(json["phase"]?["kind"]) {
        case "finished": phase = .finished
        case "follow-up":
            phase = .followUp(
                question: string(json["phase"]?["question"]) ?? "", itemID: string(json["phase"]?["item"]) ?? "")
        default: phase = .writing
        }
        var asked: [InterviewState.AskedQuestion] = []
        if case .array(let items)? = json["clarifications"] {
            for item in items {
                asked.append(
                    InterviewState.AskedQuestion(
                        question: string(item["question"]) ?? "", answer: string(item["answer"]) ?? "",
                        clarificationID: string(item["clarification"]),
                        step: string(item["step"]).flatMap(StepID.init(rawValue:)) ?? .problemStatement))
            }
        }
        guard !steps.isEmpty, Int(current) >= 0, Int(current) < steps.count else {
            return .failure(SessionFileError(message: "bad current step"))
        }
        return .success(
            InterviewState(
                sessionID: session, problemID: problem, totalMinutes: minutes, timerEnabled: timer, steps: steps,
                currentStep: Int(current), phase: phase, clarifications: asked, stepEnteredAt: nil, clockOffset: 0,
                warnings: strings(json["warnings"]), askedItems: strings(json["askedItems"]),
                startedAt: number(json["startedAt"])))
    }
}

/// A saved session file that cannot be read.
public struct SessionFileError: Error, Equatable, Sendable {
    /// What is wrong.
    public var message: String
}
