import Testing

@testable import StanceWeb

@Suite("stance serve: the HTML builder")
struct HTMLTests {
    @Test("text is escaped, controls replaced, bidi overrides dropped; plain text comes back as it is", arguments: [
        ("plain “curly” é 😀 — text", "plain “curly” é 😀 — text"),
        ("<script>&\"'</script>", "&lt;script&gt;&amp;&quot;&#39;&lt;/script&gt;"),
        ("tab\tline\nbell\u{7}del\u{7F}c1\u{85}nul\u{0}", "tab\tline\nbell\u{FFFD}del\u{FFFD}c1\u{FFFD}nul\u{FFFD}"),
        ("a\u{202E}b\u{2066}c\u{2069}d\u{202A}", "abcd"),
        ("\u{2028}\u{2029}\u{2030}", "\u{2028}\u{2029}\u{2030}"),
    ])
    func escape(_ input: String, _ expected: String) {
        #expect(HTML.escape(input) == expected)
    }

    @Test("attribute values are escaped and links are built from path components")
    func attributesAndLinks() {
        let link = Link(["sources", "a b/c"], query: [("q", "who & <x>")], fragment: "quote-1")
        #expect(link.value == "/sources/a%20b%2Fc?q=who%20%26%20%3Cx%3E#quote-1")
        let markup = HTML.element(.a, [.href(link), .class("\"><img onerror=x>")], [HTML("javascript:alert(1)")]).markup
        #expect(markup == "<a href=\"/sources/a%20b%2Fc?q=who%20%26%20%3Cx%3E#quote-1\" class=\"&quot;&gt;&lt;img onerror=x&gt;\">javascript:alert(1)</a>")
    }
}
