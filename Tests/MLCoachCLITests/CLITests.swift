import Foundation
import Testing

@testable import MLCoachCLI

@Suite struct HelpTests {
    @Test(arguments: [
        (["--help"], "help-root.txt"),
        (["help", "grade"], "help-grade.txt"),
        (["grade", "--help"], "help-grade.txt"),
        (["list", "-h"], "help-list.txt"),
        (["show", "--help"], "help-show.txt"),
        (["problems", "validate", "--help"], "help-validate.txt"),
        (["problems"], "help-problems.txt"),
        ([], "help-root.txt"),
    ])
    func helpIsLaidOutLikeArgumentParser(arguments: [String], golden: String) {
        let run = CLIRun(arguments)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        expectGolden(run.output, golden)
    }

    @Test func versionPrintsTheVersion() {
        let run = CLIRun(["--version"])
        #expect(run.status == 0)
        #expect(run.output == "mlcoach \(MLCoachCLI.version)\n")
    }

    @Test(arguments: [
        (
            ["lsit"],
            "Error: Unknown command 'lsit'. Did you mean 'list'?\nUsage: mlcoach <subcommand>\n  See 'mlcoach --help' for more information.\n"
        ),
        (
            ["list", "--formt", "json"],
            "Error: Unknown option '--formt'. Did you mean '--format'?\nUsage: mlcoach list [--tag <tag> ...] [--format <format>] [--problems <dir> ...]\n  See 'mlcoach list --help' for more information.\n"
        ),
        (
            ["list", "--format", "yaml"],
            "Error: The value 'yaml' is invalid for '--format <format>'. Use one of: text, json.\nUsage: mlcoach list [--tag <tag> ...] [--format <format>] [--problems <dir> ...]\n  See 'mlcoach list --help' for more information.\n"
        ),
        (
            ["show"],
            "Error: Missing expected argument '<id>'.\nUsage: mlcoach show <id> [--problems <dir> ...]\n  See 'mlcoach show --help' for more information.\n"
        ),
        (
            ["grade", "a.md", "--min-score"],
            "Error: Missing value for '--min-score <n>'.\nUsage: mlcoach grade <paths> ... [--problem <id>] [--format <format>] [--output <file>] [--min-score <n>] [--min-dimension <n>] [--record] [--problems <dir> ...]\n  See 'mlcoach grade --help' for more information.\n"
        ),
        (
            ["help", "nope"],
            "Error: Unknown command 'nope'.\nUsage: mlcoach <subcommand>\n  See 'mlcoach --help' for more information.\n"
        ),
    ])
    func usageErrorsExit64WithTheUsageLineAndASuggestion(arguments: [String], message: String) {
        let run = CLIRun(arguments)
        #expect(run.status == 64)
        #expect(run.output.isEmpty)
        #expect(run.errors == message)
    }
}

@Suite struct ListAndShowTests {
    @Test func listPrintsATableOfTheFiveProblems() {
        let run = CLIRun(["list"], host: CLIFixtures.host())
        #expect(run.status == 0)
        expectGolden(run.output, "list.txt")
    }

    @Test func listFiltersByTagAndPrintsJSON() {
        let run = CLIRun(["list", "--tag", "ranking", "--format", "json"], host: CLIFixtures.host())
        #expect(run.status == 0)
        #expect(run.output.contains("\"id\": \"search-ranking\""))
        #expect(!run.output.contains("\"id\": \"fraud-detection\""))
    }

    @Test func anUnknownTagSaysWhichTagsExist() {
        let run = CLIRun(["list", "--tag", "nosuch"], host: CLIFixtures.host())
        #expect(run.status == 0)
        #expect(run.output == "No problems match.\n")
        #expect(run.errors.hasPrefix("No problem has the tag(s) nosuch. Known tags: "))
    }

    @Test func userProblemsJoinTheListFromAFolderOrTheEnvironment() {
        let host = CLIFixtures.host()
        #expect(CLIRun(["list", "--problems", "problems"], host: host).output.contains("churn-prediction"))
        let other = CLIFixtures.host()
        other.variables["MLCOACH_PROBLEMS"] = "problems"
        #expect(CLIRun(["list"], host: other).output.contains("churn-prediction"))
    }

    @Test func showPrintsThePromptAndTheSixSteps() {
        let run = CLIRun(["show", "churn-prediction", "--problems", "problems"], host: CLIFixtures.host())
        #expect(run.status == 0)
        expectGolden(run.output, "show-churn.txt")
    }

    @Test func showOfAnUnknownProblemSuggestsTheClosestID() {
        let run = CLIRun(["show", "fraud-detect"], host: CLIFixtures.host())
        #expect(run.status == 65)
        #expect(run.errors.hasPrefix("Error: unknown problem 'fraud-detect'. Did you mean 'fraud-detection'?"))
    }

    @Test func anInvalidUserProblemFailsWithItsErrors() {
        let host = CLIFixtures.host()
        host.addFile("bad/churn-prediction.json", CLIFixtures.text("broken/churn-prediction.json"))
        let run = CLIRun(["list", "--problems", "bad"], host: host)
        #expect(run.status == 65)
        #expect(
            run.errors.contains(
                "bad/churn-prediction.json: error: at rubric[3].weight: expected a number, found a string"))
    }
}

@Suite struct ValidateTests {
    @Test func theBuiltInBankValidates() {
        let run = CLIRun(["problems", "validate"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.split(separator: "\n").count == 5)
    }

    @Test func aBrokenFileFailsWith65AndEveryError() {
        let host = CLIFixtures.host()
        host.addFile("Tests/Fixtures/broken/churn-prediction.json", CLIFixtures.text("broken/churn-prediction.json"))
        host.addFile("Tests/Fixtures/broken/syntax-error.json", CLIFixtures.text("broken/syntax-error.json"))
        let run = CLIRun(["problems", "validate", "Tests/Fixtures/broken"], host: host)
        #expect(run.status == 65)
        expectGolden(run.errors, "validate-broken-cli.txt")
    }

    @Test func aMissingFileExits66() {
        let run = CLIRun(["problems", "validate", "nope.json"], host: CLIFixtures.host())
        #expect(run.status == 66)
        #expect(run.errors == "Error: nope.json: no such file or folder.\n")
    }
}

@Suite struct GradeTests {
    @Test func theTextReportIsStable() {
        let host = CLIFixtures.host()
        host.variables["COLUMNS"] = "100"
        let run = CLIRun(["grade", "answers/churn.md", "--problems", "problems"], host: host)
        #expect(run.status == 0)
        expectGolden(run.output, "grade-churn.txt")
    }

    @Test func theJSONReportHasTheDocumentedShape() {
        let run = CLIRun(
            ["grade", "answers/churn.md", "--problems", "problems", "--format", "json"], host: CLIFixtures.host())
        #expect(run.status == 0)
        expectGolden(run.output, "grade-churn.json")
    }

    @Test func asciiWhenTheLocaleIsNotUTF8AndColourOnlyOnATerminal() {
        let host = CLIFixtures.host()
        host.variables["LANG"] = "C"
        let plain = CLIRun(["grade", "answers/churn.md", "--problems", "problems"], host: host)
        #expect(!plain.output.contains("█"))
        #expect(plain.output.contains("#"))
        #expect(!plain.output.contains("\u{1B}["))
        let terminal = CLIFixtures.host()
        terminal.terminals = ["output"]
        #expect(
            CLIRun(["grade", "answers/churn.md", "--problems", "problems"], host: terminal).output.contains("\u{1B}["))
        terminal.output = ""
        terminal.variables["NO_COLOR"] = "1"
        #expect(
            !CLIRun(["grade", "answers/churn.md", "--problems", "problems"], host: terminal).output.contains("\u{1B}["))
    }

    @Test func standardInputIsReadForADash() {
        let host = CLIFixtures.host()
        host.standardInput = Array(CLIFixtures.text("answers/churn-strong.md").utf8)
        let run = CLIRun(["grade", "-", "--problems", "problems", "--format", "json"], host: host)
        #expect(run.status == 0)
        #expect(run.output.contains("\"file\": \"-\""))
    }

    @Test(arguments: [
        (["grade", "answers/churn.md", "--problems", "problems", "--min-score", "99"], Int32(1)),
        (["grade", "answers/churn.md", "--problems", "problems", "--min-score", "10"], Int32(0)),
        (["grade", "answers/churn.md", "--problems", "problems", "--min-dimension", "50"], Int32(1)),
        (["grade", "answers/plain.md"], Int32(64)),
        (["grade", "answers/churn.md", "--problem", "nosuch"], Int32(65)),
        (["grade", "answers/binary.md", "--problem", "fraud-detection"], Int32(65)),
        (["grade", "answers/missing.md"], Int32(66)),
        (["grade", "answers/churn.md", "--min-score", "abc"], Int32(64)),
    ])
    func exitCodesSayWhatHappened(arguments: [String], status: Int32) {
        let host = CLIFixtures.host()
        host.addFile("answers/plain.md", "No front matter here.\n")
        host.files["answers/binary.md"] = [0x00, 0xFF, 0xFE, 0x41]
        #expect(CLIRun(arguments, host: host).status == status)
    }

    @Test func withNeitherFrontMatterNorProblemTheMessageNamesBothWays() {
        let host = CLIFixtures.host()
        host.addFile("answers/plain.md", "No front matter here.\n")
        let run = CLIRun(["grade", "answers/plain.md"], host: host)
        #expect(run.errors.contains("front matter") && run.errors.contains("--problem ID"))
    }

    @Test func aBatchReportsBadFilesAndGradesTheRest() {
        let host = CLIFixtures.host()
        host.files["answers/binary.md"] = [0x00, 0xFF]
        let run = CLIRun(["grade", "answers", "--problems", "problems", "--format", "json"], host: host)
        #expect(run.status == 65)
        #expect(run.output.contains("\"file\": \"answers/churn.md\""))
        #expect(run.output.contains("\"errors\""))
        #expect(run.errors.contains("answers/binary.md: not UTF-8 text"))
    }
}

@Suite struct PracticeTests {
    /// A real folder: the history database lives on disk (session files stay in the fake host).
    private let home = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-cli-\(UUID().uuidString)")
        .path

    private func host(_ script: String) -> FakeHost {
        let host = CLIFixtures.host()
        host.variables["MLCOACH_HOME"] = home
        host.inputLines = script.split(separator: "\n", omittingEmptySubsequences: false).map { .text(String($0)) }
        return host
    }

    @Test func aPipedInterviewRunsWithoutPromptsAndSavesTheTranscript() throws {
        let host = host("Churn means cancelling within 30 days.\n.\n\nWe use log loss and an A/B test.\n.\n")
        let run = CLIRun(["practice", "churn-prediction", "--problems", "problems"], host: host)
        #expect(run.status == 0, "\(run.errors)")
        #expect(!run.output.contains(" > "))
        #expect(!run.output.contains("\u{1B}["))
        #expect(run.output.contains("Interview finished."))
        #expect(run.output.contains("Pacing"))
        let transcript = try #require(host.files["\(home)/sessions/20261201-120000-churn-prediction/transcript.md"])
        #expect(String(decoding: transcript, as: UTF8.self).hasPrefix("---\nproblem: churn-prediction\n"))
        #expect(host.files["\(home)/sessions/20261201-120000-churn-prediction/session.json"] != nil)
        #expect(host.interruptMessage?.contains("mlcoach practice --resume") == true)
    }

    @Test func theSavedTranscriptGradesToTheSameScoreAsTheSession() throws {
        let host = host("Churn means cancelling within 30 days, because the offer needs a month.\n.\n\n")
        let run = CLIRun(["practice", "churn-prediction", "--problems", "problems"], host: host)
        #expect(run.status == 0)
        let score = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("Score ") })
        let grade = CLIRun(
            ["grade", "\(home)/sessions/20261201-120000-churn-prediction/transcript.md", "--problems", "problems"],
            host: host)
        #expect(grade.output.contains(String(score)))
    }

    @Test func quitThenResumeContinuesTheSameInterview() {
        let first = host("Churn means cancelling within 30 days.\n/quit\n")
        let quit = CLIRun(["practice", "churn-prediction", "--problems", "problems"], host: first)
        #expect(quit.status == 0)
        #expect(quit.output.contains("Saved. Continue later with 'mlcoach practice --resume'."))
        first.output = ""
        first.inputLines = [.text("Out of scope: free users."), .text(".")]
        let resumed = CLIRun(["practice", "--resume", "--problems", "problems"], host: first)
        #expect(resumed.status == 0)
        #expect(resumed.output.contains("Your draft so far:\n  Churn means cancelling within 30 days."))
        #expect(resumed.output.contains("Interview finished."))
        first.output = ""
        let nothing = CLIRun(["practice", "--resume"], host: first)
        #expect(nothing.status == 66)
        #expect(nothing.errors.contains("no unfinished interview to resume"))
    }

    @Test func theMenuTakesANumberFromInput() {
        let host = host("2\n.\n")
        let run = CLIRun(["practice", "--no-timer"], host: host)
        #expect(run.status == 0)
        #expect(run.output.contains("Choose a problem:\n  1. "))
        #expect(run.output.contains("Mock interview: Home feed ranking"))
    }

    @Test func aMenuWithoutAnAnswerFailsCleanly() {
        let empty = host("")
        empty.inputLines = []
        let run = CLIRun(["practice"], host: empty)
        #expect(run.status == 64)
        #expect(run.errors.contains("no problem chosen"))
    }

    @Test func randomAndTagPickAProblem() {
        let run = CLIRun(["practice", "--random", "--tag", "ranking"], host: host("."))
        #expect(run.status == 0)
        #expect(run.output.contains("Mock interview: Search result ranking"))
    }

    @Test func showReferencePrintsTheReferenceAnswer() {
        let run = CLIRun(
            ["practice", "churn-prediction", "--problems", "problems", "--show-reference"], host: host("."))
        #expect(run.output.contains("Reference answer: Subscriber churn prediction"))
    }

    @Test func anEditorFailureKeepsTheDraft() {
        let host = host("first draft\n/edit\n.\n")
        let run = CLIRun(["practice", "churn-prediction", "--problems", "problems"], host: host)
        #expect(run.errors.contains("Error: no editor in tests."))
        #expect(run.status == 0)
    }

    @Test func badMinutesAreAUsageError() {
        let run = CLIRun(["practice", "churn-prediction", "--minutes", "2"], host: host(""))
        #expect(run.status == 64)
    }
}
