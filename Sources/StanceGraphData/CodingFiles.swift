import Foundation
import StanceCore
import StanceStore
import Yams

/// Coders' separate codings (`stance assign`, `stance code`, `stance adjudicate`) in `graph-data/codings/`: one
/// file per assignment, `codings/SOURCE.CODER.yaml`, with the coder's units and any decision on them, written by
/// `stance export` in one canonical layout and read back by `stance build` (see `docs/graph-data.md`).
public enum CodingFiles {
    public static let folder = "codings"

    static let fields = ["source", "coder", "assigned_by", "time", "units"]
    static let unitFields = [
        "start", "end", "actor", "issue", "stance", "basis", "reported_by", "text", "origin", "time", "decision",
        "adjudicator", "decided",
    ]

    /// The file, inside `graph-data/`, of `coder`'s assignment to `source`: `codings/SOURCE.SLUG.yaml`, the slug as
    /// for the change log's files.
    public static func file(source: String, coder: String) -> String {
        let coderFile = (ChangeFiles.file(for: coder) as NSString).lastPathComponent
        return "\(folder)/\(source).\(coderFile)"
    }

    /// The coding files of `folder`, as paths inside it, sorted.
    static func names(in folder: String) -> [String] {
        let dir = (folder as NSString).appendingPathComponent(Self.folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(Self.folder)/\($0)" }
    }

    /// The files of `assignments`, by path inside `graph-data/`.
    public static func files(for assignments: [Codings.Assignment]) -> [String: String] {
        var files: [String: String] = [:]
        for a in assignments { files[file(source: a.source, coder: a.coder)] = text(a) }
        return files
    }

    static func text(_ a: Codings.Assignment) -> String {
        var e = YAMLEmitter()
        e.field("source", a.source, indent: 0)
        e.field("coder", a.coder, indent: 0)
        e.field("assigned_by", a.assignedBy, indent: 0)
        e.dateField("time", a.time, indent: 0)
        if !a.units.isEmpty {
            e.open("units", indent: 0)
            for u in a.units {
                e.plainField("start", String(u.start), indent: 4, first: true)
                e.plainField("end", String(u.end), indent: 4)
                e.field("actor", u.actor, indent: 4)
                e.field("issue", u.issue, indent: 4)
                e.field("stance", u.stance, indent: 4)
                e.field("basis", u.basis, indent: 4)
                e.field("reported_by", u.reportedBy, indent: 4)
                e.field("text", u.text, indent: 4)
                e.field("origin", u.origin, indent: 4)
                e.dateField("time", u.time, indent: 4)
                e.field("decision", u.decision?.decision, indent: 4)
                e.field("adjudicator", u.decision?.adjudicator, indent: 4)
                e.dateField("decided", u.decision?.time, indent: 4)
            }
        }
        return e.output
    }

    /// How many of the database's assignments `folder` does not hold as exported (a file missing or different):
    /// coding work a rebuild from `folder` would lose.
    public static func unexported(in db: SQLConnection, folder: GraphDataFolder) throws -> Int {
        try files(for: Codings.all(in: db)).filter { name, content in
            FileManager.default.contents(atPath: (folder.path as NSString).appendingPathComponent(name)) != Data(content.utf8)
        }.count
    }

    /// Writes the codings of the database to `folder`: each assignment's file anew when it changed. A file the
    /// database lacks is left alone (it may hold a colleague's coding not built here yet): nothing is removed.
    static func write(_ assignments: [Codings.Assignment], to folder: String) throws -> GraphDataWriter.Report {
        var report = GraphDataWriter.Report()
        let files = files(for: assignments)
        guard !files.isEmpty else { return report }
        guard files.count == assignments.count else {
            throw GraphDataError.io("two coders of one source share a coding file name; rename one coder")
        }
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                atPath: (folder as NSString).appendingPathComponent(Self.folder), withIntermediateDirectories: true)
            for (name, content) in files.sorted(by: { $0.key < $1.key }) {
                let path = (folder as NSString).appendingPathComponent(name)
                let existing = manager.contents(atPath: path)
                if existing == Data(content.utf8) { continue }
                try Data(content.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                if existing == nil { report.created.append(name) } else { report.changed.append(name) }
            }
        } catch {
            throw GraphDataError.io("cannot write \(folder)/\(Self.folder): \(error.localizedDescription)")
        }
        return report
    }
}

extension GraphDataReader {
    /// Reads `codings/*.yaml` against the graph already read: the source must exist and have its article, each
    /// unit's text must stand at its offsets, words must be valid.
    func readCodings(graph: GraphContents) -> [Codings.Assignment] {
        let sources = Dictionary(graph.sources.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
        var assignments: [Codings.Assignment] = []
        for name in CodingFiles.names(in: folder) {
            guard let root = document(name) else { continue }
            let problems = log.diagnostics.count
            guard let f = YAMLFields(root, file: path(name), allowed: CodingFiles.fields, log: log, what: "a coding")
            else { continue }
            let source = f.slug("source", required: true)
            let coder = f.text("coder", required: true)
            let assignedBy = f.text("assigned_by", required: true)
            let time = timestamp(f, "time", required: true)
            var article: String?
            if let source {
                if let found = sources[source.rawValue] {
                    article = found.text
                    if article == nil {
                        log.error(f.location("source"), "source '\(source)' has no article text (articles/\(source).txt) to code")
                    }
                } else {
                    log.error(f.location("source"), "unknown source '\(source)'")
                }
            }
            if let source, let coder, CodingFiles.file(source: source.rawValue, coder: coder) != name {
                log.error(f.start, "the coding of \(source) by '\(coder)' belongs in \(CodingFiles.file(source: source.rawValue, coder: coder)), not \(name)")
            }
            let units = f.list("units").compactMap { readUnit($0, file: path(name), article: article) }
            guard let source, let coder, let assignedBy, let time, log.diagnostics.count == problems else { continue }
            assignments.append(
                Codings.Assignment(source: source.rawValue, coder: coder, assignedBy: assignedBy, time: time, units: units))
        }
        return assignments
    }

    private func readUnit(_ node: Node, file: String, article: String?) -> Codings.StoredUnit? {
        guard let u = YAMLFields(node, file: file, allowed: CodingFiles.unitFields, log: log, what: "a coding unit")
        else { return nil }
        let start = u.integer("start", required: true)
        let end = u.integer("end", required: true)
        let text = u.text("text", required: true)
        let stance = u.text("stance")
        if let stance, !Codings.stances.contains(stance) {
            log.error(u.location("stance"), "unknown stance '\(stance)'; expected one of: \(Codings.stances.joined(separator: ", "))")
        }
        let basis = u.text("basis")
        if let basis, !Codings.bases.contains(basis) {
            log.error(u.location("basis"), "unknown basis '\(basis)'; expected one of: \(Codings.bases.joined(separator: ", "))")
        }
        let time = timestamp(u, "time", required: true)
        let decision = u.text("decision")
        if let decision, !Codings.decisionWords.contains(decision) {
            log.error(u.location("decision"), "unknown decision '\(decision)'; expected accept or reject")
        }
        let adjudicator = u.text("adjudicator")
        let decided = timestamp(u, "decided")
        if (decision == nil) != (adjudicator == nil) || (decision == nil) != (decided == nil) {
            log.error(u.start, "a decision needs all of 'decision', 'adjudicator' and 'decided', or none")
        }
        if let start, let end, let text {
            if end <= start {
                log.error(u.location("end"), "'end' \(end) must be after 'start' \(start)")
            } else if let article, !VerbatimText.range(TextRange(start: start, end: end), of: article, holds: text) {
                log.error(u.location("start"), "the unit's text is not at \(start)..<\(end) of the article")
            }
        }
        guard let start, let end, let text, let time else { return nil }
        return Codings.StoredUnit(
            start: start, end: end, actor: u.text("actor"), issue: u.text("issue"), stance: stance, basis: basis,
            reportedBy: u.text("reported_by"), text: text, origin: u.text("origin"), time: time,
            decision: decision.map { Codings.Decision(decision: $0, adjudicator: adjudicator ?? "", time: decided ?? "") })
    }

    private func timestamp(_ f: YAMLFields, _ key: String, required: Bool = false) -> String? {
        guard let time = f.text(key, required: required) else { return nil }
        if !Self.isTimestamp(time) {
            log.error(f.location(key), "'\(time)' is not a time; write YYYY-MM-DDTHH:MM:SSZ (UTC)")
        }
        return time
    }
}
