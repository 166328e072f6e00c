import Foundation
import StanceCore

extension Proposals {
    /// The proposals as one JSON object: `source`, `quotes` (each with `text`, `speaker` as
    /// `{name, id}` when known, `{name, proposed_id, new: true}` for a new actor, or null, and
    /// `start`/`end` offsets in code points), `actors`, `affiliations`, `positions`, `new_issues` and `mentions`.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONProposals(self)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The JSON shape of `Proposals`.
private struct JSONProposals: Encodable {
    struct Source: Encodable {
        var id: String
        var title: String?
        var outlet: String?
        var date: String?
        var exists: Bool
    }

    struct SpeakerObject: Encodable {
        var name: String
        var id: String?
        var proposedID: String?
        var isNew: Bool?

        enum CodingKeys: String, CodingKey {
            case name, id
            case proposedID = "proposed_id"
            case isNew = "new"
        }
    }

    struct Quote: Encodable {
        var id: String
        var text: String
        var speaker: SpeakerObject?
        var start: Int
        var end: Int
        var issues: [String]
        var issuesFrom: String?
        var attribution: String
        var reference: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
            try container.encode(speaker, forKey: .speaker)  // null when anonymous or not found
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(issues, forKey: .issues)
            try container.encode(issuesFrom, forKey: .issuesFrom)
            try container.encode(attribution, forKey: .attribution)
            try container.encode(reference, forKey: .reference)
        }

        enum CodingKeys: String, CodingKey {
            case id, text, speaker, start, end, issues, attribution, reference
            case issuesFrom = "issues_from"
        }
    }

    struct Actor: Encodable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]
        var description: String?
        var context: String
    }

    struct Affiliation: Encodable {
        var id: String
        var actor: String
        var organization: String
        var role: String
    }

    struct Position: Encodable {
        var id: String
        var actor: String
        var issue: String
        var stance: String
        var basis: String
        var reportedBy: String?
        var confidence: String
        var cues: [String]
        var quote: String?
        var paraphrase: String
        var sentence: String

        enum CodingKeys: String, CodingKey {
            case id, actor, issue, stance, basis, confidence, cues, quote, paraphrase, sentence
            case reportedBy = "reported_by"
        }
    }

    struct MentionObject: Encodable {
        var kind: String
        var id: String
        var name: String
        var text: String
        var start: Int
        var end: Int
    }

    var source: Source
    var quotes: [Quote]
    var actors: [Actor]
    var affiliations: [Affiliation]
    var positions: [Position]
    var newIssues: [NewIssueObject]
    var mentions: [MentionObject]

    struct NewIssueObject: Encodable {
        var id: String
        var name: String
        var key: String
        var context: String
        var description: String?
        var parent: String?
    }

    enum CodingKeys: String, CodingKey {
        case source, quotes, actors, affiliations, positions, mentions
        case newIssues = "new_issues"
    }

    init(_ proposals: Proposals) {
        let source = proposals.source
        self.source = Source(
            id: source.id.rawValue, title: source.title, outlet: source.outlet, date: source.date?.description,
            exists: source.exists)
        quotes = proposals.quotes.map { quote in
            let speaker = quote.speaker.map { speaker in
                speaker.isNew
                    ? SpeakerObject(name: speaker.name, id: nil, proposedID: speaker.id?.rawValue, isNew: true)
                    : SpeakerObject(name: speaker.name, id: speaker.id?.rawValue, proposedID: nil, isNew: nil)
            }
            return Quote(
                id: quote.id.rawValue, text: quote.text, speaker: speaker, start: quote.range.start, end: quote.range.end,
                issues: quote.issues.map(\.rawValue), issuesFrom: quote.issuesFrom, attribution: quote.attribution.rawValue,
                reference: quote.reference?.rawValue)
        }
        actors = proposals.actors.map {
            Actor(
                id: $0.id.rawValue, name: $0.name, kind: $0.kind.rawValue, aliases: $0.aliases, description: $0.description,
                context: $0.context)
        }
        affiliations = proposals.affiliations.map {
            Affiliation(id: $0.id.rawValue, actor: $0.actor.rawValue, organization: $0.organization.rawValue, role: $0.role)
        }
        positions = proposals.positions.map {
            Position(
                id: $0.id.rawValue, actor: $0.actor.rawValue, issue: $0.issue.rawValue, stance: $0.stance.rawValue,
                basis: $0.basis.rawValue, reportedBy: $0.reportedBy?.rawValue, confidence: $0.confidence.rawValue, cues: $0.cues, quote: $0.quote?.rawValue,
                paraphrase: $0.paraphrase, sentence: $0.sentence)
        }
        newIssues = proposals.issues.map { NewIssueObject(
                id: $0.id.rawValue, name: $0.name, key: $0.key, context: $0.context, description: $0.description,
                parent: $0.parent?.rawValue) }
        mentions = proposals.mentions.map {
            MentionObject(
                kind: $0.kind.rawValue, id: $0.id.rawValue, name: $0.name, text: $0.text, start: $0.range.start,
                end: $0.range.end)
        }
    }
}
