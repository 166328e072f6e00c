import Foundation

/// Line editing through libedit, loaded at run time with `dlopen`, so building needs no headers:
/// every machine with the Swift toolchain has `libedit.so.2` (its debugger links it).
///
/// Binds the readline-compatible `readline`, `add_history`, `stifle_history`,
/// `rl_completion_matches` and the `rl_attempted_completion_function` global through `dlsym`.
/// - warning: libedit keeps global state: create one reader per process.
public final class EditLineReader: LineReader {
    typealias ReadlineFunction = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    typealias AddHistoryFunction = @convention(c) (UnsafePointer<CChar>?) -> Int32
    typealias StifleFunction = @convention(c) (Int32) -> Void
    typealias GeneratorFunction = @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?
    typealias MatchesFunction = @convention(c) (UnsafePointer<CChar>?, GeneratorFunction?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    typealias AttemptedFunction = @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    /// What libedit offers, resolved once.
    struct Library {
        let readline: ReadlineFunction
        let addHistory: AddHistoryFunction
        let completionMatches: MatchesFunction
        let attemptedCompletion: UnsafeMutablePointer<AttemptedFunction?>
        let lineBuffer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
        let point: UnsafeMutablePointer<Int32>
        let attemptedOver: UnsafeMutablePointer<Int32>
        let wordBreaks: UnsafeMutablePointer<UnsafePointer<CChar>?>
        let stifle: StifleFunction?
        let readlineName: UnsafeMutablePointer<UnsafePointer<CChar>?>?
    }

    nonisolated(unsafe) static var library: Library?
    nonisolated(unsafe) static var completer: ((String) -> [String])?
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var matchIndex = 0

    /// Loads libedit; nil when it is not on this machine.
    public static func load(completer: @escaping (String) -> [String], historyLimit: Int = 1_000) -> EditLineReader? {
        guard let handle = dlopen("libedit.so.2", RTLD_NOW | RTLD_GLOBAL) ?? dlopen("libedit.so", RTLD_NOW | RTLD_GLOBAL)
        else { return nil }
        func symbol(_ name: String) -> UnsafeMutableRawPointer? { dlsym(handle, name) }
        guard let readline = symbol("readline"), let addHistory = symbol("add_history"),
            let matches = symbol("rl_completion_matches"),
            let attempted = symbol("rl_attempted_completion_function"),
            let buffer = symbol("rl_line_buffer"), let point = symbol("rl_point"),
            let over = symbol("rl_attempted_completion_over"),
            let breaks = symbol("rl_completer_word_break_characters")
        else { return nil }
        library = Library(
            readline: unsafeBitCast(readline, to: ReadlineFunction.self),
            addHistory: unsafeBitCast(addHistory, to: AddHistoryFunction.self),
            completionMatches: unsafeBitCast(matches, to: MatchesFunction.self),
            attemptedCompletion: attempted.assumingMemoryBound(to: AttemptedFunction?.self),
            lineBuffer: buffer.assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self),
            point: point.assumingMemoryBound(to: Int32.self),
            attemptedOver: over.assumingMemoryBound(to: Int32.self),
            wordBreaks: breaks.assumingMemoryBound(to: UnsafePointer<CChar>?.self),
            stifle: symbol("stifle_history").map { unsafeBitCast($0, to: StifleFunction.self) },
            readlineName: symbol("rl_readline_name")?.assumingMemoryBound(to: UnsafePointer<CChar>?.self))
        self.completer = completer
        let reader = EditLineReader()
        reader.configure(historyLimit: historyLimit)
        return reader
    }

    private func configure(historyLimit: Int) {
        guard let library = EditLineReader.library else { return }
        // The same word boundaries as the query lexer; kept for the life of the process.
        library.wordBreaks.pointee = UnsafePointer(strdup(" \t\n()?,\""))
        library.readlineName?.pointee = UnsafePointer(strdup("stance"))
        library.stifle?(Int32(historyLimit))
        library.attemptedCompletion.pointee = { text, _, _ in
            guard let library = EditLineReader.library else { return nil }
            library.attemptedOver.pointee = 1  // never fall back to file names
            var line = ""
            if let buffer = library.lineBuffer.pointee {
                let bytes = UnsafeRawBufferPointer(start: buffer, count: max(0, Int(library.point.pointee)))
                line = String(decoding: bytes, as: UTF8.self)
            }
            EditLineReader.matches = EditLineReader.completer?(line) ?? []
            EditLineReader.matchIndex = 0
            guard !EditLineReader.matches.isEmpty else { return nil }
            return library.completionMatches(text) { _, state in
                if state == 0 { EditLineReader.matchIndex = 0 }
                guard EditLineReader.matchIndex < EditLineReader.matches.count else { return nil }
                defer { EditLineReader.matchIndex += 1 }
                return strdup(EditLineReader.matches[EditLineReader.matchIndex])
            }
        }
    }

    public func read(prompt: String) -> LineEvent {
        guard let library = EditLineReader.library else { return .end }
        SignalFlag.interrupted = 0
        guard let raw = prompt.withCString({ library.readline($0) }) else {
            if SignalFlag.takeInterrupt() {
                FileHandle.standardOutput.write(Data("\n".utf8))
                return .interrupted
            }
            return .end
        }
        defer { free(raw) }
        if SignalFlag.takeInterrupt() { return .interrupted }
        return .line(String(cString: raw))
    }

    public func remember(_ line: String) {
        _ = line.withCString { EditLineReader.library?.addHistory($0) }
    }
}
