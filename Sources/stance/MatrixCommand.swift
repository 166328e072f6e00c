import ArgumentParser
import Foundation
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
            A cell is the actor's latest stance on the issue in the window (greatest date, then the
            position recorded last), or mixed where the window holds both supports and opposes
            (--rule latest shows the latest stance always); empty where there is none.
            Examples:
              stance matrix
              stance matrix --format csv --kind person
              stance matrix --format html --order similarity --output matrix.html
              stance matrix --where "who opposes withdrawal" --since 2017-09
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var options: MatrixOptions

    @Option(help: "Output format: table, csv, json, markdown or html.")
    var format: MatrixFormat = .table

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
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
}
