import StanceCore
import StanceStore

extension DNAExporter {
    /// Ids a previous import kept (`DNA entity: 9`), reused when free; new ones above all of them.
    struct KeptIDs {
        private var claimed = Set<Int>()
        private var used = Set<Int>()
        private var counter = 0

        mutating func claim(_ text: String?) {
            if let text, let id = Int(text), id > 0 { claimed.insert(id) }
        }

        mutating func id(_ text: String?) -> Int {
            if let text, let id = Int(text), id > 0, !used.contains(id) {
                used.insert(id)
                return id
            }
            return next()
        }

        mutating func next() -> Int {
            repeat { counter += 1 } while claimed.contains(counter) || used.contains(counter)
            used.insert(counter)
            return counter
        }
    }

    /// Writes rows DNA's way.
    struct Writer {
        let db: SQLConnection
        var attributeValueID = 0
        /// The values written per variable, without regard to case (DNA's UNIQUE (VariableId, Value), and Stance's
        /// case-blind names on the way back).
        var values: [Int: Set<String>] = [:]

        func header(password: String) throws {
            try setting("version", "3.0.7")
            try setting("date", "2022-06-10")
            try db.execute(
                """
                INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password, PermissionEditStatementTypes,
                    PermissionEditCoders, PermissionEditOthersDocuments, PermissionEditOthersStatements)
                VALUES (1, 'Admin', 255, 255, 0, \(password), 1, 1, 1, 1)
                """)
            try db.execute(
                """
                INSERT INTO STATEMENTTYPES (ID, Label, Red, Green, Blue) VALUES (1, 'DNA Statement', 239, 208, 51),
                    (2, 'Annotation', 211, 211, 211)
                """)
            try db.execute(
                """
                INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES (1, 'person', 'short text', 1),
                    (2, 'organization', 'short text', 1), (3, 'concept', 'short text', 1), (4, 'agreement', 'boolean', 1),
                    (5, 'note', 'long text', 2)
                """)
            try db.execute(
                """
                INSERT INTO ATTRIBUTEVARIABLES (ID, VariableId, AttributeVariable) VALUES (1, 1, 'Type'), (2, 2, 'Type'),
                    (3, 3, 'Type'), (4, 1, 'Alias'), (5, 2, 'Alias'), (6, 3, 'Alias'), (7, 1, 'Notes'), (8, 2, 'Notes'),
                    (9, 3, 'Notes')
                """)
        }

        func setting(_ property: String, _ value: String) throws {
            try db.execute("INSERT INTO SETTINGS (Property, Value) VALUES (\(property), \(value))")
        }

        /// `text` cut to DNA's 190-character limit of short columns; a cut is reported.
        func fit(_ text: String, _ column: String, _ report: inout Report) -> String {
            guard text.count >= 191 else { return text }
            report.cut += 1
            report.cutColumns.insert(column)
            return String(text.prefix(190))
        }

        mutating func entity(
            id: Int, variable: Int, value: String, color: String?, parent: Int?, type: String, alias: String,
            notes: String, _ report: inout Report
        ) throws {
            let rgb = Self.rgb(color)
            var text = fit(value, "ENTITIES.Value", &report)
            if !text.isEmpty, values[variable, default: []].contains(text.lowercased()) {
                // Two actors (or issues) of one name: the later one is told apart by its entity id.
                let suffix = " (\(id))"
                text = String(text.prefix(190 - suffix.count)) + suffix
                report.renamed.append("'\(value)' written as '\(text)' (another entity of that variable has the name)")
            }
            values[variable, default: []].insert(text.lowercased())
            try db.execute(
                """
                INSERT INTO ENTITIES (ID, VariableId, Value, Red, Green, Blue, ChildOf)
                VALUES (\(id), \(variable), \(text), \(rgb.0), \(rgb.1), \(rgb.2), \(DNAExporter.nullable(parent)))
                """)
            for (offset, attribute) in [type, alias, notes].enumerated() {
                attributeValueID += 1
                try db.execute(
                    """
                    INSERT INTO ATTRIBUTEVALUES (ID, EntityId, AttributeVariableId, AttributeValue)
                    VALUES (\(attributeValueID), \(id), \(variable + 3 * offset), \(fit(attribute, "ATTRIBUTEVALUES.AttributeValue", &report)))
                    """)
            }
        }

        static func rgb(_ color: String?) -> (Int, Int, Int) {
            guard let color, color.count == 7, color.hasPrefix("#"), let value = Int(color.dropFirst(), radix: 16) else {
                return (0, 0, 0)
            }
            return (value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff)
        }
    }
}
