import StanceCore

/// A known actor or issue named in an article, through its name or an alias.
public struct Mention: Sendable, Equatable {
    /// What a mention names.
    public enum Kind: String, Sendable, CaseIterable {
        case actor, issue
    }

    public var kind: Kind
    public var id: Slug
    /// The actor's or issue's display name in the graph.
    public var name: String
    /// The words as the article writes them.
    public var text: String
    /// Where they stand, in code points (end exclusive).
    public var range: TextRange

    /// A mention of `id` written as `text` at `range`.
    public init(kind: Kind, id: Slug, name: String, text: String, range: TextRange) {
        self.kind = kind
        self.id = id
        self.name = name
        self.text = text
        self.range = range
    }
}

/// Finds the known actors and issues an article names, matching names and aliases as whole words
/// through `NameMatching.key` (case-insensitive), longest first.
///
/// Two refinements keep ordinary words from matching an actor: an all-capitals alias (`US`, `USTR`)
/// matches only text in capitals, and a one-word capitalised alias (`Trump`, `Ferry`) only a
/// capitalised word. Issue aliases match in any case (`Korus` is `KORUS`).
public struct MentionFinder: Sendable {
    struct Entry: Sendable, Equatable {
        var kind: Mention.Kind
        var id: Slug
        var name: String
        var rule: CaseRule
    }

    enum CaseRule: Sendable, Equatable {
        case any, capitalized, capitals
    }

    private var table: [String: [Entry]] = [:]
    private var longest = 1
    /// The actors the finder knows, by id.
    let actors: [Slug: Graph.Actor]
    /// The words the known issues are talked about with.
    let vocabulary: IssueVocabulary

    /// A finder over the names and aliases of `actors` and `issues`.
    public init(actors: [Graph.Actor], issues: [Graph.Issue]) {
        self.actors = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        vocabulary = IssueVocabulary(issues: issues)
        for actor in actors {
            for name in [actor.name] + actor.aliases {
                add(name, Entry(kind: .actor, id: actor.id, name: actor.name, rule: MentionFinder.rule(for: name)))
            }
        }
        for issue in issues {
            for name in [issue.name] + issue.aliases {
                add(name, Entry(kind: .issue, id: issue.id, name: issue.name, rule: .any))
            }
        }
    }

    private mutating func add(_ name: String, _ entry: Entry) {
        let key = NameMatching.key(name)
        guard !key.isEmpty else { return }
        if !(table[key]?.contains(entry) ?? false) { table[key, default: []].append(entry) }
        longest = max(longest, key.split(separator: " ").count + 1)
    }

    /// How an alias must be written in the text to count: `US` only in capitals, `Trump` only capitalised.
    static func rule(for alias: String) -> CaseRule {
        var words = alias.split(whereSeparator: { $0 == " " })
        if words.count > 1, words.first?.lowercased() == "the" { words.removeFirst() }
        guard words.count == 1, let word = words.first else { return .any }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) { return .capitals }
        if letters.first?.properties.isUppercase == true { return .capitalized }
        return .any
    }

    /// Every mention of a known actor or issue in `article`, in text order.
    public func mentions(in article: String) -> [Mention] {
        mentions(in: ArticleText(article))
    }

    func mentions(in article: ArticleText) -> [Mention] {
        var found: [Mention] = []
        for kind in Mention.Kind.allCases {
            var index = 0
            while index < article.words.count {
                if let (mention, length) = match(kind, at: index, in: article) {
                    found.append(mention)
                    index += length
                } else {
                    index += 1
                }
            }
        }
        return found.sorted { ($0.range.start, $0.kind.rawValue) < ($1.range.start, $1.kind.rawValue) }
    }

    private func match(_ kind: Mention.Kind, at index: Int, in article: ArticleText) -> (Mention, Int)? {
        let words = article.words
        // Windows never cross punctuation or a line: the words must be separated by spaces alone.
        var limit = 1
        while limit < longest, index + limit < words.count {
            let gap = article.gap(index + limit - 1, index + limit)
            guard !gap.isEmpty, gap.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\u{00A0}" }) else { break }
            limit += 1
        }
        if words[index].lower == "the", limit > 1 { return nil }  // the window one word on matches without it
        for length in stride(from: limit, through: 1, by: -1) {
            let last = words[index + length - 1]
            let range = TextRange(start: words[index].start, end: last.bareEnd)
            let text = article.string(range.start..<range.end)
            let key = NameMatching.key(text)
            guard let entries = table[key]?.filter({ $0.kind == kind && MentionFinder.accepts($0.rule, text, words[index]) })
            else { continue }
            let ids = Set(entries.map(\.id))
            guard ids.count == 1, let entry = entries.first else { continue }  // ambiguous: never guess
            return (Mention(kind: kind, id: entry.id, name: entry.name, text: text, range: range), length)
        }
        return nil
    }

    private static func accepts(_ rule: CaseRule, _ text: String, _ first: Word) -> Bool {
        switch rule {
        case .any: return true
        case .capitalized: return first.isCapitalized
        case .capitals:
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.allSatisfy { $0.properties.isUppercase }
        }
    }
}
