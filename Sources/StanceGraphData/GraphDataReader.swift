import Foundation
import StanceCore
import Yams

/// Reads a `graph-data/` folder into a graph, collecting every problem with file:line:column.
///
/// The reader checks each file on its own (fields, ids, words, dates); `GraphValidator` then checks
/// what spans files (references, verbatim quotes, offsets).
final class GraphDataReader {
    /// The folder as the user named it, used as the prefix of every reported path.
    let folder: String
    let log = DiagnosticLog()
    var map = SourceMap()

    init(folder: String) {
        self.folder = folder
    }

    static let actorFields = ["id", "name", "kind", "aliases", "description", "note"]
    static let issueFields = ["id", "name", "aliases", "terms", "description", "parent", "relations", "note"]
    static let relationFields = ["kind", "issue", "source", "note"]
    static let affiliationFields = [
        "id", "actor", "organization", "role", "start", "end", "source", "note",
    ]
    static let annotationFields = ["id", "target", "text", "coder", "time"]
    static let sourceFields = [
        "id", "title", "outlet", "author", "date", "date_basis", "date_note", "seed", "note", "quotes",
        "positions",
    ]
    static let quoteFields = ["id", "speaker", "text", "date", "issues", "start", "end", "note"]
    static let positionFields = [
        "id", "actor", "issue", "stance", "date", "until", "basis", "reported_by", "quote", "paraphrase",
        "sentence", "confidence", "coder", "note",
    ]

    /// Reads the whole folder.
    func read() -> GraphContents {
        var graph = GraphContents()
        graph.actors = items(in: "actors.yaml", what: "an actor").compactMap(readActor)
        graph.issues = items(in: "issues.yaml", what: "an issue").compactMap(readIssue)
        graph.affiliations = items(in: "affiliations.yaml", what: "an affiliation")
            .compactMap(readAffiliation)
        graph.annotations = items(in: "annotations.yaml", what: "an annotation")
            .compactMap(readAnnotation)
        graph.sources = sourceFiles().compactMap(readSource)
        return graph
    }

    var diagnostics: [GraphDataDiagnostic] { log.diagnostics }

    func path(_ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    private func fileStart(_ name: String) -> FileLocation {
        FileLocation(file: path(name), line: 1, column: 1)
    }

    /// Parses a file; nil (with an error) when it is missing or not YAML.
    func document(_ name: String) -> Node? {
        let full = path(name)
        guard let data = FileManager.default.contents(atPath: full) else {
            log.error(fileStart(name), "file is missing or unreadable")
            return nil
        }
        guard String(data: data, encoding: .utf8) != nil else {
            log.error(fileStart(name), "file is not valid UTF-8")
            return nil
        }
        // Decoded as is (Foundation may drop a leading U+FEFF or not): one byte-order mark at the very start
        // marks the encoding and is not part of the data; any other U+FEFF is text.
        var text = String(decoding: data, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        do {
            return try StrictYAML.compose(text, file: full, log: log) ?? Node.sequence(Node.Sequence([]))
        } catch let error as YamlError {
            log.error(location(of: error, in: full), "not valid YAML: \(problem(of: error))")
        } catch {
            log.error(fileStart(name), "not valid YAML: \(error)")
        }
        return nil
    }

    private func location(of error: YamlError, in file: String) -> FileLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return YAMLFields.location(file, mark)
        case .duplicatedKeysInMapping(_, let context):
            return YAMLFields.location(file, context.mark)
        default:
            return FileLocation(file: file, line: 1, column: 1)
        }
    }

    private func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: " ")
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate field \(duplicates.map { "'\($0)'" }.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }

    /// The items of a file that holds a list, each with the file it came from.
    func items(in name: String, what: String) -> [(Node, String)] {
        guard let root = document(name), !StrictYAML.isRefused(root) else { return [] }
        guard let sequence = root.sequence else {
            log.error(YAMLFields.location(path(name), root.mark), "expected a list of \(what)s… here")
            return []
        }
        return sequence.map { ($0, path(name)) }
    }

    private func sourceFiles() -> [String] {
        let dir = path("sources")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            log.error(FileLocation(file: dir, line: 1, column: 1), "folder is missing")
            return []
        }
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    private func begin(_ kind: Graph.Target.Kind, _ fields: YAMLFields) -> Slug? {
        guard let id = fields.slug("id", required: true) else { return nil }
        map.record(kind, id, "", fields.start)
        for key in fields.mapping.keys.compactMap(\.scalar?.string) {
            map.record(kind, id, key, fields.location(key))
        }
        return id
    }

    private func readActor(_ item: (Node, String)) -> Graph.Actor? {
        guard
            let f = YAMLFields(
                item.0, file: item.1, allowed: Self.actorFields, log: log, what: "an actor"),
            let id = begin(.actor, f)
        else { return nil }
        let name = f.text("name", required: true)
        let kind: Graph.Actor.Kind? = f.word("kind", required: true)
        let aliases = f.texts("aliases")
        guard let name, let kind else { return nil }
        return Graph.Actor(
            id: id, name: name, kind: kind, aliases: aliases, description: f.text("description"),
            note: f.text("note"))
    }

    private func readIssue(_ item: (Node, String)) -> Graph.Issue? {
        guard
            let f = YAMLFields(
                item.0, file: item.1, allowed: Self.issueFields, log: log, what: "an issue"),
            let id = begin(.issue, f)
        else { return nil }
        let name = f.text("name", required: true)
        var relations: [Graph.Issue.Relation] = []
        for (index, node) in f.list("relations").enumerated() {
            guard
                let r = YAMLFields(
                    node, file: item.1, allowed: Self.relationFields, log: log, what: "a relation")
            else { continue }
            let kind: Graph.Issue.Relation.Kind? = r.word("kind", required: true)
            let other = r.slug("issue", required: true)
            let source = r.slug("source")
            map.record(.issue, id, "relations.\(index).issue", r.location("issue"))
            map.record(.issue, id, "relations.\(index).source", r.location("source"))
            guard let kind, let other else { continue }
            relations.append(
                Graph.Issue.Relation(kind: kind, issue: other, source: source, note: r.text("note")))
        }
        let parent = f.slug("parent")
        let aliases = f.texts("aliases")
        let terms = self.terms(f)
        guard let name else { return nil }
        return Graph.Issue(
            id: id, name: name, aliases: aliases, terms: terms, description: f.text("description"), parent: parent,
            relations: relations, note: f.text("note"))
    }

    /// An issue's terms, each problem (`Graph.Issue.termProblems`) reported where the term is written.
    private func terms(_ f: YAMLFields) -> [String] {
        let nodes = f.list("terms")
        var terms: [String] = []
        var marks: [Mark?] = []
        for node in nodes {
            if StrictYAML.isRefused(node) { continue }
            guard let scalar = node.scalar else {
                log.error(YAMLFields.location(f.file, node.mark), "items of 'terms' must be text")
                continue
            }
            if scalar.string.unicodeScalars.contains("\u{0}") {
                log.error(
                    YAMLFields.location(f.file, node.mark), "an item of 'terms' holds a NUL character, which SQLite text cannot keep")
                continue
            }
            terms.append(scalar.string)
            marks.append(node.mark)
        }
        for problem in Graph.Issue.termProblems(terms) {
            log.error(YAMLFields.location(f.file, marks[problem.index]), problem.message)
        }
        return terms
    }

    private func readAffiliation(_ item: (Node, String)) -> Graph.Affiliation? {
        guard
            let f = YAMLFields(
                item.0, file: item.1, allowed: Self.affiliationFields, log: log,
                what: "an affiliation"),
            let id = begin(.affiliation, f)
        else { return nil }
        let actor = f.slug("actor", required: true)
        let organization = f.slug("organization", required: true)
        let role = f.text("role", required: true)
        let start = f.date("start")
        let end = f.date("end")
        let source = f.slug("source", required: true)
        guard let actor, let organization, let role, let source else { return nil }
        return Graph.Affiliation(
            id: id, actor: actor, organization: organization, role: role, start: start, end: end,
            source: source, note: f.text("note"))
    }

    private func readAnnotation(_ item: (Node, String)) -> Graph.Annotation? {
        guard
            let f = YAMLFields(
                item.0, file: item.1, allowed: Self.annotationFields, log: log,
                what: "an annotation"),
            let id = begin(.annotation, f)
        else { return nil }
        var target: Graph.Target?
        if let text = f.text("target", required: true) {
            target = Graph.Target(text)
            if target == nil {
                let kinds = Graph.Target.Kind.allCases.map(\.rawValue).joined(separator: "|")
                log.error(f.location("target"), "'\(text)' is not a target; write KIND:ID with KIND one of \(kinds)")
            }
        }
        let text = f.text("text", required: true)
        let coder = f.text("coder", required: true)
        let time = f.text("time", required: true)
        if let time, !Self.isTimestamp(time) {
            log.error(f.location("time"), "'\(time)' is not a time; write YYYY-MM-DDTHH:MM:SSZ (UTC)")
        }
        guard let target, let text, let coder, let time else { return nil }
        return Graph.Annotation(id: id, target: target, text: text, coder: coder, time: time)
    }

    static func isTimestamp(_ text: String) -> Bool {
        let parts = text.split(separator: "T")
        guard parts.count == 2, PartialDate(String(parts[0]))?.day != nil else { return false }
        let clock = parts[1]
        guard clock.hasSuffix("Z") else { return false }
        let hms = clock.dropLast().split(separator: ":")
        guard hms.count == 3, let h = Int(hms[0]), let m = Int(hms[1]), let s = Int(hms[2]),
            hms.allSatisfy({ $0.count == 2 })
        else { return false }
        return (0..<24).contains(h) && (0..<60).contains(m) && (0..<61).contains(s)
    }

    private func readSource(_ name: String) -> Graph.Source? {
        let file = "sources/" + name
        guard let root = document(file) else { return nil }
        guard
            let f = YAMLFields(
                root, file: path(file), allowed: Self.sourceFields, log: log, what: "a source"),
            let id = begin(.source, f)
        else { return nil }
        let expected = String(name.dropLast(".yaml".count))
        if id.rawValue != expected {
            log.error(f.location("id"), "source id '\(id)' must match its file name '\(expected).yaml'")
        }
        let title = f.text("title", required: true)
        let date = f.date("date", required: true)
        let basis: Graph.Source.DateBasis? = f.word("date_basis", required: true)
        let dateNote = f.text("date_note")
        if let basis, basis != .given, dateNote == nil {
            log.error(f.start, "a source whose date is \(basis.rawValue) needs a 'date_note' saying why")
        }
        var text: String?
        let articleName = "articles/\(id.rawValue).txt"
        if let data = FileManager.default.contents(atPath: path(articleName)) {
            // Decoded byte for byte: a leading U+FEFF stays in the text (Foundation's decoder drops it), so
            // offsets count from the file's first character, as Python's str and the extractor count them.
            text = String(validating: data, as: UTF8.self)
            if text == nil { log.error(fileStart(articleName), "article is not valid UTF-8") }
        }
        let quotes = f.list("quotes").compactMap { readQuote($0, file: path(file), source: id) }
        let positions = f.list("positions").compactMap {
            readPosition($0, file: path(file), source: id)
        }
        guard let title, let date, let basis else { return nil }
        return Graph.Source(
            id: id, title: title, outlet: f.text("outlet"), author: f.text("author"), date: date,
            dateBasis: basis, dateNote: dateNote, seed: f.text("seed"), note: f.text("note"),
            text: text, quotes: quotes, positions: positions)
    }

    private func readQuote(_ node: Node, file: String, source: Slug) -> Graph.Quote? {
        guard
            let f = YAMLFields(node, file: file, allowed: Self.quoteFields, log: log, what: "a quote"),
            let id = begin(.quote, f)
        else { return nil }
        let speaker = f.slug("speaker", required: true)
        let text = f.text("text", required: true)
        let date = f.date("date")
        let issues = f.slugs("issues", required: true)
        if f.mapping["issues"] != nil, issues.isEmpty {
            log.error(f.location("issues"), "a quote bears on at least one issue")
        }
        for (index, (_, at)) in issues.enumerated() { map.record(.quote, id, "issues.\(index)", at) }
        let start = f.integer("start")
        let end = f.integer("end")
        if (start == nil) != (end == nil) {
            log.error(f.start, "give both 'start' and 'end', or neither (when the article text is not at hand)")
        }
        guard let speaker, let text else { return nil }
        return Graph.Quote(
            id: id, speaker: speaker, source: source, text: text, date: date, issues: issues.map(\.0),
            range: start.flatMap { s in end.map { TextRange(start: s, end: $0) } }, note: f.text("note"))
    }

    private func readPosition(_ node: Node, file: String, source: Slug) -> Graph.Position? {
        guard
            let f = YAMLFields(
                node, file: file, allowed: Self.positionFields, log: log, what: "a position"),
            let id = begin(.position, f)
        else { return nil }
        let actor = f.slug("actor", required: true)
        let issue = f.slug("issue", required: true)
        let stance: Graph.Stance? = f.word("stance", required: true)
        let date = f.date("date")
        let until = f.date("until")
        let basis: Graph.Position.Basis? = f.word("basis", required: true)
        let reportedBy = f.slug("reported_by")
        let confidence: Graph.Position.Confidence? = f.word("confidence", required: true)
        let coder = f.text("coder", required: true)
        let quote = f.slug("quote")
        let paraphrase = f.text("paraphrase")
        let sentence = f.text("sentence")
        var evidence: Graph.Position.Evidence?
        switch (quote, paraphrase, sentence) {
        case (let q?, nil, nil):
            evidence = .quote(q)
        case (nil, let p?, let s?):
            evidence = .paraphrase(p, sentence: s)
        case (nil, nil, nil):
            log.error(f.start, "a position needs evidence: 'quote', or 'paraphrase' with 'sentence'")
        case (nil, _?, nil):
            log.error(f.start, "a 'paraphrase' needs the 'sentence' it rests on")
        case (nil, nil, _?):
            log.error(f.start, "a 'sentence' needs its 'paraphrase'")
        case (_?, _, _):
            log.error(f.location("quote"), "give either 'quote' or 'paraphrase' with 'sentence', not both")
        }
        if let basis, basis != .reported, reportedBy != nil {
            log.error(f.location("reported_by"), "'reported_by' is only for basis 'reported'")
        }
        if let date, let until, until < date {
            log.error(f.location("until"), "'until' \(until) is before 'date' \(date)")
        }
        guard let actor, let issue, let stance, let basis, let confidence, let coder, let evidence
        else { return nil }
        return Graph.Position(
            id: id, actor: actor, issue: issue, stance: stance, date: date, until: until,
            source: source, basis: basis, reportedBy: reportedBy, evidence: evidence,
            confidence: confidence, coder: coder, note: f.text("note"))
    }
}
