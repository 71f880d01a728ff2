import Foundation
import Synchronization

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
        case .missing:
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                return .unreadable("it is a broken symbolic link to \(target)")
            }
            return .missing
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
            // Regular files and symbolic links, even broken ones, so that a broken link is reported
            // rather than silently skipped; pipes, sockets and devices are left out (reading a pipe
            // could block forever).
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            if type == S_IFREG {
                result.append(full)
            } else if type == S_IFLNK {
                var target = stat()
                if stat(full, &target) != 0 || target.st_mode & S_IFMT == S_IFREG { result.append(full) }
            }
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

/// Terminal input, the clock, the editor and Ctrl-C for the real host.
extension LiveHost {
    public func subfolders(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.map { (folder as NSString).appendingPathComponent($0) }.filter { kind(ofPath: $0) == .folder }
            .sorted()
    }

    public var isInputTerminal: Bool {
        isatty(STDIN_FILENO) != 0
    }

    /// Reads bytes from file descriptor 0 directly (no sticky end-of-file), so Ctrl-D on a terminal
    /// ends a step and reading goes on afterwards.
    public func readLine() -> InputLine {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count < 0 {
                if errno == EINTR { continue }
                return bytes.isEmpty ? .endOfInput : .text(String(decoding: bytes, as: UTF8.self))
            }
            if count == 0 {
                if !bytes.isEmpty { return .text(String(decoding: bytes, as: UTF8.self)) }
                return isInputTerminal ? .endOfLine : .endOfInput
            }
            if byte == 0x0A {
                if bytes.last == 0x0D { bytes.removeLast() }
                return .text(String(decoding: bytes, as: UTF8.self))
            }
            bytes.append(byte)
        }
    }

    public func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    public func epochSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    public func utcOffset() -> Int {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Int(parts.tm_gmtoff)
    }

    public func timestamp() -> String {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }

    public func random(below bound: Int) -> Int {
        Int.random(in: 0..<max(bound, 1))
    }

    public func edit(_ text: String) -> Result<String, EditorError> {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let path = NSTemporaryDirectory() + "mlcoach-draft-\(getpid())-\(Int(now() * 1000)).md"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            return .failure(EditorError(message: "cannot write \(path): \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "mlcoach-editor", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return .failure(EditorError(message: "cannot start the editor '\(editor)': \(error.localizedDescription)"))
        }
        guard process.terminationStatus == 0 else {
            return .failure(
                EditorError(
                    message: "the editor '\(editor)' exited with status \(process.terminationStatus); draft unchanged"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(EditorError(message: "the edited draft \(path) is gone; draft unchanged"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }

    public func exitOnInterrupt(message: String) {
        interruptMessage.withLock { $0 = Array(message.utf8) }
        signal(SIGINT) { _ in
            interruptMessage.withLock { bytes in
                bytes.withUnsafeBufferPointer { buffer in
                    _ = Glibc.write(STDERR_FILENO, buffer.baseAddress, buffer.count)
                }
            }
            _exit(130)
        }
    }
}

/// The message printed on Ctrl-C, prepared before the handler runs.
private let interruptMessage = Mutex<[UInt8]>([])
