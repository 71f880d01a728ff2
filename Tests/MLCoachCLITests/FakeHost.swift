import Foundation
import MLCoachCLI

/// An in-memory host: files, standard input, environment and terminal flags are set by the test,
/// and everything written is captured.
final class FakeHost: HostSystem {
    var files: [String: [UInt8]] = [:]
    var folders: Set<String> = []
    var standardInput: [UInt8] = []
    /// The environment; MLCOACH_HOME is a new temporary folder so the history never lands in the
    /// working directory.
    var variables: [String: String] = ["MLCOACH_HOME": FakeHost.temporaryHome()]

    private static func temporaryHome() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-cli-\(UUID().uuidString)").path
    }

    /// Removes the temporary history folder, whichever MLCOACH_HOME the test ended with.
    deinit {
        if let home = variables["MLCOACH_HOME"], home.contains("/mlcoach-cli-") {
            try? FileManager.default.removeItem(atPath: home)
        }
    }
    var terminals: Set<String> = []
    var output = ""
    var errors = ""
    /// Lines of standard input, read one by one; then end of input.
    var inputLines: [InputLine] = []
    var inputIsTerminal = false
    /// Each read of the clock returns the next value (the last one repeats).
    var clock: [Double] = [0]
    var editorResult: Result<String, EditorError> = .failure(EditorError(message: "no editor in tests"))
    var interruptMessage: String?

    func addFile(_ path: String, _ text: String) {
        files[path] = Array(text.utf8)
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty && folder != "/" && folder != "." {
            folders.insert(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    func write(_ text: String, to stream: StandardStream) {
        if stream == .output { output += text } else { errors += text }
    }

    func readFile(atPath path: String) -> FileContents {
        if folders.contains(path) { return .isFolder }
        return files[path].map { .bytes($0) } ?? .missing
    }

    func readStandardInput() -> [UInt8] { standardInput }

    func kind(ofPath path: String) -> PathKind {
        if folders.contains(path) { return .folder }
        return files[path] == nil ? .missing : .file
    }

    func filesRecursively(in folder: String) -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
    }

    func files(in folder: String) -> [String] {
        files.keys.filter { ($0 as NSString).deletingLastPathComponent == folder }.sorted()
    }

    func environment(_ name: String) -> String? { variables[name] }

    func isTerminal(_ stream: StandardStream) -> Bool {
        terminals.contains(stream == .output ? "output" : "error")
    }

    func writeFileAtomically(atPath path: String, contents: String) -> String? {
        addFile(path, contents)
        return nil
    }

    func subfolders(in folder: String) -> [String] {
        folders.filter { ($0 as NSString).deletingLastPathComponent == folder }.sorted()
    }

    var isInputTerminal: Bool { inputIsTerminal }

    func readLine() -> InputLine {
        inputLines.isEmpty ? .endOfInput : inputLines.removeFirst()
    }

    func now() -> Double {
        clock.count > 1 ? clock.removeFirst() : clock[0]
    }

    func timestamp() -> String { "20261201-120000" }

    /// The wall clock: 2026-12-01 12:00 UTC, moved on by tests through `wallClock`.
    var wallClock = 1_796_126_400.0

    func epochSeconds() -> Double { wallClock }

    func utcOffset() -> Int { 0 }

    func random(below bound: Int) -> Int { bound - 1 }

    func edit(_ text: String) -> Result<String, EditorError> { editorResult }

    func exitOnInterrupt(message: String) { interruptMessage = message }
}
