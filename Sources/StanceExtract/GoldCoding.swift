import Foundation
import StanceCore

/// What a careful coder takes from one article, in the JSON form of the development set
/// (`quotes`, `actors`, `aliases`, `affiliations`, `positions`); `FieldEvaluation` compares
/// proposals with it.
///
/// Speakers, actors and the people of affiliations and positions are written in lower case as
/// a name (or surname) the proposed name or id must contain; issues as issue ids, `NEW` for any
/// new issue the extractor proposes; a `null` speaker is an anonymous source.
public struct GoldCoding: Sendable, Equatable, Decodable {
    /// A hand-coded quote.
    public struct Quote: Sendable, Equatable, Decodable {
        public var text: String
        public var speaker: String?
        public var issues: [String]
    }

    /// A hand-coded position; an optional one counts neither for nor against.
    public struct Position: Sendable, Equatable, Decodable {
        public var actor: String
        public var issue: String
        public var stance: String
        public var optional: Bool?
        /// `stated`, `reported` or `inferred`, when the coder says (reported speech is scored on its own).
        public var basis: String?
        /// Who reports it (a name, as `actor`), for `basis: reported`.
        public var reportedBy: String?

        enum CodingKeys: String, CodingKey {
            case actor, issue, stance, optional, basis
            case reportedBy = "reported_by"
        }

        /// A hand-coded position.
        public init(
            actor: String, issue: String, stance: String, optional: Bool? = nil, basis: String? = nil,
            reportedBy: String? = nil
        ) {
            self.actor = actor
            self.issue = issue
            self.stance = stance
            self.optional = optional
            self.basis = basis
            self.reportedBy = reportedBy
        }
    }

    /// The article file, relative to the gold file.
    public var source: String
    public var quotes: [Quote]
    public var actors: [String]
    public var aliases: [String: String]
    public var affiliations: [[String]]
    public var positions: [Position]

    enum CodingKeys: String, CodingKey {
        case source, quotes, actors, aliases, affiliations, positions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        quotes = try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        actors = try container.decodeIfPresent([String].self, forKey: .actors) ?? []
        aliases = try container.decodeIfPresent([String: String].self, forKey: .aliases) ?? [:]
        affiliations = try container.decodeIfPresent([[String]].self, forKey: .affiliations) ?? []
        positions = try container.decodeIfPresent([Position].self, forKey: .positions) ?? []
        for (index, pair) in affiliations.enumerated() where pair.count != 2 {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [CodingKeys.affiliations],
                debugDescription: "affiliation \(index + 1) has \(pair.count) items; write [person, organization]"))
        }
        for position in positions where position.basis.map({ Graph.Position.Basis(rawValue: $0) == nil }) == true {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [CodingKeys.positions],
                debugDescription: "unknown basis '\(position.basis ?? "")'; write stated, reported or inferred"))
        }
        for position in positions where Graph.Stance(rawValue: position.stance) == nil {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [CodingKeys.positions],
                debugDescription: "unknown stance '\(position.stance)'; write supports, opposes, mixed or neutral"))
        }
    }

    /// The hand coding of a source of the graph (a seed article): its quotes with their
    /// speakers' ids and issues, and its positions. No new actor or affiliation is expected:
    /// every one the article states is already in the graph, so any proposed is one too many.
    public init(source: Graph.Source, graph: GraphContents) {
        self.source = source.id.rawValue
        quotes = source.quotes.map { Quote(text: $0.text, speaker: $0.speaker.rawValue, issues: $0.issues.map(\.rawValue)) }
        actors = []
        aliases = [:]
        affiliations = []
        positions = source.positions.map {
            Position(
                actor: $0.actor.rawValue, issue: $0.issue.rawValue, stance: $0.stance.rawValue, optional: nil,
                basis: $0.basis.rawValue, reportedBy: $0.reportedBy?.rawValue)
        }
    }

    /// Reads a gold file's JSON; the error says what is wrong where.
    public static func parse(_ data: Data) throws -> GoldCoding {
        try JSONDecoder().decode(GoldCoding.self, from: data)
    }
}
