import StanceCore
import StanceQuery

/// Tab completion for the REPL: plain Swift over the parser's expected-token sets, so it knows
/// where the cursor is in the grammar. Testable without a terminal.
///
/// ```swift
/// completer.complete("who oppo")   // Completion(start: 4, candidates: ["opposes"])
/// completer.complete("who works for Chamber of")   // candidates: ["of Commerce"]
/// ```
public struct Completer {
    let directory: any NameDirectory

    /// The dot-commands, for completion after `.`.
    public static let dotCommands = [
        ".actors", ".evidence", ".exit", ".explain", ".format", ".help", ".history", ".issues", ".open",
        ".quit", ".stats",
    ]

    /// The most names offered at once (a large graph has many).
    static let maximumCandidates = 200

    public init(directory: any NameDirectory) {
        self.directory = directory
    }

    /// What can replace the word being typed at the end of `line` (the text before the cursor).
    public struct Completion: Sendable, Equatable {
        /// Where the word being completed starts, in Unicode code points.
        public var start: Int
        /// Replacements for the text from `start` to the cursor, sorted.
        public var candidates: [String]

        public init(start: Int, candidates: [String]) {
            self.start = start
            self.candidates = candidates
        }
    }

    /// Completes the word before the cursor.
    public func complete(_ line: String) -> Completion {
        let scalars = Array(line.unicodeScalars)
        let partialStart = Completer.wordStart(in: scalars)
        let partial = String(String.UnicodeScalarView(scalars[partialStart...]))
        let before = String(String.UnicodeScalarView(scalars[..<partialStart]))
        if before.trimmingLeadingSpaces.hasPrefix(".") || (before.trimmingLeadingSpaces.isEmpty && partial.hasPrefix(".")) {
            return Completion(start: partialStart, candidates: dotCompletion(before: before, partial: partial))
        }
        var keywords = Set<String>()
        if before.trimmingLeadingSpaces.isEmpty {
            // help, quit, exit work without the dot.
            for command in ["help", "quit", "exit"] where command.hasPrefix(partial.lowercased()) && command != partial {
                keywords.insert(command)
            }
        }
        let expected = Parser.expectations(after: before, directory: directory)
        for item in expected where !item.hasPrefix("<") {
            if item.lowercased().hasPrefix(partial.lowercased()), item != partial {
                keywords.insert(item)
            }
        }
        // "neutral" and "neutral on" both fit: offer the phrase.
        var candidates = keywords.filter { keyword in
            !keywords.contains { $0 != keyword && $0.hasPrefix(keyword + " ") }
        }
        for kind in [NameKind.actor, .issue] where expected.contains("<\(kind.rawValue)>") {
            candidates.formUnion(names(kind, typedWords: [], partial: partial))
        }
        candidates.formUnion(multiWordNames(scalars: scalars, partialStart: partialStart, partial: partial))
        return Completion(start: partialStart, candidates: Array(candidates.sorted().prefix(Completer.maximumCandidates)))
    }

    /// Where the word before the cursor starts: after the last space or punctuation the lexer splits on.
    static func wordStart(in scalars: [Unicode.Scalar]) -> Int {
        var index = scalars.count
        while index > 0 {
            let c = scalars[index - 1]
            if c.properties.isWhitespace || "()?,\"".unicodeScalars.contains(c) { break }
            index -= 1
        }
        return index
    }

    private func dotCompletion(before: String, partial: String) -> [String] {
        let words = before.split(separator: " ")
        guard let command = words.first.map(String.init) else {
            return Completer.dotCommands.filter { $0.hasPrefix(partial) }
        }
        let options: [String]
        switch command {
        case ".format": options = ["table", "json", "csv", "markdown"]
        case ".evidence", ".explain": options = ["on", "off"]
        default: options = []
        }
        return words.count == 1 ? options.filter { $0.hasPrefix(partial.lowercased()) }.sorted() : []
    }

    /// Names of `kind` that continue the typed words, as the text that replaces `partial`.
    private func names(_ kind: NameKind, typedWords: [String], partial: String) -> [String] {
        guard let labels = try? directory.labels(kind) else { return [] }
        let typedKeys = typedWords.map(NameMatching.key)
        let partialKey = NameMatching.key(partial)
        var out: [String] = []
        // The lookup table keeps one label per key, so "Chamber of Commerce" may be stored as
        // "the Chamber of Commerce": offer both forms.
        let forms = labels.flatMap { label in
            label.lowercased().hasPrefix("the ") ? [label, String(label.dropFirst(4))] : [label]
        }
        for label in forms {
            let words = label.split(separator: " ").map(String.init)
            guard words.count > typedKeys.count else { continue }
            var matches = true
            for (index, key) in typedKeys.enumerated() where NameMatching.key(words[index]) != key {
                matches = false
                break
            }
            guard matches else { continue }
            let current = words[typedKeys.count]
            let currentKey = NameMatching.key(current)
            if partialKey.isEmpty || currentKey.hasPrefix(partialKey) || current.lowercased().hasPrefix(partial.lowercased()) {
                out.append(words[typedKeys.count...].joined(separator: " "))
            }
            if out.count > Completer.maximumCandidates { break }
        }
        return out
    }

    /// Names that began one or more words back ("Chamber of" → "of Commerce").
    private func multiWordNames(scalars: [Unicode.Scalar], partialStart: Int, partial: String) -> Set<String> {
        let before = String(String.UnicodeScalarView(scalars[..<partialStart]))
        guard let tokens = try? Lexer.tokenize(before) else { return [] }
        var found = Set<String>()
        var typed: [String] = []
        for token in tokens.reversed().prefix(6) {
            guard token.kind == .word else { break }
            typed.insert(token.text, at: 0)
            let start = String(String.UnicodeScalarView(scalars[..<token.range.start]))
            let expected = Parser.expectations(after: start, directory: directory)
            for kind in [NameKind.actor, .issue] where expected.contains("<\(kind.rawValue)>") {
                found.formUnion(names(kind, typedWords: typed, partial: partial))
            }
        }
        return found
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: Substring {
        drop { $0 == " " || $0 == "\t" }
    }
}
