import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore

/// One REPL session: the open database, the output settings, and what each typed line does.
///
/// The loop (terminal or pipe) feeds lines to `handle(_:)` and prints what comes back, so the
/// REPL's behaviour is tested without a terminal. Answers are the ones `stance query` gives.
public final class Session {
    /// What a line produced.
    public enum Outcome: Equatable {
        /// Text for standard output.
        case output(String)
        /// An error message for standard error; the session goes on.
        case error(String)
        /// `.quit`: the session ends.
        case quit
    }

    public internal(set) var store: Store
    public var format: OutputFormat
    public var evidence = false
    public var explain = false
    /// Whether answers may use colour (a terminal without `NO_COLOR`).
    public var color: Bool
    /// The terminal width, if known.
    public var width: Int?
    public var history: History
    /// The first suggestion of the last refused query: an empty line runs it (one key).
    public internal(set) var pendingSuggestion: String?
    /// Opens another database (`.open PATH`); injected so tests need no file system policy.
    let openStore: (String) throws -> Store

    public init(
        store: Store, format: OutputFormat = .table, color: Bool = false, width: Int? = nil,
        history: History = History(path: nil), openStore: @escaping (String) throws -> Store = { try Store(path: $0, mode: .readOnly) }
    ) {
        self.store = store
        self.format = format
        self.color = color
        self.width = width
        self.history = history
        self.openStore = openStore
    }

    var renderer: Renderer {
        Renderer(format: format, showEvidence: evidence, color: color, width: width)
    }

    /// A one-line description of the open graph: its file and counts.
    public func banner() -> String {
        let stats = try? store.read { try Statistics.read($0) }
        let counts = stats.map {
            "\($0.actors) actors, \($0.issues) issues, \($0.positions) positions, \($0.quotes) quotes"
        } ?? "counts unavailable"
        return "Stance: \(store.path) (\(counts)). Type help for help, quit to leave."
    }

    /// What the completer needs: the names in the open graph.
    public func completer() -> Completer {
        Completer(directory: CachedNameDirectory(store: store))
    }

    /// The words that work as their dot-commands without the dot.
    static let bareCommands: [String: String] = [
        "help": ".help", "quit": ".quit", "exit": ".exit", "q": ".quit", "bye": ".quit",
    ]

    /// Answers a query or runs a dot-command; `help`, `quit` and `exit` need no dot. An empty line
    /// runs the suggestion offered for the last refused query, if there is one.
    public func handle(_ line: String) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty, let suggestion = pendingSuggestion {
            pendingSuggestion = nil
            return answer(suggestion, echo: true)
        }
        pendingSuggestion = nil
        if trimmed.hasPrefix(".") { return dotCommand(trimmed) }
        let bare = trimmed.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "?!. "))
        if let command = Session.bareCommands[bare] { return dotCommand(command) }
        return answer(line, echo: false)
    }

    private func answer(_ line: String, echo: Bool) -> Outcome {
        do {
            let answer = try store.read { db in try QueryEngine.answer(line, in: db, explain: explain) }
            var text = echo ? "\(REPL.prompt)\(line)\n" : ""
            if explain { text += renderer.renderExplanation(answer) + "\n" }
            text += renderer.render(answer)
            return .output(text)
        } catch let error as QueryError {
            pendingSuggestion = error.suggestions.first
            var message = error.description
            if let suggestion = pendingSuggestion { message += "\n(press Enter to run: \(suggestion))" }
            return .error(message)
        } catch {
            return .error("error: \(error)")
        }
    }
}
