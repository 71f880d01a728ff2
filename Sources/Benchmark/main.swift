// Grading benchmark, run on demand: `swift run -c release mlcoach-bench [--rounds N] [COUNT] [WORDS]`.
// With `--write DIR` it writes the answers to DIR instead, for timing `mlcoach grade DIR`.
// Builds COUNT answers of about WORDS words from the built-in reference answers (paragraphs mixed
// by a seeded generator, so every answer differs, and dense with rubric terms: a demanding case),
// grades them all in one process on one core, and prints answers per second and MB/s. With
// `--rounds N` it grades them N times, each round with fresh word caches, and prints every round
// and the median and best: on a shared machine single runs vary a lot.
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
var rounds = 1
if let flag = arguments.firstIndex(of: "--rounds"), flag + 1 < arguments.count {
    rounds = max(1, Int(arguments[flag + 1]) ?? 1)
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
let megabytes = Double(totalBytes) / 1_048_576
var rates: [Double] = []
var checksum = 0
for round in 1...rounds {
    let start = DispatchTime.now().uptimeNanoseconds
    checksum = gradeAll(answers, graders: graders)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    rates.append(Double(count) / seconds)
    let label = rounds > 1 ? "round \(round): " : ""
    print(
        "\(label)graded \(count) answers (~\(targetWords) words, \(String(format1: megabytes)) MB) in \(String(format1: seconds * 1000)) ms"
    )
}
let bytesPerAnswer = megabytes / Double(count)
if rounds == 1 {
    print(
        "\(String(format1: rates[0])) answers/s, \(String(format1: rates[0] * bytesPerAnswer)) MB/s on one core (checksum \(checksum))"
    )
} else {
    let sorted = rates.sorted()
    let median = sorted[sorted.count / 2]
    let best = sorted[sorted.count - 1]
    print(
        "median \(String(format1: median)) answers/s (\(String(format1: median * bytesPerAnswer)) MB/s), best \(String(format1: best)) answers/s (\(String(format1: best * bytesPerAnswer)) MB/s) on one core over \(rounds) rounds (checksum \(checksum))"
    )
}

extension String {
    init(format1 value: Double) {
        let scaled = (value * 10).rounded()
        self = "\(Int(scaled) / 10).\(abs(Int(scaled)) % 10)"
    }
}
