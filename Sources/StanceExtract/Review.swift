import Foundation
import StanceCore
import Yams

/// Why a review file could not be read.
public enum ReviewError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not YAML, or not a review: what is wrong and where.
    case invalid(String)

    /// The message shown to the researcher.
    public var description: String {
        switch self {
        case .invalid(let message): return "the review file cannot be read: \(message)"
        }
    }
}

extension Proposals {
    /// The header of every review file: what to do with it.
    static let reviewHeader = """
        # stance extract review file.
        # Each item below is a proposal. Change `accept: no` to `accept: yes` for each item to add, and
        # correct any field (a speaker, an issue, a stance) before you do. Items left at `accept: no`
        # are not written. Then run:  stance extract --apply THIS-FILE --by YOUR-NAME
        # A quote needs a speaker (an actor id or name) and at least one issue. A position rests on
        # its quote when that quote is accepted (or already in the database), else on its
        # paraphrase and sentence. The source block holds the article text so quote offsets verify;
        # do not edit the text. A new issue (new_issues) is created only when you accept it
        # (reword its name and description first); otherwise change the quotes and positions that
        # name it. A reported position (basis: reported) names who reports it in reported_by.

        """

    /// The review file: every proposal with `accept: no`, and what is needed to apply it.
    public func reviewYAML() -> String {
        var root: [(Node, Node)] = []
        root.append(("source", sourceNode(literal: true)))
        root.append(("actors", .sequence(Node.Sequence(actors.map(Proposals.node)))))
        root.append(("affiliations", .sequence(Node.Sequence(affiliations.map(Proposals.node)))))
        root.append(("quotes", .sequence(Node.Sequence(quotes.map(Proposals.node)))))
        root.append(("positions", .sequence(Node.Sequence(positions.map(Proposals.node)))))
        if !issues.isEmpty { root.append(("new_issues", .sequence(Node.Sequence(issues.map(Proposals.node))))) }
        root.append(("mentions", .sequence(Node.Sequence(mentions.map(Proposals.node)))))
        var yaml = Proposals.serialize(.mapping(Node.Mapping(root)))
        // The article text must come back exactly; a literal block cannot hold every text.
        if (try? Proposals.parseReview(yaml).source.text) != source.text {
            root[0] = ("source", sourceNode(literal: false))
            yaml = Proposals.serialize(.mapping(Node.Mapping(root)))
        }
        return Proposals.reviewHeader + yaml
    }

    /// Reads a review file written by `reviewYAML()` and edited by a researcher.
    public static func parseReview(_ text: String) throws -> Proposals {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw ReviewError.invalid("not YAML (\(error))")
        }
        guard let root, root.mapping != nil else { throw ReviewError.invalid("expected a mapping with source, quotes, actors …") }
        guard let sourceNode = root["source"] else { throw ReviewError.invalid("no source block") }
        let source = try readSource(sourceNode)
        return Proposals(
            source: source,
            quotes: try items(root, "quotes").map(readQuote),
            actors: try items(root, "actors").map(readActor),
            affiliations: try items(root, "affiliations").map(readAffiliation),
            positions: try items(root, "positions").map(readPosition),
            issues: try items(root, "new_issues").map(readIssue),
            mentions: try items(root, "mentions").map(readMention))
    }

    // MARK: - Writing

    private static func serialize(_ node: Node) -> String {
        (try? Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)) ?? ""
    }

    private static func scalar(_ text: String, _ style: Node.Scalar.Style = .any) -> Node {
        .scalar(Node.Scalar(text, .implicit, style))
    }

    private static func plain(_ text: String) -> Node { scalar(text, .plain) }

    private static func flag(_ value: Bool) -> Node { plain(value ? "yes" : "no") }

    private static func list(_ values: [String]) -> Node {
        .sequence(Node.Sequence(values.map { scalar($0) }))
    }

    private static func mapping(_ pairs: [(String, Node?)]) -> Node {
        .mapping(Node.Mapping(pairs.compactMap { key, value in value.map { (plain(key), $0) } }))
    }

    private func sourceNode(literal: Bool) -> Node {
        let textNode: Node = literal ? Proposals.scalar(source.text, .literal) : Proposals.scalar(source.text, .doubleQuoted)
        if source.exists {
            return Proposals.mapping([
                ("id", Proposals.plain(source.id.rawValue)), ("exists", Proposals.flag(true)),
                ("title", source.title.map { Proposals.scalar($0) }), ("outlet", source.outlet.map { Proposals.scalar($0) }),
                ("date", source.date.map { Proposals.plain($0.description) }), ("text", textNode),
            ])
        }
        return Proposals.mapping([
            ("id", Proposals.plain(source.id.rawValue)), ("accept", Proposals.flag(source.accept)),
            ("title", Proposals.scalar(source.title ?? "")), ("outlet", source.outlet.map { Proposals.scalar($0) }),
            ("date", Proposals.plain(source.date?.description ?? "")), ("text", textNode),
        ])
    }

    private static func node(_ actor: ProposedActor) -> Node {
        mapping([
            ("id", plain(actor.id.rawValue)), ("accept", flag(actor.accept)), ("name", scalar(actor.name)),
            ("kind", plain(actor.kind.rawValue)), ("aliases", actor.aliases.isEmpty ? nil : list(actor.aliases)),
            ("description", actor.description.map { scalar($0) }), ("context", scalar(actor.context)),
        ])
    }

    private static func node(_ issue: ProposedIssue) -> Node {
        mapping([
            ("id", plain(issue.id.rawValue)), ("accept", flag(issue.accept)), ("name", scalar(issue.name)),
            ("description", issue.description.map { scalar($0) }), ("parent", issue.parent.map { plain($0.rawValue) }),
            ("key", scalar(issue.key)), ("context", scalar(issue.context)),
        ])
    }

    private static func node(_ affiliation: ProposedAffiliation) -> Node {
        mapping([
            ("id", plain(affiliation.id.rawValue)), ("accept", flag(affiliation.accept)),
            ("actor", plain(affiliation.actor.rawValue)), ("organization", plain(affiliation.organization.rawValue)),
            ("role", scalar(affiliation.role)),
        ])
    }

    private static func node(_ quote: ProposedQuote) -> Node {
        mapping([
            ("id", plain(quote.id.rawValue)), ("accept", flag(quote.accept)),
            ("speaker", quote.speaker?.id.map { plain($0.rawValue) }),
            ("speaker_name", quote.speaker.map { scalar($0.name) }),
            ("speaker_new", quote.speaker.flatMap { $0.isNew ? flag(true) : nil }),
            ("attribution", plain(quote.attribution.rawValue)),
            ("reference", quote.reference.map { plain($0.rawValue) }),
            ("text", scalar(quote.text)), ("start", plain(String(quote.range.start))),
            ("end", plain(String(quote.range.end))), ("issues", list(quote.issues.map(\.rawValue))),
            ("issues_from", quote.issuesFrom.map { scalar($0) }),
        ])
    }

    private static func node(_ position: ProposedPosition) -> Node {
        mapping([
            ("id", plain(position.id.rawValue)), ("accept", flag(position.accept)),
            ("actor", plain(position.actor.rawValue)), ("issue", plain(position.issue.rawValue)),
            ("stance", plain(position.stance.rawValue)), ("basis", plain(position.basis.rawValue)),
            ("reported_by", position.reportedBy.map { plain($0.rawValue) }),
            ("confidence", plain(position.confidence.rawValue)), ("cues", list(position.cues)),
            ("quote", position.quote.map { plain($0.rawValue) }), ("paraphrase", scalar(position.paraphrase)),
            ("sentence", scalar(position.sentence)),
        ])
    }

    private static func node(_ mention: Mention) -> Node {
        mapping([
            ("kind", plain(mention.kind.rawValue)), ("id", plain(mention.id.rawValue)), ("name", scalar(mention.name)),
            ("text", scalar(mention.text)), ("start", plain(String(mention.range.start))),
            ("end", plain(String(mention.range.end))),
        ])
    }

    // MARK: - Reading

    private static func items(_ root: Node, _ key: String) throws -> [(Node, String)] {
        guard let node = root[key] else { return [] }
        if let scalar = node.scalar, scalar.string.isEmpty || scalar.string == "[]" || scalar.string == "~" { return [] }
        guard let sequence = node.sequence else { throw ReviewError.invalid("\(key) must be a list") }
        return sequence.enumerated().map { ($0.element, "\(key) item \($0.offset + 1)") }
    }

    private static func text(_ node: Node, _ key: String, _ what: String) throws -> String? {
        guard let value = node[key] else { return nil }
        if value.mapping != nil || value.sequence != nil { throw ReviewError.invalid("\(what): \(key) must be plain text") }
        guard let string = value.scalar?.string, !(value.scalar?.style == .plain && (string == "~" || string == "null")) else {
            return nil
        }
        return string
    }

    private static func required(_ node: Node, _ key: String, _ what: String) throws -> String {
        guard let value = try text(node, key, what), !value.isEmpty else { throw ReviewError.invalid("\(what) has no \(key)") }
        return value
    }

    private static func slug(_ node: Node, _ key: String, _ what: String) throws -> Slug {
        let value = try required(node, key, what)
        guard let slug = Slug(value) else { throw ReviewError.invalid("\(what): \(key) '\(value)' is not an id") }
        return slug
    }

    /// A yes/no field; absent is no.
    private static func yes(_ node: Node, _ key: String, _ what: String) throws -> Bool {
        guard let value = try text(node, key, what) else { return false }
        switch value.lowercased() {
        case "yes", "y", "true", "on": return true
        case "no", "n", "false", "off", "": return false
        default: throw ReviewError.invalid("\(what): \(key) must be yes or no, not '\(value)'")
        }
    }

    private static func number(_ node: Node, _ key: String, _ what: String) throws -> Int {
        let value = try required(node, key, what)
        guard let number = Int(value) else { throw ReviewError.invalid("\(what): \(key) '\(value)' is not a number") }
        return number
    }

    private static func strings(_ node: Node, _ key: String, _ what: String) throws -> [String] {
        guard let value = node[key] else { return [] }
        if let scalar = value.scalar {
            let string = scalar.string.trimmingCharacters(in: .whitespaces)
            if string.isEmpty || string == "[]" { return [] }
            return [string]  // one value written without a list
        }
        guard let sequence = value.sequence else { throw ReviewError.invalid("\(what): \(key) must be a list") }
        return try sequence.map { item in
            guard let string = item.scalar?.string else { throw ReviewError.invalid("\(what): \(key) holds a non-text item") }
            return string
        }
    }

    private static func value<T: RawRepresentable>(_ node: Node, _ key: String, _ what: String) throws -> T where T.RawValue == String {
        let raw = try required(node, key, what)
        guard let value = T(rawValue: raw) else { throw ReviewError.invalid("\(what): \(key) '\(raw)' is not valid") }
        return value
    }

    private static func readSource(_ node: Node) throws -> ProposedSource {
        let what = "source"
        let dateText = try text(node, "date", what).flatMap { $0.isEmpty ? nil : $0 }
        let date = try dateText.map { text in
            guard let date = PartialDate(text) else { throw ReviewError.invalid("source: date '\(text)' is not YYYY, YYYY-MM or YYYY-MM-DD") }
            return date
        }
        return ProposedSource(
            id: try slug(node, "id", what), title: try text(node, "title", what).flatMap { $0.isEmpty ? nil : $0 },
            outlet: try text(node, "outlet", what), date: date, exists: try yes(node, "exists", what),
            accept: try yes(node, "accept", what), text: try text(node, "text", what) ?? "")
    }

    private static func readActor(_ item: (Node, String)) throws -> ProposedActor {
        let (node, what) = item
        return ProposedActor(
            id: try slug(node, "id", what), accept: try yes(node, "accept", what), name: try required(node, "name", what),
            kind: try value(node, "kind", what), aliases: try strings(node, "aliases", what),
            description: try text(node, "description", what), context: try text(node, "context", what) ?? "")
    }

    private static func readAffiliation(_ item: (Node, String)) throws -> ProposedAffiliation {
        let (node, what) = item
        return ProposedAffiliation(
            id: try slug(node, "id", what), accept: try yes(node, "accept", what), actor: try slug(node, "actor", what),
            organization: try slug(node, "organization", what), role: try required(node, "role", what))
    }

    private static func readQuote(_ item: (Node, String)) throws -> ProposedQuote {
        let (node, what) = item
        let speakerText = try text(node, "speaker", what).flatMap { $0.isEmpty ? nil : $0 }
        let speakerName = try text(node, "speaker_name", what)
        var speaker: Speaker?
        if speakerText != nil || speakerName != nil {
            // A researcher may write a name instead of an id: it is resolved when applied.
            speaker = Speaker(
                name: speakerName ?? speakerText ?? "", id: speakerText.flatMap { Slug($0) },
                isNew: try yes(node, "speaker_new", what))
            if let speakerText, Slug(speakerText) == nil { speaker?.name = speakerText }
        }
        let start = try number(node, "start", what)
        let end = try number(node, "end", what)
        return ProposedQuote(
            id: try slug(node, "id", what), accept: try yes(node, "accept", what), text: try required(node, "text", what),
            range: TextRange(start: start, end: end), speaker: speaker,
            attribution: Attribution(rawValue: try text(node, "attribution", what) ?? "unattributed") ?? .unattributed,
            reference: try text(node, "reference", what).flatMap(Reference.init(rawValue:)),
            issues: try strings(node, "issues", what).map { issue in
                guard let slug = Slug(issue) ?? Slug.make(from: issue) else { throw ReviewError.invalid("\(what): issue '\(issue)' is not an id") }
                return slug
            }, issuesFrom: try text(node, "issues_from", what))
    }

    private static func readPosition(_ item: (Node, String)) throws -> ProposedPosition {
        let (node, what) = item
        let quote = try text(node, "quote", what).flatMap { $0.isEmpty ? nil : $0 }
        return ProposedPosition(
            id: try slug(node, "id", what), accept: try yes(node, "accept", what), actor: try slug(node, "actor", what),
            issue: try slug(node, "issue", what), stance: try value(node, "stance", what),
            basis: try value(node, "basis", what),
            reportedBy: try text(node, "reported_by", what).flatMap { $0.isEmpty ? nil : $0 }.map { text in
                guard let slug = Slug(text) else { throw ReviewError.invalid("\(what): reported_by '\(text)' is not an actor id") }
                return slug
            },
            confidence: try value(node, "confidence", what),
            cues: try strings(node, "cues", what),
            quote: try quote.map { text in
                guard let slug = Slug(text) else { throw ReviewError.invalid("\(what): quote '\(text)' is not an id") }
                return slug
            },
            paraphrase: try text(node, "paraphrase", what) ?? "", sentence: try text(node, "sentence", what) ?? "")
    }

    private static func readIssue(_ item: (Node, String)) throws -> ProposedIssue {
        let (node, what) = item
        return ProposedIssue(
            id: try slug(node, "id", what), accept: try yes(node, "accept", what), name: try required(node, "name", what),
            key: try text(node, "key", what) ?? "", context: try text(node, "context", what) ?? "",
            description: try text(node, "description", what).flatMap { $0.isEmpty ? nil : $0 },
            parent: try text(node, "parent", what).flatMap { $0.isEmpty ? nil : $0 }.map { text in
                guard let slug = Slug(text) else { throw ReviewError.invalid("\(what): parent '\(text)' is not an issue id") }
                return slug
            })
    }

    private static func readMention(_ item: (Node, String)) throws -> Mention {
        let (node, what) = item
        return Mention(
            kind: try value(node, "kind", what), id: try slug(node, "id", what), name: try text(node, "name", what) ?? "",
            text: try text(node, "text", what) ?? "",
            range: TextRange(start: try number(node, "start", what), end: try number(node, "end", what)))
    }
}
