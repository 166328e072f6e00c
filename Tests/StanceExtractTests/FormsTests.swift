import StanceCore
import StanceExtract
import Testing

/// The forms of attribution and introduction news writing uses, one small text each (names
/// and organisations invented for the tests).
@Suite("Forms of news writing")
struct FormsTests {
    @Test("the speaker of a quote", arguments: [
        ("The union's president, Mara Quist, told members: \"We will not sign.\"", "Mara Quist"),
        ("Its chairman, Oh Dae-sung, said in a statement that the deal was \"a mistake.\"", "Oh Dae-sung"),
        ("Professor Liu Fang of Harbor University said \"the numbers are small.\"", "Liu Fang"),
        ("Dr. Ines Barro, an economist at the Quay Institute, put it simply: \"Tariffs are taxes.\"", "Ines Barro"),
        ("Governor Tom Reyes, a Democrat, was blunt in an interview: \"This hurts our ports.\"", "Tom Reyes"),
        ("According to Nils Aberg, a partner at Fenn & Doyle, costs will rise. \"Nobody wins,\" he said.", "Nils Aberg"),
        ("In a statement, the Northern Grain Growers Federation said it \"will fight this.\"", "Northern Grain Growers Federation"),
        ("Analysts at Keel Securities in Busan wrote that the change was \"marginal at best.\"", "Keel Securities"),
    ])
    func speaker(text: String, expected: String) throws {
        let proposals = Fixtures.proposals(text, id: "forms")
        let quote = try #require(proposals.quotes.last)
        #expect(quote.speaker?.name == expected)
        #expect(proposals.actors.contains { $0.name == expected })
    }

    @Test("an anonymous source stays anonymous, never a wrong name")
    func anonymous() throws {
        let text = "Sen. Ada Moss spoke first. One trade official, who asked not to be named, called the offer \"thin.\""
        let quote = try #require(Fixtures.proposals(text, id: "forms").quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.reference == .anonymous)
    }

    @Test("“she added” after a man goes to the woman named before")
    func pronounGender() throws {
        let text = """
            Ms. Rhea Volk, an economist at the Lantern Trade Forum, spoke first. "Quotas are a tax," said Omar Feld, a fellow at the Quay Institute. "They never work," she added.
            """
        let proposals = Fixtures.proposals(text, id: "forms")
        #expect(proposals.quotes.map { $0.speaker?.name } == ["Omar Feld", "Rhea Volk"])
        #expect(proposals.quotes.last?.reference == .pronoun)
    }

    @Test("the short form of a name", arguments: [
        ("Kim Soo-yeon", "Kim"), ("Zhang Wei", "Zhang"), ("Omar Feld", "Feld"), ("Han Ye-jin", "Han"),
        ("Sue Mi Terry", "Terry"), ("Mara Quist", "Quist"),
    ])
    func shortName(name: String, expected: String) {
        #expect(Extractor.shortName(of: name) == expected)
    }

    @Test("a quote's issues say where they were found, and the review keeps it readable")
    func issuesFrom() throws {
        let text = """
            Beef talks stall as farmers protest

            SEOUL — Talks on US beef access to Korean supermarkets stalled again on Monday, and farm groups marched in the capital.

            The march was peaceful, the police said.

            "This is about our livelihoods," said Mara Quist, president of the Cobalt Workers Union. "Walking away from the agreement would be worse," she added.
            """
        let proposals = Fixtures.proposals(text, id: "forms")
        let topical = try #require(Fixtures.quote(proposals, "This is about"))
        #expect(topical.issues.map(\.rawValue) == ["agriculture"])
        #expect(topical.issuesFrom == "article topic")
        let walking = try #require(Fixtures.quote(proposals, "Walking away"))
        #expect(walking.issues.map(\.rawValue) == ["withdrawal"])
        #expect(walking.issuesFrom == "sentence")
        let review = proposals.reviewYAML()
        #expect(review.contains("issues_from: article topic"))
        let parsed = try Proposals.parseReview(review)
        #expect(parsed.quotes.map(\.issues) == proposals.quotes.map(\.issues))
    }

    @Test("a quote whose sentence names no issue takes the nearest sentence's in its paragraph")
    func nearestSentenceIssue() throws {
        let text = """
            Talks resume in Seoul

            Negotiators met again on Monday in a quiet room near the river, and both sides said little afterwards.

            The minister backed the renegotiation. He opposed reopening the beef chapter. "Our farmers have paid enough," he said, according to Mara Quist, president of the Cobalt Workers Union.
            """
        let proposals = Fixtures.proposals(text, id: "forms")
        let quote = try #require(Fixtures.quote(proposals, "Our farmers"))
        // The sentence just before names beef (agriculture); the one before that, renegotiation.
        #expect(quote.issues.map(\.rawValue) == ["agriculture"])
        #expect(quote.issuesFrom == "paragraph")
    }

    @Test("with nothing near, a quote takes the issue that dominates the article, never one inside a name")
    func dominantIssue() throws {
        let text = """
            A long week in Seoul

            Negotiators met again on Monday in a quiet room near the river, and both sides said very little to anyone afterwards.

            The beef question came first. Beef was raised again on Tuesday, and beef again on Wednesday. Autos came up once.

            Nobody expected a quick end to any of it.

            "We have waited long enough for this," said Mara Quist, president of the Cobalt Workers Union.
            """
        let proposals = Fixtures.proposals(text, id: "forms")
        let quote = try #require(Fixtures.quote(proposals, "We have waited"))
        #expect(quote.issues.map(\.rawValue) == ["agriculture"])
        #expect(quote.issuesFrom == "dominant issue")

        // Three of four mentions inside the name of an organisation the article introduces: nothing dominates.
        let named = """
            A long week in Seoul

            Negotiators met again on Monday in a quiet room near the river, and both sides said very little to anyone afterwards.

            Ines Barro, chair of the Beef Growers Council, met the Beef Growers Council's allies and the Beef Growers Council's rivals. Autos came up once.

            Nobody expected a quick end to any of it.

            "We have waited long enough for this," said Mara Quist, president of the Cobalt Workers Union.
            """
        let other = try #require(Fixtures.quote(Fixtures.proposals(named, id: "forms"), "We have waited"))
        #expect(other.issuesFrom != "dominant issue")
        #expect(!other.issues.map(\.rawValue).contains("agriculture"))
    }

    @Test("a new issue: a policy phrase of the lead no known issue covers, used again and again")
    func newIssue() throws {
        let text = """
            Seoul accepts currency side deal

            SEOUL — South Korea agreed on Monday to a side agreement on currency that would oblige it to publish its interventions in the exchange market, officials said.

            The currency pledge drew criticism. "This is an insult to our central bank," said Mara Quist, an economist at the Quay Institute. Critics said the currency clause went too far.
            """
        let proposals = Fixtures.proposals(text, id: "forms")
        let issue = try #require(proposals.issues.first)
        #expect(issue.name == "Currency side deal")
        #expect(issue.key == "currency")
        let quote = try #require(Fixtures.quote(proposals, "This is an insult"))
        #expect(quote.issues.first == issue.id)
        #expect(proposals.positions.contains { $0.issue == issue.id && $0.stance == .opposes })
        #expect(try Proposals.parseReview(proposals.reviewYAML()).issues == proposals.issues)
        // A phrase a known issue covers ("agricultural exports quota": US agricultural exports) is no new issue.
        let covered = Fixtures.proposals("""
            Seoul sets agricultural exports quota

            SEOUL — South Korea set an agricultural exports quota on Monday; the agricultural quota pleased agricultural groups, and agricultural exporters were told to wait.
            """, id: "forms")
        #expect(covered.issues.isEmpty)
    }

    @Test("affiliations from a role before the name, a relative clause and a byline")
    func affiliations() throws {
        let text = """
            By Rhea Volk, Senior Analyst, Lantern Trade Forum

            The Cobalt Workers Union opposed the plan. Its president, Mara Quist, said so on Monday. Senator Ada Moss, who sits on the Senate Finance Committee, agreed.
            """
        let proposals = Fixtures.proposals(text, id: "forms")
        func organization(of person: String) -> String? {
            guard let actor = proposals.actors.first(where: { $0.name == person }),
                let affiliation = proposals.affiliations.first(where: { $0.actor == actor.id })
            else { return nil }
            return proposals.actors.first { $0.id == affiliation.organization }?.name
        }
        #expect(organization(of: "Rhea Volk") == "Lantern Trade Forum")
        #expect(organization(of: "Mara Quist") == "Cobalt Workers Union")
        #expect(organization(of: "Ada Moss") == "Senate Finance Committee")
        #expect(proposals.affiliations.first { $0.actor.rawValue == "ada-moss" }?.role == "member")
    }

    @Test("a transcript without quote marks: each labelled line is its speaker's quote; the host is the one named so")
    func unmarkedTranscript() throws {
        let podcast = """
            Trade podcast

            This week host Dana Whitlow talks to Omar Feld, an economist at the Example Institute.

            HOST: Is a pullout likely?

            FELD: No. Withdrawal would be a disaster for farmers.

            NOTE: This transcript was edited for length.
            """
        let quotes = Fixtures.proposals(podcast, id: "podcast").quotes
        #expect(quotes.map(\.text) == ["Is a pullout likely?", "No. Withdrawal would be a disaster for farmers."], "NOTE is the editor's")
        #expect(quotes.first?.speaker?.name == "Dana Whitlow")
        #expect(quotes.dropFirst().first?.speaker?.name == "Omar Feld")
        let television = """
            Evening news

            ANCHOR: Good evening. Talks resumed today.

            REPORTER: Omar Feld, an economist at the Example Institute, was blunt.

            FELD (on tape): "Withdrawal would be a disaster for farmers."
            """
        let narrated = Fixtures.proposals(television, id: "television").quotes
        #expect(narrated.map(\.text) == ["Withdrawal would be a disaster for farmers."], "the unmarked lines are narration")
        let single = Fixtures.proposals("Notes\n\nNOTE: Talks resumed today in Geneva.\n", id: "single").quotes
        #expect(single.isEmpty, "one labelled paragraph is no transcript")
    }

    @Test("no cue: a clear tone in the speaker's words is a low-confidence hint; a faint or negated one is weighed")
    func tone() throws {
        let text = """
            Renegotiation talks

            "Our mills are devastated and our workers are furious about the renegotiation," said Mara Quist, president of the Cobalt Workers Union.

            "The renegotiation is a matter for the ministry," said Omar Feld, an economist at the Example Institute.

            "Nobody here is unhappy with the renegotiation," said Ada Moss, a trader at Example Metals.

            "Frankly, our buyers are not devastated by the renegotiation," said Lena Ortiz, a broker at Example Metals.
            """
        let proposals = Fixtures.proposals(text, id: "tone")
        let quist = try #require(proposals.positions.first { $0.actor.rawValue == "mara-quist" })
        #expect(quist.issue.rawValue == "renegotiation")
        #expect(quist.stance == .opposes)
        #expect(quist.confidence == .low)
        #expect(quist.cues == ["tone: devastated", "tone: furious"])
        #expect(!proposals.positions.contains { $0.actor.rawValue == "omar-feld" }, "no tone, no stance")
        // A negated word counts 0.74 times the other way: "not unhappy" (1.3) is too faint, "not devastated" (2.2) is not.
        #expect(!proposals.positions.contains { $0.actor.rawValue == "ada-moss" }, "too faint")
        let ortiz = try #require(proposals.positions.first { $0.actor.rawValue == "lena-ortiz" })
        #expect(ortiz.stance == .supports, "a negated negative word leans the other way")
        #expect(ortiz.cues == ["tone: not devastated"])
    }

    @Test("a cue's stance: negation, concession, and a stated basis only for the speaker's words")
    func stances() throws {
        let text = """
            KORUS renegotiation talks

            "We did not come this far to surrender on beef," said Mara Quist, president of the Cobalt Workers Union. Sen. Ada Moss said renegotiation was "the right call."
            """
        let proposals = Fixtures.proposals(text, id: "forms")
        let quist = try #require(proposals.positions.first { $0.actor.rawValue == "mara-quist" })
        #expect(quist.issue.rawValue == "agriculture")
        #expect(quist.stance == .opposes)
        #expect(quist.basis == .stated)
        #expect(quist.cues == ["not surrender"])
        // The union's president speaks for it, at low confidence, and the tie is shown.
        let union = try #require(proposals.positions.first { $0.actor.rawValue == "cobalt-workers-union" })
        #expect(union.stance == .opposes && union.confidence == .low && union.basis == .inferred)
        let moss = try #require(proposals.positions.first { $0.actor.rawValue == "ada-moss" })
        #expect(moss.issue.rawValue == "renegotiation" && moss.stance == .supports)
    }
}
