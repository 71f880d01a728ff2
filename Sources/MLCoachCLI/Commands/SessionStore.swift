import MLCoach

/// Where practice sessions are saved: MLCOACH_HOME, else XDG_STATE_HOME/mlcoach, else
/// ~/.local/state/mlcoach; one folder per session with `session.json` and `transcript.md`.
struct SessionStore {
    let host: HostSystem
    let root: String

    init(host: HostSystem) {
        self.host = host
        if let home = host.environment("MLCOACH_HOME"), !home.isEmpty {
            root = home
        } else if let state = host.environment("XDG_STATE_HOME"), !state.isEmpty {
            root = state + "/mlcoach"
        } else {
            root = (host.environment("HOME") ?? ".") + "/.local/state/mlcoach"
        }
    }

    /// The folder of a session.
    func folder(of sessionID: String) -> String {
        root + "/sessions/" + sessionID
    }

    /// The transcript's path.
    func transcriptPath(of sessionID: String) -> String {
        folder(of: sessionID) + "/transcript.md"
    }

    /// The state file's path.
    func statePath(of sessionID: String) -> String {
        folder(of: sessionID) + "/session.json"
    }

    /// Saves state and transcript atomically (temporary file, then rename).
    func save(_ state: InterviewState, transcript: String) throws(CLIError) {
        let path = statePath(of: state.sessionID)
        if let error = host.writeFileAtomically(atPath: path, contents: InterviewStateCodec.encode(state)) {
            throw .cannotWrite(path: path, reason: error)
        }
        let transcriptPath = transcriptPath(of: state.sessionID)
        if let error = host.writeFileAtomically(atPath: transcriptPath, contents: transcript) {
            throw .cannotWrite(path: transcriptPath, reason: error)
        }
    }

    /// The newest session that is not finished, if any.
    func latestUnfinished() -> InterviewState? {
        for folder in host.subfolders(in: root + "/sessions").sorted().reversed() {
            guard case .bytes(let bytes) = host.readFile(atPath: folder + "/session.json") else { continue }
            guard case .success(let state) = InterviewStateCodec.decode(String(decoding: bytes, as: UTF8.self)) else {
                continue
            }
            if state.phase != .finished { return state }
        }
        return nil
    }
}
