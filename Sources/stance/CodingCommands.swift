import ArgumentParser
import Foundation
import StanceCore
import StanceRender
import StanceStore

/// `stance assign SOURCE --coders a,b`: coders who code a source independently.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign coders to code a source independently, apart from the graph.",
        discussion: """
            Each assigned coder's units are kept apart (stance code) until adjudicated; stance agreement
            compares them. Example:
              stance assign cnnmoney-2018-01-04 --coders ann,bob --by lead
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Argument(help: "The source id.") var source: String
    @Option(help: ArgumentHelp("Coders, comma-separated.", valueName: "a,b")) var coders: String

    func run() throws {
        let names = coders.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard names.count >= 1, !names.contains(where: \.isEmpty) else {
            throw ValidationError("--coders takes names separated by commas, e.g. --coders ann,bob")
        }
        let editor = try coder.editor()
        let store = try database.open(.readWrite)
        let all = try store.write { db in
            try Codings.assign(source: source, coders: names, by: editor.coder, time: editor.now(), in: db)
        }
        try store.close()
        print("\(source): assigned \(all.joined(separator: ", "))")
    }
}

/// `stance code SOURCE --coder NAME --file CODING.csv | --from-graph`: one coder's units of a source.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Load one assigned coder's units of a source (a coding file, or the graph's positions).",
        discussion: """
            The file is CSV with the columns actor, issue, stance, basis, reported_by, text; text is the
            verbatim passage of the article the unit rests on, and places the unit by its span. An empty
            cell is a value left open. --from-graph copies the graph's positions on the source (each at its
            quote or sentence) as that coder's units. Examples:
              stance code cnnmoney-2018-01-04 --coder bob --file bob.csv
              stance code cnnmoney-2018-01-04 --coder stance-team --from-graph
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The source id.") var source: String
    @Option(help: "The coder whose units these are (assigned with stance assign).") var coder: String
    @Option(help: ArgumentHelp("The coding file (CSV).", valueName: "path")) var file: String?
    @Flag(name: .customLong("from-graph"), help: "Copy the graph's positions on the source instead.")
    var fromGraph = false
    @Flag(help: "Replace the coder's units of this source.") var replace = false

    func validate() throws {
        if (file == nil) == !fromGraph {
            throw ValidationError("give either --file PATH or --from-graph")
        }
    }

    func run() throws {
        var units: [Codings.NewUnit] = []
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw UsageError(message: "cannot read \(file)")
            }
            do {
                units = try CodingFile.parse(String(decoding: data, as: UTF8.self))
            } catch let error as CodingError {
                throw UsageError(message: "\(file): " + error.description.replacingOccurrences(of: "error: ", with: ""))
            }
        }
        let time = Editor.timestamp(Date())
        let store = try database.open(.readWrite)
        let count = try store.write { db in
            if fromGraph { units = try Codings.graphUnits(of: source, in: db) }
            return try Codings.add(units, source: source, coder: coder, replace: replace, time: time, in: db)
        }
        try store.close()
        print("\(source): \(count) unit\(count == 1 ? "" : "s") coded by \(coder)")
    }
}

/// `stance agreement [--source S] [--coders a,b]`: how far coders agree, per source and overall.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Inter-coder reliability: unit detection (precision, recall, F1) and Krippendorff's alpha.",
        discussion: """
            Units match by span overlap (the rule is printed with the report). For the matched units,
            Krippendorff's alpha (nominal) and percent agreement for actor, issue, stance and basis, with
            the number of units and values behind each; a value a coder left open is missing.
            Examples:
              stance agreement
              stance agreement --source cnnmoney-2018-01-04 --coders stance-team,bob --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Only this source (default: every source with coders assigned).") var source: String?
    @Option(help: ArgumentHelp("Only these coders, in this order (the first is the reference).", valueName: "a,b"))
    var coders: String?
    @Option(help: "table or json.") var format: Format = .table

    func validate() throws {
        if let coders, coders.split(separator: ",").filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).count < 2 {
            throw ValidationError("--coders names two or more coders, comma-separated, e.g. --coders ann,bob")
        }
    }

    func run() throws {
        let chosen = coders.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let store = try database.open(.readOnly)
        let sections = try store.read { db -> [ReliabilityRenderer.Section] in
            let sources = try source.map { [$0] } ?? Codings.assignedSources(in: db)
            var sections: [ReliabilityRenderer.Section] = []
            var all: [UnitMatcher.Cluster] = []
            var allCoders: [String] = []
            for id in sources {
                let names = try chosen ?? Codings.assigned(to: id, in: db)
                if source != nil, try Codings.assigned(to: id, in: db).isEmpty {
                    throw UsageError(
                        message: "no coders are assigned to \(id); run `stance assign \(id) --coders a,b` first")
                }
                let units = try Codings.units(source: id, coders: names, in: db)
                let clusters = UnitMatcher.clusters(units, coders: names)
                sections.append((id, AgreementReport(clusters: clusters, coders: names)))
                all += clusters
                for name in names where !allCoders.contains(name) { allCoders.append(name) }
            }
            if sections.count > 1 {
                sections.append(("overall (\(sections.count) sources)", AgreementReport(clusters: all, coders: allCoders)))
            }
            return sections
        }
        guard !sections.isEmpty else {
            throw UsageError(message: "no source has coders assigned; run `stance assign SOURCE --coders a,b` first")
        }
        switch format {
        case .table: print(ReliabilityRenderer.text(sections, rule: UnitMatcher.rule), terminator: "")
        case .json: print(ReliabilityRenderer.json(sections, rule: UnitMatcher.rule), terminator: "")
        }
    }
}

/// `stance adjudicate SOURCE`: coders' disagreements side by side, and the adjudicator's decisions.
struct AdjudicateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjudicate",
        abstract: "Show where coders of a source disagree, side by side; record the accepted units.",
        discussion: """
            Without --accept or --reject, lists each statement the coders coded differently (or only one
            of them found), with every coder's unit number and values. --accept 12,15 records those units
            as the accepted coding and --reject 13 as rejected, attributed to --by (or $STANCE_CODER); an
            accepted unit that is not already a position of the graph is added as one (evidence: its text as
            the sentence; logged, so stance undo takes it back), all in one transaction.
            Examples:
              stance adjudicate cnnmoney-2018-01-04
              stance adjudicate cnnmoney-2018-01-04 --accept 12,15 --reject 13 --by lead
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var coder: CoderOptions
    @Argument(help: "The source id.") var source: String
    @Option(help: ArgumentHelp("Units to accept, comma-separated numbers.", valueName: "ids")) var accept: String?
    @Option(help: ArgumentHelp("Units to reject, comma-separated numbers.", valueName: "ids")) var reject: String?
    @Flag(help: "List every statement, the agreed ones too.") var all = false
    @Option(help: "The confidence of positions added from accepted units: high, medium or low.")
    var confidence: Graph.Position.Confidence = .medium

    static func ids(_ text: String?, option: String) throws -> [Int] {
        guard let text else { return [] }
        return try text.split(separator: ",").map { part in
            guard let id = Int(part.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--\(option) takes unit numbers separated by commas, e.g. --\(option) 12,15")
            }
            return id
        }
    }

    func run() throws {
        let accepted = try Self.ids(accept, option: "accept")
        let rejected = try Self.ids(reject, option: "reject")
        if !accepted.isEmpty || !rejected.isEmpty {
            let editor = try coder.editor()
            let store = try database.open(.readWrite)
            let adoptions = try store.write { db -> [Codings.Adoption] in
                let mine = Set(try Codings.units(source: source, coders: nil, in: db).map(\.id))
                for id in accepted + rejected where !mine.contains(id) { throw CodingError.unknownUnit(id) }
                var adoptions: [Codings.Adoption] = []
                for id in accepted {
                    try Codings.decide(unit: id, decision: "accept", by: editor.coder, time: editor.now(), in: db)
                    adoptions.append(try Codings.adopt(unit: id, confidence: confidence, editor: editor, in: db))
                }
                for id in rejected {
                    try Codings.decide(unit: id, decision: "reject", by: editor.coder, time: editor.now(), in: db)
                }
                return adoptions
            }
            try store.close()
            for adoption in adoptions {
                switch adoption {
                case .alreadyInGraph(let position): print("already in the graph: position:\(position)")
                case .added(let change): report(change, "added")
                }
            }
            print("\(source): \(accepted.count) accepted, \(rejected.count) rejected by \(editor.coder)")
            return
        }
        let store = try database.open(.readOnly)
        try store.read { db in
            let coders = try Codings.assigned(to: source, in: db)
            let units = try Codings.units(source: source, coders: coders, in: db)
            let clusters = UnitMatcher.clusters(units, coders: coders)
            let texts = try Codings.texts(of: units.map(\.id), in: db)
            let decisions = try Codings.decisions(source: source, in: db)
            var shown = 0
            for cluster in clusters {
                let disagree = cluster.units.count < coders.count
                    || CodedUnit.Field.allCases.contains { field in Set(cluster.units.map { $0.value(field) }).count > 1 }
                guard disagree || all else { continue }
                shown += 1
                print("statement at \(cluster.start)" + (disagree ? "" : " (agreed)"))
                for name in coders {
                    guard let unit = cluster.unit(by: name) else {
                        print("  \(name): (not coded)")
                        continue
                    }
                    let values = CodedUnit.Field.allCases.map { $0.value(unit) ?? "?" }.joined(separator: " / ")
                    var line = "  \(name) #\(unit.id): \(values)"
                    if let decision = decisions[unit.id] {
                        line += "  [\(decision.decision)ed by \(decision.adjudicator) \(decision.time)]"
                    }
                    print(line)
                    print("      \"\((texts[unit.id] ?? "").prefix(160))\"")
                }
            }
            print("\(shown) of \(clusters.count) statements shown (coders: \(coders.joined(separator: ", ")))")
        }
    }
}

extension CodedUnit.Field {
    /// `unit`'s value of this field.
    fileprivate func value(_ unit: CodedUnit) -> String? { unit.value(self) }
}
