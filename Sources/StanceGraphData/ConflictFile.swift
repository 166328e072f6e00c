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
    public static func read(_ text: String, file: String) throws -> [String: Merger.Preference] {
        guard let node = try Yams.compose(yaml: text), let items = node.sequence else { return [:] }
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
}
