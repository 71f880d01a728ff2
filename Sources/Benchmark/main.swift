// Grading benchmark, run on demand: `swift run -c release mlcoach-bench [COUNT] [WORDS]`.
// With `--write DIR` it writes the answers to DIR instead, for timing `mlcoach grade DIR`.
// Builds COUNT answers of about WORDS words from the built-in reference answers (sentences mixed
// by a seeded generator, so every answer differs), grades them all in one process on one core,
// and prints answers per second and MB/s.
import Dispatch
import MLCoach
import MLCoachResources

#if canImport(Glibc)
    import Glibc
#endif

var arguments = CommandLine.arguments
var writeFolder: String?
if let flag = arguments.firstIndex(of: "--write"), flag + 1 < arguments.count {
    writeFolder = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
let count = arguments.count > 1 ? Int(arguments[1]) ?? 1000 : 1000
let targetWords = arguments.count > 2 ? Int(arguments[2]) ?? 1500 : 1500

let files = BundledResources.files.map { ProblemBank.File(path: $0.path, text: $0.text) }
let bank: ProblemBank
do {
    bank = try ProblemBank.builtIn(files, validate: false)
} catch {
    print("error: cannot load the built-in bank: \(error)")
    exit(70)
}

/// A small deterministic generator (SplitMix64), so runs are comparable.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

var sentences: [String] = []
for problem in bank.problems {
    for step in StepID.allCases {
        let text = problem.referenceAnswer[step] ?? ""
        sentences += text.split(whereSeparator: { $0 == "\n" }).map(String.init).filter { !$0.isEmpty }
    }
}
var random = SplitMix(state: 42)
var answers: [(problem: Problem, text: String)] = []
var totalBytes = 0
for index in 0..<count {
    let problem = bank.problems[index % bank.problems.count]
    var text = "---\nproblem: \(problem.id)\n---\n"
    var words = 0
    var section = 0
    while words < targetWords {
        if words >= section * targetWords / 6 && section < 6 {
            text += "\n## \(StepID.allCases[section].defaultTitle)\n\n"
            section += 1
        }
        let sentence = sentences[random.below(sentences.count)]
        text += sentence + "\n"
        words += sentence.split(separator: " ").count
    }
    totalBytes += text.utf8.count
    answers.append((problem, text))
}

if let folder = writeFolder {
    // Batch mode: write the answers as files for timing `mlcoach grade FOLDER` end to end.
    mkdir(folder, 0o755)
    for (index, answer) in answers.enumerated() {
        let path = folder + "/answer-\(String(index + 10000).dropFirst()).md"
        guard let file = fopen(path, "w") else {
            print("error: cannot write \(path)")
            exit(73)
        }
        fputs(answer.text, file)
        fclose(file)
    }
    print("wrote \(answers.count) answers (\(String(format1: Double(totalBytes) / 1_048_576)) MB) to \(folder)")
    exit(0)
}

/// Grades every answer with its problem's grader, one word cache per grader as `mlcoach grade`
/// keeps per thread; returns the sum of the scores. A function, so the timed loop reads locals
/// rather than top-level globals.
func gradeAll(_ answers: [(problem: Problem, text: String)], graders: [String: Grader]) -> Int {
    var caches = [String: WordCache]()
    for id in graders.keys { caches[id] = WordCache() }
    var checksum = 0
    for (problem, text) in answers {
        let document = AnswerDocument(text: text)
        checksum &+= graders[problem.id]!.evaluation(of: document, cache: &caches[problem.id]!).score
    }
    return checksum
}

let graders = Dictionary(uniqueKeysWithValues: bank.problems.map { ($0.id, bank.grader(for: $0)) })
let start = DispatchTime.now().uptimeNanoseconds
let checksum = gradeAll(answers, graders: graders)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let rate = Double(count) / seconds
let megabytes = Double(totalBytes) / 1_048_576
print(
    "graded \(count) answers (~\(targetWords) words, \(String(format1: megabytes)) MB) in \(String(format1: seconds * 1000)) ms"
)
print(
    "\(String(format1: rate)) answers/s, \(String(format1: megabytes / seconds)) MB/s on one core (checksum \(checksum))"
)

extension String {
    init(format1 value: Double) {
        let scaled = (value * 10).rounded()
        self = "\(Int(scaled) / 10).\(abs(Int(scaled)) % 10)"
    }
}
