import Foundation
import Hummingbird
import StanceCore
import StanceStore

/// The write API (docs/api.md, "Writing"): add, edit and remove entities, annotate, undo, and the change log, each
/// write one transaction through the Editor, attributed to the logged-in user in the same change log the CLI writes.
extension WebApp {
    /// The kinds as the API's paths name them.
    static let kindPaths: [(path: String, kind: Graph.Target.Kind)] = [
        ("actors", .actor), ("issues", .issue), ("sources", .source), ("quotes", .quote), ("positions", .position),
        ("annotations", .annotation), ("affiliations", .affiliation),
    ]

    func addWriteRoutes(to router: Router<WebContext>) {
        for (path, kind) in Self.kindPaths {
            if EntityInput.fields[kind] != nil {
                router.post("/api/\(path)") { request, _ in try await self.add(kind, request) }
            }
            router.patch("/api/\(path)/:id") { request, context in
                try await self.edit(kind, context.parameters.get("id") ?? "", request)
            }
            router.delete("/api/\(path)/:id") { request, context in
                try self.remove(kind, context.parameters.get("id") ?? "", request)
            }
            router.get("/api/\(path)/:id/version") { _, context in try self.record(kind, context.parameters.get("id") ?? "") }
            if [.quote, .position, .annotation, .affiliation].contains(kind) {
                router.get("/api/\(path)/:id") { _, context in try self.record(kind, context.parameters.get("id") ?? "") }
            }
        }
        router.post("/api/undo") { request, _ in try await self.undo(request) }
        router.get("/api/changes") { request, _ in try self.changes(request) }
    }

    /// Whether a write route answers `method` at `path` (else the guard answers 405 before routing).
    static func takesWrite(_ method: HTTPRequest.Method, at path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts[0].isEmpty, parts[1] == "api" else { return false }
        let kind = kindPaths.first { $0.path == parts[2] }?.kind
        switch (method, parts.count) {
        case (.post, 3): return ["login", "logout", "undo"].contains(parts[2]) || kind.flatMap { EntityInput.fields[$0] } != nil
        case (.patch, 4), (.delete, 4): return kind != nil
        default: return false
        }
    }

    // MARK: routes

    private func add(_ kind: Graph.Target.Kind, _ request: Request) async throws -> Response {
        let caller = try writer(request, atLeast: .coder)
        var body = try await JSONBody.object(request, limit: limits.bodyBytes)
        // A position may bring its new quote inline: {"quote": {"text": …, "start": N}}; both are one change.
        let inlineQuote = kind == .position ? body["quote"] as? [String: Any] : nil
        if inlineQuote != nil { body["quote"] = nil }
        let (input, problems) = Self.inputFields(body)
        var quoteProblems: [String: String] = [:]
        let quoteInput = inlineQuote.map { Self.quoteFields($0, position: input, problems: &quoteProblems) }
        guard problems.isEmpty else { return Reply.invalid("the \(kind.rawValue) was not added: some fields are wrong", problems) }
        let editor = try Editor(coder: caller.account.name)
        do {
            let change = try writableStore().write { db in
                guard let quoteInput else {
                    return try editor.add(
                        try EntityInput.entity(kind, input, coder: editor.coder, time: editor.now(), in: db), in: db)
                }
                return try editor.add(
                    try Self.quoteAndPosition(quoteInput, input, editor: editor, problems: quoteProblems, in: db), in: db)
            }
            let id = String(change.target.split(separator: ":", maxSplits: 1).last ?? "")
            var response = Reply.json(Self.changeReply(change, extra: [("id", .text(id))]), status: .created)
            response.headers[.eTag] = "\"\(change.id)\""
            return response
        } catch {
            return try Self.failure(error, doing: "the \(kind.rawValue) was not added")
        }
    }

    private func edit(_ kind: Graph.Target.Kind, _ id: String, _ request: Request) async throws -> Response {
        let caller = try writer(request, atLeast: .coder)
        let version = try Self.ifMatch(request)
        let body = try await JSONBody.object(request, limit: limits.bodyBytes)
        var pairs: [(field: String, value: String)] = []
        var problems: [String: String] = [:]
        for field in body.keys.sorted() {
            let value = body[field]
            // "alias+" and "alias-" are `stance edit`'s alias+= and alias-=.
            let name = field.hasSuffix("+") || field.hasSuffix("-") ? field + "=" : field
            switch value {
            case let text as String:
                if name == "stance", let stance = Graph.Stance(word: text) {
                    pairs.append((name, stance.rawValue))
                } else {
                    pairs.append((name.hasSuffix("=") ? String(name.dropLast()) : name, text))
                }
            case is NSNull: pairs.append((name, ""))  // clears an optional field
            case let number as NSNumber: pairs.append((name, number.stringValue))
            default: problems[field] = "give a text (or null to clear the field)"
            }
        }
        if body.isEmpty { problems["fields"] = "give at least one field to change, such as {\"stance\": \"mixed\"}" }
        guard problems.isEmpty else { return Reply.invalid("the \(kind.rawValue) was not changed", problems) }
        let target = try Self.target(kind, id)
        let editor = try Editor(coder: caller.account.name)
        do {
            let change = try writableStore().write { db in try editor.edit(target, pairs, ifVersion: version, in: db) }
            var response = Reply.json(Self.changeReply(change))
            response.headers[.eTag] = "\"\(change.id)\""
            return response
        } catch {
            return try Self.failure(
                error, doing: "the \(kind.rawValue) was not changed", yours: .parsedJSON(body), fields: Array(body.keys))
        }
    }

    private func remove(_ kind: Graph.Target.Kind, _ id: String, _ request: Request) throws -> Response {
        let caller = try writer(request, atLeast: .coder)
        let version = try Self.ifMatch(request)
        let target = try Self.target(kind, id)
        let editor = try Editor(coder: caller.account.name)
        do {
            let change = try writableStore().write { db in try editor.remove(target, cascade: false, ifVersion: version, in: db) }
            return Reply.json(Self.changeReply(change))
        } catch {
            return try Self.failure(error, doing: "the \(kind.rawValue) was not removed")
        }
    }

    /// `POST /api/undo`: the caller's newest change (or `{"change": N}`) taken back; an admin may give anyone's
    /// change, or `{"any": true}` for the newest of all.
    private func undo(_ request: Request) async throws -> Response {
        let caller = try writer(request, atLeast: .coder)
        let body = try await JSONBody.object(request, limit: limits.bodyBytes)
        var number: Int?
        if let value = body["change"] {
            guard let given = value as? Int, given > 0 else {
                return Reply.invalid("nothing was undone", ["change": "give the change number (see GET /api/changes)"])
            }
            number = given
        }
        let any = (body["any"] as? Bool) == true
        if any, caller.account.role != .admin { throw Refusal(.forbidden, "only an admin may undo anyone's change") }
        let editor = try Editor(coder: caller.account.name)
        do {
            let change = try writableStore().write { db in
                try editor.undo(number, anyCoder: caller.account.role == .admin && (any || number != nil), in: db)
            }
            return Reply.json(Self.changeReply(change))
        } catch {
            return try Self.failure(error, doing: "nothing was undone")
        }
    }

    /// `GET /api/changes?since=DATE&coder=NAME`: an admin's review queue (anyone's changes), or a coder's own
    /// history; viewers have none.
    private func changes(_ request: Request) throws -> Response {
        guard let caller = try caller(request) else {
            throw Refusal(.unauthorized, "log in first (POST /api/login) or send Authorization: Bearer TOKEN")
        }
        let query = QueryString(request.uri.query)
        var coder = query.nonEmpty("coder")
        switch caller.account.role {
        case .viewer: throw Refusal(.forbidden, "\(caller.account.name) is a viewer; the change log is for coders and admins")
        case .coder:
            if let coder, coder != caller.account.name {
                throw Refusal(.forbidden, "a coder sees their own changes; only an admin sees \(coder)'s")
            }
            coder = caller.account.name
        case .admin: break
        }
        let since = query.nonEmpty("since")
        if let since, PartialDate(since) == nil, !Self.isTimestamp(since) {
            return Reply.invalid("no changes listed", ["since": "'\(since)' is not a date: write YYYY-MM-DD or 2026-12-06T08:00:00Z"])
        }
        let (listed, undone) = try stores.take().read(deadline: limits.readSeconds) { db in
            (try Change.fetch(db, coder: coder, since: since), Change.undoneIDs(try Change.fetch(db)))
        }
        let rows: [AnswerValue] = listed.map { change in
            .object([
                ("id", .integer(change.id)), ("coder", .text(change.coder)), ("time", .text(change.time)),
                ("operation", .text(change.operation)), ("target", .text(change.target)),
                ("undone", .bool(undone.contains(change.id))),
                ("before", change.before.isEmpty ? .null : .parsedJSON(text: change.before.json)),
                ("after", change.after.isEmpty ? .null : .parsedJSON(text: change.after.json)),
            ])
        }
        return Reply.json(.object([("changes", .list(rows))]))
    }

    /// One entity as stored, with its version (for If-Match).
    private func record(_ kind: Graph.Target.Kind, _ id: String) throws -> Response {
        let target = try Self.target(kind, id)
        let (stored, version) = try stores.take().read(deadline: limits.readSeconds) { db in
            (try Editor.stored(target, in: db), try Editor.version(of: target, in: db))
        }
        guard !stored.isEmpty else { throw Refusal(.notFound, "no \(kind.rawValue) with id '\(id)'") }
        var response = Reply.json(.object([
            ("target", .text(target.description)), ("version", .integer(version)), ("stored", .parsedJSON(text: stored.json)),
        ]))
        response.headers[.eTag] = "\"\(version)\""
        return response
    }

    // MARK: helpers

    /// A JSON body's fields as the entity input takes them, and the fields that are neither text nor a list of texts.
    static func inputFields(_ body: [String: Any]) -> ([String: EntityInput.Value], [String: String]) {
        var input: [String: EntityInput.Value] = [:]
        var problems: [String: String] = [:]
        for (name, value) in body {
            switch value {
            case let text as String: input[name] = .text(text)
            case let list as [Any]:
                let texts = list.compactMap { $0 as? String }
                if texts.count == list.count { input[name] = .list(texts) } else { problems[name] = "give a list of texts" }
            case is NSNull: break
            default: problems[name] = "give a text"
            }
        }
        return (input, problems)
    }

    /// An inline quote's fields as `POST /api/quotes` takes them: the text and where it starts, said by the position's
    /// actor in its source about its issue unless the object names its own `speaker`, `issues`, `date` or `note`.
    static func quoteFields(
        _ object: [String: Any], position: [String: EntityInput.Value], problems: inout [String: String]
    ) -> [String: EntityInput.Value] {
        var quote: [String: EntityInput.Value] = [:]
        quote["speaker"] = position["actor"]
        quote["source"] = position["source"]
        quote["issues"] = position["issue"]
        for (name, value) in object {
            let field = "quote.\(name)"
            guard ["text", "start", "speaker", "issues", "date", "note", "id"].contains(name) else {
                problems[field] = "not a field of an inline quote; give text and start (and speaker, issues, date, note, id)"
                continue
            }
            switch value {
            case let number as NSNumber where name == "start" && !(value is Bool): quote[name] = .text(number.stringValue)
            case let text as String: quote[name] = .text(text)
            case let list as [Any] where name == "issues":
                let texts = list.compactMap { $0 as? String }
                if texts.count == list.count { quote[name] = .list(texts) } else { problems[field] = "give a list of texts" }
            case is NSNull: quote[name] = nil
            default: problems[field] = name == "start" ? "give the code point the quote begins at" : "give a text"
            }
        }
        if quote["text"] == nil { problems["quote.text"] = "required: the words quoted, verbatim from the article" }
        return quote
    }

    /// The new quote and the position citing it, checked together: every problem of both is reported at once, the
    /// quote's under `quote.FIELD` (its speaker, source and issue are the position's, reported there), with
    /// `problems` found in the inline quote's shape. When the same speaker's quote of the same words at the same
    /// offsets in that source is stored already, the position cites it and only the position is added.
    static func quoteAndPosition(
        _ quoteInput: [String: EntityInput.Value], _ positionInput: [String: EntityInput.Value], editor: Editor,
        problems shape: [String: String], in db: SQLConnection
    ) throws -> [Editor.NewEntity] {
        var problems = shape
        var quote: Editor.NewEntity?
        do {
            quote = try EntityInput.entity(.quote, quoteInput, coder: editor.coder, time: editor.now(), in: db)
        } catch let refused as FieldProblems {
            for (field, problem) in refused.fields {
                let inherited = ["speaker": "actor", "source": "source", "issues": "issue"][field]
                // What the quote takes from the position, the position's own check reports under its field.
                if let inherited, quoteInput[field] == positionInput[inherited] { continue }
                problems["quote.\(field)"] = problem
            }
        }
        var input = positionInput
        // The same passage coded again (another issue, another stance) cites the quote already stored for it, by
        // the same speaker in the same source at the same offsets, instead of storing the words twice.
        var existing: String?
        if case .quote(let made)? = quote, let range = made.range {
            existing = try db.fetchOne(
                String.self,
                sql: """
                    SELECT id FROM quote WHERE source_id = ? AND speaker_id = ? AND start_offset = ? AND end_offset = ?
                    AND text = ? ORDER BY seq LIMIT 1
                    """,
                arguments: [made.source.rawValue, made.speaker.rawValue, range.start, range.end, made.text])
        }
        if let existing {
            input["quote"] = .text(existing)
        } else if case .quote(let made)? = quote {
            input["quote"] = .text(made.id.rawValue)
        } else {
            input["quote"] = .text("pending")
        }
        var position: Editor.NewEntity?
        do {
            position = try EntityInput.entity(.position, input, coder: editor.coder, time: editor.now(), in: db)
        } catch let refused as FieldProblems {
            problems.merge(refused.fields) { a, _ in a }
        }
        guard problems.isEmpty, let quote, let position else {
            throw FieldProblems(problems.isEmpty ? ["quote": "the inline quote could not be made from these fields"] : problems)
        }
        return existing == nil ? [quote, position] : [position]
    }

    /// The version in `If-Match` (`"12"`, `12` or `W/"12"`); 428 without one, 400 when it is not a number.
    static func ifMatch(_ request: Request) throws -> Int {
        guard let header = request.headers[.ifMatch] else {
            throw Refusal(
                .preconditionRequired,
                "give If-Match: VERSION, the version you read (GET /api/KIND/ID/version, or the reply to the write that made it)")
        }
        var text = header.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("W/") { text.removeFirst(2) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard let version = Int(text), version >= 0 else {
            throw Refusal(.badRequest, "If-Match '\(header)' is not a version number")
        }
        return version
    }

    static func target(_ kind: Graph.Target.Kind, _ id: String) throws -> Graph.Target {
        guard let slug = Slug(id) else { throw Refusal(.notFound, "no \(kind.rawValue) with id '\(id)'") }
        return Graph.Target(kind: kind, id: slug)
    }

    static func isTimestamp(_ text: String) -> Bool {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) != nil
    }

    /// What a write answers: the change and the entity's new version.
    static func changeReply(_ change: Change, extra: [(String, AnswerValue)] = []) -> AnswerValue {
        .object(extra + [
            ("target", .text(change.target)), ("change", .integer(change.id)), ("version", .integer(change.id)),
            ("operation", .text(change.operation)), ("coder", .text(change.coder)), ("time", .text(change.time)),
        ])
    }

    /// The answer to a refused write; nothing was written (the transaction rolled back).
    static func failure(
        _ error: any Error, doing what: String, yours: AnswerValue = .null, fields: [String] = []
    ) throws -> Response {
        switch error {
        case let problems as FieldProblems:
            return Reply.invalid(what + ": some fields are wrong", problems.fields)
        case let error as EditError:
            switch error {
            case .invalid(let problems):
                // The editor names the field it refuses ('stance', "a valid stance"): those go under the field.
                var named: [String: String] = [:]
                for problem in problems {
                    let field = fields.sorted().first { name in
                        let bare = name.trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
                        return problem.contains("'\(name)'") || problem.contains("'\(bare)'") || problem.contains("valid \(bare);")
                    }
                    if let field { named[field] = named[field].map { $0 + "; " + problem } ?? problem }
                }
                return Reply.invalid(what + ": " + problems.joined(separator: "; "), named)
            case .target(let message):
                return Reply.error(message.hasSuffix("does not exist") ? .notFound : .badRequest, message)
            case .referenced(let target, let by):
                return Reply.json(.object([("error", .object([
                    ("message", .text("\(what): \(target) is still referred to; remove those first")),
                    ("referenced_by", .list(by.map(AnswerValue.text))),
                ]))]), status: .conflict)
            case .blocked(let change, let by):
                return Reply.json(.object([("error", .object([
                    ("message", .text("\(what): change #\(change) has later changes that depend on it; undo those first")),
                    ("later", .list(by.map(AnswerValue.text))),
                ]))]), status: .conflict)
            case .noChange(let message):
                return Reply.error(.notFound, "\(what): \(message)")
            case .conflict(let target, let expected, let current, let by, let stored):
                return Reply.json(.object([("error", .object([
                    ("message", .text("\(what): \(target) changed since you read it (version \(expected)); it is now version \(current)")),
                    ("target", .text(target)), ("your_version", .integer(expected)), ("current_version", .integer(current)),
                    ("changed_by", .text(by)), ("stored", .parsedJSON(text: stored)), ("yours", yours),
                ]))]), status: .conflict)
            case .notYours(let change, let coder):
                return Reply.error(.forbidden, "\(what): change #\(change) was made by \(coder); only an admin undoes others' changes")
            case .noCoder:
                return Reply.error(.internalServerError, "\(what): no coder")
            }
        default:
            throw error
        }
    }
}
