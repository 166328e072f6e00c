import StanceCore
import StanceQuery
import StanceREPL
import Testing

@Suite("Tab completion")
struct CompleterTests {
    static func slug(_ text: String) -> Slug {
        Slug(text) ?? Slug.make(from: text) ?? Slug.make(from: "x")!
    }

    let completer = Completer(
        directory: InMemoryNameDirectory(
            actors: [
                Graph.Actor(id: slug("us-chamber-of-commerce"), name: "US Chamber of Commerce", kind: .organization,
                            aliases: ["Chamber of Commerce", "the Chamber of Commerce"]),
                Graph.Actor(id: slug("wendy-cutler"), name: "Wendy Cutler", kind: .person, aliases: ["Cutler"]),
                Graph.Actor(id: slug("moon-jae-in"), name: "Moon Jae-in", kind: .person),
            ],
            issues: [
                Graph.Issue(id: slug("withdrawal"), name: "KORUS withdrawal", aliases: ["withdrawal"]),
                Graph.Issue(id: slug("renegotiation"), name: "KORUS renegotiation", aliases: ["renegotiation"]),
            ]))

    @Test("keywords valid at the cursor", arguments: [
        ("who oppo", 4, ["opposes"]),
        ("who is neu", 7, ["neutral on"]),
        ("who opposes withdrawal am", 23, ["among"]),
        ("who opposes withdrawal among pe", 29, ["people"]),
        ("quo", 0, ["quotes"]),
        ("he", 0, ["help"]),
        ("which groups oppo", 13, ["opposes"]),
        ("stake", 0, ["stakeholders of"]),
        ("who opposes withdrawal acc", 23, ["according to"]),
    ])
    func keywords(_ line: String, _ start: Int, _ expected: [String]) {
        let completion = completer.complete(line)
        #expect(completion.start == start)
        #expect(completion.candidates == expected)
    }

    @Test("issue names where an issue is expected, actor names where an actor is")
    func names() {
        #expect(completer.complete("who opposes withdr").candidates == ["withdrawal"])
        #expect(completer.complete("who opposes KORUS w").candidates == ["withdrawal"])
        #expect(completer.complete("quotes by Cut").candidates == ["Cutler"])
        #expect(completer.complete("quotes by Moon J").candidates == ["Jae-in"])
        let issues = completer.complete("who opposes ").candidates
        #expect(issues.contains("withdrawal") && issues.contains("KORUS renegotiation"))
        #expect(!issues.contains("Cutler"))
    }

    @Test("multi-word names complete as a whole")
    func multiWord() {
        #expect(completer.complete("who works for Chamber of").candidates == ["of Commerce"])
        #expect(completer.complete("who works for Chamber of ").candidates == ["Commerce"])
        #expect(completer.complete("who works for the Cha").candidates == ["Chamber of Commerce"])
    }

    @Test("several matches are all offered")
    func several() {
        let candidates = completer.complete("who opposes KORUS ").candidates
        #expect(candidates.contains("withdrawal") && candidates.contains("renegotiation"))
    }

    @Test("dot-commands after a dot, and their arguments")
    func dotCommands() {
        #expect(completer.complete(".fo").candidates == [".format"])
        #expect(completer.complete(".format j").candidates == ["json"])
        #expect(completer.complete(".evidence o").candidates == ["off", "on"])
        #expect(completer.complete(".").candidates == Completer.dotCommands)
    }

    @Test("nothing to complete is an empty list, never a crash", arguments: ["who opposes \"unterminated", "((((", "zzz zzz", "\u{0}"])
    func nothing(_ line: String) {
        _ = completer.complete(line)
    }
}

