import StanceCore
import StanceGraphData
import StanceQuery
import StanceTestSupport
import Testing

/// Every alias of every issue in the bundled graph, as reviewed against the issue's definition of
/// `supports` (issue 21): "who supports ALIAS" must ask what the issue's `supports` means.
///
/// `.same`: supporting what the alias names is the issue's `supports` (`pickup truck tariff` → keeping
/// the tariff). `.topic`: the alias names a subject, not a side (`trade deficit`); a who-question reads it
/// as the issue is defined, and the issue's note must say so. A new alias fails the test until it is
/// reviewed and added here; an alias of the opposite direction (the old `hard line on North Korea` on
/// rapprochement) is a new issue or no alias.
@Suite("Issue aliases mean one stance direction")
struct IssueAliasTests {
    enum Direction { case same, topic }

    static let reviewed: [String: (issue: String, direction: Direction)] = [
        "agriculture": ("agriculture", .same), "beef": ("agriculture", .same),
        "agricultural exports": ("agriculture", .same), "farm exports": ("agriculture", .same),
        "auto market access": ("auto-market-access", .same),
        "market access for US cars": ("auto-market-access", .same),
        "US car exports to South Korea": ("auto-market-access", .same),
        "cars and auto parts": ("auto-market-access", .same), "auto trade": ("auto-market-access", .same),
        "autos": ("auto-market-access", .same),
        "rules of origin": ("auto-rules-of-origin", .same), "content requirements": ("auto-rules-of-origin", .same),
        "auto parts content requirements": ("auto-rules-of-origin", .same),
        "US-made parts": ("auto-rules-of-origin", .same),
        "bilateral trade deals": ("bilateral-trade-deals", .same), "bilateralism": ("bilateral-trade-deals", .same),
        "one-to-one negotiations": ("bilateral-trade-deals", .same),
        "bilateral trade talks": ("bilateral-trade-deals", .same),
        "bilateral trade negotiations": ("bilateral-trade-deals", .same),
        "weak dollar": ("currency", .same), "weak dollar policy": ("currency", .same), "currency": ("currency", .topic),
        "rapprochement with North Korea": ("inter-korean-rapprochement", .same),
        "inter-Korean rapprochement": ("inter-korean-rapprochement", .same),
        "ISDS": ("isds", .same), "ISDS clause": ("isds", .same), "investor state dispute settlement": ("isds", .same),
        "investor-state dispute settlement": ("isds", .same),
        "KORUS": ("korus", .same), "KORUS FTA": ("korus", .same), "US-South Korea Free Trade Agreement": ("korus", .same),
        "Korea-US Free Trade Agreement": ("korus", .same), "South Korea-US free trade agreement": ("korus", .same),
        "United States Korea Free Trade Agreement": ("korus", .same),
        "NAFTA": ("nafta", .same), "North American Free Trade Agreement": ("nafta", .same),
        "pickup truck tariff": ("pickup-tariff", .same), "25% pickup tariff": ("pickup-tariff", .same),
        "pickup tariff": ("pickup-tariff", .same), "tariff on pickup trucks": ("pickup-tariff", .same),
        "reciprocal tax": ("reciprocal-tax", .same),
        "renegotiation": ("renegotiation", .same), "renegotiating KORUS": ("renegotiation", .same),
        "KORUS talks": ("renegotiation", .same), "revision of KORUS": ("renegotiation", .same),
        "amending KORUS": ("renegotiation", .same),
        "safeguard tariffs": ("safeguard-tariffs", .same), "washing machine tariffs": ("safeguard-tariffs", .same),
        "solar cell tariffs": ("safeguard-tariffs", .same),
        "security alliance": ("security-alliance", .same), "US-South Korea alliance": ("security-alliance", .same),
        "alliance": ("security-alliance", .same),
        "steel tariffs": ("steel-tariffs", .same), "aluminum tariffs": ("steel-tariffs", .same),
        "steel and aluminum tariffs": ("steel-tariffs", .same),
        "TPP": ("tpp", .same), "Trans-Pacific Partnership": ("tpp", .same),
        "trade deficit": ("trade-deficit", .topic), "bilateral trade deficit": ("trade-deficit", .topic),
        "trade imbalance": ("trade-deficit", .topic), "US trade deficit with South Korea": ("trade-deficit", .topic),
        "deficit as the measure of KORUS": ("trade-deficit", .same),
        "reducing the trade deficit": ("trade-deficit", .same),
        "KORUS withdrawal": ("withdrawal", .same), "withdrawal from KORUS": ("withdrawal", .same),
        "pulling out of KORUS": ("withdrawal", .same), "pullout": ("withdrawal", .same), "exit": ("withdrawal", .same),
        "withdrawal": ("withdrawal", .same), "scrapping KORUS": ("withdrawal", .same),
        "tearing up KORUS": ("withdrawal", .same),
    ]

    let graph: GraphContents

    init() throws {
        graph = try TestSupport.korusData.load()
    }

    @Test("every alias is reviewed, and resolves to exactly the issue it was reviewed for")
    func reviewedAndResolved() throws {
        let directory = InMemoryNameDirectory(actors: graph.actors, issues: graph.issues)
        var seen: Set<String> = []
        for issue in graph.issues {
            for alias in issue.aliases {
                seen.insert(alias)
                let entry = try #require(Self.reviewed[alias], "alias '\(alias)' of \(issue.id) is not reviewed here")
                #expect(entry.issue == issue.id.rawValue, "'\(alias)' was reviewed for \(entry.issue)")
                let found = directory.lookup(.issue, key: NameMatching.key(alias)).map(\.id.rawValue)
                #expect(found == [issue.id.rawValue], "'\(alias)' resolves to \(found)")
            }
        }
        #expect(Set(Self.reviewed.keys).subtracting(seen).isEmpty, "reviewed aliases no issue has")
    }

    @Test("every issue states what supports means, and documents its topic aliases")
    func definitions() throws {
        for issue in graph.issues {
            let description = try #require(issue.description, "\(issue.id) has no description")
            #expect(description.contains("supports ="), "\(issue.id) does not say what supports means")
            for alias in issue.aliases where Self.reviewed[alias]?.direction == .topic {
                #expect(issue.note?.contains("\"\(alias)\"") == true, "\(issue.id): topic alias '\(alias)' undocumented")
            }
        }
    }
}
