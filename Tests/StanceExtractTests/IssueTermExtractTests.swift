import StanceCore
import StanceExtract
import Testing

/// An issue's terms (`Graph.Issue.terms`) tag a quote by the words of its sentence: a plural as its
/// singular, a phrase as a phrase; a term in lower case never from the words of a name, one written with a
/// capital from capitalised words (graph, names and article invented for the tests).
@Suite("Issue terms in the extractor")
struct IssueTermExtractTests {
    static let graph = GraphContents(issues: [
        Graph.Issue(
            id: Fixtures.slug("grain-quota"), name: "Grain import quota",
            terms: ["paddy farmers", "Section 201", "the won"]),
        Graph.Issue(id: Fixtures.slug("fisheries"), name: "Fisheries access"),
    ])

    static let article = """
        Notes from the capital

        Lawmakers met on Monday in the capital to discuss several questions that have divided the ruling coalition for months.

        "The numbers do not add up," said Ben Ruiz, president of the Paddy Farmers Association.

        "We will never accept this," said Ada Moss, a senator, speaking of the paddy farmer in her district.

        "It is about fairness," said Cy Lam, an economist, of the Section 201 duties.

        "Nobody expected the vote to be this close," said Di Orr, a lobbyist, who won the seat in 2016.
        """

    func issues(of text: String) throws -> (ids: [String], from: String?) {
        let proposals = Extractor(graph: Self.graph).extract(
            Self.article, source: ProposedSource(id: Fixtures.slug("terms-wire"), text: Self.article))
        let quote = try #require(proposals.quotes.first { $0.text.contains(text) }, "no quote '\(text)'")
        return (quote.issues.map(\.rawValue), quote.issuesFrom)
    }

    @Test("a term in the quote's sentence tags it, a plural term matching the singular")
    func termTags() throws {
        let found = try issues(of: "We will never accept this")
        #expect(found.ids == ["grain-quota"] && found.from == "sentence")
    }

    @Test("a term written with a capital matches capitalised words")
    func capitalisedTerm() throws {
        let found = try issues(of: "It is about fairness")
        #expect(found.ids == ["grain-quota"] && found.from == "sentence")
    }

    @Test("a lower-case term is not read in a name, nor a phrase's last word alone")
    func notInNames() throws {
        #expect(try issues(of: "The numbers do not add up").ids.isEmpty)
        #expect(try issues(of: "Nobody expected the vote").ids.isEmpty)
    }
}
