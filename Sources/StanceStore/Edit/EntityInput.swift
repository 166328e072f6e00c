import StanceCore

/// The problems with the fields of a new entity, each under the field it concerns; nothing was written.
public struct FieldProblems: Error, Sendable, CustomStringConvertible {
    public var fields: [String: String]

    public init(_ fields: [String: String]) {
        self.fields = fields
    }

    public var description: String {
        fields.sorted { $0.key < $1.key }.map { "error: \($0.key): \($0.value)" }.joined(separator: "\n")
            + "\nnothing was written"
    }
}

/// Builds a new entity from named fields as `stance add` and `POST /api/KIND` take them (docs/api.md): references
/// resolved by id or unique name, dates, choices and evidence checked, a fresh id made when none is given. Every
/// problem is reported under its field at once; the Editor's own checks (`Editor.add`) run after.
public enum EntityInput {
    /// A field's value: a text, or a list of texts (aliases, an issue's terms, a quote's issues).
    public enum Value: Sendable, Equatable {
        case text(String)
        case list([String])
    }

    /// The fields each kind takes.
    public static let fields: [Graph.Target.Kind: [String]] = [
        .actor: ["id", "name", "kind", "aliases", "description", "note"],
        .issue: ["id", "name", "aliases", "terms", "description", "parent", "note"],
        .source: ["id", "title", "outlet", "author", "date", "date_basis", "date_note", "text", "note"],
        .quote: ["id", "speaker", "source", "text", "issues", "date", "note", "start"],
        .position: [
            "id", "actor", "issue", "stance", "source", "basis", "reported_by", "quote", "paraphrase", "sentence", "date",
            "until", "confidence", "note",
        ],
        .annotation: ["target", "text"],
        .affiliation: ["id", "actor", "organization", "role", "source", "start", "end", "note"],
    ]

    /// The new entity `input` describes, added by `coder` at `time`.
    ///
    /// - throws: `FieldProblems` naming each field that is missing, unknown or wrong.
    public static func entity(
        _ kind: Graph.Target.Kind, _ input: [String: Value], coder: String, time: String, in db: SQLConnection
    ) throws -> Editor.NewEntity {
        guard let known = fields[kind] else {
            throw FieldProblems(["kind": "a \(kind.rawValue) cannot be added this way"])
        }
        var reader = Reader(input: input, db: db)
        for name in input.keys where !known.contains(name) {
            reader.problems[name] = "not a field of a \(kind.rawValue); its fields are \(known.joined(separator: ", "))"
        }
        let entity = try build(kind, &reader, coder: coder, time: time)
        guard reader.problems.isEmpty, let entity else { throw FieldProblems(reader.problems) }
        return entity
    }

    private static func build(
        _ kind: Graph.Target.Kind, _ r: inout Reader, coder: String, time: String
    ) throws -> Editor.NewEntity? {
        switch kind {
        case .actor:
            let name = r.text("name", required: true)
            let actorKind = r.choice("kind", Graph.Actor.Kind.self, required: true)
            let aliases = r.list("aliases")
            let (description, note) = (r.text("description"), r.text("note"))
            let id = try r.id(kind, base: name)
            guard let name, let actorKind, let id else { return nil }
            return .actor(Graph.Actor(id: id, name: name, kind: actorKind, aliases: aliases, description: description, note: note))
        case .issue:
            let name = r.text("name", required: true)
            let parent = try r.reference("parent", .issue)
            let aliases = r.list("aliases")
            let terms = r.list("terms")
            if r.problems["terms"] == nil, let problem = Graph.Issue.termProblems(terms).first {
                r.problems["terms"] = "entry \(problem.index + 1): \(problem.message)"
            }
            let (description, note) = (r.text("description"), r.text("note"))
            let id = try r.id(kind, base: name)
            guard let name, let id else { return nil }
            return .issue(Graph.Issue(
                id: id, name: name, aliases: aliases, terms: terms, description: description, parent: parent, note: note))
        case .source:
            let title = r.text("title", required: true)
            let date = r.date("date", required: true)
            let basis = r.choice("date_basis", Graph.Source.DateBasis.self) ?? .given
            let (outlet, author, dateNote, text, note) = (
                r.text("outlet"), r.text("author"), r.text("date_note"), r.text("text"), r.text("note")
            )
            let id = try r.id(kind, base: title)
            guard let title, let date, let id else { return nil }
            return .source(Graph.Source(
                id: id, title: title, outlet: outlet, author: author, date: date, dateBasis: basis, dateNote: dateNote,
                note: note, text: text))
        case .quote:
            let speaker = try r.reference("speaker", .actor, required: true)
            let source = try r.reference("source", .source, required: true)
            let text = r.text("text", required: true)
            var issues: [Slug] = []
            for (index, name) in r.list("issues").enumerated() {
                if let issue = try r.reference("issues", .issue, value: name, position: index) { issues.append(issue) }
            }
            let (date, note) = (r.date("date"), r.text("note"))
            // Where in the article the coder selected it (code points), when the text occurs more than once.
            let start = r.text("start", trim: true)
            let offset = start.flatMap { Int($0) }
            if let start, offset == nil || (offset ?? 0) < 0 {
                r.problems["start"] = "'\(start)' is not an offset; give the code point the quote begins at (0 or more)"
            }
            let id = try r.id(kind, base: speaker.flatMap { speaker in source.map { "\(speaker)-\($0)" } })
            guard let speaker, let source, let text, let id, start == nil || offset != nil else { return nil }
            let article = try r.db.fetchOne(String.self, sql: "SELECT text FROM source WHERE id = ?", arguments: [source.rawValue])
            let occurrences = article.map { VerbatimText.occurrences(of: text, in: $0) } ?? []
            var range = occurrences.first
            if article != nil, range == nil {
                r.problems["text"] = "the quote is not verbatim in the article of source '\(source)'"
                return nil
            }
            if let offset {
                range = occurrences.first { $0.start == offset }
                guard range != nil else {
                    r.problems["start"] = article == nil
                        ? "source '\(source)' has no article text to place the quote in"
                        : "the quote does not begin at code point \(offset) of the article; it begins at "
                            + occurrences.map { String($0.start) }.joined(separator: ", ")
                    return nil
                }
            }
            return .quote(Graph.Quote(
                id: id, speaker: speaker, source: source, text: text, date: date, issues: issues, range: range, note: note))
        case .position:
            let actor = try r.reference("actor", .actor, required: true)
            let issue = try r.reference("issue", .issue, required: true)
            let source = try r.reference("source", .source, required: true)
            let stance = r.stance("stance")
            let basis = r.choice("basis", Graph.Position.Basis.self, required: true)
            let reporter = try r.reference("reported_by", .actor)
            let confidence = r.choice("confidence", Graph.Position.Confidence.self) ?? .high
            let (date, until, note) = (r.date("date"), r.date("until"), r.text("note"))
            let evidence = r.evidence()
            let id = try r.id(kind, base: actor.flatMap { actor in issue.map { "\(actor)-\($0)" } })
            guard let actor, let issue, let source, let stance, let basis, let evidence, let id else { return nil }
            return .position(Graph.Position(
                id: id, actor: actor, issue: issue, stance: stance, date: date, until: until, source: source, basis: basis,
                reportedBy: reporter, evidence: evidence, confidence: confidence, coder: coder, note: note))
        case .annotation:
            let text = r.text("text", required: true)
            var target: Graph.Target?
            if let named = r.text("target", required: true) {
                do {
                    target = try TargetResolver.resolve(named, in: r.db)
                } catch let error as EditError {
                    r.problems["target"] = error.plain
                }
            }
            guard let text, let target else { return nil }
            let id = try TargetResolver.freshID(.annotation, base: "\(target.kind.rawValue)-\(target.id)-note", in: r.db)
            return .annotation(Graph.Annotation(id: id, target: target, text: text, coder: coder, time: time))
        case .affiliation:
            let actor = try r.reference("actor", .actor, required: true)
            let organization = try r.reference("organization", .actor, required: true)
            let role = r.text("role", required: true)
            let source = try r.reference("source", .source, required: true)
            let (start, end, note) = (r.date("start"), r.date("end"), r.text("note"))
            if let start, let end, end < start { r.problems["end"] = "\(end) is before start \(start)" }
            let id = try r.id(kind, base: actor.flatMap { actor in organization.map { "\(actor)-\($0)" } })
            guard let actor, let organization, let role, let source, let id else { return nil }
            return .affiliation(Graph.Affiliation(
                id: id, actor: actor, organization: organization, role: role, start: start, end: end, source: source,
                note: note))
        }
    }

    /// Reads fields, noting each problem under its field.
    fileprivate struct Reader {
        var input: [String: Value]
        let db: SQLConnection
        var problems: [String: String] = [:]

        /// A text field, kept exactly as given; blank counts as missing.
        mutating func text(_ name: String, required: Bool = false, trim: Bool = false) -> String? {
            switch input[name] {
            case .text(let value):
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return trim ? trimmed : value }
            case .list:
                problems[name] = "give one text, not a list"
                return nil
            case nil:
                break
            }
            if required { problems[name] = "required" }
            return nil
        }

        /// A list field, entries kept as given; one text counts as a list of one.
        mutating func list(_ name: String) -> [String] {
            switch input[name] {
            case .list(let values):
                let blank = { (value: String) in value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                if values.contains(where: blank) { problems[name] = "an entry is blank" }
                return values.filter { !blank($0) }
            case .text(let value):
                return value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? [] : [value]
            case nil: return []
            }
        }

        mutating func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type, required: Bool = false) -> T?
        where T.RawValue == String {
            guard let value = text(name, required: required, trim: true) else { return nil }
            guard let choice = T(rawValue: value.lowercased()) else {
                problems[name] = "'\(value)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))"
                return nil
            }
            return choice
        }

        mutating func stance(_ name: String) -> Graph.Stance? {
            guard let value = text(name, required: true, trim: true) else { return nil }
            guard let stance = Graph.Stance(word: value) else {
                problems[name] = "'\(value)' is not a stance: supports, opposes, mixed or neutral (or for, against, …)"
                return nil
            }
            return stance
        }

        mutating func date(_ name: String, required: Bool = false) -> PartialDate? {
            guard let value = text(name, required: required, trim: true) else { return nil }
            guard let date = PartialDate(value) else {
                problems[name] = "'\(value)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
                return nil
            }
            return date
        }

        /// An id or unique name of a `kind` (the field's value, or `value`), resolved in the database.
        mutating func reference(
            _ name: String, _ kind: Graph.Target.Kind, required: Bool = false, value: String? = nil, position: Int? = nil
        ) throws -> Slug? {
            guard let named = value ?? text(name, required: required) else { return nil }
            do {
                return try TargetResolver.reference(named, kind, in: db)
            } catch let error as EditError {
                problems[name] = (position.map { "entry \($0 + 1): " } ?? "") + error.plain
                return nil
            }
        }

        /// The position's evidence: a quote id, or a paraphrase with its verbatim sentence.
        mutating func evidence() -> Graph.Position.Evidence? {
            let quote = text("quote", trim: true)
            let paraphrase = text("paraphrase")
            let sentence = text("sentence")
            switch (quote, paraphrase, sentence) {
            case (let q?, nil, nil):
                guard let slug = Slug(q) else {
                    problems["quote"] = "'\(q)' is not a quote id"
                    return nil
                }
                return .quote(slug)
            case (nil, let p?, let s?): return .paraphrase(p, sentence: s)
            case (nil, _?, nil): problems["sentence"] = "a paraphrase needs the verbatim sentence it rests on"
            case (nil, nil, _?): problems["paraphrase"] = "a sentence needs the paraphrase it supports"
            case (_?, _, _): problems["quote"] = "give a quote or a paraphrase with its sentence, not both"
            case (nil, nil, nil): problems["quote"] = "evidence is required: a quote id, or paraphrase with sentence"
            }
            return nil
        }

        /// The id given (checked and free), or a fresh one made from `base` (nil when `base` is missing).
        mutating func id(_ kind: Graph.Target.Kind, base: String?) throws -> Slug? {
            guard let given = text("id", trim: true) else { return try base.map { try TargetResolver.freshID(kind, base: $0, in: db) } }
            guard let slug = Slug(given) else {
                problems["id"] = "'\(given)' is not a valid id: lower-case letters and digits joined by single hyphens"
                    + (Slug.make(from: given).map { " (such as '\($0)')" } ?? "")
                return nil
            }
            if !(try EntityTables.of(kind).snapshot(slug.rawValue, in: db).isEmpty) {
                problems["id"] = "\(kind.rawValue) id '\(slug)' is already taken"
                return nil
            }
            return slug
        }
    }
}

extension EditError {
    /// The message without its `error: ` prefix and trailing advice line, for a field's problem.
    var plain: String {
        let text = description
        return text.hasPrefix("error: ") ? String(text.dropFirst("error: ".count)) : text
    }
}

extension Editor {
    /// The stored rows of `target` (empty when it does not exist), as the change log keeps them.
    public static func stored(_ target: Graph.Target, in db: SQLConnection) throws -> Snapshot {
        try EntityTables.of(target.kind).snapshot(target.id.rawValue, in: db)
    }
}
