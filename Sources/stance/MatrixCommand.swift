import ArgumentParser
import Foundation
import StanceCore
import StanceGraphData
import StanceQuery
import StanceRender

extension MatrixFormat: ExpressibleByArgument {}

/// `stance matrix`: actor × issue positions as a table, CSV, JSON, Markdown or an HTML heat map.
struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Show actors × issues: the stance each actor holds on each issue.",
        discussion: """
            A cell is the actor's latest stance on the issue in the window (greatest date, then the \
            position recorded last), or mixed where the window holds both supports and opposes \
            (--rule latest shows the latest stance always); empty where there is none.

            --at D1,D2,… (or --at FROM..TO --step 1m) writes the matrix as of each date as one long \
            CSV (at,actor_id,actor,issue_id,issue,stance), one line per filled cell.

            Examples:
              stance matrix
              stance matrix --format csv --kind person
              stance matrix --format html --order similarity --output matrix.html
              stance matrix --where "who opposes withdrawal" --since 2017-09
              stance matrix --at 2017-09..2018-02 --step 1m --output series.csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var options: MatrixOptions

    @Option(help: "Output format: table, csv, json, markdown or html.")
    var format: MatrixFormat = .table

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "A series: the matrix as of each date (D1,D2,… or FROM..TO with --step), as one long CSV.",
            valueName: "dates"))
    var at: String?

    @Option(help: ArgumentHelp("With --at FROM..TO: the distance between dates (1m, 2w, 1y).", valueName: "length"))
    var step: String?

    func validate() throws {
        guard let at else {
            if step != nil { throw ValidationError("--step goes with --at FROM..TO") }
            return
        }
        if options.asOf != nil || options.until != nil {
            throw ValidationError("--at gives the dates; leave out --as-of and --until")
        }
        if format != .csv, format != .table { throw ValidationError("--at writes CSV; leave out --format or give csv") }
        _ = try series(at)
    }

    /// The dates of an `--at` value, each as given (a partial date means its whole period).
    func series(_ text: String) throws -> [PartialDate] {
        if let range = text.range(of: "..") {
            guard let from = PartialDate(String(text[..<range.lowerBound])),
                let to = PartialDate(String(text[range.upperBound...]))
            else { throw ValidationError("--at '\(text)': write FROM..TO with dates like 2017-09 or 2017-09-15") }
            guard let stepText = step else { throw ValidationError("--at FROM..TO needs --step (e.g. --step 1m)") }
            let period = try TimeSeries.period(stepText, option: "--step")
            guard let days = TimeWindows.windows(from: from.firstDay, through: to.firstDay, length: period, step: period)
            else { throw ValidationError("--at '\(text)' with --step \(stepText) gives too many dates") }
            // Each date keeps FROM's precision: a month series stays months.
            return days.compactMap { window in
                let day = window.lower
                switch (from.description.count, to.description.count) {
                case (4, _): return PartialDate(String(day.prefix(4)))
                case (7, _): return PartialDate(String(day.prefix(7)))
                default: return PartialDate(day)
                }
            }
        }
        if step != nil { throw ValidationError("--step goes with --at FROM..TO") }
        return try text.split(separator: ",").map { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let date = PartialDate(trimmed) else {
                throw ValidationError("--at '\(trimmed)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            }
            return date
        }
    }

    func run() throws {
        if let at { return try runSeries(try series(at)) }
        let store = try database.open(.readOnly)
        let matrix = try store.read { db in
            var request = try options.request(in: db)
            request.evidence = format.showsEvidence
            var matrix = try MatrixBuilder.build(request, in: db)
            matrix.snapshot = try GraphSnapshot.of(db).id
            return matrix
        }
        let renderer = Renderer.forStandardOutput(format: .table, evidence: false)
        let styled = output == nil && format == .table
        let text = MatrixRenderer(format: format, color: styled && renderer.color, width: styled ? renderer.width : nil)
            .render(matrix)
        try Output.write(text, to: output)
        if format == .csv, let output, let snapshot = matrix.snapshot { try Output.sidecar(snapshot, for: output) }
    }

    /// The matrix as of each date, as one long CSV: `at,actor_id,actor,issue_id,issue,stance`.
    private func runSeries(_ dates: [PartialDate]) throws {
        let store = try database.open(.readOnly)
        let (text, snapshot) = try store.read { db -> (String, String) in
            var base = try options.request(in: db)
            base.evidence = false
            let series = try dates.map { date -> (at: String, matrix: PositionMatrix) in
                var request = base
                request.window.upper = date.periodEnd
                return (date.description, try MatrixBuilder.build(request, in: db))
            }
            return (MatrixSeriesWriter.csv(series), try GraphSnapshot.of(db).id)
        }
        try Output.write(text, to: output)
        if let output { try Output.sidecar(snapshot, for: output) }
    }
}
