import ArgumentParser
import Foundation
import StanceCore
import StanceStore

extension Graph.Stance: ExpressibleByArgument {
    /// A stance word as the query language says it: `supports`, `for`, `backs`, `against`, `opposed to`, ….
    public init?(argument: String) {
        self.init(word: argument)
    }
}
extension Graph.Position.Basis: ExpressibleByArgument {}
extension Graph.Position.Confidence: ExpressibleByArgument {}
extension Graph.Source.DateBasis: ExpressibleByArgument {}

/// `stance add KIND …`: add an actor, issue, source, quote, position or affiliation.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an actor, issue, source, quote, position or affiliation (validated and logged).",
        discussion: """
            Every change needs a coder (--by, STANCE_CODER, git config user.name or the login name) \
            and is recorded in the change log; `stance undo` takes it back, `stance export` writes \
            it to graph-data/. Names may be ids or names that resolve uniquely.

            Examples:
              stance add source --id gazette-2018-04-02 --title "Tariff talks resume" \\
                  --outlet "Example Gazette" --date 2018-04-02 --by ann
              stance add actor --id omar-feld --name "Omar Feld" --kind person --by ann
              stance add position --actor omar-feld --issue withdrawal --stance against \\
                  --source gazette-2018-04-02 --basis stated --by ann \\
                  --paraphrase "Feld opposes leaving KORUS." --sentence "…"
            """,
        subcommands: [AddActor.self, AddIssue.self, AddSource.self, AddQuote.self, AddPosition.self, AddAffiliation.self])
}

/// Adds the entity `fields` describe (read and checked by `EntityInput`, as `POST /api/KIND` does) and reports it.
func performAdd(_ database: DatabaseOptions, _ coder: CoderOptions, _ kind: Graph.Target.Kind, _ fields: [String: EntityInput.Value?]) throws {
    let editor = try coder.editor()
    let given = fields.compactMapValues { $0 }
    try performAdd(database, coder, editor: editor) { db in
        try EntityInput.entity(kind, given, coder: editor.coder, time: editor.now(), in: db)
    }
}

/// Runs one add in a write transaction and reports it.
func performAdd(
    _ database: DatabaseOptions, _ coder: CoderOptions, editor given: Editor? = nil,
    _ build: (SQLConnection) throws -> Editor.NewEntity
) throws {
    let editor = try given ?? coder.editor()
    let store = try database.open(.readWrite)
    let change = try store.write { db in try editor.add(try build(db), in: db) }
    try store.close()
    report(change, "added")
}


struct AddActor: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actor", abstract: "Add an actor.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Option(help: "Its id (default: made from the name).") var id: String?
    @Option(help: "Its display name.") var name: String
    @Option(help: "person, organization, government or group.") var kind: Graph.Actor.Kind
    @Option(name: .customLong("alias"), help: "A name readers type for it (repeatable).") var aliases: [String] = []
    @Option(help: "A short description.") var description: String?
    @Option(help: "A coder's note.") var note: String?

    func run() throws {
        try performAdd(database, coder, .actor, [
            "id": id.map(EntityInput.Value.text), "name": .text(name), "kind": .text(kind.rawValue), "aliases": .list(aliases),
            "description": description.map(EntityInput.Value.text), "note": note.map(EntityInput.Value.text),
        ])
    }
}

struct AddIssue: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issue", abstract: "Add an issue.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Option(help: "Its id (default: made from the name).") var id: String?
    @Option(help: "Its name.") var name: String
    @Option(name: .customLong("alias"), help: "A name readers type for it (repeatable).") var aliases: [String] = []
    @Option(
        name: .customLong("term"),
        help: "Words that say, in an article, that a passage is about it (\"steel quota\"; repeatable).")
    var terms: [String] = []
    @Option(help: "What 'supports' means for it.") var description: String?
    @Option(help: "A broader issue (id or name).") var parent: String?
    @Option(help: "A coder's note.") var note: String?

    func run() throws {
        try performAdd(database, coder, .issue, [
            "id": id.map(EntityInput.Value.text), "name": .text(name), "aliases": .list(aliases), "terms": .list(terms),
            "description": description.map(EntityInput.Value.text), "parent": parent.map(EntityInput.Value.text),
            "note": note.map(EntityInput.Value.text),
        ])
    }
}

struct AddSource: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "source", abstract: "Add a source (an article).")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Option(help: "Its id (default: made from the title).") var id: String?
    @Option(help: "Its title.") var title: String
    @Option(help: "The outlet.") var outlet: String?
    @Option(help: "The author.") var author: String?
    @Option(help: "Publication date: YYYY, YYYY-MM or YYYY-MM-DD.") var date: String
    @Option(name: .customLong("date-basis"), help: "given, estimated or unknown.") var dateBasis: Graph.Source.DateBasis = .given
    @Option(name: .customLong("date-note"), help: "Why the date is estimated or unknown.") var dateNote: String?
    @Option(name: .customLong("text-file"), help: "A file holding the article text, kept exactly.") var textFile: String?
    @Option(help: "A coder's note.") var note: String?

    func validate() throws {
        try checkDates([("--date", date)])
    }

    func run() throws {
        var text: String?
        if let textFile {
            guard let data = FileManager.default.contents(atPath: textFile), let decoded = String(validating: data, as: UTF8.self) else {
                throw ValidationError("--text-file \(textFile) cannot be read as UTF-8 text")
            }
            text = decoded
        }
        try performAdd(database, coder, .source, [
            "id": id.map(EntityInput.Value.text), "title": .text(title), "outlet": outlet.map(EntityInput.Value.text),
            "author": author.map(EntityInput.Value.text), "date": .text(date), "date_basis": .text(dateBasis.rawValue),
            "date_note": dateNote.map(EntityInput.Value.text), "text": text.map(EntityInput.Value.text),
            "note": note.map(EntityInput.Value.text),
        ])
    }
}

struct AddQuote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote", abstract: "Add a verbatim quote (checked against the article when its text is at hand).")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Option(help: "Its id (default: made from the speaker and source).") var id: String?
    @Option(help: "Who said it (id or name).") var speaker: String
    @Option(help: "The source it is in (id).") var source: String
    @Option(help: "The words, verbatim.") var text: String
    @Option(name: .customLong("issue"), help: "An issue it bears on (repeatable).") var issues: [String]
    @Option(help: "When it was said, if not the source date.") var date: String?
    @Option(help: "A coder's note.") var note: String?

    func validate() throws {
        try checkDates([("--date", date)])
    }

    func run() throws {
        try performAdd(database, coder, .quote, [
            "id": id.map(EntityInput.Value.text), "speaker": .text(speaker), "source": .text(source), "text": .text(text),
            "issues": .list(issues), "date": date.map(EntityInput.Value.text), "note": note.map(EntityInput.Value.text),
        ])
    }
}

struct AddPosition: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "position", abstract: "Add a position: an actor's stance on an issue, with evidence.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Option(help: "Its id (default: made from actor and issue).") var id: String?
    @Option(help: "Who holds it (id or name).") var actor: String
    @Option(help: "On what (id or name).") var issue: String
    @Option(help: "supports, opposes, mixed or neutral, or a word the query language takes for one (for, against, backs, opposed to, …).") var stance: Graph.Stance
    @Option(help: "The source (id).") var source: String
    @Option(help: "stated, reported or inferred.") var basis: Graph.Position.Basis
    @Option(name: .customLong("reported-by"), help: "Who reports it (basis reported).") var reportedBy: String?
    @Option(help: "Evidence: a quote id in the same source.") var quote: String?
    @Option(help: "Evidence: a paraphrase (with --sentence).") var paraphrase: String?
    @Option(help: "The verbatim article sentence a paraphrase rests on.") var sentence: String?
    @Option(help: "When it was held, if not the quote's or source's date.") var date: String?
    @Option(help: "Until when it was held.") var until: String?
    @Option(help: "high, medium or low.") var confidence: Graph.Position.Confidence = .high
    @Option(help: "Why this stance (required in spirit for inferred ones).") var note: String?

    func validate() throws {
        try checkDates([("--date", date), ("--until", until)])
    }

    func run() throws {
        try performAdd(database, coder, .position, [
            "id": id.map(EntityInput.Value.text), "actor": .text(actor), "issue": .text(issue), "stance": .text(stance.rawValue),
            "source": .text(source), "basis": .text(basis.rawValue), "reported_by": reportedBy.map(EntityInput.Value.text),
            "quote": quote.map(EntityInput.Value.text), "paraphrase": paraphrase.map(EntityInput.Value.text),
            "sentence": sentence.map(EntityInput.Value.text), "date": date.map(EntityInput.Value.text),
            "until": until.map(EntityInput.Value.text), "confidence": .text(confidence.rawValue),
            "note": note.map(EntityInput.Value.text),
        ])
    }
}

struct AddAffiliation: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "affiliation", abstract: "Add an affiliation: a member's role in an organization.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Option(help: "Its id (default: made from actor and organization).") var id: String?
    @Option(help: "The member (id or name).") var actor: String
    @Option(help: "The organization (id or name).") var organization: String
    @Option(help: "The role, as the text gives it.") var role: String
    @Option(help: "The source that states it (id).") var source: String
    @Option(help: "Since when.") var start: String?
    @Option(help: "Until when.") var end: String?
    @Option(help: "A coder's note.") var note: String?

    func validate() throws {
        try checkDates([("--start", start), ("--end", end)])
    }

    func run() throws {
        try performAdd(database, coder, .affiliation, [
            "id": id.map(EntityInput.Value.text), "actor": .text(actor), "organization": .text(organization),
            "role": .text(role), "source": .text(source), "start": start.map(EntityInput.Value.text),
            "end": end.map(EntityInput.Value.text), "note": note.map(EntityInput.Value.text),
        ])
    }
}

func slugOrThrow(_ text: String) throws -> Slug {
    guard let slug = Slug(text) else {
        throw ValidationError("'\(text)' is not a valid id: lower-case letters and digits joined by single hyphens"
            + (Slug.make(from: text).map { " (such as '\($0)')" } ?? ""))
    }
    return slug
}

/// Refuses an option value that is not a date while the arguments are parsed, so the error shows the
/// subcommand's usage (`stance add source …`), not the top-level one.
func checkDates(_ options: [(flag: String, value: String?)]) throws {
    for (flag, value) in options {
        if let value, PartialDate(value) == nil {
            throw ValidationError("\(flag) '\(value)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }
}
