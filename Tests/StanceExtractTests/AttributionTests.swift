import StanceCore
import StanceExtract
import Testing

@Suite("Quote attribution on small articles")
struct AttributionTests {
    let gazette = Fixtures.proposals(Fixtures.gazette)
    let bulletin = Fixtures.proposals(Fixtures.bulletin, id: "bulletin")

    @Test("“…,” said X")
    func saidX() throws {
        let quote = try #require(Fixtures.quote(gazette, "We are not going"))
        #expect(quote.speaker?.id?.rawValue == "robert-lighthizer")
        #expect(quote.speaker?.isNew == false)
        #expect(quote.attribution == .saidX)
        #expect(quote.reference == .name)
    }

    @Test("“…,” X, an appositive, said — and a further quote in the paragraph keeps the speaker")
    func xSaidWithAppositive() throws {
        let first = try #require(Fixtures.quote(bulletin, "Since KORUS went into effect"))
        #expect(first.speaker?.id?.rawValue == "robert-lighthizer")
        #expect(first.attribution == .xSaid)
        let second = try #require(Fixtures.quote(bulletin, "We can and must do better."))
        #expect(second.speaker?.id?.rawValue == "robert-lighthizer")
        #expect(second.attribution == .continuation)
    }

    @Test("X, a senior fellow at Y, said … “…” names a new speaker and proposes the actor and affiliation")
    func appositiveIntroduction() throws {
        let quote = try #require(Fixtures.quote(gazette, "could drag on for months"))
        #expect(quote.text == "could drag on for months")  // the fragment's closing period is left out
        let speaker = try #require(quote.speaker)
        #expect(speaker.name == "Omar Feld")
        #expect(speaker.isNew)
        #expect(speaker.knownID == nil)
        #expect(quote.attribution == .xSaidQuote)
        let feld = try #require(gazette.actors.first { $0.id.rawValue == "omar-feld" })
        #expect(feld.kind == .person)
        #expect(feld.aliases == ["Feld"])
        #expect(feld.description == "Senior fellow at the Example Institute for Trade")
        let institute = try #require(gazette.actors.first { $0.name == "Example Institute for Trade" })
        #expect(institute.kind == .organization)
        let affiliation = try #require(gazette.affiliations.first { $0.actor.rawValue == "omar-feld" })
        #expect(affiliation.organization == institute.id)
        #expect(affiliation.role == "senior fellow")
        let lopez = try #require(gazette.affiliations.first { $0.actor.rawValue == "maria-lopez" })
        #expect(lopez.role == "research director")
        #expect(gazette.actors.first { $0.id == lopez.organization }?.name == "Northern Farmers Union")
        // Known people introduced the same way are not proposed again.
        #expect(!gazette.actors.contains { $0.name.contains("Lighthizer") || $0.name.contains("Cutler") })
    }

    @Test("a later “Mr. X” or a surname alone carries to the speaker named before")
    func shortNames() throws {
        let mister = try #require(Fixtures.quote(gazette, "Nobody in Seoul"))
        #expect(mister.speaker?.name == "Omar Feld")
        #expect(mister.reference == .shortName)
        #expect(mister.attribution == .xSaid)
        let surname = try #require(Fixtures.quote(gazette, "The deficit is the wrong yardstick"))
        #expect(surname.speaker?.name == "Omar Feld")
        #expect(surname.reference == .shortName)
    }

    @Test("a pronoun carries to the last named speaker")
    func pronouns() throws {
        let he = try #require(Fixtures.quote(gazette, "Withdrawal would be a disaster"))
        #expect(he.speaker?.name == "Omar Feld")
        #expect(he.reference == .pronoun)
        #expect(he.attribution == .xSaidQuote)
        let she = try #require(Fixtures.quote(gazette, "We support a fair deal"))
        #expect(she.speaker?.name == "Maria Lopez")
        #expect(she.reference == .pronoun)
    }

    @Test("according to X, “…”")
    func accordingTo() throws {
        let quote = try #require(Fixtures.quote(gazette, "the scope of the talks"))
        #expect(quote.speaker?.id?.rawValue == "wendy-cutler")
        #expect(quote.attribution == .accordingTo)
    }

    @Test("“the president” is the actor last named with that title; “X of Y” is X")
    func titlesAndOrganizations() throws {
        let disaster = try #require(Fixtures.quote(bulletin, "disaster"))
        #expect(disaster.speaker?.id?.rawValue == "donald-trump")
        #expect(disaster.reference == .title)
        let ferry = try #require(Fixtures.quote(bulletin, "Korea is a reliable partner"))
        #expect(ferry.speaker?.id?.rawValue == "jeff-ferry")
    }

    @Test("anonymous speakers stay anonymous: nothing is guessed")
    func anonymous() throws {
        let analysts = try #require(Fixtures.quote(gazette, "Autos will dominate"))
        #expect(analysts.speaker == nil)  // not the "analysts" actor, and not the last speaker
        #expect(analysts.reference == .anonymous)
        let spokesman = try #require(Fixtures.quote(gazette, "Nothing has been decided"))
        #expect(spokesman.speaker == nil)
        #expect(spokesman.reference == .anonymous)
        let officials = try #require(Fixtures.quote(gazette, "unworkable"))
        #expect(officials.speaker == nil)
        // "they" after a named person is not carried to that person.
        let they = try #require(Fixtures.quote(bulletin, "Talks will continue"))
        #expect(they.speaker == nil)
    }

    @Test("scare quotes of one or two words are dropped unless a speech verb attributes them; pull quotes count once")
    func scareAndPullQuotes() {
        #expect(Fixtures.quote(gazette, "reset") == nil)
        #expect(Fixtures.quote(gazette, "unworkable") != nil)  // "Officials called the plan …"
        #expect(Fixtures.quote(bulletin, "disaster") != nil)  // "the president said the deal was a …"
        #expect(gazette.quotes.filter { $0.text.hasPrefix("The deficit is the wrong yardstick") }.count == 1)
    }

    @Test("offsets count code points and point at the words inside the quote marks")
    func offsets() throws {
        for proposals in [gazette, bulletin] {
            let text = proposals.source.text
            #expect(!proposals.quotes.isEmpty)
            for quote in proposals.quotes {
                #expect(quote.range.slice(of: text) == quote.text)
                #expect(VerbatimText.range(quote.range, of: text, holds: quote.text))
                let before = try #require(TextRange(start: quote.range.start - 1, end: quote.range.start).slice(of: text))
                #expect(["“", "\""].contains(before))
            }
        }
        // "GENEVA —" and the typographic marks are one code point each: count by hand.
        let quote = try #require(Fixtures.quote(gazette, "We are not going"))
        let scalars = Array(Fixtures.gazette.unicodeScalars)
        let open = try #require(scalars.firstIndex(of: "\u{201C}"))
        #expect(quote.range.start == open + 1)
        #expect(quote.range.end == quote.range.start + "We are not going to accept a bad deal".unicodeScalars.count)
    }

    @Test("candidate positions: cue words, stated or inferred, with a confidence")
    func positions() throws {
        let feld = try #require(gazette.positions.first { $0.actor.rawValue == "omar-feld" && $0.issue.rawValue == "withdrawal" })
        #expect(feld.stance == .opposes)
        #expect(feld.basis == .stated)  // the cue is in Feld's own quoted words
        #expect(feld.confidence == .medium)
        #expect(feld.cues == ["disaster"])
        #expect(feld.quote == Fixtures.quote(gazette, "Withdrawal would be a disaster")?.id)
        let beef = try #require(gazette.positions.first { $0.actor.rawValue == "maria-lopez" && $0.issue.rawValue == "agriculture" })
        #expect(beef.stance == .supports)
        let back = try #require(gazette.positions.first { $0.actor.rawValue == "maria-lopez" && $0.issue.rawValue == "renegotiation" })
        #expect(back.stance == .supports)
        #expect(back.confidence == .low)
        #expect(back.quote == nil)
        #expect(Fixtures.gazette.contains(back.sentence))
        #expect(back.basis == .inferred)  // "said she would back renegotiation": the writer's words
        #expect(gazette.positions.allSatisfy { $0.confidence != .high && !$0.cues.isEmpty })
        #expect(gazette.positions.allSatisfy { $0.basis == .inferred || $0.quote != nil })
    }

    @Test("honorifics, unnamed officials, quotations over two paragraphs, surname-first names")
    func wire() throws {
        let wire = Fixtures.proposals(Fixtures.wire, id: "wire")
        let speakers = wire.quotes.map { "\($0.speaker?.name ?? "nil")/\($0.reference?.rawValue ?? "-")" }
        #expect(speakers == [
            "Wendy Cutler/name", "Donald Trump/name", "nil/anonymous", "nil/anonymous", "Wendy Cutler/name",
            "Wendy Cutler/name", "Kim Hyun-chong/name", "Kim Hyun-chong/short-name", "nil/-",
        ])
        #expect(wire.quotes[4].text == "This is the first paragraph of a long quote.")
        #expect(wire.quotes[4].attribution == .continuation)
        #expect(wire.quotes.last?.attribution == .unattributed)  // "Mr. Smith", named nowhere before: not guessed
        #expect(wire.actors.map(\.name) == ["Kim Hyun-chong"])
    }

    @Test("the QuoteFinder alone gives the same speakers")
    func quoteFinder() {
        let quotes = QuoteFinder(actors: Fixtures.actors, issues: Fixtures.issues).quotes(in: Fixtures.bulletin)
        #expect(quotes.map { $0.speaker?.id?.rawValue } == ["donald-trump", "robert-lighthizer", "robert-lighthizer", "jeff-ferry", nil])
        // "the deal" names no issue, and a one-word quote gets no topic as a guess.
        #expect(quotes.first?.issues.isEmpty == true)
        #expect(quotes[1].issues.map(\.rawValue) == ["korus"])
    }
}

@Suite("Extraction on any text")
struct RobustnessTests {
    @Test("odd and random texts give well-formed proposals and never crash")
    func anyText() throws {
        var texts = [
            "", " ", "\n\n", "“", "”", "\"", "\"\"", "“”", "“unclosed quote", "closed” only", "\"a\" \"b\" \"c\"",
            "“One.\n\n“Two,” he said.", "He said: “", ", said", "said Trump,", "“x,” said", "Mr.", "U.S.. The",
            "“A ‘nested’ quote,” she said. ‘Single quotes’ are ignored.", "Trump’s “", "—“—”—", "\u{1F600} “\u{1F600}” said 😀 Trump.",
        ]
        // A fixed pseudo-random mix of words, marks and lines.
        let pieces = ["said", "Trump", "Ms.", "Feld", ",", ".", "“", "”", "\"", "\n", "he", "analysts", "according", "to",
                      "KORUS", "Omar", "a", "senior", "fellow", "at", "the", "Institute", "of", "withdrawal", "not", "support"]
        var state: UInt64 = 42
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))] + ((state >> 20) % 3 == 0 ? "" : " ")
            }
            texts.append(text)
        }
        for text in texts {
            let proposals = Fixtures.proposals(text)
            for quote in proposals.quotes {
                #expect(quote.range.slice(of: text) == quote.text)
                #expect(!quote.text.isEmpty)
            }
            for mention in proposals.mentions { #expect(mention.range.slice(of: text) == mention.text) }
            #expect(try Proposals.parseReview(proposals.reviewYAML()) == proposals)
        }
    }
}
