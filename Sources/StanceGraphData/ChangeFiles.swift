import Foundation
import StanceCore
import StanceStore

/// The change log in `graph-data/changes/`: one append-only file per coder (`changes/CODER.yaml`), each a list of
/// changes oldest first, in the strict YAML subset of the other files (see `docs/graph-data.md`).
///
/// `stance export` appends the changes a file lacks and never rewrites what is there; `stance build` reads every
/// file back into the store's change log.
public enum ChangeFiles {
    /// The folder inside `graph-data/`.
    public static let folder = "changes"

    static let fields = ["id", "coder", "time", "operation", "undoes", "target", "before", "after"]

    /// The file, inside `graph-data/`, that holds `coder`'s changes: `changes/SLUG.yaml`, the slug made from the
    /// name (`Ann Lee` → `ann-lee`); a name with no ASCII letter or digit gets `coder-` and 8 hex digits of its
    /// SHA-256.
    public static func file(for coder: String) -> String {
        let slug = Slug.make(from: coder)?.rawValue ?? "coder-" + String(SHA256.hex(Array(coder.utf8)).prefix(8))
        return "\(folder)/\(slug).yaml"
    }

    /// The change files of `folder`, as paths inside it, sorted.
    static func names(in folder: String) -> [String] {
        let dir = (folder as NSString).appendingPathComponent(Self.folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(Self.folder)/\($0)" }
    }

    /// The text of entries as they are appended to a file.
    static func text(_ entries: [PortableChange]) -> String {
        var e = YAMLEmitter()
        for change in entries {
            e.field("id", change.id, indent: 2, first: true)
            e.field("coder", change.coder, indent: 2)
            e.dateField("time", change.time, indent: 2)
            e.field("operation", change.operation, indent: 2)
            e.field("undoes", change.undoes, indent: 2)
            e.field("target", change.target, indent: 2)
            e.field("before", change.before.isEmpty ? nil : change.before.canonicalJSON, indent: 2)
            e.field("after", change.after.isEmpty ? nil : change.after.canonicalJSON, indent: 2)
        }
        return e.output
    }

    /// Reads every change file of `folder`: the changes in log order (by time; see `Change.ordered`), and every
    /// problem with its file, line and column.
    public static func read(folder: String) -> (changes: [PortableChange], diagnostics: [GraphDataDiagnostic]) {
        let reader = GraphDataReader(folder: folder)
        let changes = reader.readChanges()
        return (changes, reader.diagnostics)
    }

    /// Appends to the change files of `folder` every change of `changes` that no file holds yet (by stable id),
    /// each to its coder's file, in the order given. What is in a file already is left byte for byte.
    ///
    /// - throws: `GraphDataError.invalid` when a change file there cannot be read (nothing is written).
    @discardableResult
    public static func append(_ changes: [PortableChange], to folder: String) throws -> GraphDataWriter.Report {
        let present = read(folder: folder)
        guard present.diagnostics.isEmpty else { throw GraphDataError.invalid(present.diagnostics.sorted()) }
        let known = Set(present.changes.map(\.id))
        var byFile: [String: [PortableChange]] = [:]
        var seen = known
        for change in changes where !seen.contains(change.id) {
            seen.insert(change.id)
            byFile[file(for: change.coder), default: []].append(change)
        }
        var report = GraphDataWriter.Report()
        guard !byFile.isEmpty else { return report }
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                atPath: (folder as NSString).appendingPathComponent(Self.folder), withIntermediateDirectories: true)
            for (name, entries) in byFile.sorted(by: { $0.key < $1.key }) {
                let path = (folder as NSString).appendingPathComponent(name)
                var data = manager.contents(atPath: path) ?? Data()
                let existed = manager.fileExists(atPath: path)
                if let last = data.last, last != UInt8(ascii: "\n") { data.append(UInt8(ascii: "\n")) }
                data.append(Data(text(entries).utf8))
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
                if existed { report.changed.append(name) } else { report.created.append(name) }
            }
        } catch {
            throw GraphDataError.io("cannot write \(folder)/\(Self.folder): \(error.localizedDescription)")
        }
        return report
    }
}

extension GraphDataReader {
    /// Reads `changes/*.yaml`: each file a list of changes by one coder. Checks each entry's fields, that its id
    /// is the hash of its content (an entry is never edited), that an id appears once, that an undo names a
    /// change in the log, and that each change is in its coder's file.
    func readChanges() -> [PortableChange] {
        var files: [[PortableChange]] = []
        var firstSeen: [String: FileLocation] = [:]
        var undos: [(String, FileLocation)] = []
        for name in ChangeFiles.names(in: folder) {
            var entries: [PortableChange] = []
            for item in items(in: name, what: "a change") {
                let problems = log.diagnostics.count
                guard let f = YAMLFields(item.0, file: item.1, allowed: ChangeFiles.fields, log: log, what: "a change"),
                    let entry = readChange(f, file: name, problems: problems)
                else { continue }
                if let earlier = firstSeen[entry.id] {
                    log.error(f.location("id"), "change '\(entry.id)' is already in the log at \(earlier); remove this copy")
                    continue
                }
                firstSeen[entry.id] = f.location("id")
                if let undoes = entry.undoes { undos.append((undoes, f.location("undoes"))) }
                entries.append(entry)
            }
            files.append(entries)
        }
        for (undoes, at) in undos where firstSeen[undoes] == nil {
            log.error(at, "'undoes' names change '\(undoes)', which no file in changes/ holds")
        }
        return Change.ordered(files)
    }

    /// The change `f` holds; nil when it has a problem (`problems`: the number logged before it was read).
    private func readChange(_ f: YAMLFields, file name: String, problems: Int) -> PortableChange? {
        let id = f.text("id", required: true)
        if let id, id.count != 16 || !id.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
            log.error(f.location("id"), "'\(id)' is not a change id; a change id is 16 lower-case hex digits")
        }
        let coder = f.text("coder", required: true)
        let time = f.text("time", required: true)
        if let time, !Self.isTimestamp(time) {
            log.error(f.location("time"), "'\(time)' is not a time; write YYYY-MM-DDTHH:MM:SSZ (UTC)")
        }
        let operation = f.text("operation", required: true)
        if let operation, !PortableChange.operations.contains(operation) {
            log.error(
                f.location("operation"),
                "unknown operation '\(operation)'; expected one of: \(PortableChange.operations.joined(separator: ", "))")
        }
        let undoes = f.text("undoes")
        if operation == "undo", undoes == nil {
            log.error(f.start, "an undo needs 'undoes': the id of the change it takes back")
        } else if let operation, operation != "undo", undoes != nil {
            log.error(f.location("undoes"), "'undoes' is only for operation 'undo'")
        }
        let target = f.text("target", required: true)
        if let target, Graph.Target(target) == nil {
            let kinds = Graph.Target.Kind.allCases.map(\.rawValue).joined(separator: "|")
            log.error(f.location("target"), "'\(target)' is not a target; write KIND:ID with KIND one of \(kinds)")
        }
        func snapshot(_ key: String) -> Snapshot? {
            guard let text = f.text(key) else { return Snapshot(parts: []) }
            guard let snapshot = Snapshot(json: text) else {
                log.error(f.location(key), "'\(key)' is not a snapshot: expected the JSON [{\"rows\": [...], \"table\": ...}]")
                return nil
            }
            return snapshot
        }
        let before = snapshot("before")
        let after = snapshot("after")
        guard let id, let coder, let time, let operation, let target, let before, let after,
            log.diagnostics.count == problems
        else { return nil }
        let change = PortableChange(
            coder: coder, time: time, operation: operation, undoes: undoes, target: target, before: before, after: after)
        if change.id != id {
            log.error(
                f.location("id"),
                "change '\(id)' does not match its content (its content gives '\(change.id)'): an entry of the change "
                    + "log is never edited; undo the change, or make a new one, with stance")
            return nil
        }
        let expected = ChangeFiles.file(for: coder)
        if expected != name {
            log.error(f.location("coder"), "a change by '\(coder)' belongs in \(expected), not \(name)")
        }
        return change
    }
}
