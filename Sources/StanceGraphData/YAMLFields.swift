import Foundation
import StanceCore
import Yams

/// Collects diagnostics while `graph-data/` is read, so every problem is reported at once.
final class DiagnosticLog {
    private(set) var diagnostics: [GraphDataDiagnostic] = []

    func error(_ location: FileLocation, _ message: String) {
        diagnostics.append(GraphDataDiagnostic(location, message))
    }
}

/// A YAML mapping from one file, read field by field with file:line:column for every problem.
struct YAMLFields {
    let file: String
    let mapping: Node.Mapping
    let mark: Mark?
    let log: DiagnosticLog

    /// Reads `node` as a mapping with exactly the `allowed` keys; nil (and an error) otherwise.
    init?(_ node: Node, file: String, allowed: [String], log: DiagnosticLog, what: String) {
        self.file = file
        self.log = log
        self.mark = node.mark
        // A value refused as outside the strict YAML subset has its error already.
        if StrictYAML.isRefused(node) { return nil }
        guard let mapping = node.mapping else {
            log.error(YAMLFields.location(file, node.mark), "expected \(what) as a mapping of fields")
            return nil
        }
        self.mapping = mapping
        for (key, _) in mapping {
            guard let name = key.scalar?.string else {
                log.error(YAMLFields.location(file, key.mark), "field names must be plain text")
                continue
            }
            if !allowed.contains(name) {
                var message = "unknown field '\(name)' in \(what)"
                if let near = NameMatching.nearest(to: name, among: allowed, limit: 1).first {
                    message += "; did you mean '\(near)'?"
                } else {
                    message += "; valid fields: \(allowed.joined(separator: ", "))"
                }
                log.error(YAMLFields.location(file, key.mark), message)
            }
        }
    }

    static func location(_ file: String, _ mark: Mark?) -> FileLocation {
        FileLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Where the value of `key` is, or where the mapping starts when the key is absent.
    func location(_ key: String) -> FileLocation {
        YAMLFields.location(file, mapping[key]?.mark ?? mark)
    }

    var start: FileLocation { YAMLFields.location(file, mark) }

    /// A text field; nil when absent (an error if `required`) or not plain text.
    func text(_ key: String, required: Bool = false) -> String? {
        guard let node = mapping[key] else {
            if required { log.error(start, "missing required field '\(key)'") }
            return nil
        }
        if StrictYAML.isRefused(node) { return nil }
        guard let scalar = node.scalar else {
            log.error(location(key), "field '\(key)' must be text, not a list or mapping")
            return nil
        }
        if scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            log.error(location(key), "field '\(key)' is empty; omit it instead")
            return nil
        }
        if scalar.string.unicodeScalars.contains("\u{0}") {
            log.error(location(key), "field '\(key)' holds a NUL character, which SQLite text cannot keep")
            return nil
        }
        return scalar.string
    }

    /// An id field (`[a-z0-9]+(-[a-z0-9]+)*`).
    func slug(_ key: String, required: Bool = false) -> Slug? {
        guard let text = text(key, required: required) else { return nil }
        guard let slug = Slug(text) else {
            log.error(
                location(key),
                "'\(text)' is not a valid id for '\(key)'; ids are lower-case letters and digits "
                    + "joined by single hyphens" + suggestionSlug(text))
            return nil
        }
        return slug
    }

    private func suggestionSlug(_ text: String) -> String {
        guard let made = Slug.make(from: text) else { return "" }
        return " (such as '\(made)')"
    }

    /// A date field: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date.
    func date(_ key: String, required: Bool = false) -> PartialDate? {
        guard let text = text(key, required: required) else { return nil }
        guard let date = PartialDate(text) else {
            log.error(
                location(key),
                "'\(text)' is not a valid date for '\(key)'; write YYYY, YYYY-MM or YYYY-MM-DD "
                    + "(a real calendar date)")
            return nil
        }
        return date
    }

    /// A field holding one of an enumeration's words.
    func word<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let text = text(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            let valid = T.allCases.map(\.rawValue)
            var message =
                "unknown \(key) '\(text)'; expected one of: \(valid.joined(separator: ", "))"
            if let near = NameMatching.nearest(to: text, among: valid, limit: 1).first {
                message += "; did you mean '\(near)'?"
            }
            log.error(location(key), message)
            return nil
        }
        return value
    }

    /// A non-negative integer field.
    func integer(_ key: String, required: Bool = false) -> Int? {
        guard let text = text(key, required: required) else { return nil }
        guard let value = Int(text), value >= 0 else {
            log.error(location(key), "'\(text)' is not a valid \(key); expected a whole number ≥ 0")
            return nil
        }
        return value
    }

    /// The items of a list field (empty when absent).
    func list(_ key: String, required: Bool = false) -> [Node] {
        guard let node = mapping[key] else {
            if required { log.error(start, "missing required field '\(key)'") }
            return []
        }
        if StrictYAML.isRefused(node) { return [] }
        guard let sequence = node.sequence else {
            log.error(location(key), "field '\(key)' must be a list")
            return []
        }
        return Array(sequence)
    }

    /// A list of text items.
    func texts(_ key: String, required: Bool = false) -> [String] {
        list(key, required: required).compactMap { item in
            if StrictYAML.isRefused(item) { return nil }
            guard let scalar = item.scalar else {
                log.error(YAMLFields.location(file, item.mark), "items of '\(key)' must be text")
                return nil
            }
            if scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                log.error(YAMLFields.location(file, item.mark), "an item of '\(key)' is empty; remove it instead")
                return nil
            }
            if scalar.string.unicodeScalars.contains("\u{0}") {
                log.error(
                    YAMLFields.location(file, item.mark),
                    "an item of '\(key)' holds a NUL character, which SQLite text cannot keep")
                return nil
            }
            return scalar.string
        }
    }

    /// A list of ids.
    func slugs(_ key: String, required: Bool = false) -> [(Slug, FileLocation)] {
        list(key, required: required).compactMap { item in
            if StrictYAML.isRefused(item) { return nil }
            let where_ = YAMLFields.location(file, item.mark)
            guard let text = item.scalar?.string, let slug = Slug(text) else {
                log.error(where_, "items of '\(key)' must be ids (lower-case letters, digits, hyphens)")
                return nil
            }
            return (slug, where_)
        }
    }
}
