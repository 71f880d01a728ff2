import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real host: the file system, standard streams and environment of this process.
public final class LiveHost: HostSystem {
    /// Creates the host.
    public init() {}

    public func write(_ text: String, to stream: StandardStream) {
        let descriptor = stream == .output ? STDOUT_FILENO : STDERR_FILENO
        var copy = text
        copy.withUTF8 { buffer in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Glibc.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                remaining -= written
                pointer += written
            }
        }
    }

    public func readFile(atPath path: String) -> FileContents {
        switch kind(ofPath: path) {
        case .missing: return .missing
        case .folder: return .isFolder
        case .file: break
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unreadable(access(path, R_OK) != 0 ? "permission denied" : "read failed")
        }
        return .bytes([UInt8](data))
    }

    public func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    public func kind(ofPath path: String) -> PathKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .folder : .file
    }

    public func filesRecursively(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(relative)
            if kind(ofPath: full) == .file { result.append(full) }
        }
        return result.sorted()
    }

    public func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.map { (folder as NSString).appendingPathComponent($0) }.filter { kind(ofPath: $0) == .file }
            .sorted()
    }

    public func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name]
    }

    public func isTerminal(_ stream: StandardStream) -> Bool {
        isatty(stream == .output ? STDOUT_FILENO : STDERR_FILENO) != 0
    }

    public func writeFileAtomically(atPath path: String, contents: String) -> String? {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url, options: .atomic)
            return nil
        } catch {
            return (error as NSError).localizedDescription
        }
    }
}
