import ArgumentParser
import Foundation
import StanceCore
import StanceStore

/// `stance edit TARGET FIELD=VALUE …`: change fields of an entity.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change fields of an actor, issue, source, quote, position, affiliation or annotation.",
        discussion: """
            Fields are named as in graph-data/ (docs/graph-data.md); an empty value clears an \
            optional field; alias+=TEXT and alias-=TEXT edit aliases, term+=TEXT and term-=TEXT an \
            issue's terms, issue+=ID and issue-=ID the issues of a quote. A stance may be any word the query language takes for one \
            (stance=against).

            Examples:
              stance edit position:omar-feld-withdrawal stance=mixed confidence=medium \\
                  --by ann
              stance edit "Omar Feld" alias+="O. Feld" --by ann
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions

    @Argument(help: "What to edit: KIND:ID, an id, or a unique name.") var target: String
    @Argument(help: "FIELD=VALUE assignments.") var assignments: [String]
    @Option(
        name: .customLong("if-version"),
        help: "Refuse the edit if the entity changed since this version (the newest change number in its history; 0 as built).")
    var ifVersion: Int?

    func run() throws {
        let pairs = try assignments.map { text -> (field: String, value: String) in
            guard let equals = text.firstIndex(of: "=") else {
                throw ValidationError("'\(text)' is not FIELD=VALUE")
            }
            let field = String(text[..<equals])
            let value = String(text[text.index(after: equals)...])
            // Stance words as the query language says them (`stance=against`); others are left to the editor's check.
            if field == "stance", let stance = Graph.Stance(word: value) { return (field, stance.rawValue) }
            return (field, value)
        }
        guard !pairs.isEmpty else { throw ValidationError("give at least one FIELD=VALUE") }
        let editor = try coder.editor()
        let store = try database.open(.readWrite)
        let change = try store.write { db in
            try editor.edit(try TargetResolver.resolve(target, in: db), pairs, ifVersion: ifVersion, in: db)
        }
        try store.close()
        report(change, "edited")
    }
}

/// `stance remove TARGET`: remove an entity (refused while referenced, unless --cascade).
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an entity; refused while something refers to it.",
        discussion: "With --cascade, lists what would go with it and asks (or takes --yes); it is one change, undone as one.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Argument(help: "What to remove: KIND:ID, an id, or a unique name.") var target: String
    @Flag(help: "Also remove everything that refers to it.") var cascade = false
    @Flag(help: "With --cascade, do not ask.") var yes = false
    @Option(name: .customLong("if-version"), help: "Refuse if the entity changed since this version (see stance history).")
    var ifVersion: Int?

    func run() throws {
        let editor = try coder.editor()
        let store = try database.open(.readWrite)
        if cascade, !yes {
            let (resolved, closure) = try store.read { db in
                let t = try TargetResolver.resolve(target, in: db)
                return (t, try editor.references(to: t, in: db))
            }
            if !closure.isEmpty {
                print("removing \(resolved) also removes:")
                for item in closure { print("  \(item)") }
                guard isatty(STDIN_FILENO) == 1 else {
                    throw UsageError(message: "not removed: confirm with --yes (standard input is not a terminal)")
                }
                print("remove all of them? [y/N] ", terminator: "")
                guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                    print("nothing was removed")
                    return
                }
            }
        }
        let change = try store.write { db in
            try editor.remove(try TargetResolver.resolve(target, in: db), cascade: cascade, ifVersion: ifVersion, in: db)
        }
        try store.close()
        report(change, "removed")
    }
}

/// `stance annotate TARGET "note"`: a researcher's note on anything in the graph.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annotate", abstract: "Add a note to an entity.")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Argument(help: "What the note is about: KIND:ID, an id, or a unique name.") var target: String
    @Argument(help: "The note.") var note: String

    func run() throws {
        let editor = try coder.editor()
        let store = try database.open(.readWrite)
        let change = try store.write { db in
            let resolved = try TargetResolver.resolve(target, in: db)
            let id = try TargetResolver.freshID(.annotation, base: "\(resolved.kind.rawValue)-\(resolved.id)-note", in: db)
            return try editor.add(
                .annotation(Graph.Annotation(id: id, target: resolved, text: note, coder: editor.coder, time: editor.now())), in: db)
        }
        try store.close()
        report(change, "annotated")
    }
}

/// `stance undo [CHANGE]`: take back the last change, or a given one.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo your last change, or change N when no later change depends on it (the undo is logged).")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Argument(help: "The change number (see stance log).") var change: Int?
    @Flag(help: "Take back anyone's change, not only your own (for the team's admin).") var any = false

    func run() throws {
        let editor = try coder.editor()
        let store = try database.open(.readWrite)
        let result = try store.write { db in try editor.undo(change, anyCoder: any, in: db) }
        try store.close()
        print("\(result.operation): \(result.target) (change #\(result.id) by \(result.coder))")
    }
}

/// `stance log` and `stance history TARGET`: the change log.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "List the changes made through Stance.")
    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("by"), help: "Only changes by this coder.") var coder: String?
    @Option(help: "Only changes to this target (KIND:ID).") var target: String?
    @Option(help: "Only changes at or after this time (YYYY-MM-DD or full ISO time).") var since: String?
    @Option(help: "table or json.") var format: LogFormat = .table

    enum LogFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        let store = try database.open(.readOnly)
        let changes = try store.read { db in
            // A removed entity no longer resolves: then the target is taken as written.
            let resolved = target.map { text in (try? TargetResolver.resolve(text, in: db).description) ?? text }
            // A quote saved with its position is in the position's change: --target finds it there too.
            return try Change.fetch(db, coder: coder, since: since).filter { change in resolved.map(change.touches) ?? true }
        }
        printChanges(changes, format: format)
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "The changes to one entity, oldest first.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "KIND:ID, an id, or a unique name.") var target: String
    @Option(help: "table or json.") var format: LogCommand.LogFormat = .table

    func run() throws {
        let store = try database.open(.readOnly)
        let changes = try store.read { db in
            let name = (try? TargetResolver.resolve(target, in: db).description) ?? target
            // A quote saved with its position is in the position's change: history finds it there too.
            return try Change.fetch(db).filter { $0.touches(name) }
        }
        printChanges(changes, format: format)
    }
}

func printChanges(_ changes: [Change], format: LogCommand.LogFormat) {
    switch format {
    case .json:
        let rows: [[String: Any]] = changes.map { change in
            [
                "id": change.id, "coder": change.coder, "time": change.time, "operation": change.operation,
                "target": change.target,
                "before": (try? JSONSerialization.jsonObject(with: Data(change.before.json.utf8))) ?? NSNull(),
                "after": (try? JSONSerialization.jsonObject(with: Data(change.after.json.utf8))) ?? NSNull(),
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["rows": rows], options: [.prettyPrinted, .sortedKeys])) ?? Data()
        print(String(decoding: data, as: UTF8.self))
    case .table:
        if changes.isEmpty { print("(no changes)") }
        for change in changes {
            let with = change.companions.isEmpty ? "" : "  (with \(change.companions.joined(separator: ", ")))"
            print("#\(change.id)  \(change.time)  \(change.coder)  \(change.operation)  \(change.target)\(with)")
        }
    }
}
