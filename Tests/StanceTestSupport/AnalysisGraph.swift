import StanceCore

/// A small graph holding every kind of contradiction and a hearsay chain, for the query forms of issue 17.
///
/// - Ann supports Ex in January 2018 (s1) and opposes it in March 2018 (s2): a self-contradiction two months
///   apart, from two sources two months apart (not "the same time").
/// - Bob supports Ex in January 2017 (s1) and opposes it in July 2018 (s3): eighteen months apart.
/// - Cy: s1 reports (through Bob) that Cy supports Ex on 10 January 2018; s2 has Cy opposing it on 20 January,
///   and `mixed` the same day: a source disagreement ten days apart, and a self-contradiction.
/// - Hearsay chain: Bob reports Cy's support for Ex; Cy reports that the Dee Group supports Why (s3); s3 also
///   reports, naming no reporter, that Ann supports Why.
public enum AnalysisGraph {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure("invalid slug in test fixture: \(text)") }
        return slug
    }

    static func position(
        _ id: String, _ actor: String, _ stance: Graph.Stance, _ issue: String, _ date: String, _ source: String,
        reportedBy: String? = nil, reported: Bool = false, quote: String? = nil
    ) -> Graph.Position {
        let evidence: Graph.Position.Evidence =
            quote.map { .quote(slug($0)) } ?? .paraphrase("\(actor) \(stance.rawValue) \(issue) (\(id))", sentence: "Sentence of \(id).")
        return Graph.Position(
            id: slug(id), actor: slug(actor), issue: slug(issue), stance: stance, date: PartialDate(date),
            source: slug(source), basis: reportedBy != nil || reported ? .reported : .stated,
            reportedBy: reportedBy.map(slug), evidence: evidence, confidence: .high, coder: "t")
    }

    static func date(_ text: String) -> PartialDate {
        guard let date = PartialDate(text) else { preconditionFailure("invalid date in test fixture: \(text)") }
        return date
    }

    public static let graph = GraphContents(
        actors: [
            Graph.Actor(id: slug("ann"), name: "Ann", kind: .person),
            Graph.Actor(id: slug("bob"), name: "Bob", kind: .person),
            Graph.Actor(id: slug("cy"), name: "Cy", kind: .person),
            Graph.Actor(id: slug("dee"), name: "Dee Group", kind: .organization),
        ],
        issues: [Graph.Issue(id: slug("x"), name: "Ex"), Graph.Issue(id: slug("y"), name: "Why")],
        sources: [
            Graph.Source(
                id: slug("s1"), title: "Source one", outlet: "Daily One", date: date("2018-01-10"),
                quotes: [
                    Graph.Quote(
                        id: slug("q-ann"), speaker: slug("ann"), source: slug("s1"), text: "Ex is good.",
                        issues: [slug("x")], range: nil)
                ],
                positions: [
                    position("ann-s", "ann", .supports, "x", "2018-01", "s1", quote: "q-ann"),
                    position("bob-s", "bob", .supports, "x", "2017-01", "s1"),
                    position("cy-s", "cy", .supports, "x", "2018-01-10", "s1", reportedBy: "bob"),
                ]),
            Graph.Source(
                id: slug("s2"), title: "Source two", outlet: "Daily Two", date: date("2018-01-20"),
                positions: [
                    position("ann-o", "ann", .opposes, "x", "2018-03", "s2"),
                    position("cy-o", "cy", .opposes, "x", "2018-01-20", "s2"),
                    position("cy-m", "cy", .mixed, "x", "2018-01-20", "s2"),
                ]),
            Graph.Source(
                id: slug("s3"), title: "Source three", date: date("2019-06-01"),
                positions: [
                    position("bob-o", "bob", .opposes, "x", "2018-07", "s3"),
                    position("dee-y", "dee", .supports, "y", "2019-06", "s3", reportedBy: "cy"),
                    position("ann-y", "ann", .supports, "y", "2019-06", "s3", reported: true),
                ]),
        ])
}
