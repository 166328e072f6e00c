import Foundation

/// Reads lines for the REPL: with libedit's line editing when it can be loaded, else plain input.
public enum LineEvent: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the line is dropped and the prompt comes back.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case end
}

/// A source of typed lines.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line.
    func read(prompt: String) -> LineEvent
    /// Adds a line to the editing history (Up recalls it).
    func remember(_ line: String)
}

/// Plain line input (`readLine()`): for pipes, and terminals where libedit cannot be loaded.
public final class PlainLineReader: LineReader {
    let showsPrompt: Bool

    public init(showsPrompt: Bool) {
        self.showsPrompt = showsPrompt
    }

    public func read(prompt: String) -> LineEvent {
        if showsPrompt {
            FileHandle.standardOutput.write(Data(prompt.utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        if SignalFlag.takeInterrupt() { return .interrupted }
        return .line(line)
    }

    public func remember(_ line: String) {}
}

/// Ctrl-C while a line is being read: a C signal handler sets the flag, the reader takes it.
enum SignalFlag {
    nonisolated(unsafe) static var interrupted: Int32 = 0

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in SignalFlag.interrupted = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a pending read returns, so the prompt can come back
        sigaction(SIGINT, &action, nil)
    }

    static func takeInterrupt() -> Bool {
        defer { interrupted = 0 }
        return interrupted != 0
    }
}
