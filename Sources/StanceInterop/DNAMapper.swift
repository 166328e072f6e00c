import StanceCore

/// Turns a `DNAProject` into a Stance graph: documents → sources, statements → quotes and positions,
/// person + organization → affiliations, entities → actors and issues, "Annotation" statements → annotations.
///
/// Every check runs before anything is written: a project that breaks one is refused whole.
public enum DNAMapper {
    /// The graph for `project` read through `mapping`, and what was carried and what was not.
    ///
    /// - throws: `DNAError` naming the DNA table and row id of the first problem.
    public static func graph(from project: DNAProject, mapping: DNAMapping = DNAMapping()) throws
        -> (graph: GraphContents, report: DNAImportReport)
    {
        var report = DNAImportReport()
        report.version = project.version.text
        guard let type = project.statementTypes.first(where: { $0.label == mapping.statementType }) else {
            let labels = project.statementTypes.map { "'\($0.label)'" }.joined(separator: ", ")
            throw DNAError.missing(
                "STATEMENTTYPES has no statement type '\(mapping.statementType)' (it has \(labels.isEmpty ? "none" : labels)); "
                    + "name the type to import with --statement-type, or map its variables with --map")
        }
        let variables = project.variables.filter { $0.statementType == type.id }
        func variable(_ name: String?, _ dataType: String, role: String) throws -> DNAProject.Variable? {
            guard let name else { return nil }
            guard let found = variables.first(where: { $0.name == name }) else {
                let names = variables.map { "'\($0.name)'" }.joined(separator: ", ")
                throw DNAError.missing(
                    "statement type '\(type.label)' (STATEMENTTYPES row \(type.id)) has no variable '\(name)' for the "
                        + "\(role) (its variables: \(names)); map the \(role) to one of them with --map")
            }
            guard found.dataType == dataType else {
                throw DNAError.invalidRow(
                    table: "VARIABLES", id: found.id,
                    "variable '\(name)' is '\(found.dataType)'; the \(role) must be a '\(dataType)' variable")
            }
            return found
        }
        let personVariable = try variable(mapping.person, "short text", role: "person")
        let organizationVariable = try variable(mapping.organization, "short text", role: "organization")
        guard personVariable != nil || organizationVariable != nil else {
            throw DNAError.missing("the mapping names neither a person nor an organization variable")
        }
        guard let conceptVariable = try variable(mapping.concept, "short text", role: "concept") else {
            throw DNAError.missing("the mapping names no concept variable")
        }
        let agreementVariable = try variable(mapping.agreement, "boolean", role: "agreement")
        let stanceVariable = variables.first { $0.name == mapping.stance && $0.dataType == "short text" }
        let mapped = Set(
            [personVariable?.id, organizationVariable?.id, conceptVariable.id, agreementVariable?.id, stanceVariable?.id]
                .compactMap { $0 })

        let entitiesByID = Dictionary(project.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entityTable = project.version.isDNA3 ? "ENTITIES" : "ATTRIBUTES"
        try checkCaseDuplicates(project, variables: [personVariable, organizationVariable, conceptVariable], entityTable)

        // Sources.
        var sourceIDs: [Int: Slug] = [:]
        var usedSourceIDs = Set<Slug>()
        var sources: [Graph.Source] = []
        var sourceDates: [Int: Int64] = [:]
        for document in project.documents {
            let id = unique(Slug.make(from: document.title), fallback: "document-\(document.id)", suffix: "\(document.id)", in: &usedSourceIDs)
            sourceIDs[document.id] = id
            sourceDates[document.id] = document.date
            let (date, secondsOfDay) = DNADate.day(document.date)
            guard let date else {
                throw DNAError.invalidRow(table: "DOCUMENTS", id: document.id, "Date \(document.date) is not a date Stance can store")
            }
            var fields: [(String, String)] = [("document", String(document.id))]
            if !document.section.isEmpty { fields.append(("Section", document.section)) }
            if !document.type.isEmpty { fields.append(("Type", document.type)) }
            if let coder = document.coder { fields.append(("Coder", coderName(coder, project))) }
            if secondsOfDay != 0 { fields.append(("Date", String(document.date))) }
            sources.append(
                Graph.Source(
                    id: id, title: document.title.isEmpty ? "DNA document \(document.id)" : document.title,
                    outlet: document.source.isEmpty ? nil : document.source,
                    author: document.author.isEmpty ? nil : document.author, date: date,
                    note: DNAFields.compose(document.notes, fields), text: document.text))
        }
        report.documents = project.documents.count
        report.assumed.append(
            project.version.isDNA3
                ? "DOCUMENTS.Date is seconds since 1970 UTC; a source's date is its UTC day"
                : "DOCUMENTS.Date is DNA 2's milliseconds; a source's date is its UTC day (DNA 2 saved the coder's local time)")

        // Actors and issues.
        var usedActorIDs = Set<Slug>()
        var actorIDs: [Int: Slug] = [:]
        var actors: [Graph.Actor] = []
        for (variableInfo, kind) in [(personVariable, Graph.Actor.Kind.person), (organizationVariable, .organization)] {
            guard let variableInfo else { continue }
            for entity in project.entities where entity.variable == variableInfo.id && !entity.value.isEmpty {
                let id = unique(Slug.make(from: entity.value), fallback: "actor-\(entity.id)", suffix: kind.rawValue, in: &usedActorIDs)
                actorIDs[entity.id] = id
                let type = entity.attributes["Type"] ?? ""
                var actorKind = kind
                if kind == .organization, let named = Graph.Actor.Kind(rawValue: type.lowercased()), named != .person {
                    actorKind = named
                }
                actors.append(
                    Graph.Actor(
                        id: id, name: entity.value, kind: actorKind, aliases: aliases(entity),
                        description: nonEmpty(entity.attributes["Notes"]),
                        note: DNAFields.compose(nil, entityFields(entity, variableInfo.name))))
            }
        }
        var usedIssueIDs = Set<Slug>()
        var issueIDs: [Int: Slug] = [:]
        var issues: [Graph.Issue] = []
        let concepts = project.entities.filter { $0.variable == conceptVariable.id && !$0.value.isEmpty }
        for entity in concepts {
            issueIDs[entity.id] = unique(Slug.make(from: entity.value), fallback: "issue-\(entity.id)", suffix: String(entity.id), in: &usedIssueIDs)
        }
        for entity in concepts {
            guard let id = issueIDs[entity.id] else { continue }
            var parent: Slug?
            if let parentEntity = entity.parent {
                guard let parentID = issueIDs[parentEntity] else {
                    throw DNAError.invalidRow(
                        table: entityTable, id: entity.id,
                        "ChildOf \(parentEntity) is not a non-empty concept; an issue's parent must be another concept")
                }
                parent = parentID
            }
            issues.append(
                Graph.Issue(
                    id: id, name: entity.value, aliases: aliases(entity), description: nonEmpty(entity.attributes["Notes"]),
                    parent: parent, note: DNAFields.compose(nil, entityFields(entity, conceptVariable.name))))
        }
        let otherEntityCount = project.entities.filter { !mapped.contains($0.variable) && !$0.value.isEmpty }.count
        if otherEntityCount > 0 {
            report.notCarried.append(
                "\(otherEntityCount) entities of variables other than the mapped ones (their statements are counted below)")
        }
        let parentsOutside = project.entities.filter { ($0.variable == personVariable?.id || $0.variable == organizationVariable?.id) && $0.parent != nil }
        if !parentsOutside.isEmpty {
            report.notCarried.append("ChildOf of \(parentsOutside.count) person/organization entities (Stance has parents for issues only)")
        }

        // Statements.
        var positionsBySource: [Slug: [Graph.Position]] = [:]
        var quotesBySource: [Slug: [Graph.Quote]] = [:]
        var affiliations: [Graph.Affiliation] = []
        var affiliationPairs: [String: Int] = [:]
        var annotations: [Graph.Annotation] = []
        var otherTypes: [Int: Int] = [:]
        var extraValues: [String: Int] = [:]
        let documentsByID = Dictionary(project.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let annotationType = project.statementTypes.first { $0.label == mapping.annotationType && $0.id != type.id }
        var indexes: [Int: UTF16Index] = [:]
        let ordered = project.statements.sorted {
            (sourceDates[$0.document] ?? 0, $0.id) < (sourceDates[$1.document] ?? 0, $1.id)
        }
        for statement in ordered {
            guard let document = documentsByID[statement.document], let sourceID = sourceIDs[statement.document] else {
                throw DNAError.invalidRow(table: "STATEMENTS", id: statement.id, "DocumentId \(statement.document) names no document")
            }
            if indexes[document.id] == nil { indexes[document.id] = UTF16Index(document.text) }
            guard let index = indexes[document.id], let range = index.range(utf16: statement.start, statement.stop),
                statement.start < statement.stop
            else {
                throw DNAError.invalidRow(
                    table: "STATEMENTS", id: statement.id,
                    "span Start \(statement.start), Stop \(statement.stop) is outside DOCUMENTS row \(document.id), whose text "
                        + "has \(indexes[document.id]?.utf16Count ?? 0) UTF-16 units (valid: 0 <= Start < Stop <= that, "
                        + "not inside a surrogate pair)")
            }
            let coder = statement.coder.map { coderName($0, project) } ?? "unknown"
            if let annotationType, statement.statementType == annotationType.id {
                let texts = statement.values.sorted { $0.key < $1.key }.compactMap { entry -> String? in
                    if case .longText(let text) = entry.value, !text.isEmpty { return text }
                    return nil
                }
                let body = texts.isEmpty ? index.text(utf16: statement.start, statement.stop) : texts.joined(separator: "\n")
                annotations.append(
                    Graph.Annotation(
                        id: Slug("statement-\(statement.id)-note") ?? sourceID,
                        target: Graph.Target(kind: .source, id: sourceID),
                        text: DNAFields.compose(body, [("statement", String(statement.id)), ("span", "\(statement.start)-\(statement.stop)")]) ?? body,
                        coder: coder, time: DNADate.iso(document.date)))
                continue
            }
            guard statement.statementType == type.id else {
                otherTypes[statement.statementType, default: 0] += 1
                continue
            }
            func entity(_ variableInfo: DNAProject.Variable?) throws -> DNAProject.Entity? {
                guard let variableInfo, case .entity(let id)? = statement.values[variableInfo.id] else { return nil }
                guard let found = entitiesByID[id] else {
                    let row = statement.valueRows[variableInfo.id]
                    throw DNAError.invalidRow(
                        table: row?.table ?? "DATASHORTTEXT", id: row?.id ?? 0,
                        "statement \(statement.id): entity \(id) of '\(variableInfo.name)' is not in \(entityTable)")
                }
                return found.value.isEmpty ? nil : found
            }
            let person = try entity(personVariable)
            let organization = try entity(organizationVariable)
            guard let concept = try entity(conceptVariable), let issueID = issueIDs[concept.id] else {
                let row = statement.valueRows[conceptVariable.id]
                throw DNAError.invalidRow(
                    table: row?.table ?? "STATEMENTS", id: row?.id ?? statement.id,
                    "statement \(statement.id) (STATEMENTS row \(statement.id)) has an empty '\(conceptVariable.name)'; "
                        + "every position needs an issue: code the concept in DNA or delete the statement")
            }
            guard let speaker = person ?? organization, let actorID = actorIDs[speaker.id] else {
                throw DNAError.invalidRow(
                    table: "STATEMENTS", id: statement.id,
                    "statement has neither a '\(personVariable?.name ?? "person")' nor an '\(organizationVariable?.name ?? "organization")'; "
                        + "every position needs an actor")
            }
            var stance = Graph.Stance.supports
            if let agreementVariable {
                guard case .boolean(let value)? = statement.values[agreementVariable.id], value == 0 || value == 1 else {
                    let row = statement.valueRows[agreementVariable.id]
                    throw DNAError.invalidRow(
                        table: row?.table ?? "STATEMENTS", id: row?.id ?? statement.id,
                        "statement \(statement.id): '\(agreementVariable.name)' must be 1 (agree) or 0 (disagree)")
                }
                stance = value == 1 ? .supports : .opposes
            }
            if let stanceVariable, case .entity(let id)? = statement.values[stanceVariable.id],
                let word = entitiesByID[id]?.value, let named = Graph.Stance(rawValue: word)
            {
                stance = named
            }
            var fields: [(String, String)] = [("statement", String(statement.id))]
            if person != nil, let organization { fields.append(("organization", organization.value)) }
            for variableInfo in variables where !mapped.contains(variableInfo.id) {
                guard let value = statement.values[variableInfo.id] else { continue }
                let text: String
                switch value {
                case .entity(let id): text = entitiesByID[id]?.value ?? ""
                case .boolean(let v), .integer(let v): text = String(v)
                case .longText(let t): text = t
                }
                if text.isEmpty { continue }
                fields.append((variableInfo.name, text))
                extraValues[variableInfo.name, default: 0] += 1
            }
            let text = index.text(utf16: statement.start, statement.stop)
            guard let quoteID = Slug("statement-\(statement.id)-quote"), let positionID = Slug("statement-\(statement.id)")
            else {
                throw DNAError.invalidRow(table: "STATEMENTS", id: statement.id, "span does not fit its document")
            }
            quotesBySource[sourceID, default: []].append(
                Graph.Quote(id: quoteID, speaker: actorID, source: sourceID, text: text, issues: [issueID], range: range))
            positionsBySource[sourceID, default: []].append(
                Graph.Position(
                    id: positionID, actor: actorID, issue: issueID, stance: stance, source: sourceID, basis: .stated,
                    evidence: .quote(quoteID), confidence: .high, coder: coder,
                    note: DNAFields.compose(nil, fields)))
            if let person, let organization, let member = actorIDs[person.id], let org = actorIDs[organization.id] {
                let key = member.rawValue + " " + org.rawValue
                if affiliationPairs[key] == nil {
                    affiliationPairs[key] = affiliations.count
                    let id = Slug("\(member.rawValue)-member-of-\(org.rawValue)") ?? member
                    affiliations.append(Graph.Affiliation(id: id, actor: member, organization: org, role: "member", source: sourceID))
                }
            }
        }
        report.statements = project.statements.count
        for (typeID, count) in otherTypes.sorted(by: { $0.key < $1.key }) {
            let label = project.statementTypes.first { $0.id == typeID }?.label ?? "#\(typeID)"
            report.notCarried.append("\(count) statements of type '\(label)' (map them with --map or --statement-type)")
        }
        for (name, count) in extraValues.sorted(by: { $0.key < $1.key }) {
            report.keptInNotes.append("variable '\(name)' of \(count) statements (in the position's note as 'DNA \(name): …')")
        }
        let usedCoders = Set(project.statements.compactMap(\.coder) + project.documents.compactMap(\.coder))
        let unused = project.coders.filter { !usedCoders.contains($0.id) }.map { "'\($0.name)'" }
        if !unused.isEmpty {
            report.notCarried.append("coders with no statement or document: \(unused.joined(separator: ", ")) (Stance keeps coders by name on what they coded)")
        }
        report.notCarried.append("DNA's coder passwords, permissions, colours of coders and statement types, regexes and settings")

        for index in sources.indices {
            sources[index].quotes = quotesBySource[sources[index].id] ?? []
            sources[index].positions = positionsBySource[sources[index].id] ?? []
        }
        let graph = GraphContents(
            actors: actors.sorted { $0.id < $1.id }, issues: issues.sorted { $0.id < $1.id },
            affiliations: affiliations.sorted { $0.id < $1.id }, sources: sources.sorted { $0.id < $1.id },
            annotations: annotations.sorted { $0.id < $1.id })
        report.positions = graph.positions.count
        report.actors = graph.actors.count
        report.issues = graph.issues.count
        report.affiliations = graph.affiliations.count
        report.annotations = graph.annotations.count
        return (graph, report)
    }
}
