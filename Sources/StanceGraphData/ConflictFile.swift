import Foundation
import Yams

/// The conflict file a researcher resolves: each conflict with both versions and a `resolve:`
/// line to set to `mine` or `theirs`, then `stance merge OTHER --resolved FILE`.
public enum ConflictFile {
    public static func write(_ conflicts: [Merger.Conflict]) -> String {
        var e = YAMLEmitter()
        e.raw("# Set each resolve: to mine or theirs, then run: stance merge OTHER --resolved THIS-FILE\n")
        if conflicts.isEmpty { e.raw("[]\n") }
        for conflict in conflicts {
            e.field("target", conflict.target, indent: 2, first: true)
            e.field("reason", conflict.reason, indent: 2)
            for (label, fields) in [("mine", conflict.mine), ("theirs", conflict.theirs)] {
                e.open(label, indent: 2)
                for key in fields.keys.sorted() { e.field(key, fields[key], indent: 4) }
            }
            e.raw("  resolve: \(conflict.resolution?.rawValue ?? "")\n")
        }
        return e.output
    }

    /// The resolutions in a conflict file, by target.
    ///
    /// The file is held to the same strict YAML subset as `graph-data/` (no null words, tags, anchors or
    /// aliases; a leading byte-order mark skipped), each problem reported with its line and column.
    public static func read(_ text: String, file: String) throws -> [String: Merger.Preference] {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let log = DiagnosticLog()
        let root: Node?
        do {
            root = try StrictYAML.compose(text, file: file, log: log)
        } catch let error as YamlError {
            throw GraphDataError.invalid([GraphDataDiagnostic(
                .init(file: file, line: Self.line(of: error), column: 1), "not valid YAML: \(error)")])
        }
        guard log.diagnostics.isEmpty else { throw GraphDataError.invalid(log.diagnostics) }
        guard let node = root, let items = node.sequence else { return [:] }
        var result: [String: Merger.Preference] = [:]
        for item in items {
            guard let target = item["target"]?.scalar?.string else { continue }
            let word = item["resolve"]?.scalar?.string ?? ""
            guard !word.isEmpty else { continue }
            guard let preference = Merger.Preference(rawValue: word) else {
                let line = item["resolve"]?.mark?.line ?? item.mark?.line ?? 1
                throw GraphDataError.invalid([GraphDataDiagnostic(
                    .init(file: file, line: line, column: 12), "resolve: '\(word)' must be mine or theirs")])
            }
            result[target] = preference
        }
        return result
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }
}
