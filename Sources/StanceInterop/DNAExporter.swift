import Foundation
import StanceCore
import StanceStore

/// `stance export --dna`: a Stance graph as a DNA 3 project (DNA 3.0.7's tables, "DNA Statement" type).
///
/// One statement per position whose evidence has a span in its source's text (the quote's range, or the
/// quote or paraphrase sentence found verbatim in the text). DNA's agreement is 1 or 0, so `mixed` and
/// `neutral` positions are not written; basis, confidence and those left out are counted in the report
/// and in SETTINGS (`stance-export`). What an import kept as `DNA key: value` note lines (ids, section,
/// colours, the statement's organization) is written back to its DNA column.
public enum DNAExporter {
    /// What an export wrote and what it could not.
    public struct Report: Sendable, Equatable {
        public var documents = 0
        public var statements = 0
        public var entities = 0
        public var annotations = 0
        public var notCarried: [String] = []
        /// How many values were cut to DNA's 190 characters, and in which columns.
        public var cut = 0
        public var cutColumns = Set<String>()
        /// Names written differently because another entity of the variable has them.
        public var renamed: [String] = []

        /// The report as lines for standard output.
        public var lines: [String] {
            ["wrote \(documents) documents, \(statements) statements, \(entities) entities, \(annotations) annotations"]
                + renamed.map { "renamed: " + $0 } + notCarried.map { "not carried: " + $0 }
        }
    }

    /// Writes `graph` as a new DNA 3 project at `path`, all or nothing.
    ///
    /// - throws: `DNAError.io` when `path` exists (a DNA project is never replaced) or cannot be moved
    ///   into place.
    @discardableResult
    public static func export(
        _ graph: GraphContents, to path: String, password: DNAExporter.Password = .init(defaultPassword)
    ) throws -> Report {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw DNAError.io("\(path) exists; name a new file (a DNA project is never replaced)")
        }
        let temporary = path + ".exporting-\(ProcessInfo.processInfo.processIdentifier)"
        for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        let report = try ForeignSQLiteFile.create(at: temporary) { db in try write(graph, into: db, password: password) }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DNAError.io("cannot move the new DNA project into place at \(path)")
        }
        return report
    }

    /// Creates DNA 3's tables in an empty database and writes `graph` into them.
    public static func write(_ graph: GraphContents, into db: SQLConnection, password: Password) throws -> Report {
        var report = Report()
        for statement in DNASchema.schema { try db.execute(sql: statement) }
        var writer = Writer(db: db)
        try writer.header(password: password.stored)
        // Coders: Admin (DNA's coder 1, empty password), then every coder named in the graph.
        var coderNames = Set(graph.positions.map(\.coder) + graph.annotations.map(\.coder))
        for source in graph.sources {
            if let coder = DNAFields.parse(source.note).fields["Coder"] { coderNames.insert(coder) }
        }
        coderNames.remove("Admin")
        var coders: [String: Int] = ["Admin": 1]
        for (index, name) in coderNames.sorted().enumerated() {
            coders[name] = index + 2
            try db.execute(
                "INSERT INTO CODERS (ID, Name, Password) VALUES (\(index + 2), \(writer.fit(name, "CODERS.Name", &report)), \(password.stored))")
        }

        // DNA relates every coder to every other (all permissions), as it does when a coder is added.
        let coderIDs = coders.values.sorted()
        for coder in coderIDs {
            for other in coderIDs where other != coder {
                try db.execute("INSERT INTO CODERRELATIONS (Coder, OtherCoder) VALUES (\(coder), \(other))")
            }
        }

        // Entities: actors (persons under 'person', the rest under 'organization') and issues.
        var kept = KeptIDs()
        let actorFields = graph.actors.map { DNAFields.parse($0.note).fields }
        let issueFields = graph.issues.map { DNAFields.parse($0.note).fields }
        for fields in actorFields + issueFields { kept.claim(fields["entity"]) }
        var actorEntity: [Slug: Int] = [:]
        var issueEntity: [Slug: Int] = [:]
        for (actor, fields) in zip(graph.actors, actorFields) { actorEntity[actor.id] = kept.id(fields["entity"]) }
        for (issue, fields) in zip(graph.issues, issueFields) { issueEntity[issue.id] = kept.id(fields["entity"]) }
        var extraAliases = 0
        for (actor, fields) in zip(graph.actors, actorFields) {
            guard let id = actorEntity[actor.id] else { continue }
            let variable = actor.kind == .person ? 1 : 2
            let type = fields["Type"] ?? ([.person, .organization].contains(actor.kind) ? "" : actor.kind.rawValue.capitalized)
            try writer.entity(
                id: id, variable: variable, value: actor.name, color: fields["color"], parent: nil, type: type,
                alias: actor.aliases.first ?? "", notes: actor.description ?? "", &report)
            extraAliases += max(0, actor.aliases.count - 1)
        }
        for (issue, fields) in zip(graph.issues, issueFields) {
            guard let id = issueEntity[issue.id] else { continue }
            try writer.entity(
                id: id, variable: 3, value: issue.name, color: fields["color"], parent: nil,
                type: fields["Type"] ?? "", alias: issue.aliases.first ?? "", notes: issue.description ?? "", &report)
            extraAliases += max(0, issue.aliases.count - 1)
        }
        // Parents may come later: set ChildOf once every issue's entity is there.
        for issue in graph.issues {
            guard let id = issueEntity[issue.id], let parent = issue.parent.flatMap({ issueEntity[$0] }) else { continue }
            try db.execute("UPDATE ENTITIES SET ChildOf = \(parent) WHERE ID = \(id)")
        }
        // DNA keeps an empty entity for each short-text variable, for statements that leave it blank.
        var empty: [Int: Int] = [:]
        for variable in 1...3 {
            empty[variable] = kept.next()
            try writer.entity(
                id: empty[variable] ?? 0, variable: variable, value: "", color: nil, parent: nil, type: "", alias: "", notes: "",
                &report)
        }
        report.entities = graph.actors.count + graph.issues.count
        if extraAliases > 0 {
            report.notCarried.append("\(extraAliases) aliases beyond the first of an actor or issue (DNA's Alias holds one)")
        }
        let terms = graph.issues.reduce(0) { $0 + $1.terms.count }
        if terms > 0 {
            report.notCarried.append("\(terms) terms of issues (DNA has no field for them)")
        }

        // Documents.
        var documentKept = KeptIDs()
        let sourceFields = graph.sources.map { DNAFields.parse($0.note) }
        for parsed in sourceFields { documentKept.claim(parsed.fields["document"]) }
        var partialDates = 0
        var documentIDs: [Slug: Int] = [:]
        for (source, parsed) in zip(graph.sources, sourceFields) {
            let id = documentKept.id(parsed.fields["document"])
            documentIDs[source.id] = id
            if source.date.day == nil { partialDates += 1 }
            let date = parsed.fields["Date"].flatMap { Int64($0) } ?? DNADate.seconds(source.date)
            // DNA filters documents by their coder's permissions: a document always has one (its first coder, else Admin).
            let coder = parsed.fields["Coder"].flatMap { coders[$0] } ?? source.positions.first.flatMap { coders[$0.coder] } ?? 1
            try db.execute(
                """
                INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Section, Notes, Type, Date)
                VALUES (\(id), \(writer.fit(source.title, "DOCUMENTS.Title", &report)), \(source.text ?? ""), \(nullable(coder)),
                    \(writer.fit(source.author ?? "", "DOCUMENTS.Author", &report)),
                    \(writer.fit(source.outlet ?? "", "DOCUMENTS.Source", &report)),
                    \(writer.fit(parsed.fields["Section"] ?? "", "DOCUMENTS.Section", &report)), \(parsed.text ?? ""),
                    \(writer.fit(parsed.fields["Type"] ?? "", "DOCUMENTS.Type", &report)), \(date))
                """)
        }
        report.documents = graph.sources.count
        if partialDates > 0 {
            report.notCarried.append("the precision of \(partialDates) partial source dates (written as their first day)")
        }

        // DNA's agreement is 1 or 0: mixed and neutral positions also get a 'stance' variable (only when there are any).
        var stanceVariable: Int?
        var stanceEntities: [Graph.Stance: Int] = [:]
        if graph.positions.contains(where: { $0.stance == .mixed || $0.stance == .neutral }) {
            stanceVariable = 6
            try db.execute("INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES (6, 'stance', 'short text', 1)")
            for stance in Graph.Stance.allCases {
                let id = kept.next()
                stanceEntities[stance] = id
                try db.execute("INSERT INTO ENTITIES (ID, VariableId, Value) VALUES (\(id), 6, \(stance.rawValue))")
            }
        }

        // Statements.
        var statementKept = KeptIDs()
        let positionFields = graph.positions.map { DNAFields.parse($0.note).fields }
        let annotationFields = graph.annotations.map { DNAFields.parse($0.text).fields }
        for fields in positionFields + annotationFields { statementKept.claim(fields["statement"]) }
        let quotes = Dictionary(graph.quotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sources = Dictionary(graph.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let actors = Dictionary(graph.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let organizationsByName = Dictionary(
            graph.actors.filter { $0.kind != .person }.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        var firstAffiliation: [Slug: Slug] = [:]
        for affiliation in graph.affiliations where firstAffiliation[affiliation.actor] == nil {
            firstAffiliation[affiliation.actor] = affiliation.organization
        }
        var noSpan = 0
        let insertStatement = try db.prepare(
            sql: "INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (?, ?, ?, ?, ?, ?)")
        let insertShortText = try db.prepare(
            sql: "INSERT INTO DATASHORTTEXT (ID, StatementId, VariableId, Entity) VALUES (?, ?, ?, ?)")
        let insertBoolean = try db.prepare(sql: "INSERT INTO DATABOOLEAN (ID, StatementId, VariableId, Value) VALUES (?, ?, ?, ?)")
        var indexes: [Slug: UTF16Index] = [:]
        var stances: [Graph.Stance: Int] = [:]
        var dataID = 0
        for (position, fields) in zip(graph.positions, positionFields) {
            if indexes[position.source] == nil, let text = sources[position.source]?.text {
                indexes[position.source] = UTF16Index(text)
            }
            guard let source = sources[position.source], let document = documentIDs[position.source],
                let text = source.text, let index = indexes[position.source],
                let span = span(of: position, quotes: quotes, in: text, index)
            else {
                noSpan += 1
                continue
            }
            let id = statementKept.id(fields["statement"])
            let person = actors[position.actor]?.kind == .person ? actorEntity[position.actor] : nil
            var organization: Int?
            if person == nil {
                organization = actorEntity[position.actor]
            } else if let named = fields["organization"], let org = organizationsByName[named] {
                organization = actorEntity[org]
            } else if let org = firstAffiliation[position.actor] {
                organization = actorEntity[org]
            }
            try insertStatement.execute(arguments: [id, 1, document, span.start, span.stop, coders[position.coder]])
            for (variable, entity) in [(1, person ?? empty[1]), (2, organization ?? empty[2]), (3, issueEntity[position.issue])] {
                dataID += 1
                try insertShortText.execute(arguments: [dataID, id, variable, entity])
            }
            try insertBoolean.execute(arguments: [id, id, 4, position.stance == .supports ? 1 : 0])
            if let stanceVariable {
                dataID += 1
                try insertShortText.execute(arguments: [dataID, id, stanceVariable, stanceEntities[position.stance]])
            }
            if position.stance == .mixed || position.stance == .neutral { stances[position.stance, default: 0] += 1 }
            report.statements += 1
        }

        // Annotations on sources become "Annotation" statements with their text in 'note'.
        var otherAnnotations = 0
        for (annotation, fields) in zip(graph.annotations, annotationFields) {
            guard annotation.target.kind == .source, let source = sources[annotation.target.id],
                let document = documentIDs[annotation.target.id]
            else {
                otherAnnotations += 1
                continue
            }
            let length = (source.text ?? "").utf16.count
            var span = (start: 0, stop: min(1, length))
            if let kept = fields["span"]?.split(separator: "-").compactMap({ Int($0) }), kept.count == 2,
                kept[0] >= 0, kept[0] < kept[1], kept[1] <= length
            {
                span = (kept[0], kept[1])
            }
            guard span.start < span.stop else {
                otherAnnotations += 1
                continue
            }
            let id = statementKept.id(fields["statement"])
            let text = DNAFields.parse(annotation.text).text ?? ""
            try db.execute(
                """
                INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder)
                VALUES (\(id), 2, \(document), \(span.start), \(span.stop), \(nullable(coders[annotation.coder])))
                """)
            try db.execute("INSERT INTO DATALONGTEXT (StatementId, VariableId, Value) VALUES (\(id), 5, \(text))")
            report.annotations += 1
        }

        var notes: [String] = []
        if noSpan > 0 { notes.append("\(noSpan) positions with no span in their source's text") }
        for stance in [Graph.Stance.mixed, .neutral] where (stances[stance] ?? 0) > 0 {
            notes.append(
                "the stance of \(stances[stance] ?? 0) \(stance.rawValue) positions in DNA's agreement (1 or 0; written as 0, "
                    + "with 'stance' = \(stance.rawValue): leave them out in rDNA with excludeValues = list(stance = c(\"mixed\", \"neutral\")))")
        }
        if report.cut > 0 { notes.append("the end of \(report.cut) values longer than DNA's 190 characters (\(report.cutColumns.sorted().joined(separator: ", ")))") }
        if otherAnnotations > 0 { notes.append("\(otherAnnotations) annotations not on a source or on a source with no text") }
        report.notCarried += notes
        let affiliationsOut = graph.affiliations.count
        if affiliationsOut > 0 {
            report.notCarried.append(
                "affiliation roles, dates and sources (DNA ties a person to an organization only within a statement)")
        }
        report.notCarried.append("each position's basis and confidence, and quotes' and positions' own dates and notes")
        try writer.setting(
            "stance-export",
            "Written by Stance. Not carried: " + report.notCarried.joined(separator: "; ")
                + ". Every statement is a Stance position stated with its quote; agreement 1 = supports, 0 = opposes.")
        return report
    }

    /// The UTF-16 span of a position's evidence in `text`: its quote's range, else its quote text or
    /// paraphrase sentence found in the text.
    static func span(of position: Graph.Position, quotes: [Slug: Graph.Quote], in text: String, _ index: UTF16Index)
        -> (start: Int, stop: Int)?
    {
        var needle: String?
        switch position.evidence {
        case .quote(let id):
            guard let quote = quotes[id] else { return nil }
            if let range = quote.range, range.length > 0, let units = index.utf16(range),
                index.text(utf16: units.start, units.stop) == quote.text
            {
                return units
            }
            needle = quote.text
        case .paraphrase(_, let sentence):
            needle = sentence
        case .none:
            return nil
        }
        guard let needle, !needle.isEmpty, let found = text.range(of: needle) else { return nil }
        let start = text.utf16.distance(from: text.utf16.startIndex, to: found.lowerBound)
        return (start, start + needle.utf16.count)
    }

    /// The password every coder of an exported project opens it with, unless `STANCE_DNA_PASSWORD` names another.
    public static let defaultPassword = "stance"

    /// A coder password in DNA's stored form (computing it takes 100,000 SHA-256 rounds, so it is made once).
    public struct Password: Sendable {
        public let stored: String

        public init(_ password: String) {
            stored = DNAPassword.encrypt(password)
        }
    }

    /// An optional id as an SQL value (NULL for nil).
    static func nullable(_ value: Int?) -> SQLValue {
        value.map { .integer(Int64($0)) } ?? .null
    }
}
