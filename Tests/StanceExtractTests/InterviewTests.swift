import StanceCore
import StanceExtract
import Testing

/// An interview printed as questions and answers ("Q: …" / "A: …"): the answers are the words of the person the
/// introduction names, the questions take no side, and no label becomes a speaker.
@Suite("Interviews printed as questions and answers")
struct InterviewTests {
    static let single = """
        Four questions for a former negotiator

        WASHINGTON — Marcus Delgado spent a decade in government trade posts before joining the Brookfield Policy Forum. He spoke with us about the talks. The interview has been edited for length.

        Q: Many in Congress say pulling out would be a disaster. Should the United States walk away from the agreement?

        A: No. Pulling out would be a gift to our competitors, and I oppose it.

        Q: And the renegotiation?

        A: I support it. The agreement needs a fix on beef, and I welcome the talks.
        """

    static let two = """
        Two views on the talks

        Omar Feld is a senior fellow at the Example Institute for Trade. We asked him about the talks.

        Q: Should Washington leave the agreement?

        A: I oppose any withdrawal.

        We also put the question to Park Ji-won, an economist at Hanbit University in Seoul.

        Q: Is a renegotiation good for Korea?

        A: I oppose the renegotiation. It reopens beef, which we settled years ago.
        """

    @Test("the answers are the interviewee's stated positions; no Q or A label is a speaker")
    func single() {
        let proposals = Fixtures.proposals(Self.single)
        #expect(proposals.quotes.isEmpty, "\(proposals.quotes.map(\.text))")
        #expect(proposals.actors.contains { $0.name == "Marcus Delgado" && $0.kind == .person })
        #expect(!proposals.actors.contains { ["Q", "A"].contains($0.name) })
        let positions = Set(proposals.positions.map { "\($0.actor) \($0.stance.rawValue) \($0.issue) \($0.basis.rawValue)" })
        #expect(positions.contains("marcus-delgado opposes withdrawal stated"), "\(positions)")
        #expect(positions.contains("marcus-delgado supports renegotiation stated"), "\(positions)")
        // The question's "pulling out would be a disaster" is nobody's stance: Congress holds none from it.
        #expect(!proposals.positions.contains { $0.actor.rawValue != "marcus-delgado" }, "\(positions)")
    }

    @Test("a second introduction starts a second interviewee's answers")
    func two() {
        let proposals = Fixtures.proposals(Self.two)
        let positions = Set(proposals.positions.map { "\($0.actor) \($0.stance.rawValue) \($0.issue)" })
        #expect(positions.contains("omar-feld opposes withdrawal"), "\(positions)")
        #expect(positions.contains("park-ji-won opposes renegotiation"), "\(positions)")
        #expect(!positions.contains("omar-feld opposes renegotiation"), "\(positions)")
        #expect(proposals.quotes.isEmpty)
    }

    @Test("a transcript with speakers' names as labels is read as before, not as an interview")
    func namedTranscript() {
        let text = """
            Talk of the week

            HOST: Welcome back. Our guest is Omar Feld of the Example Institute for Trade.

            FELD: I oppose any withdrawal from the agreement.

            HOST: Thank you.
            """
        let proposals = Fixtures.proposals(text)
        #expect(proposals.quotes.contains { $0.text.hasPrefix("I oppose any withdrawal") && $0.speaker?.name == "Omar Feld" })
    }
}
