import Foundation

/// The read-answer loop, on a terminal (prompt, editing, history) or on a pipe (one query per line).
public enum REPL {
    public static let prompt = "stance> "

    /// Runs the interactive loop until `.quit` or Ctrl-D; returns the exit status (0).
    public static func runInteractive(session: Session, reader: any LineReader, note: String?) -> Int32 {
        print(session.banner())
        if let note { printError(note) }
        for entry in session.history.entries { reader.remember(entry) }
        while true {
            switch reader.read(prompt: prompt) {
            case .end:
                print("")
                return 0
            case .interrupted:
                continue
            case .line(let line):
                let blank = line.trimmingCharacters(in: .whitespaces).isEmpty
                // A blank line runs the suggestion just offered, if any.
                guard !blank || session.pendingSuggestion != nil else { continue }
                if let suggestion = blank ? session.pendingSuggestion : line {
                    session.history.add(suggestion)
                    reader.remember(suggestion)
                    try? session.history.save()
                }
                let outcome = interruptible(session) { session.handle(line) }
                switch outcome {
                case .output(let text):
                    FileHandle.standardOutput.write(Data(text.utf8))
                case .error(let message):
                    printError(message)
                case .quit:
                    return 0
                }
            }
        }
    }

    /// Runs `body` with Ctrl-C interrupting the database work (SQLite stops the statement and the
    /// answer becomes an "interrupted" error); the line-reading handler is back afterwards.
    static func interruptible(_ session: Session, _ body: () -> Session.Outcome) -> Session.Outcome {
        let store = session.store
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { store.interrupt() }
        source.resume()
        defer {
            source.cancel()
            SignalFlag.install()
        }
        let outcome = body()
        if case .error(let message) = outcome, message.contains("interrupted") {
            return .error("interrupted")
        }
        return outcome
    }

    /// Answers one query per line of standard input (blank lines and `#` comments skipped);
    /// errors go to standard error with their line number. Returns 2 if any line failed, else 0.
    public static func runPipe(session: Session, lines: AnyIterator<String>) -> Int32 {
        var failed = false
        var number = 0
        for line in lines {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            switch session.handle(line) {
            case .output(let text):
                FileHandle.standardOutput.write(Data(text.utf8))
            case .error(let message):
                failed = true
                printError("stdin:\(number): " + message)
            case .quit:
                return failed ? 2 : 0
            }
        }
        return failed ? 2 : 0
    }

    /// Ctrl-C drops the line being typed instead of ending the program.
    public static func installInterruptHandler() {
        SignalFlag.install()
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
