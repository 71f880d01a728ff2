import Foundation
import MLCoachCLI

/// An in-memory host: files, standard input, environment and terminal flags are set by the test,
/// and everything written is captured.
final class FakeHost: HostSystem {
    var files: [String: [UInt8]] = [:]
    var folders: Set<String> = []
    var standardInput: [UInt8] = []
    var variables: [String: String] = [:]
    var terminals: Set<String> = []
    var output = ""
    var errors = ""

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
}
