import MLCoach
import MLCoachStore

/// Where the history lives and how commands reach it: MLCOACH_HOME/history.sqlite, else
/// XDG_DATA_HOME/mlcoach/history.sqlite, else ~/.local/share/mlcoach/history.sqlite. Opening it
/// also records practice sessions that are on disk but not yet in it (an interview stopped with
/// Ctrl-C, or one whose recording failed).
struct HistoryAccess {
    let context: CommandContext

    /// The database file's path.
    var path: String {
        let host = context.host
        if let home = host.environment("MLCOACH_HOME"), !home.isEmpty { return home + "/history.sqlite" }
        if let data = host.environment("XDG_DATA_HOME"), !data.isEmpty { return data + "/mlcoach/history.sqlite" }
        return (host.environment("HOME") ?? ".") + "/.local/share/mlcoach/history.sqlite"
    }

    /// Opens the store, reporting any file moved aside on standard error.
    func open() throws(CLIError) -> HistoryStore {
        do {
            let store = try HistoryStore(path: path, timestamp: context.host.timestamp())
            for notice in store.notices { context.err("Note: \(notice)\n") }
            return store
        } catch {
            throw .history(error)
        }
    }

    /// Opens the store and records the practice sessions it lacks or holds as abandoned but that
    /// have since finished.
    func openSynced(bank: ProblemBank) throws(CLIError) -> HistoryStore {
        let store = try open()
        let sessions = SessionStore(host: context.host)
        let known: [String: HistoryRecord.Status]
        do {
            known = try store.statuses()
        } catch {
            throw .history(error)
        }
        for folder in context.host.subfolders(in: sessions.root + "/sessions").sorted() {
            guard case .bytes(let bytes) = context.host.readFile(atPath: folder + "/session.json"),
                case .success(let state) = InterviewStateCodec.decode(String(decoding: bytes, as: UTF8.self)),
                let problem = bank.problem(state.problemID)
            else { continue }
            let status: HistoryRecord.Status = state.phase == .finished ? .finished : .abandoned
            if let recorded = known[state.sessionID], recorded == .finished || recorded == status { continue }
            let record = HistoryRecord.practice(
                state, problem: problem, grader: bank.grader(for: problem),
                file: sessions.transcriptPath(of: state.sessionID), fallbackStart: context.host.epochSeconds())
            do {
                try store.save(record)
            } catch {
                throw .history(error)
            }
        }
        return store
    }

    /// Records a practice session; a failure is a warning (the transcript is already on disk and
    /// is recorded the next time the history is opened).
    func recordPractice(_ state: InterviewState, problem: Problem, grader: Grader) {
        let sessions = SessionStore(host: context.host)
        let record = HistoryRecord.practice(
            state, problem: problem, grader: grader, file: sessions.transcriptPath(of: state.sessionID),
            fallbackStart: context.host.epochSeconds())
        do {
            try open().save(record)
        } catch let error as CLIError {
            context.err("Warning: the interview was not added to the history: \(error.message)\n")
        } catch let error as HistoryStoreError {
            context.err("Warning: the interview was not added to the history: \(error.message)\n")
        } catch {
            context.err("Warning: the interview was not added to the history: \(error)\n")
        }
    }
}
