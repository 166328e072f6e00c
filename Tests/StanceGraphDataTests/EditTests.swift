import Foundation
import StanceCore
import StanceGraphData
import StanceStore
import StanceTestSupport
import Testing

@Suite("Attributed edits and undo")
struct EditTests {
    let store: Store
    let editor: Editor

    init() throws {
        let path = try TestSupport.temporaryDirectory("edits").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: TestSupport.korusData, to: path)
        store = try Store(path: path, mode: .readWrite)
        editor = try Editor(coder: "ann")
    }

    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure(text) }
        return slug
    }

    var feld: Graph.Actor { Graph.Actor(id: Self.slug("omar-feld"), name: "Omar Feld", kind: .person, aliases: ["Feld"]) }

    func count(_ sql: String) throws -> Int {
        try store.read { try $0.fetchOne(Int.self, sql: sql) ?? -1 }
    }

    @Test("a name or alias another actor answers to is refused, with nothing written")
    func duplicateName() throws {
        let actors = try count("SELECT count(*) FROM actor")
        let changes = try count("SELECT count(*) FROM change_log")
        let twin = Graph.Actor(id: Self.slug("wendy-cutler-2"), name: "Wendy Cutler", kind: .person)
        let error = try #require(throws: EditError.self) {
            try store.write { db in try editor.add(.actor(twin), in: db) }
        }
        #expect(error.description.contains("'Wendy Cutler' already names actor 'wendy-cutler'"), "\(error)")
        #expect(error.description.contains("make its name distinct"))
        let alias = Graph.Actor(id: Self.slug("omar-feld"), name: "Omar Feld", kind: .person, aliases: ["Cutler"])
        #expect(throws: EditError.self) { try store.write { db in try editor.add(.actor(alias), in: db) } }
        #expect(try count("SELECT count(*) FROM actor") == actors)
        #expect(try count("SELECT count(*) FROM change_log") == changes)
        // An edit that gives an actor another's alias is refused too; a distinct name is accepted.
        try store.write { db in try editor.add(.actor(feld), in: db) }
        let edit = try #require(throws: EditError.self) {
            try store.write { db in
                try editor.edit(Graph.Target(kind: .actor, id: Self.slug("omar-feld")), [("alias+", "Cutler")], in: db)
            }
        }
        #expect(edit.description.contains("'Cutler' already names actor 'wendy-cutler'"), "\(edit)")
        let distinct = Graph.Actor(id: Self.slug("wendy-cutler-piie"), name: "Wendy Cutler (PIIE)", kind: .person)
        try store.write { db in try editor.add(.actor(distinct), in: db) }
        #expect(try count("SELECT count(*) FROM actor") == actors + 2)
    }

    @Test("a coder is required")
    func coder() {
        #expect(throws: EditError.self) { try Editor(coder: nil) }
        #expect(throws: EditError.self) { try Editor(coder: "  ") }
    }

    @Test("each kind of add is validated, written and logged in one transaction")
    func adds() throws {
        let changes = try count("SELECT count(*) FROM change_log")
        try store.write { db in try editor.add(.actor(feld), in: db) }
        #expect(try count("SELECT count(*) FROM actor WHERE id = 'omar-feld'") == 1)
        #expect(try count("SELECT count(*) FROM change_log") == changes + 1)
        // Names resolve at once through the new alias.
        let resolved = try store.read { db in try TargetResolver.resolve("Feld", in: db) }
        #expect(resolved.description == "actor:omar-feld")
        // Invalid: a taken id, an unknown reference with a suggestion, a non-verbatim quote.
        let error = try #require(throws: EditError.self) {
            try store.write { db in try editor.add(.actor(feld), in: db) }
        }
        #expect(error.description.contains("already taken"))
        let position = Graph.Position(
            id: Self.slug("p-new"), actor: Self.slug("omar-feldd"), issue: Self.slug("withdrawal"), stance: .opposes,
            source: Self.slug("nyt-2018-01-04"), basis: .stated, evidence: .paraphrase("x", sentence: "not in the article"),
            confidence: .high, coder: "ann")
        let invalid = try #require(throws: EditError.self) {
            try store.write { db in try editor.add(.position(position), in: db) }
        }
        #expect(invalid.description.contains("unknown actor 'omar-feldd'; did you mean 'omar-feld'?"))
        #expect(invalid.description.contains("not verbatim"))
        let quote = Graph.Quote(
            id: Self.slug("q-new"), speaker: Self.slug("omar-feld"), source: Self.slug("nyt-2018-01-04"),
            text: "words nobody printed", issues: [Self.slug("withdrawal")], range: nil)
        #expect(throws: EditError.self) { try store.write { db in try editor.add(.quote(quote), in: db) } }
        #expect(try count("SELECT count(*) FROM change_log") == changes + 1)
        #expect(try count("SELECT count(*) FROM position WHERE id = 'p-new'") == 0)
    }

    @Test("blank texts (only spaces or line breaks) are refused, so an export always builds again")
    func blankTexts() throws {
        let changes = try count("SELECT count(*) FROM change_log")
        let lineBreaks = Graph.Actor(
            id: Self.slug("blank-description"), name: "Blank Description", kind: .person, description: "\n\n")
        let error = try #require(throws: EditError.self) {
            try store.write { db in try editor.add(.actor(lineBreaks), in: db) }
        }
        #expect(error.description.contains("the field 'description' is blank"))
        let alias = Graph.Actor(id: Self.slug("blank-alias"), name: "Blank Alias", kind: .person, aliases: ["\r\n"])
        #expect(throws: EditError.self) { try store.write { db in try editor.add(.actor(alias), in: db) } }
        try store.write { db in try editor.add(.actor(feld), in: db) }
        let target = Graph.Target(kind: .actor, id: feld.id)
        let edit = try #require(throws: EditError.self) {
            try store.write { db in try editor.edit(target, [("description", " \n\t")], in: db) }
        }
        #expect(edit.description.contains("blank"))
        #expect(try count("SELECT count(*) FROM actor WHERE id IN ('blank-description', 'blank-alias')") == 0)
        #expect(try count("SELECT count(*) FROM actor WHERE id = 'omar-feld' AND description IS NULL") == 1)
        #expect(try count("SELECT count(*) FROM change_log") == changes + 1)

        // What remains exports and builds again.
        let folder = try TestSupport.temporaryDirectory("blank-export").appendingPathComponent("graph-data")
        try store.close()
        try GraphBuilder.export(from: store.path, to: GraphDataFolder(path: folder.path))
        let rebuilt = try TestSupport.temporaryDirectory("blank-rebuilt").appendingPathComponent("graph.sqlite").path
        try GraphBuilder.build(from: GraphDataFolder(path: folder.path), to: rebuilt)
    }

    @Test("edits change fields, keep validation, and undo restores the earlier values")
    func edits() throws {
        let target = Graph.Target(kind: .position, id: Self.slug("fatheree-opposes-withdrawal-nyt"))
        let exists = try count("SELECT count(*) FROM position WHERE id = '\(target.id)'") == 1
        let id = exists ? target : try store.read { db in
            let any = try db.fetchOne(String.self, sql: "SELECT id FROM position WHERE actor_id = 'james-fatheree' ORDER BY seq LIMIT 1") ?? ""
            return Graph.Target(kind: .position, id: Self.slug(any))
        }
        let before = try store.read { try $0.fetchOne(String.self, sql: "SELECT stance FROM position WHERE id = ?", arguments: [id.id.rawValue]) }
        try store.write { db in try editor.edit(id, [("stance", "mixed"), ("confidence", "low")], in: db) }
        #expect(try store.read { try $0.fetchOne(String.self, sql: "SELECT stance FROM position WHERE id = ?", arguments: [id.id.rawValue]) } == "mixed")
        #expect(throws: EditError.self) { try store.write { db in try editor.edit(id, [("stance", "maybe")], in: db) } }
        #expect(throws: EditError.self) { try store.write { db in try editor.edit(id, [("stanse", "opposes")], in: db) } }
        try store.write { db in try editor.undo(nil, in: db) }
        #expect(try store.read { try $0.fetchOne(String.self, sql: "SELECT stance FROM position WHERE id = ?", arguments: [id.id.rawValue]) } == before)
        // A date edit moves the effective date, and undo moves it back.
        try store.write { db in try editor.edit(id, [("date", "2019")], in: db) }
        #expect(try store.read { try $0.fetchOne(String.self, sql: "SELECT date FROM position WHERE id = ?", arguments: [id.id.rawValue]) } == "2019")
        try store.write { db in try editor.undo(nil, in: db) }
        #expect(try store.read { try $0.fetchOne(String.self, sql: "SELECT date FROM position WHERE id = ?", arguments: [id.id.rawValue]) } != "2019")
    }

    @Test("remove is refused while referenced; cascade removes all as one change and undo brings all back")
    func removeAndCascade() throws {
        let fatheree = Graph.Target(kind: .actor, id: Self.slug("james-fatheree"))
        let error = try #require(throws: EditError.self) {
            try store.write { db in try editor.remove(fatheree, cascade: false, in: db) }
        }
        #expect(error.description.contains("position:"))
        let positions = try count("SELECT count(*) FROM position")
        let quotes = try count("SELECT count(*) FROM quote")
        try store.write { db in try editor.remove(fatheree, cascade: true, in: db) }
        #expect(try count("SELECT count(*) FROM actor WHERE id = 'james-fatheree'") == 0)
        #expect(try count("SELECT count(*) FROM position") < positions)
        try store.write { db in try editor.undo(nil, in: db) }
        #expect(try count("SELECT count(*) FROM actor WHERE id = 'james-fatheree'") == 1)
        #expect(try count("SELECT count(*) FROM position") == positions)
        #expect(try count("SELECT count(*) FROM quote") == quotes)
        #expect(try count("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH '\"flawed metric\"'") == 1)
        #expect(try count("PRAGMA foreign_key_check") == -1)
    }

    @Test("undo walks back one change at a time, is logged, and is refused while later changes depend")
    func undoOrder() throws {
        try store.write { db in try editor.add(.actor(feld), in: db) }
        let source = Graph.Source(id: Self.slug("gazette"), title: "Gazette", date: PartialDate("2018-04-02") ?? PartialDate(year: 2018)!)
        try store.write { db in try editor.add(.source(source), in: db) }
        let position = Graph.Position(
            id: Self.slug("feld-withdrawal"), actor: feld.id, issue: Self.slug("withdrawal"), stance: .opposes,
            source: source.id, basis: .stated, evidence: .paraphrase("Feld opposes leaving.", sentence: "We stay."),
            confidence: .high, coder: "ann")
        try store.write { db in try editor.add(.position(position), in: db) }
        let ids = try store.read { try Change.fetch($0).map(\.id) }
        // The actor cannot be undone while the position naming it stands.
        let blocked = try #require(throws: EditError.self) {
            try store.write { db in try editor.undo(ids[0], in: db) }
        }
        #expect(blocked.description.contains("#\(ids[2])"))
        try store.write { db in try editor.undo(nil, in: db) }  // the position
        try store.write { db in try editor.undo(nil, in: db) }  // the source
        try store.write { db in try editor.undo(nil, in: db) }  // the actor
        #expect(throws: EditError.self) { try store.write { db in try editor.undo(nil, in: db) } }
        #expect(try count("SELECT count(*) FROM actor WHERE id = 'omar-feld'") == 0)
        let log = try store.read { try Change.fetch($0) }
        #expect(log.map(\.operation) == ["add", "add", "add", "undo #\(ids[2])", "undo #\(ids[1])", "undo #\(ids[0])"])
        // Undoing an undo puts the change back.
        try store.write { db in try editor.undo(log[5].id, in: db) }
        #expect(try count("SELECT count(*) FROM actor WHERE id = 'omar-feld'") == 1)
    }

    @Test("annotations are attributed and can be undone")
    func annotate() throws {
        let note = Graph.Annotation(
            id: Self.slug("n1"), target: Graph.Target(kind: .actor, id: Self.slug("donald-trump")), text: "Check the 2016 dates.",
            coder: "ann", time: "2026-11-23T10:00:00Z")
        let change = try store.write { db in try editor.add(.annotation(note), in: db) }
        #expect(change.operation == "annotate" && change.coder == "ann")
        let missing = Graph.Annotation(
            id: Self.slug("n2"), target: Graph.Target(kind: .actor, id: Self.slug("nobody")), text: "x", coder: "ann",
            time: "2026-11-23T10:00:00Z")
        #expect(throws: EditError.self) { try store.write { db in try editor.add(.annotation(missing), in: db) } }
        try store.write { db in try editor.undo(nil, in: db) }
        #expect(try count("SELECT count(*) FROM annotation WHERE id = 'n1'") == 0)
    }
}
