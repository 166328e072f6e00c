import StanceCore

/// Answers shared by the renderer tests.
enum Fixtures {
    /// A `who` answer with a name, a nested party, a stance and an evidence quote.
    static let who = Answer(
        shape: .who,
        rows: [
            .object([
                ("actor", .object([("name", .text("Moon Jae-in")), ("slug", .text("moon-jae-in"))])),
                ("stance", .text("supports")),
                ("quote", .text("We will talk.")),
            ]),
            .object([
                ("actor", .object([("name", .text("文在寅")), ("slug", .text("moon-jae-in-hanja"))])),
                ("stance", .text("opposes")),
                ("quote", .text("No.")),
            ]),
        ],
        columns: [
            .init("Actor", ["actor", "name"]),
            .init("Stance", ["stance"]),
            .init("Quote", ["quote"], isEvidence: true),
        ],
        explanation: ["SELECT 1", "SCAN positions"])

    /// An answer with one text column holding the given values.
    static func single(_ values: [String], title: String = "Text", highlight: String? = nil) -> Answer {
        Answer(
            shape: .quotes,
            rows: values.map { .object([("text", .text($0))]) },
            columns: [.init(title, ["text"], highlight: highlight)])
    }

    /// Strings meant to break escaping in every format.
    static let hostile: [String] = [
        "say \"hi\"",
        "back\\slash",
        "tab\there\nnew\r\nline\u{0}nul\u{1F}unit",
        "</script><script>alert(1)</script>",
        "emoji 👍🏽 🇰🇷 👨‍👩‍👧 and é (e\u{301})",
        "esc \u{1B}[31mred\u{1B}[0m \u{9B}31m bell\u{7}",
        "line\u{2028}sep\u{2029}para",
        "a,b;c|d",
        "",
    ]
}
