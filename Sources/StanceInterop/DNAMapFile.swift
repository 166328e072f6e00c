import Foundation
import Yams

/// Reads a `--map` file: which DNA statement type and variables play Stance's roles.
///
/// ```yaml
/// statement-type: NPF Story Element   # the type whose statements become positions
/// person: narrator                    # the speaker; `none` when the type has no person
/// organization: none
/// concept: policy solution            # the issue
/// agreement: none                     # boolean 1/0; `none`: every position supports its issue
/// annotation-type: Annotation
/// ```
public enum DNAMapFile {
    static let keys = ["statement-type", "person", "organization", "concept", "agreement", "annotation-type"]

    /// The mapping in the YAML file at `path`; keys left out keep DNA's defaults.
    ///
    /// - throws: `DNAError.missing` naming the file, the bad key or value and what is valid.
    public static func load(path: String) throws -> DNAMapping {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw DNAError.io("cannot read the map file \(path)")
        }
        return try parse(text, file: path)
    }

    /// The mapping in YAML `text`.
    public static func parse(_ text: String, file: String) throws -> DNAMapping {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            throw DNAError.missing("\(file): not valid YAML: \(error)")
        }
        guard let dictionary = loaded as? [String: Any] else {
            throw DNAError.missing("\(file): expected a mapping of \(keys.joined(separator: ", ")) to variable names")
        }
        var mapping = DNAMapping()
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            guard keys.contains(key) else {
                throw DNAError.missing("\(file): unknown key '\(key)'; valid keys: \(keys.joined(separator: ", "))")
            }
            let name: String?
            if let string = value as? String {
                name = string == "none" ? nil : string
            } else if value is NSNull {
                name = nil
            } else {
                throw DNAError.missing("\(file): '\(key)' must name a variable (text) or be none")
            }
            switch key {
            case "statement-type", "concept", "annotation-type":
                guard let name else { throw DNAError.missing("\(file): '\(key)' cannot be none") }
                if key == "statement-type" { mapping.statementType = name }
                if key == "concept" { mapping.concept = name }
                if key == "annotation-type" { mapping.annotationType = name }
            case "person": mapping.person = name
            case "organization": mapping.organization = name
            default: mapping.agreement = name
            }
        }
        return mapping
    }
}
