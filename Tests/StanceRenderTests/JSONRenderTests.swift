import Foundation
import StanceCore
import Testing

@testable import StanceRender

@Suite("JSON rendering")
struct JSONRenderTests {
    private func parse(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("hostile strings escape and parse back to the same values")
    func hostileRoundTrip() throws {
        let answer = Fixtures.single(Fixtures.hostile)
        let json = Renderer(format: .json).render(answer)
        let parsed = try parse(json)
        let rows = try #require(parsed["rows"] as? [[String: Any]])
        #expect(rows.map { $0["text"] as? String } == Fixtures.hostile)
        #expect(parsed["shape"] as? String == "quotes")
    }

    @Test("the output holds no raw control characters, </script or line separators")
    func escapes() {
        let json = Renderer(format: .json).render(Fixtures.single(Fixtures.hostile))
        let raw = json.unicodeScalars.filter { $0 != "\n" && (ControlCharacters.isControl($0)) }
        #expect(raw.isEmpty)
        #expect(!json.contains("</script"))
        #expect(!json.unicodeScalars.contains("\u{2028}") && !json.unicodeScalars.contains("\u{2029}"))
        #expect(json.contains(#""say \"hi\"""#))
        #expect(json.contains(#""back\\slash""#))
        #expect(json.contains(#"\u0000nul\u001funit"#))
        #expect(json.contains(#"esc \u001b[31mred"#))
        #expect(json.contains("👍🏽"))
        #expect(json.contains(#"line\u2028sep\u2029para"#))
        #expect(json.hasSuffix("}\n"))
    }

    @Test("keys keep their order: shape, extra pairs, rows; row keys as given")
    func keyOrder() throws {
        var answer = Fixtures.who
        answer.extra = [("zeta", .integer(1)), ("alpha", .bool(true))]
        let json = Renderer(format: .json).render(answer)
        let keys = ["\"shape\"", "\"zeta\"", "\"alpha\"", "\"rows\"", "\"actor\"", "\"name\"", "\"slug\"", "\"stance\"", "\"quote\""]
        let positions = try keys.map { key in try #require(json.range(of: key)).lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test("scalars keep their JSON types and evidence is always included")
    func types() throws {
        let answer = Answer(
            shape: "count",
            rows: [.object([("n", .integer(-42)), ("yes", .bool(true)), ("no", .bool(false)), ("nothing", .null),
                            ("list", .list([.text("a"), .integer(2)])), ("empty", .list([])), ("obj", .object([]))])],
            columns: [.init("N", ["n"], isEvidence: true)],
            extra: [("count", .integer(7))])
        let json = Renderer(format: .json, showEvidence: false).render(answer)
        #expect(json.contains("\"n\": -42"))
        #expect(json.contains("\"yes\": true"))
        #expect(json.contains("\"nothing\": null"))
        #expect(json.contains("\"empty\": []"))
        #expect(json.contains("\"obj\": {}"))
        let parsed = try parse(json)
        #expect(parsed["count"] as? Int == 7)
        let row = try #require((parsed["rows"] as? [[String: Any]])?.first)
        #expect(row["n"] as? Int == -42)
        #expect(row["nothing"] is NSNull)
        #expect((row["list"] as? [Any])?.count == 2)
    }

    @Test("rendering is deterministic and pretty-printed with two spaces")
    func deterministic() {
        let renderer = Renderer(format: .json)
        let first = renderer.render(Fixtures.who)
        #expect(first == renderer.render(Fixtures.who))
        #expect(first.hasPrefix("{\n  \"shape\": \"who\",\n  \"rows\": [\n    {\n      \"actor\": {\n"))
    }

    @Test("an empty answer is an object with an empty rows list")
    func empty() throws {
        let json = Renderer(format: .json).render(Answer(shape: "who", rows: [], columns: []))
        #expect(json == "{\n  \"shape\": \"who\",\n  \"rows\": []\n}\n")
    }
}
