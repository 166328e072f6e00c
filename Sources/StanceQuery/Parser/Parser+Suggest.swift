import StanceCore

extension Parser {
    /// Queries longer than this (in code points or tokens) get no rewrite suggestions: each
    /// candidate costs a parse.
    static let maximumSuggestedLength = 300
    static let maximumSuggestedTokens = 40
    /// The most suggestions one error offers, and the most candidates parsed to find them.
    static let maximumSuggestions = 3
    static let maximumCandidates = 6

    /// Complete queries that parse, built from what the parser understood of a refused `query`,
    /// best first: the offending word replaced by the nearest keyword or name, an expected keyword
    /// inserted, the rest dropped, or an expected name filled in; failing all of those, a profile or
    /// stakeholders question about a name the query holds.
    static func suggestions(
        for error: QueryError, in query: String, directory: any NameDirectory, caches parent: Parser? = nil,
        typo: [String]? = nil
    ) -> [String] {
        let fallback = error.expected.contains("<actor>") ? "actors" : "issues"
        guard query.unicodeScalars.count <= maximumSuggestedLength,
            let tokens = try? Lexer.tokenize(query), tokens.count <= maximumSuggestedTokens
        else { return [fallback] }  // too long to rewrite: at least a question that lists what is known
        let scalars = Array(query.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)]))
        }
        // The candidates share what the refused parse already read (labels, the central issue).
        var labelCache = parent?.labelCache ?? [:]
        var centralCache = parent?.centralCache
        var lookupCache = parent?.lookupCache ?? [:]
        func parses(_ candidate: String) -> Bool {
            guard let tokens = try? Lexer.tokenize(candidate), !tokens.isEmpty else { return false }
            var parser = Parser(query: candidate, tokens: tokens, directory: directory)
            parser.quiet = true
            parser.labelCache = labelCache
            parser.centralCache = centralCache
            parser.lookupCache = lookupCache
            defer {
                labelCache = parser.labelCache
                centralCache = parser.centralCache
                lookupCache = parser.lookupCache
            }
            return (try? parser.parseQuery()) != nil
        }
        var out: [String] = []
        var tried = Set<String>()
        func offer(_ candidate: String) {
            let clean = candidate.split(whereSeparator: { $0 == " " }).joined(separator: " ")
            guard out.count < maximumSuggestions, tried.count < maximumCandidates, !clean.isEmpty, clean != query,
                tried.insert(clean).inserted, parses(clean)
            else { return }
            out.append(clean)
        }
        let range = error.range ?? TextRange(start: scalars.count, end: scalars.count)
        let before = text(0..<range.start)
        let after = text(range.end..<scalars.count)
        let keywords = error.expected.filter { !$0.hasPrefix("<") && $0 != "?" && $0 != "(" && $0 != ")" }
        let isNameError = error.message.hasPrefix("unknown ") || !error.replacements.isEmpty
        // 1. The offending word replaced by the nearest keyword, or the nearest name.
        if let typed = typo ?? keywordTypo(error, in: query) {
            for keyword in typed { offer(before + keyword + after) }
        }
        for name in error.replacements { offer(before + name + after) }
        if isNameError {
            // An actor where an issue was wanted, or the other way round.
            let typed = text(range.start..<range.end)
            let key = NameMatching.key(typed)
            if error.expected.contains("<issue>"), (try? directory.lookup(.actor, key: key))?.count == 1 {
                // "who opposes Trump" → "who disagrees with Trump"; "who backs Trump" → "who agrees with Trump".
                let opposing = tokens.contains { token in
                    token.range.end <= range.start
                        && Keyword(word: token.text).map {
                            (Keyword.opposeVerbs + Keyword.opposeGerunds + Keyword.opposeToVerbs + [.against]).contains($0)
                        } == true
                }
                offer((opposing ? "who disagrees with " : "who agrees with ") + typed)
                offer("positions of " + typed)
            }
            if error.expected.contains("<actor>"), (try? directory.lookup(.issue, key: key))?.count == 1 {
                offer("stakeholders of " + typed)
            }
        } else {
            // 2. An expected keyword inserted before the offending word ("neutral withdrawal" → "neutral on withdrawal").
            for keyword in keywords.prefix(3) { offer(before + keyword + " " + text(range.start..<scalars.count)) }
            // 3. The offending word left out, or everything from it.
            offer(before + " " + after)
            offer(before)
            // 4. An expected name filled in ("who opposes" → "who opposes korus").
            if error.expected.contains("<issue>"), let central = try? directory.centralIssue() {
                offer(before + " " + central.id.rawValue)
            }
        }
        // 5. What the query names, asked about as a whole.
        if out.isEmpty {
            for (kind, shape) in [(NameKind.actor, "profile of "), (.issue, "stakeholders of ")] {
                for token in tokens where token.kind == .word && Keyword(word: token.text) == nil {
                    if let found = try? directory.lookup(kind, key: NameMatching.key(token.text)), found.count == 1 {
                        offer(shape + token.text)
                    }
                }
            }
        }
        if out.isEmpty { out.append(fallback) }
        return out
    }

    /// The keywords nearest the offending word when it is no keyword but looks like one the parser
    /// expected there (`oposes` → `opposes`), nearest first.
    static func keywordTypo(_ error: QueryError, in query: String) -> [String]? {
        guard let range = error.range, range.end > range.start else { return nil }
        let scalars = Array(query.unicodeScalars)
        guard range.end <= scalars.count, range.end - range.start <= 24 else { return nil }
        let word = String(String.UnicodeScalarView(scalars[range.start..<range.end])).lowercased()
        guard Keyword(word: word) == nil, !word.contains(" ") else { return nil }
        let expected = error.expected.filter { !$0.hasPrefix("<") }.flatMap { $0.split(separator: " ").prefix(1).map(String.init) }
        // The keywords expected here; all keywords only where nothing in particular was expected.
        let pool = expected.isEmpty ? Keyword.allCases.map(\.rawValue) : expected
        var scored: [(Int, Int, String)] = []
        var seen = Set<String>()
        for (order, candidate) in pool.enumerated() where seen.insert(candidate).inserted {
            let distance = NameMatching.editDistance(word, candidate)
            if distance <= (word.count > 5 ? 2 : 1) { scored.append((distance, order, candidate)) }
        }
        scored.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return scored.isEmpty ? nil : scored.prefix(3).map(\.2)
    }
}
