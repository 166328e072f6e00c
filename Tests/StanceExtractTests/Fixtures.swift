import StanceCore
import StanceExtract

/// A small graph and two small articles, written for the extraction tests.
enum Fixtures {
    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure("not a slug: \(text)") }
        return slug
    }

    static let actors: [Graph.Actor] = [
        Graph.Actor(id: slug("robert-lighthizer"), name: "Robert Lighthizer", kind: .person, aliases: ["Lighthizer", "USTR Robert Lighthizer"]),
        Graph.Actor(id: slug("ustr"), name: "Office of the US Trade Representative", kind: .organization, aliases: ["USTR", "U.S. Trade Representative"]),
        Graph.Actor(id: slug("wendy-cutler"), name: "Wendy Cutler", kind: .person, aliases: ["Cutler"]),
        Graph.Actor(id: slug("donald-trump"), name: "Donald Trump", kind: .person, aliases: ["Trump", "President Trump", "President Donald Trump"]),
        Graph.Actor(id: slug("south-korea"), name: "South Korea", kind: .government, aliases: ["Seoul", "Korea"]),
        Graph.Actor(id: slug("united-states"), name: "United States", kind: .government, aliases: ["US", "U.S.", "Washington"]),
        Graph.Actor(id: slug("unnamed-analysts"), name: "Unnamed analysts", kind: .group, aliases: ["analysts"]),
        Graph.Actor(id: slug("jeff-ferry"), name: "Jeff Ferry", kind: .person, aliases: ["Ferry"]),
        Graph.Actor(id: slug("coalition-for-a-prosperous-america"), name: "Coalition for a Prosperous America", kind: .organization, aliases: ["CPA"]),
    ]

    static let issues: [Graph.Issue] = [
        Graph.Issue(id: slug("korus"), name: "KORUS", aliases: ["KORUS FTA"]),
        Graph.Issue(id: slug("withdrawal"), name: "US withdrawal from KORUS", aliases: ["withdrawal", "pullout"], parent: slug("korus")),
        Graph.Issue(id: slug("renegotiation"), name: "KORUS renegotiation", aliases: ["renegotiation"], parent: slug("korus")),
        Graph.Issue(id: slug("agriculture"), name: "US agricultural exports", aliases: ["beef", "agriculture"], parent: slug("korus")),
        Graph.Issue(id: slug("auto-tariffs"), name: "Auto trade", aliases: ["autos"], parent: slug("korus")),
    ]

    static let graph = GraphContents(actors: actors, issues: issues)

    /// New actors, the patterns with a new speaker, anonymous speakers and scare quotes.
    static let gazette = """
        Tariff talks resume in Geneva

        GENEVA — Negotiators from the United States and South Korea met again on Monday to discuss KORUS.

        “We are not going to accept a bad deal,” said Robert Lighthizer, the U.S. Trade Representative.

        Omar Feld, a senior fellow at the Example Institute for Trade, said the talks “could drag on for months.” “Nobody in Seoul wants a pullout,” Mr. Feld said. He added: “Withdrawal would be a disaster for farmers.”

        According to Wendy Cutler, "the scope of the talks matters more than the deadline."

        "Autos will dominate the agenda," analysts said. "Nothing has been decided yet," a spokesman for the ministry said.

        “The deficit is the wrong yardstick,” Feld told reporters.

        Officials called the plan “unworkable,” while the so-called “reset” remained vague.

        Maria Lopez, research director at the Northern Farmers Union, said she would back renegotiation. “We support a fair deal on beef,” she said.

        “The deficit is the wrong yardstick”
        """

    /// Known speakers: a title, an appositive after the quote, a continuation, "X of Y", and "they".
    static let bulletin = """
        WASHINGTON — President Trump met his advisers on Tuesday. Later, the president said the deal was a “disaster” for American workers.

        “Since KORUS went into effect, our deficit has doubled,” Robert Lighthizer, the lead trade official, said in a statement. “We can and must do better.”

        “Korea is a reliable partner,” said Jeff Ferry of the Coalition for a Prosperous America. Officials in Seoul declined to comment.

        “Talks will continue,” they said.
        """

    /// Honorifics, unnamed officials, a quotation over two paragraphs, a surname-first name, and
    /// an honorific with no name before it.
    static let wire = """
        SEOUL — "We will not back down," Ms. Cutler said on Tuesday. Trump said: "KORUS is a horrible deal."

        "It's complicated," said one official, who asked not to be named. "We're watching closely," a Korean diplomat told reporters.

        "This is the first paragraph of a long quote.

        "And this is the second," Cutler said.

        "Tariffs hurt everyone," said Kim Hyun-chong, South Korea's trade minister. Kim added that "the door remains open."

        "Nothing is settled," Mr. Smith said.
        """

    static func proposals(_ text: String, id: String = "gazette-2018-04-02") -> Proposals {
        Extractor(graph: graph).extract(
            text, source: ProposedSource(id: slug(id), title: "Tariff talks resume", outlet: "Example Gazette",
                                         date: PartialDate("2018-04-02"), text: text))
    }

    static func quote(_ proposals: Proposals, _ start: String) -> ProposedQuote? {
        proposals.quotes.first { $0.text.hasPrefix(start) }
    }
}
