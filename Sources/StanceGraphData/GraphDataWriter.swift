import Foundation
import StanceCore

/// Writes a graph as a `graph-data/` folder in the canonical layout (see `docs/graph-data.md`).
public enum GraphDataWriter {
    /// The files of the folder, by relative path, as they would be written.
    public static func files(for graph: GraphContents) -> [String: String] {
        var files: [String: String] = [:]
        files["actors.yaml"] = list(graph.actors.sorted { $0.id < $1.id }) { e, a in
            e.field("id", a.id.rawValue, indent: 2, first: true)
            e.field("name", a.name, indent: 2)
            e.field("kind", a.kind.rawValue, indent: 2)
            e.list("aliases", a.aliases, indent: 2)
            e.field("description", a.description, indent: 2)
            e.field("note", a.note, indent: 2)
        }
        files["issues.yaml"] = list(graph.issues.sorted { $0.id < $1.id }) { e, i in
            e.field("id", i.id.rawValue, indent: 2, first: true)
            e.field("name", i.name, indent: 2)
            e.list("aliases", i.aliases, indent: 2)
            e.list("terms", i.terms, indent: 2)
            e.field("description", i.description, indent: 2)
            e.field("parent", i.parent?.rawValue, indent: 2)
            if !i.relations.isEmpty {
                e.open("relations", indent: 2)
                for r in i.relations {
                    e.field("kind", r.kind.rawValue, indent: 6, first: true)
                    e.field("issue", r.issue.rawValue, indent: 6)
                    e.field("source", r.source?.rawValue, indent: 6)
                    e.field("note", r.note, indent: 6)
                }
            }
            e.field("note", i.note, indent: 2)
        }
        files["affiliations.yaml"] = list(graph.affiliations.sorted { $0.id < $1.id }) { e, f in
            e.field("id", f.id.rawValue, indent: 2, first: true)
            e.field("actor", f.actor.rawValue, indent: 2)
            e.field("organization", f.organization.rawValue, indent: 2)
            e.field("role", f.role, indent: 2)
            e.dateField("start", f.start?.description, indent: 2)
            e.dateField("end", f.end?.description, indent: 2)
            e.field("source", f.source?.rawValue, indent: 2)
            e.field("note", f.note, indent: 2)
        }
        files["annotations.yaml"] = list(graph.annotations.sorted { $0.id < $1.id }) { e, n in
            e.field("id", n.id.rawValue, indent: 2, first: true)
            e.field("target", n.target.description, indent: 2)
            e.field("text", n.text, indent: 2)
            e.field("coder", n.coder, indent: 2)
            e.field("time", n.time, indent: 2)
        }
        for source in graph.sources {
            files["sources/\(source.id.rawValue).yaml"] = sourceFile(source)
            if let text = source.text {
                files["articles/\(source.id.rawValue).txt"] = text
            }
        }
        return files
    }

    /// What a write did to the folder, by path inside it: files written anew (`created`, which git does not
    /// track yet), files whose content changed (`changed`), and stale source and article files `removed`.
    public struct Report: Sendable, Equatable {
        public var created: [String] = []
        public var changed: [String] = []
        public var removed: [String] = []
    }

    /// Writes the folder at `folder`: every file replaced atomically, stale source files removed.
    @discardableResult
    public static func write(_ graph: GraphContents, to folder: String) throws -> Report {
        let manager = FileManager.default
        let files = files(for: graph)
        var report = Report()
        do {
            for sub in ["sources", "articles"] {
                try manager.createDirectory(
                    atPath: (folder as NSString).appendingPathComponent(sub),
                    withIntermediateDirectories: true)
            }
            for (name, content) in files.sorted(by: { $0.key < $1.key }) {
                let url = URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name))
                let existing = manager.contents(atPath: url.path)
                if let existing, existing == Data(content.utf8) { continue }
                try Data(content.utf8).write(to: url, options: .atomic)
                if existing == nil { report.created.append(name) } else { report.changed.append(name) }
            }
            for sub in ["sources", "articles"] {
                let dir = (folder as NSString).appendingPathComponent(sub)
                for name in try manager.contentsOfDirectory(atPath: dir)
                where files["\(sub)/\(name)"] == nil && (name.hasSuffix(".yaml") || name.hasSuffix(".txt")) {
                    try manager.removeItem(atPath: (dir as NSString).appendingPathComponent(name))
                    report.removed.append("\(sub)/\(name)")
                }
            }
        } catch {
            throw GraphDataError.io("cannot write \(folder): \(error.localizedDescription)")
        }
        report.removed.sort()
        return report
    }

    private static func list<T>(_ items: [T], _ body: (inout YAMLEmitter, T) -> Void) -> String {
        guard !items.isEmpty else { return "[]\n" }
        var emitter = YAMLEmitter()
        for item in items { body(&emitter, item) }
        return emitter.output
    }

    private static func sourceFile(_ s: Graph.Source) -> String {
        var e = YAMLEmitter()
        e.field("id", s.id.rawValue, indent: 0)
        e.field("title", s.title, indent: 0)
        e.field("outlet", s.outlet, indent: 0)
        e.field("author", s.author, indent: 0)
        e.dateField("date", s.date.description, indent: 0)
        e.field("date_basis", s.dateBasis.rawValue, indent: 0)
        e.field("date_note", s.dateNote, indent: 0)
        e.field("seed", s.seed, indent: 0)
        e.field("note", s.note, indent: 0)
        if !s.quotes.isEmpty {
            e.open("quotes", indent: 0)
            for q in s.quotes {
                e.field("id", q.id.rawValue, indent: 4, first: true)
                e.field("speaker", q.speaker.rawValue, indent: 4)
                e.field("text", q.text, indent: 4)
                e.dateField("date", q.date?.description, indent: 4)
                e.list("issues", q.issues.map(\.rawValue), indent: 4)
                e.plainField("start", q.range.map { String($0.start) }, indent: 4)
                e.plainField("end", q.range.map { String($0.end) }, indent: 4)
                e.field("note", q.note, indent: 4)
            }
        }
        if !s.positions.isEmpty {
            e.open("positions", indent: 0)
            for p in s.positions {
                e.field("id", p.id.rawValue, indent: 4, first: true)
                e.field("actor", p.actor.rawValue, indent: 4)
                e.field("issue", p.issue.rawValue, indent: 4)
                e.field("stance", p.stance.rawValue, indent: 4)
                e.dateField("date", p.date?.description, indent: 4)
                e.dateField("until", p.until?.description, indent: 4)
                e.field("basis", p.basis.rawValue, indent: 4)
                e.field("reported_by", p.reportedBy?.rawValue, indent: 4)
                switch p.evidence {
                case .quote(let id):
                    e.field("quote", id.rawValue, indent: 4)
                case .paraphrase(let text, let sentence):
                    e.field("paraphrase", text, indent: 4)
                    e.field("sentence", sentence, indent: 4)
                case .none:
                    break
                }
                e.field("confidence", p.confidence.rawValue, indent: 4)
                e.field("coder", p.coder, indent: 4)
                e.field("note", p.note, indent: 4)
            }
        }
        return e.output
    }
}
