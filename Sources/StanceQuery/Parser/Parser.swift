import Foundation
import StanceCore
import StanceStore

/// A hand-written recursive-descent parser for the query language (`queries/grammar.ebnf`).
///
/// One method per production; each quotes its rule. Names are resolved while parsing, by the
/// longest run of words that names a known actor or issue, so multi-word names that contain
/// keywords ("Center for Strategic and International Studies") parse as one name.
/// The parser records what it would have accepted at the furthest point it reached: that set
/// makes "expected one of …" messages and drives completion.
public struct Parser {
    let query: String
    let tokens: [Token]
    var index = 0
    let directory: any NameDirectory
    /// The furthest token index reached and what was expected there.
    var expectedIndex = -1
    var expected: [String] = []
    /// The last stance test, whose verb a bare name after `and`/`or`/`but not` reuses.
    var lastTest: StanceTest?
    var depth = 0
    var testCount = 0
    /// Whether the last name parsed ended with a possessive (`Cutler's`).
    var lastNamePossessive = false
    /// The sources the last source name named (an outlet may name several).
    var lastSources: [Slug] = []
    /// The central issue once looked up (`.some(nil)` when there is none).
    var centralCache: NamedEntity??
    /// What each looked-up key named.
    var lookupCache: [String: [NamedEntity]] = [:]
    /// Set while checking suggestions: a refusal then skips looking for the nearest names.
    var quiet = false
    /// Whether `parseFilters` reads a `within N months` span too (contradiction questions), and the span it read.
    var spanAllowed = false
    var parsedSpan: TimeSpan?
    /// Each kind's label keys and their words, once read (for everyday names).
    var labelCache: [NameKind: [(key: String, words: Set<String>)]] = [:]

    /// Nesting deeper than this is refused (no stack overflow on hostile input).
    static let maximumDepth = 64
    /// The most stance tests one question may combine (each becomes a step of the SQL).
    static let maximumTests = 32
    /// The longest multi-word name tried.
    static let maximumNameWords = 12

    init(query: String, tokens: [Token], directory: any NameDirectory) {
        self.query = query
        // Commas separate clauses as spaces do ("who supports renegotiation, but opposes withdrawal").
        self.tokens = tokens.filter { $0.kind != .comma }
        self.directory = directory
    }

    /// Parses and resolves `query`.
    ///
    /// - throws: `QueryError` with the range of the offending words and what was expected there.
    public static func parse(_ query: String, directory: any NameDirectory) throws -> Query {
        let tokens: [Token]
        do {
            tokens = try Lexer.tokenize(query)
        } catch var error as QueryError {
            // An unterminated quote: the query with the quote closed, when that parses.
            let closed = query + "\""
            if error.message.hasPrefix("unterminated"), query.unicodeScalars.count <= maximumSuggestedLength,
                let closedTokens = try? Lexer.tokenize(closed)
            {
                var candidate = Parser(query: closed, tokens: closedTokens, directory: directory)
                candidate.quiet = true
                if (try? candidate.parseQuery()) != nil { error.suggestions = [closed] }
            }
            throw error
        }
        var parser = Parser(query: query, tokens: tokens, directory: directory)
        do {
            return try parser.parseQuery()
        } catch var error as QueryError {
            let typo = keywordTypo(error, in: query)
            if let near = typo?.first, let cut = error.message.range(of: "; expected") {
                error.message.insert(contentsOf: "; did you mean '\(near)'?", at: cut.lowerBound)
            }
            error.suggestions = suggestions(for: error, in: query, directory: directory, caches: parser, typo: typo)
            throw error
        }
    }

    /// What the parser expects after `prefix` (for completion): keywords, and `<actor>`,
    /// `<issue>`, `<kind>`, `<date>`, `<text>` placeholders.
    public static func expectations(after prefix: String, directory: any NameDirectory) -> [String] {
        guard let tokens = try? Lexer.tokenize(prefix) else { return [] }
        var parser = Parser(query: prefix, tokens: tokens, directory: directory)
        do {
            _ = try parser.parseQuery()
        } catch {
            // The furthest point reached is the end of the prefix when the prefix is valid so far.
        }
        return parser.expectedIndex == parser.tokens.count ? Parser.unique(parser.expected) : []
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    // MARK: - Tokens

    var current: Token? { index < tokens.count ? tokens[index] : nil }

    var atEnd: Bool { index >= tokens.count }

    /// The current word in lower case, if the current token is a word.
    var word: String? {
        guard let token = current, token.kind == .word else { return nil }
        return token.lowered
    }

    mutating func note(_ items: [String]) {
        if index > expectedIndex {
            expectedIndex = index
            expected = items
        } else if index == expectedIndex {
            expected += items
        }
    }

    /// The current word as a keyword, if it is one.
    var keyword: Keyword? { word.flatMap(Keyword.init(rawValue:)) }

    /// Consumes the current word when it is one of `words`; otherwise notes what was expected.
    @discardableResult
    mutating func accept(_ words: [Keyword], shown: [String]? = nil) -> Keyword? {
        if let k = keyword, words.contains(k) {
            index += 1
            return k
        }
        note(shown ?? words.prefix(1).map(\.rawValue))
        return nil
    }

    mutating func accept(_ word: Keyword) -> Bool {
        accept([word]) != nil
    }

    /// Whether the current word is one of `words`, consuming nothing and noting nothing.
    func isAt(_ words: [Keyword], offset: Int = 0) -> Bool {
        let i = index + offset
        guard i < tokens.count, tokens[i].kind == .word, let k = Keyword(rawValue: tokens[i].lowered) else {
            return false
        }
        return words.contains(k)
    }

    mutating func acceptToken(_ kind: Token.Kind, shown: String) -> Bool {
        if let token = current, token.kind == kind {
            index += 1
            return true
        }
        note([shown])
        return false
    }

    mutating func expect(_ words: [Keyword], shown: [String]? = nil) throws {
        guard accept(words, shown: shown) != nil else { throw unexpected() }
    }

    mutating func expect(_ word: Keyword) throws {
        try expect([word])
    }

    /// The error for the current token, listing what was expected there.
    func unexpected() -> QueryError {
        let wanted = Parser.unique(expectedIndex == index ? expected : [])
        let list = Parser.describe(wanted)
        if let token = current {
            return QueryError(
                "unexpected '\(token.text)'\(list.isEmpty ? "" : "; expected \(list)")",
                at: token.range, in: query, expected: wanted)
        }
        let end = query.unicodeScalars.count
        return QueryError(
            "the query ends too early\(list.isEmpty ? "" : "; expected \(list)")",
            at: TextRange(start: end, end: end), in: query, expected: wanted)
    }

    static func describe(_ items: [String]) -> String {
        let placeholders = [
            "<issue>": "an issue name", "<actor>": "an actor name", "<kind>": "a kind of actor",
            "<date>": "a date (YYYY, YYYY-MM or YYYY-MM-DD)", "<text>": "quoted text",
            "<end>": "the end of the query",
        ]
        let shown = items.map { placeholders[$0] ?? "'\($0)'" }
        switch shown.count {
        case 0: return ""
        case 1: return shown[0]
        default: return "one of " + shown.joined(separator: ", ")
        }
    }
}
