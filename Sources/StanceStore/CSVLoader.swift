import Foundation
import StanceCore

/// Where `CSVLoader` puts the rows it has read and checked: an engine's bulk writer.
///
/// The loader calls it table by table, in file order: every actor, then every issue, every source, every position
/// (with its quote, when it has one), every membership. Byte buffers hold UTF-8 already checked, and are valid only
/// during the call. Ids are given as in the graph (`s12` is source 12, and so on, as `CSVImporter` documents).
public protocol CSVImportSink {
    /// Actor `id` (its slug) named `name`, of kind `kind`.
    mutating func actor(id: String, name: UnsafeBufferPointer<UInt8>, kind: Graph.Actor.Kind) throws
    /// Issue `id` (its slug) named `name`.
    mutating func issue(id: String, name: UnsafeBufferPointer<UInt8>) throws
    /// Source `s<number>`, its date `given`.
    mutating func source(
        number: Int, title: UnsafeBufferPointer<UInt8>, outlet: UnsafeBufferPointer<UInt8>?,
        date: UnsafeBufferPointer<UInt8>) throws
    /// Position `p<number>` (stated, high confidence, coder `import`); a quote is `q<number>`, by the actor, in the
    /// source, on the date, bearing on the issue, and the position's evidence.
    mutating func position(
        number: Int, actor: String, issue: String, stance: String, date: UnsafeBufferPointer<UInt8>, source: Int,
        quote: UnsafeBufferPointer<UInt8>?) throws
    /// Affiliation `m<number>` of actor `actor` with organization `organization`, no source.
    mutating func affiliation(number: Int, actor: String, organization: String, role: UnsafeBufferPointer<UInt8>)
        throws
}

/// Reads the five files of an import folder in order, checking every row, and hands the rows to a sink.
///
/// Both engines import through it, so every check and every `FILE:LINE:COLUMN: error: …` message is the same for
/// a file and for a server. `positions.csv` is read and checked on a thread of its own (`PositionReader`), so the
/// sink's work gets the other core.
public struct CSVLoader<Sink: CSVImportSink> {
    let dir: String
    /// The rows' destination.
    private(set) var sink: Sink
    let progress: ((String, Int) -> Void)?

    /// CSV id − 1 → the actor's id (its slug) and kind, and the issue's id, for the later files.
    var actorSlugs: [String] = []
    var actorKinds: [Graph.Actor.Kind] = []
    var issueSlugs: [String] = []
    /// Sources are `s<id>`, so only their number is kept.
    var sourceCount = 0

    /// How often (in rows) `progress` hears about a file.
    static var progressInterval: Int { 16_384 }

    /// A loader of the folder `dir` into `sink`; `progress` hears the file being read and the rows so far.
    public init(dir: String, sink: Sink, progress: ((String, Int) -> Void)?) {
        self.dir = dir
        self.sink = sink
        self.progress = progress
    }

    /// Fails unless every file of the folder is present (before any work is done).
    ///
    /// - throws: `ImportError.missingFile`.
    public static func checkFiles(in dir: String) throws {
        for name in CSVImporter.fileNames {
            let path = (dir as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw ImportError.missingFile(path)
            }
        }
    }

    /// Reads, checks and hands over all five files; stops at the first bad row.
    ///
    /// - throws: `ImportError` for bad input, or what the sink throws.
    public mutating func load() throws {
        try loadActors()
        try loadIssues()
        try loadSources()
        try loadPositions()
        try loadMemberships()
    }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String {
        (dir as NSString).appendingPathComponent(name)
    }

    /// Opens `name` in the folder and checks its header row.
    func open(_ name: String, header: [String]) throws -> CSVReader {
        let reader = try CSVReader(path: path(name))
        try reader.checkHeader(header)
        return reader
    }

    /// Tells `progress` about `rows` of `file` every `progressInterval` rows, and at the end.
    func report(_ file: String, rows: Int, final: Bool = false) {
        guard let progress, final || rows % CSVLoader.progressInterval == 0 else { return }
        progress(file, rows)
    }

    /// Hands over the actors, keeping their slugs and kinds.
    mutating func loadActors() throws {
        let header = ["id", "slug", "name", "kind"]
        let reader = try open("actors.csv", header: header)
        var firstRow: [String: Int] = [:]
        while try reader.next() {
            let row = actorSlugs.count + 1
            try reader.checkShape(header, id: row)
            let slug = try reader.slug(1)
            if let earlier = firstRow.updateValue(row, forKey: slug) {
                throw try reader.invalid(1, "slug '\(slug)' is already actor \(earlier)'s; expected a slug of its own")
            }
            try reader.checkText(2, "name")
            guard let kind = Graph.Actor.Kind(rawValue: try reader.string(3)) else {
                let valid = Graph.Actor.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw try reader.invalid(3, "unknown kind \(reader.quoted(3)); expected one of: \(valid)")
            }
            try reader.withField(2) { try sink.actor(id: slug, name: $0, kind: kind) }
            actorSlugs.append(slug)
            actorKinds.append(kind)
            report("actors.csv", rows: row)
        }
        report("actors.csv", rows: actorSlugs.count, final: true)
    }

    /// Hands over the issues, keeping their slugs.
    mutating func loadIssues() throws {
        let header = ["id", "slug", "name"]
        let reader = try open("issues.csv", header: header)
        var firstRow: [String: Int] = [:]
        while try reader.next() {
            let row = issueSlugs.count + 1
            try reader.checkShape(header, id: row)
            let slug = try reader.slug(1)
            if let earlier = firstRow.updateValue(row, forKey: slug) {
                throw try reader.invalid(1, "slug '\(slug)' is already issue \(earlier)'s; expected a slug of its own")
            }
            try reader.checkText(2, "name")
            try reader.withField(2) { try sink.issue(id: slug, name: $0) }
            issueSlugs.append(slug)
            report("issues.csv", rows: row)
        }
        report("issues.csv", rows: issueSlugs.count, final: true)
    }

    /// Hands over the sources, numbered by their CSV id.
    mutating func loadSources() throws {
        let header = ["id", "title", "outlet", "date"]
        let reader = try open("sources.csv", header: header)
        var dates = Set<Int>()
        while try reader.next() {
            let row = sourceCount + 1
            try reader.checkShape(header, id: row)
            try reader.checkText(1, "title")
            try reader.checkDate(3, known: &dates)
            let hasOutlet = !reader.isEmpty(2)
            if hasOutlet { try reader.checkText(2, "outlet") }
            try reader.withField(1) { title in
                try reader.withField(2) { outlet in
                    try reader.withField(3) { date in
                        try sink.source(number: row, title: title, outlet: hasOutlet ? outlet : nil, date: date)
                    }
                }
            }
            sourceCount = row
            report("sources.csv", rows: row)
        }
        report("sources.csv", rows: sourceCount, final: true)
    }

    /// Hands over positions (and their quotes) in file order, as `PositionReader` reads and checks them on another
    /// thread.
    mutating func loadPositions() throws {
        let stances = PositionReader.stances.map(\.stance.rawValue)
        let reader = PositionReader(
            path: path("positions.csv"), actors: actorSlugs.count, issues: issueSlugs.count, sources: sourceCount)
        defer { reader.cancel() }
        var rows = 0
        while let batch = try reader.next() {
            try batch.dates.withUnsafeBufferPointer { dates in
                try batch.quoteBytes.withUnsafeBufferPointer { quotes in
                    var quoteStart = 0
                    for index in 0..<batch.count {
                        let row = batch.firstRow + index
                        let date = UnsafeBufferPointer(rebasing: dates[(index * 10)..<(index * 10 + 10)])
                        let quoteEnd = batch.quoteEnds[index]
                        let quote = quoteEnd == quoteStart
                            ? nil : UnsafeBufferPointer(rebasing: quotes[quoteStart..<quoteEnd])
                        quoteStart = quoteEnd
                        try sink.position(
                            number: row, actor: actorSlugs[Int(batch.actors[index])],
                            issue: issueSlugs[Int(batch.issues[index])], stance: stances[Int(batch.stances[index])],
                            date: date, source: Int(batch.sources[index]), quote: quote)
                        report("positions.csv", rows: row)
                    }
                }
            }
            rows = batch.firstRow + batch.count - 1
        }
        report("positions.csv", rows: rows, final: true)
    }

    /// Hands over each membership, numbered by its row.
    mutating func loadMemberships() throws {
        let header = ["person_id", "org_id", "role"]
        let reader = try open("memberships.csv", header: header)
        var row = 0
        while try reader.next() {
            row += 1
            try reader.checkShape(header, id: nil)
            let person = try reader.reference(0, "person_id", count: actorSlugs.count, file: "actors.csv")
            let organization = try reader.reference(1, "org_id", count: actorSlugs.count, file: "actors.csv")
            if actorKinds[organization] == .person {
                throw try reader.invalid(
                    1, "org_id \(organization + 1) is a person ('\(actorSlugs[organization])'); "
                        + "expected an organization, government or group")
            }
            if person == organization {
                throw try reader.invalid(1, "org_id \(organization + 1) is the person itself; expected another actor")
            }
            try reader.checkText(2, "role")
            try reader.withField(2) { role in
                try sink.affiliation(
                    number: row, actor: actorSlugs[person], organization: actorSlugs[organization], role: role)
            }
            report("memberships.csv", rows: row)
        }
        report("memberships.csv", rows: row, final: true)
    }
}
