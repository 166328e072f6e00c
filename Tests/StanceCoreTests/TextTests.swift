import StanceCore
import Testing

@Suite("Verbatim text and name matching")
struct TextTests {
    @Test("quotes match across white space and typographic quote marks only")
    func verbatim() {
        let article = "He said it was a \u{201C}horrible deal\u{201D} and\n  the president\u{2019}s wish."
        #expect(VerbatimText.occurrences(of: "\"horrible deal\"", in: article) == [TextRange(start: 17, end: 32)])
        #expect(VerbatimText.occurrences(of: "and the president's wish", in: article).count == 1)
        #expect(VerbatimText.occurrences(of: "horrible  Deal", in: article).isEmpty)
        #expect(VerbatimText.occurrences(of: "", in: article).isEmpty)
    }

    @Test("ranges count Unicode code points")
    func ranges() {
        let text = "Moon Jae-in 문재인 said “yes”."
        let found = VerbatimText.occurrences(of: "\"yes\"", in: text)
        #expect(found.count == 1)
        if let range = found.first {
            #expect(range.slice(of: text) == "“yes”")
            #expect(VerbatimText.range(range, of: text, holds: "\"yes\""))
        }
        #expect(TextRange(start: 5, end: 500).slice(of: text) == nil)
        #expect(TextRange(start: -1, end: 2).slice(of: text) == nil)
    }

    @Test("lookup keys ignore case, punctuation and a leading 'the'")
    func keys() {
        #expect(NameMatching.key("The U.S. Chamber of Commerce") == "us chamber of commerce")
        #expect(NameMatching.key("us-chamber-of-commerce") == "us chamber of commerce")
        #expect(NameMatching.key("  KORUS   withdrawal ") == "korus withdrawal")
        #expect(NameMatching.key("the") == "the")
        #expect(NameMatching.key("Moon Jae-in") == "moon jae in")
    }

    @Test("the nearest names are suggested")
    func nearest() {
        let names = ["withdrawal", "renegotiation", "ISDS", "trade deficit"]
        #expect(NameMatching.nearest(to: "withdrawl", among: names) == ["withdrawal"])
        #expect(NameMatching.nearest(to: "zzzzzzzz", among: names).isEmpty)
        #expect(NameMatching.editDistance("kitten", "sitting") == 3)
    }
}
