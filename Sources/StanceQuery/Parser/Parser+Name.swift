import StanceCore

extension Parser {
    /// Words that end a name when no longer run of words names something.
    static let boundaryWords: Set<String> = [
        "and", "or", "but", "among", "in", "at", "as", "since", "between", "on", "about", "by", "from",
        "matching", "containing", "with", "think", "say", "said", "stand", "support", "supports", "oppose",
        "opposes", "is", "was", "ever", "has", "according", "while", "without", "before", "after", "during",
        "until", "stands", "work", "works", "feel", "feels",
    ]

    /// Words that may stand before a name without being part of it: `the ISDS clause`,
    /// `Lighthizer's renegotiation`, `a renegotiation`, `to withdraw`.
    static let leadingFillers: Set<String> = [
        "the", "a", "an", "to", "us", "u.s.", "any", "whole", "so-called", "issue", "question", "idea",
        "matter", "topic", "of", "this", "that", "their", "his", "her", "its",
    ]

    /// Nouns that may follow a name without being part of it: `the trade deficit yardstick`.
    static let trailingFillers: Set<String> = [
        "clause", "issue", "question", "yardstick", "threat", "plan", "idea", "policy", "debate", "measure",
        "matter", "topic", "proposal", "talks",
    ]

    /// The longest run of words tried in an everyday form.
    static let maximumEverydayWords = 6

    /// Everyday names of the graph's central issue (`NameDirectory.centralIssue()`).
    static let centralIssueNames: Set<String> = [
        "agreement", "deal", "pact", "fta", "trade deal", "trade agreement", "free trade agreement",
        "free trade deal", "trade pact", "treaty", "accord",
    ]

    /// Verb phrases naming an action on an issue, and the forms of the same action that aliases use:
    /// `leaving KORUS` is tried as `withdrawal from KORUS`, `pulling out of KORUS`, `scrapping KORUS`.
    static let actionFamilies: [(verbs: [String], forms: [String])] = [
        (
            [
                "leave", "leaving", "quit", "quitting", "exit", "exiting", "withdraw", "withdrawing",
                "withdraw from", "withdrawing from", "withdrawal from", "pull out of", "pulling out of",
                "pull out", "pulling out", "get out of", "getting out of", "out of", "scrap", "scrapping",
                "tear up", "tearing up", "end", "ending", "terminate", "terminating", "termination of",
                "ditch", "ditching", "abandon", "abandoning", "kill", "killing",
            ],
            ["withdrawal from", "pulling out of", "scrapping", "tearing up"]
        ),
        (
            [
                "renegotiate", "renegotiating", "renegotiation of", "rework", "reworking", "revise", "revising",
                "revision of", "amend", "amending", "reopen", "reopening", "redo", "redoing", "fix", "fixing",
                "update", "updating", "modernise", "modernize", "modernising", "modernizing",
            ],
            ["renegotiating", "revision of", "amending", "renegotiation of"]
        ),
    ]

    /// `actor = name ; issue = name ; source = name ; name = word { word } | '"' characters '"' ;`
    ///
    /// Takes the longest run of words (up to `maximumNameWords`) whose lookup key names exactly
    /// one actor or issue; a possessive (`Cutler's`) ends an actor's name. When no run does, the
    /// everyday forms are tried (`parseEverydayName`). An unknown name is reported with the
    /// nearest known names; an ambiguous one with its candidates.
    mutating func parseName(_ kind: NameKind) throws -> NameRef {
        if let found = try resolveName(kind) { return found }
        let placeholder = "<\(kind.rawValue)>"
        guard let first = current, first.kind == .word || first.kind == .string else {
            note([placeholder])
            throw unexpected()
        }
        let words = nameRun()
        // Nothing resolved: report the words up to the next keyword as the unknown name.
        var length = 1
        while length < words.count, !Parser.boundaryWords.contains(words[length].lowered) {
            length += 1
        }
        let text = words[0..<length].map(\.text).joined(separator: " ")
        let range = TextRange(start: words[0].range.start, end: words[length - 1].range.end)
        var message = "unknown \(kind.rawValue) '\(text)'"
        let near = quiet ? [] : try nearestNames(kind, to: text)
        if !near.isEmpty {
            message += "; did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
        } else {
            message += "; `stance query \(kind == .issue ? "issues" : kind == .source ? "sources" : "actors")` lists them"
        }
        note([placeholder])
        var error = QueryError(message, at: range, in: query, expected: [placeholder])
        error.replacements = near
        throw error
    }

    /// The name at the current token, consumed, or nil (consuming nothing) when no run of words
    /// names exactly one entity of `kind`. Throws for an ambiguous name.
    mutating func resolveName(_ kind: NameKind) throws -> NameRef? {
        lastNamePossessive = false
        let words = nameRun()
        guard !words.isEmpty else { return nil }
        // Everyday forms never reach across a connective or a filter ("with" is inside many names).
        var limit = 0
        while limit < words.count,
            limit == 0 || words[limit].lowered == "with" || !Parser.boundaryWords.contains(words[limit].lowered)
        {
            limit += 1
        }
        // Nor for a quoted name, a source, or a hostile run of very long words.
        let plain = !words.contains { $0.text.utf8.count > 64 }
        if words[0].kind == .string || kind == .source || !plain { limit = 0 }
        limit = min(limit, Parser.maximumEverydayWords)
        for length in stride(from: words.count, through: 1, by: -1) {
            let range = TextRange(start: words[0].range.start, end: words[length - 1].range.end)
            let typed = words[0..<length].map(\.text)
            for (text, possessive) in try plain ? candidateTexts(kind, typed) : [(typed.joined(separator: " "), false)] {
                let key = NameMatching.key(text)
                guard !key.isEmpty else { continue }
                let found = try directory.lookup(kind, key: key)
                if found.count == 1 || (kind == .source && !found.isEmpty), let entity = found.first {
                    index += length
                    lastNamePossessive = possessive
                    if kind == .source { lastSources = found.map(\.id) }
                    if kind == .issue, let next = word, Parser.trailingFillers.contains(next) {
                        index += 1  // "the trade deficit yardstick"
                    }
                    return NameRef(id: entity.id, name: entity.name, range: range)
                }
                if found.count > 1 {
                    let candidates = found.map { e in
                        "'\(e.name)' (\(e.kind.map { "\($0), " } ?? "")id \(e.id))"
                    }.joined(separator: ", ")
                    // The way out: the same question with each candidate's id in place of the name.
                    let scalars = Array(query.unicodeScalars)
                    let asked = found.compactMap { e -> String? in
                        guard range.start <= range.end, range.end <= scalars.count else { return nil }
                        var question = String.UnicodeScalarView(scalars[..<range.start])
                        question.append(contentsOf: e.id.rawValue.unicodeScalars)
                        question.append(contentsOf: scalars[range.end...])
                        return "`\(String(question))`"
                    }
                    var error = QueryError(
                        "'\(text)' could mean several \(kind.rawValue)s: \(candidates); ask with the id: "
                            + asked.joined(separator: " or "),
                        at: range, in: query, expected: ["<\(kind.rawValue)>"])
                    error.replacements = found.map(\.id.rawValue)
                    throw error
                }
            }
            // Not for a run ending in a keyword or small word ("Farmers for Free Trade for …").
            let last = words[length - 1].lowered
            if length <= limit, Keyword(rawValue: last) == nil || Parser.trailingFillers.contains(last)
                || Parser.centralIssueNames.contains(last),
                !Parser.stopWords.contains(last), endsName(at: index + length),
                let entity = try everydayEntity(kind, words[0..<length].map(\.text))
            {
                index += length
                return NameRef(id: entity.id, name: entity.name, range: range)
            }
        }
        return nil
    }

    /// Whether a name in an everyday form may end before token `i`: at the end, before punctuation,
    /// or before a keyword that does not continue a name (so `Sue Mi Terri` is an unknown name, not
    /// `Sue Mi` followed by a stray word).
    func endsName(at i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word else { return true }
        let next = tokens[i].lowered
        return Keyword(rawValue: next) != nil && !["of", "the", "a", "an", "for", "and"].contains(next)
            || Parser.boundaryWords.contains(next)
    }

    /// The entities a key names, each key looked up once per parse (and per set of suggestions).
    mutating func lookup(_ kind: NameKind, _ key: String) throws -> [NamedEntity] {
        let slot = kind.rawValue + ":" + key
        if let cached = lookupCache[slot] { return cached }
        let found = try directory.lookup(kind, key: key)
        lookupCache[slot] = found
        return found
    }

    /// The words a name may take: a quoted string alone, or the run of words from here.
    func nameRun() -> [Token] {
        guard let first = current else { return [] }
        if first.kind == .string { return [first] }
        var words: [Token] = []
        var i = index
        while i < tokens.count, tokens[i].kind == .word, words.count < Parser.maximumNameWords {
            words.append(tokens[i])
            i += 1
        }
        return words
    }

    /// The texts to look up for a run of words: as typed; without a possessive `'s` at the end
    /// (`Cutler's` names Cutler); and, for an issue, with an everyday name of the central issue at
    /// the end replaced by its id (`withdrawal from the pact` → `withdrawal from korus`).
    mutating func candidateTexts(_ kind: NameKind, _ words: [String]) throws -> [(String, Bool)] {
        var out = [(words.joined(separator: " "), false)]
        if let last = words.last, let stripped = Parser.withoutPossessive(last) {
            out.append(((words.dropLast() + [stripped]).joined(separator: " "), true))
        }
        if kind == .issue, words.count > 1 {
            let lowered = words.map { $0.lowercased() }
            for n in (1...min(4, lowered.count - 1)).reversed()
            where Parser.centralIssueNames.contains(lowered.suffix(n).joined(separator: " ")) {
                // Looked up only here, so a plain question costs no extra statement.
                guard let central = try centralIssue() else { break }
                var head = Array(words.dropLast(n))
                if head.last?.lowercased() == "the" { head.removeLast() }
                if !head.isEmpty { out.append(((head + [central.id.rawValue]).joined(separator: " "), false)) }
                break
            }
        }
        return out
    }

    /// The central issue, looked up once per parse.
    mutating func centralIssue() throws -> NamedEntity? {
        if let cached = centralCache { return cached }
        let central = try directory.centralIssue()
        centralCache = .some(central)
        return central
    }

    /// `Cutler's` → `Cutler`; nil when the word is not possessive.
    static func withoutPossessive(_ word: String) -> String? {
        for suffix in ["'s", "\u{2019}s", "s'", "s\u{2019}"] where word.lowercased().hasSuffix(suffix) && word.count > 2 {
            return suffix.hasPrefix("s") ? String(word.dropLast()) : String(word.dropLast(2))
        }
        return nil
    }

    /// ```
    /// everyday-name = { filler } ( central-issue-name | action object | words ) { trailing-filler } ;
    /// ```
    /// Tried at each length after the name as typed: leading fillers and possessives (`the`,
    /// `Lighthizer's`) and trailing nouns (`clause`, `yardstick`) are dropped; an everyday name of the
    /// central issue (`the deal`) means it; an action (`leaving the deal`) is tried in the forms aliases
    /// use (`withdrawal from KORUS`); and words that all occur in the names of exactly one entity
    /// (`the deficit`, `the US Chamber`) mean it.
    mutating func everydayEntity(_ kind: NameKind, _ typed: [String]) throws -> NamedEntity? {
        var words = typed
        while let first = words.first, words.count > 1,
            Parser.leadingFillers.contains(first.lowercased()) || Parser.withoutPossessive(first) != nil
        {
            words.removeFirst()
        }
        while let last = words.last, words.count > 1, Parser.trailingFillers.contains(last.lowercased()) {
            words.removeLast()
        }
        let central = kind == .issue ? try centralIssue() : nil
        return try everydayEntity(kind, words, central: central)
    }

    /// The one entity `words` name in an everyday form, if any.
    mutating func everydayEntity(_ kind: NameKind, _ words: [String], central: NamedEntity?) throws -> NamedEntity? {
        let lowered = words.map { $0.lowercased() }
        let phrase = lowered.joined(separator: " ")
        func one(_ text: String) throws -> NamedEntity? {
            let key = NameMatching.key(text)
            guard !key.isEmpty else { return nil }
            let found = try lookup(kind, key)
            return found.count == 1 ? found.first : nil
        }
        guard !lowered.isEmpty else { return nil }
        if let entity = try one(phrase) { return entity }
        // "the deal" → the central issue; "leaving the deal" → "leaving KORUS".
        var object = lowered
        if let central {
            if Parser.centralIssueNames.contains(phrase) { return central }
            for n in (1...min(4, lowered.count)).reversed()
            where Parser.centralIssueNames.contains(lowered.suffix(n).joined(separator: " ")) {
                object = Array(lowered.dropLast(n)) + [central.id.rawValue]
                if let entity = try one(object.joined(separator: " ")) { return entity }
                break
            }
        }
        for family in Parser.actionFamilies {
            for verb in family.verbs.sorted(by: { $0.count > $1.count }) {
                let verbWords = verb.split(separator: " ").map(String.init)
                guard object.count >= verbWords.count, Array(object.prefix(verbWords.count)) == verbWords else { continue }
                var rest = Array(object.dropFirst(verbWords.count))
                while let first = rest.first, Parser.leadingFillers.contains(first) { rest.removeFirst() }
                if rest.isEmpty, let central { rest = [central.id.rawValue] }
                for form in family.forms {
                    if let entity = try one(([form] + rest).joined(separator: " ")) { return entity }
                }
            }
        }
        return try uniqueWordMatch(kind, lowered)
    }

    /// The one entity of `kind` with a name or alias holding every word of `words`.
    mutating func uniqueWordMatch(_ kind: NameKind, _ words: [String]) throws -> NamedEntity? {
        // Every word counts ("the US for KORUS" is no label's words); at least one is not a small word.
        let content = words.map(NameMatching.key).filter { !$0.isEmpty }
        guard content.contains(where: { !Parser.stopWords.contains($0) }), content.allSatisfy({ !$0.contains(" ") })
        else { return nil }
        var found: [NamedEntity] = []
        if labelCache[kind] == nil {
            labelCache[kind] = try directory.labels(kind).map { label in
                let key = NameMatching.key(label)
                return (key, Set(key.split(separator: " ").map(String.init)))
            }
        }
        for (key, labelWords) in labelCache[kind] ?? [] {
            guard content.allSatisfy({ labelWords.contains($0) }) else { continue }
            for entity in try lookup(kind, key) where !found.contains(entity) {
                found.append(entity)
                if found.count > 1 { return nil }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "at", "from", "us", "as",
    ]

    /// The known names nearest `text`, all of the one entity they most resemble (so a suggestion
    /// never offers an alias of another issue than the nearest one).
    func nearestNames(_ kind: NameKind, to text: String) throws -> [String] {
        let labels = try directory.labels(kind)
        var near = NameMatching.nearest(to: text, among: labels, limit: 6)
        if near.isEmpty, kind == .issue {
            // "leaving KORU": the action in the forms aliases use ("withdrawal from KORU").
            let words = text.lowercased().split(separator: " ").map(String.init)
            search: for family in Parser.actionFamilies {
                for verb in family.verbs.sorted(by: { $0.count > $1.count }) {
                    let verbWords = verb.split(separator: " ").map(String.init)
                    guard words.count > verbWords.count, Array(words.prefix(verbWords.count)) == verbWords else { continue }
                    for form in family.forms {
                        near = NameMatching.nearest(
                            to: ([form] + words.dropFirst(verbWords.count)).joined(separator: " "), among: labels, limit: 6)
                        if !near.isEmpty { break search }
                    }
                }
            }
        }
        guard let best = near.first else { return [] }
        let target = try directory.lookup(kind, key: NameMatching.key(best))
        var out: [String] = []
        for label in near {
            let entities = try directory.lookup(kind, key: NameMatching.key(label))
            if kind == .actor || entities == target { out.append(label) }
        }
        return Array(out.prefix(kind == .actor ? 3 : 2))
    }
}
