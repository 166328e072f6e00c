import StanceStore

/// Reads a DNA 2 or DNA 3 project (an SQLite file) into a `DNAProject`, detecting the version from SETTINGS.
public enum DNAReader {
    /// Reads the project at `path`.
    ///
    /// - throws: `DNAError.notDNA` for a file that is not SQLite, a DNA 1 XML file, or an SQLite file with
    ///   no DNA SETTINGS; `DNAError.invalidRow` for a row the import cannot read.
    public static func read(path: String) throws -> DNAProject {
        let leading = ForeignSQLiteFile.leadingBytes(at: path) ?? []
        let start = String(decoding: leading, as: UTF8.self).drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if start.hasPrefix("<") {
            throw DNAError.notDNA(
                path: path,
                "this is an XML file, the format of DNA 1; open it in DNA 2 (which converts DNA 1 files) and "
                    + "import the .dna file DNA 2 or DNA 3 saves")
        }
        do {
            return try ForeignSQLiteFile.read(at: path) { db in try read(db, path: path) }
        } catch let failure as ForeignSQLiteFile.Failure {
            throw DNAError.notDNA(path: path, failure.description + "; a DNA 2 or DNA 3 project is an SQLite file")
        }
    }

    /// Reads a project through an open connection.
    public static func read(_ db: SQLConnection, path: String) throws -> DNAProject {
        let tables = Set(
            try db.fetchAll(String.self, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                .map { $0.uppercased() })
        guard tables.contains("SETTINGS"),
            let versionText = try db.fetchOne(
                String.self, sql: "SELECT Value FROM SETTINGS WHERE Property = 'version'")
        else {
            throw DNAError.notDNA(
                path: path, "an SQLite file with no DNA version in a SETTINGS table; is it a DNA project?")
        }
        let version: DNAProject.Version
        if versionText.hasPrefix("3.") {
            version = .dna3(versionText)
        } else if versionText.hasPrefix("2.") {
            version = .dna2(versionText)
        } else {
            throw DNAError.notDNA(
                path: path, "DNA version '\(versionText)' in SETTINGS; Stance reads DNA 2.x and 3.x projects")
        }
        let needed = ["CODERS", "DOCUMENTS", "STATEMENTTYPES", "VARIABLES", "STATEMENTS", "DATABOOLEAN",
            "DATAINTEGER", "DATALONGTEXT", "DATASHORTTEXT"] + (version.isDNA3 ? ["ENTITIES"] : ["ATTRIBUTES"])
        for table in needed where !tables.contains(table) {
            throw DNAError.notDNA(path: path, "DNA \(versionText) project without a \(table) table")
        }
        var project = DNAProject(version: version)
        for row in try db.fetchAll(sql: "SELECT ID, Name FROM CODERS ORDER BY ID") {
            let id: Int = try require(row["ID"], "CODERS", nil, "ID")
            project.coders.append(.init(id: id, name: row["Name"] ?? ""))
        }
        for row in try db.fetchAll(
            sql: "SELECT ID, Title, Text, Coder, Author, Source, Section, Notes, Type, Date FROM DOCUMENTS ORDER BY ID")
        {
            let id: Int = try require(row["ID"], "DOCUMENTS", nil, "ID")
            let date: Int64 = try require(row["Date"], "DOCUMENTS", id, "Date")
            project.documents.append(
                .init(
                    id: id, title: row["Title"] ?? "", text: row["Text"] ?? "", coder: row["Coder"],
                    author: row["Author"] ?? "", source: row["Source"] ?? "", section: row["Section"] ?? "",
                    notes: row["Notes"] ?? "", type: row["Type"] ?? "",
                    date: version.isDNA3 ? date : floorDivide(date, 1000)))
        }
        for row in try db.fetchAll(sql: "SELECT ID, Label FROM STATEMENTTYPES ORDER BY ID") {
            let id: Int = try require(row["ID"], "STATEMENTTYPES", nil, "ID")
            project.statementTypes.append(.init(id: id, label: row["Label"] ?? ""))
        }
        for row in try db.fetchAll(sql: "SELECT ID, Variable, DataType, StatementTypeId FROM VARIABLES ORDER BY ID") {
            let id: Int = try require(row["ID"], "VARIABLES", nil, "ID")
            project.variables.append(
                .init(
                    id: id, name: row["Variable"] ?? "", dataType: row["DataType"] ?? "",
                    statementType: try require(row["StatementTypeId"], "VARIABLES", id, "StatementTypeId")))
        }
        if version.isDNA3 {
            try readEntities3(db, into: &project)
        } else {
            try readEntities2(db, into: &project)
        }
        try readStatements(db, into: &project)
        return project
    }

    private static func readEntities3(_ db: SQLConnection, into project: inout DNAProject) throws {
        var attributes: [Int: [String: String]] = [:]
        let tables = Set(try db.fetchAll(String.self, sql: "SELECT upper(name) FROM sqlite_master WHERE type = 'table'"))
        if tables.contains("ATTRIBUTEVALUES"), tables.contains("ATTRIBUTEVARIABLES") {
            for row in try db.fetchAll(
                sql: """
                    SELECT v.EntityId, a.AttributeVariable, v.AttributeValue
                    FROM ATTRIBUTEVALUES v JOIN ATTRIBUTEVARIABLES a ON a.ID = v.AttributeVariableId
                    ORDER BY v.ID
                    """)
            {
                guard let entity: Int = row[0], let name: String = row[1] else { continue }
                attributes[entity, default: [:]][name] = row[2] ?? ""
            }
        }
        for row in try db.fetchAll(
            sql: "SELECT ID, VariableId, Value, Red, Green, Blue, ChildOf FROM ENTITIES ORDER BY ID")
        {
            let id: Int = try require(row["ID"], "ENTITIES", nil, "ID")
            project.entities.append(
                .init(
                    id: id, variable: try require(row["VariableId"], "ENTITIES", id, "VariableId"),
                    value: row["Value"] ?? "", color: color(row), parent: row["ChildOf"],
                    attributes: attributes[id] ?? [:]))
        }
    }

    private static func readEntities2(_ db: SQLConnection, into project: inout DNAProject) throws {
        var parents: [(entity: Int, childOf: String)] = []
        for row in try db.fetchAll(
            sql: "SELECT ID, VariableId, Value, Red, Green, Blue, Type, Alias, Notes, ChildOf FROM ATTRIBUTES ORDER BY ID")
        {
            let id: Int = try require(row["ID"], "ATTRIBUTES", nil, "ID")
            var attributes: [String: String] = [:]
            for name in ["Type", "Alias", "Notes"] { attributes[name] = row[name] ?? "" }
            project.entities.append(
                .init(
                    id: id, variable: try require(row["VariableId"], "ATTRIBUTES", id, "VariableId"),
                    value: row["Value"] ?? "", color: color(row), parent: nil, attributes: attributes))
            let childOf = (row["ChildOf"] as String?) ?? (row["ChildOf"] as Int?).map(String.init) ?? ""
            if !childOf.isEmpty { parents.append((id, childOf)) }
        }
        // DNA 2 keeps ChildOf as text: the parent's id, or its value in the same variable.
        for (entity, childOf) in parents {
            guard let index = project.entities.firstIndex(where: { $0.id == entity }) else { continue }
            let variable = project.entities[index].variable
            if let parentID = Int(childOf), project.entities.contains(where: { $0.id == parentID }) {
                project.entities[index].parent = parentID
            } else if let parent = project.entities.first(where: { $0.variable == variable && $0.value == childOf }) {
                project.entities[index].parent = parent.id
            } else {
                throw DNAError.invalidRow(
                    table: "ATTRIBUTES", id: entity, "ChildOf '\(childOf)' names no entity of the same variable")
            }
        }
    }

    private static func readStatements(_ db: SQLConnection, into project: inout DNAProject) throws {
        var statements: [Int: DNAProject.Statement] = [:]
        var order: [Int] = []
        for row in try db.fetchAll(
            sql: "SELECT ID, StatementTypeId, DocumentId, Start, Stop, Coder FROM STATEMENTS ORDER BY ID")
        {
            let id: Int = try require(row["ID"], "STATEMENTS", nil, "ID")
            statements[id] = .init(
                id: id, statementType: try require(row["StatementTypeId"], "STATEMENTS", id, "StatementTypeId"),
                document: try require(row["DocumentId"], "STATEMENTS", id, "DocumentId"),
                start: try require(row["Start"], "STATEMENTS", id, "Start"),
                stop: try require(row["Stop"], "STATEMENTS", id, "Stop"), coder: row["Coder"], values: [:],
                valueRows: [:])
            order.append(id)
        }
        func attach(_ table: String, _ sql: String, _ value: (SQLRow, Int) throws -> DNAProject.Value) throws {
            for row in try db.fetchAll(sql: sql) {
                let id: Int = try require(row["ID"], table, nil, "ID")
                let statement: Int = try require(row["StatementId"], table, id, "StatementId")
                let variable: Int = try require(row["VariableId"], table, id, "VariableId")
                guard statements[statement] != nil else {
                    throw DNAError.invalidRow(table: table, id: id, "StatementId \(statement) names no statement")
                }
                statements[statement]?.values[variable] = try value(row, id)
                statements[statement]?.valueRows[variable] = (table, id)
            }
        }
        try attach("DATABOOLEAN", "SELECT ID, StatementId, VariableId, Value FROM DATABOOLEAN ORDER BY ID") { row, id in .boolean(try require(row[3], "DATABOOLEAN", id, "Value")) }
        try attach("DATAINTEGER", "SELECT ID, StatementId, VariableId, Value FROM DATAINTEGER ORDER BY ID") { row, id in .integer(try require(row[3], "DATAINTEGER", id, "Value")) }
        try attach("DATALONGTEXT", "SELECT ID, StatementId, VariableId, Value FROM DATALONGTEXT ORDER BY ID") { row, _ in .longText(row[3] ?? "") }
        if project.version.isDNA3 {
            try attach("DATASHORTTEXT", "SELECT ID, StatementId, VariableId, Entity FROM DATASHORTTEXT ORDER BY ID") {
                row, id in .entity(try require(row[3], "DATASHORTTEXT", id, "Entity")) }
        } else {
            // DNA 2 stores the text itself; the entity is the ATTRIBUTES row of that variable and value,
            // added when DNA 2 never made one.
            var byValue: [String: Int] = [:]
            for entity in project.entities { byValue["\(entity.variable)\u{0}\(entity.value)"] = entity.id }
            var nextID = (project.entities.map(\.id).max() ?? 0) + 1
            var created: [DNAProject.Entity] = []
            try attach("DATASHORTTEXT", "SELECT ID, StatementId, VariableId, Value FROM DATASHORTTEXT ORDER BY ID") {
                row, id in
                let variable: Int = try require(row[2], "DATASHORTTEXT", id, "VariableId")
                let text: String = row[3] ?? ""
                let key = "\(variable)\u{0}\(text)"
                if let entity = byValue[key] { return .entity(entity) }
                byValue[key] = nextID
                created.append(.init(id: nextID, variable: variable, value: text, color: nil, parent: nil, attributes: [:]))
                nextID += 1
                return .entity(nextID - 1)
            }
            project.entities += created
        }
        project.statements = order.compactMap { statements[$0] }
    }

    private static func color(_ row: SQLRow) -> String? {
        guard let red: Int = row["Red"], let green: Int = row["Green"], let blue: Int = row["Blue"] else { return nil }
        return "#" + [red, green, blue].map { hex2(max(0, min(255, $0))) }.joined()
    }

    private static func hex2(_ value: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[value / 16], digits[value % 16]])
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient
    }

    private static func require<T>(_ value: T?, _ table: String, _ id: Int?, _ column: String) throws -> T {
        guard let value else {
            throw DNAError.invalidRow(table: table, id: id ?? 0, "\(column) is NULL or not a number")
        }
        return value
    }
}

extension DNAProject.Version {
    /// Whether DNA 3 wrote the file.
    public var isDNA3: Bool {
        if case .dna3 = self { return true }
        return false
    }
}
