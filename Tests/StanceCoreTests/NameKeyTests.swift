import Testing

@testable import StanceCore

@Suite("Lookup keys of ASCII names")
struct NameKeyTests {
    /// Every ASCII character class the rules distinguish, with the separators doubled up.
    static let alphabet = Array("aZt hhe E.'-_ 09,\t/()&;:Tthe")

    @Test("the byte path gives the Unicode path's key for every ASCII name")
    func asciiMatchesUnicode() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let name = String((0..<length).map { _ in NameKeyTests.alphabet.randomElement(using: &generator) ?? "a" })
            #expect(NameMatching.key(name) == NameMatching.unicodeKey(name), "name: \(name.debugDescription)")
        }
    }

    @Test("the cases the rules single out", arguments: [
        "The U.S. Chamber of Commerce", "the", "The", "the the", "The  Korea's  Forum", "  ", "", "...", "the-x",
        "thex y", "A.B.C. 2", "Ana B. Kim 2", "korus-withdrawal", "THE END",
    ])
    func namedCases(_ name: String) {
        #expect(NameMatching.key(name) == NameMatching.unicodeKey(name))
    }

    @Test("names with other characters still go through the Unicode rules")
    func nonASCII() {
        #expect(NameMatching.key("Moon Jae\u{2011}in") == "moon jae in")
        #expect(NameMatching.key("Korea\u{2019}s Café") == "koreas café")
    }
}
