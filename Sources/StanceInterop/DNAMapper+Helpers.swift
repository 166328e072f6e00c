import StanceCore

/// The small steps of `DNAMapper`: names, ids, attributes.
extension DNAMapper {
    /// Refuses two entities of one variable whose names differ only in case: they would be one actor
    /// or issue in Stance, whose names match without regard to case.
    static func checkCaseDuplicates(
        _ project: DNAProject, variables: [DNAProject.Variable?], _ table: String
    ) throws {
        for variableInfo in variables.compactMap({ $0 }) {
            var seen: [String: DNAProject.Entity] = [:]
            for entity in project.entities where entity.variable == variableInfo.id && !entity.value.isEmpty {
                let key = entity.value.lowercased()
                if let first = seen[key] {
                    throw DNAError.invalidRow(
                        table: table, id: entity.id,
                        "'\(entity.value)' of variable '\(variableInfo.name)' differs only in case from '\(first.value)' "
                            + "(\(table) row \(first.id)); Stance matches names without regard to case: recode one as the other in DNA")
                }
                seen[key] = entity
            }
        }
    }

    static func entityFields(_ entity: DNAProject.Entity, _ variable: String) -> [(String, String)] {
        var fields: [(String, String)] = [("entity", String(entity.id)), ("variable", variable)]
        if let type = entity.attributes["Type"], !type.isEmpty { fields.append(("Type", type)) }
        if let color = entity.color, color != "#000000" { fields.append(("color", color)) }
        for (name, value) in entity.attributes.sorted(by: { $0.key < $1.key })
        where !["Type", "Alias", "Notes"].contains(name) && !value.isEmpty {
            fields.append(("attribute " + name, value))
        }
        return fields
    }

    static func aliases(_ entity: DNAProject.Entity) -> [String] {
        guard let alias = entity.attributes["Alias"], !alias.isEmpty, alias != entity.value else { return [] }
        return [alias]
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    static func coderName(_ id: Int, _ project: DNAProject) -> String {
        project.coders.first { $0.id == id }?.name ?? "DNA coder \(id)"
    }

    /// A slug not in `used`: `base`, or `base-suffix`, or `fallback`, numbered when needed.
    static func unique(_ base: Slug?, fallback: String, suffix: String, in used: inout Set<Slug>) -> Slug {
        var candidates: [String] = []
        if let base { candidates += [base.rawValue, base.rawValue + "-" + suffix] }
        candidates.append(fallback)
        for candidate in candidates {
            if let slug = Slug(candidate), !used.contains(slug) {
                used.insert(slug)
                return slug
            }
        }
        var n = 2
        while true {
            if let slug = Slug(fallback + "-\(n)"), !used.contains(slug) {
                used.insert(slug)
                return slug
            }
            n += 1
        }
    }
}
