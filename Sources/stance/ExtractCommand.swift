import ArgumentParser
import Foundation
import StanceCore
import StanceExtract
import StanceStore

/// The formats `stance extract` prints proposals in.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml, json
}

/// `stance extract ARTICLE.txt`: propose what to code from a new article; `--apply REVIEW` adds
/// the items a researcher accepted.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose quotes, speakers, new actors and positions from an article (assisted coding).",
        discussion: """
            Reads ARTICLE.txt against the actors and issues of the database and prints a review file (YAML): every quote with its speaker, new actors and affiliations, candidate positions (inferred, with the cue words), and the mentions of known actors and issues. Nothing is written to the database.

            Edit the review (accept: no -> yes), then add what you accepted, validated and logged \
            (docs/extract.md):
              stance extract article.txt --title "Talks resume" --date 2018-04-02 \\
                  --output review.yaml
              stance extract --apply review.yaml --by ann
            """)

    @Argument(help: ArgumentHelp("The article text (UTF-8), kept exactly.", valueName: "article.txt"))
    var article: String?

    @Option(help: "The article's title (for a new source).") var title: String?
    @Option(help: "The outlet (for a new source).") var outlet: String?
    @Option(help: "The publication date: YYYY, YYYY-MM or YYYY-MM-DD (for a new source).") var date: String?
    @Option(name: .customLong("source-id"), help: "The source id (default: made from the file name).")
    var sourceID: String?
    @Option(help: "yaml (the review file) or json.") var format: ExtractFormat = .yaml
    @Option(help: ArgumentHelp("Write the review to this file instead of printing it.", valueName: "review.yaml"))
    var output: String?
    @Flag(help: "Replace an existing --output file (it may hold a researcher's edits).") var force = false
    @Option(help: ArgumentHelp("Add the accepted items of this review file (needs --by).", valueName: "review.yaml"))
    var apply: String?

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Measure proposals against these gold codings (JSON; each names its article, read beside it).",
            valueName: "gold.json"))
    var evaluate: [String] = []
    @Flag(
        name: .customLong("evaluate-sources"),
        help: "Measure proposals against the hand coding of every source in the database that has its article text.")
    var evaluateSources = false
    @Flag(help: "With --evaluate or --evaluate-sources, list every miss and every proposal the gold lacks.") var details = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions

    func validate() throws {
        if !evaluate.isEmpty || evaluateSources {
            guard apply == nil, article == nil else {
                throw ValidationError("--evaluate reads each gold file's article itself; give no article and no --apply")
            }
            return
        }
        if apply != nil, article != nil {
            throw ValidationError("give either an article to read or --apply REVIEW, not both")
        }
        if apply == nil, article == nil {
            throw ValidationError("give the article to read (stance extract ARTICLE.txt), or --apply REVIEW")
        }
    }

    func run() throws {
        if evaluateSources {
            try runEvaluateSources()
        } else if !evaluate.isEmpty {
            try runEvaluate(evaluate)
        } else if let apply {
            try runApply(apply)
        } else if let article {
            try runExtract(article)
        }
    }

    private func readText(_ path: String, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError(message: "cannot read \(what) \(path)") }
        guard let text = String(validating: data, as: UTF8.self) else { throw UsageError(message: "\(what) \(path) is not UTF-8 text") }
        return text
    }

    private func runExtract(_ path: String) throws {
        let text = try readText(path, what: "the article")
        let parsedDate = try date.map { value in
            guard let parsed = PartialDate(value) else {
                throw UsageError(message: "--date '\(value)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return parsed
        }
        let id: Slug
        if let sourceID {
            id = try slugOrThrow(sourceID)
        } else {
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            guard let made = Slug.make(from: stem) ?? Slug.make(from: title ?? "") else {
                throw UsageError(message: "cannot make a source id from '\(stem)'; give --source-id")
            }
            id = made
        }
        let store = try database.open(.readOnly)
        let graph = try store.read { db in try GraphReader.read(db) }
        try store.close()
        let source = ProposedSource(id: id, title: title, outlet: outlet, date: parsedDate, text: text)
        let proposals = Extractor(graph: graph).extract(text, source: source)
        let rendered = format == .json ? proposals.json() + "\n" : proposals.reviewYAML()
        guard let output else {
            print(rendered, terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: output), !force {
            throw UsageError(message: "\(output) exists (it may hold your review); choose another --output or give --force")
        }
        do {
            try Data(rendered.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw UsageError(message: "cannot write \(output): \(error.localizedDescription)")
        }
        let attributed = proposals.quotes.filter { $0.speaker != nil }.count
        print(
            "wrote \(output): \(proposals.quotes.count) quotes (\(attributed) with a speaker), "
                + "\(proposals.actors.count) new actors, \(proposals.affiliations.count) affiliations, "
                + "\(proposals.positions.count) candidate positions, \(proposals.mentions.count) mentions; "
                + "nothing was written to the database")
        if proposals.source.exists {
            print("source \(proposals.source.id) is already in the database; accepted quotes will be added to it")
        }
        print("accept items (accept: yes), then run: stance extract --apply \(output) --by NAME")
    }

    private func runEvaluate(_ paths: [String]) throws {
        let store = try database.open(.readOnly)
        let graph = try store.read { db in try GraphReader.read(db) }
        try store.close()
        let extractor = Extractor(graph: graph)
        var total = FieldEvaluation()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError(message: "cannot read the gold coding \(path)")
            }
            let gold: GoldCoding
            do {
                gold = try GoldCoding.parse(data)
            } catch {
                throw UsageError(message: "\(path): not a gold coding: \(error)")
            }
            let articlePath = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(gold.source).path
            let text = try readText(articlePath, what: "the article")
            let stem = URL(fileURLWithPath: articlePath).deletingPathExtension().lastPathComponent
            let id = try Slug.make(from: stem) ?? slugOrThrow("article")
            let proposals = extractor.extract(text, source: ProposedSource(id: id, text: text))
            let evaluation = FieldEvaluation(proposals, against: gold, graph: graph)
            total = total + evaluation
            print("\(gold.source)")
            print(evaluation.table())
            if details { for error in evaluation.errors { print("  \(error)") } }
        }
        if paths.count > 1 {
            print("all \(paths.count) articles")
            print(total.table(), terminator: "")
        }
        if details { print(total.positionKinds(), terminator: "") }
    }

    private func runEvaluateSources() throws {
        let store = try database.open(.readOnly)
        let graph = try store.read { db in try GraphReader.read(db) }
        try store.close()
        let extractor = Extractor(graph: graph)
        var total = FieldEvaluation()
        var count = 0
        for source in graph.sources {
            guard let text = source.text else { continue }
            let proposals = extractor.extract(text, source: ProposedSource(id: source.id, text: text))
            let evaluation = FieldEvaluation(proposals, against: GoldCoding(source: source, graph: graph), graph: graph)
            total = total + evaluation
            count += 1
            print("\(source.id)")
            print(evaluation.table())
            if details { for error in evaluation.errors { print("  \(error)") } }
        }
        print("all \(count) sources with their text")
        print(total.table(), terminator: "")
        if details { print(total.positionKinds(), terminator: "") }
    }

    private func runApply(_ path: String) throws {
        let text = try readText(path, what: "the review file")
        let review: Proposals
        do {
            review = try Proposals.parseReview(text)
        } catch let error as ReviewError {
            throw UsageError(message: "\(path): \(error.description)")
        }
        let editor = try coder.editor()
        guard review.acceptedCount > 0 else {
            print("nothing in \(path) is accepted (accept: yes); nothing was written")
            return
        }
        let store = try database.open(.readWrite)
        let changes = try Applier(editor: editor).apply(review, to: store)
        try store.close()
        for change in changes { report(change, "added") }
        print("added \(changes.count) items from \(path) (one transaction; `stance undo` takes them back one by one)")
    }
}
