import StanceCore

/// The formats a position matrix can be rendered in.
public enum MatrixFormat: String, CaseIterable, Sendable {
    /// Aligned symbols for a terminal, with a legend and a numbered key of the issues.
    case table
    /// RFC 4180 CSV: the actor's name, then one stance word per issue.
    case csv
    /// One deterministic JSON object with the rule, the issues, the actors and every cell's evidence.
    case json
    /// A GitHub-flavoured Markdown table of stance words.
    case markdown
    /// One self-contained HTML file: a heat map with a legend and the evidence of each cell.
    case html

    /// Whether the format shows each cell's evidence (so the matrix must be built with it).
    public var showsEvidence: Bool { self == .json || self == .html }
}

/// Turns a `PositionMatrix` into text in one matrix format.
public struct MatrixRenderer: Sendable {
    /// The format `render(_:)` produces.
    public var format: MatrixFormat
    /// Whether table output may use ANSI colour.
    public var color: Bool
    /// The terminal width a table must fit in, or nil for no limit.
    public var width: Int?

    /// Creates a renderer for one format; colour and width only affect the table.
    public init(format: MatrixFormat, color: Bool = false, width: Int? = nil) {
        self.format = format
        self.color = color
        self.width = width
    }

    /// Renders the whole matrix as text ending with a newline.
    public func render(_ m: PositionMatrix) -> String {
        switch format {
        case .table:
            let limit = width.flatMap { $0 > 0 ? $0 : nil }
            return MatrixTableWriter(color: color, width: limit).render(m)
        case .csv:
            return MatrixTextWriter.csv(m)
        case .json:
            return MatrixTextWriter.json(m)
        case .markdown:
            return MatrixTextWriter.markdown(m)
        case .html:
            return MatrixHTMLWriter().render(m)
        }
    }
}

/// The matrix as CSV, Markdown and JSON.
enum MatrixTextWriter {
    /// A cell as CSV and Markdown write it: the stance word, `!` after it where the actor contradicts itself
    /// (`mixed!`), empty where there is no position.
    static func word(_ cell: PositionMatrix.Cell?) -> String {
        guard let cell else { return "" }
        return cell.stance.rawValue + (cell.contradicts ? PositionMatrix.contradictionMark : "")
    }

    /// `actor,<issue names>` then one line per actor: the name and the stance words (`word(_:)`).
    static func csv(_ m: PositionMatrix) -> String {
        var lines = [(["actor"] + m.issues.map(\.name)).map(CSVWriter.field).joined(separator: ",")]
        for (row, actor) in m.actors.enumerated() {
            let cells = m.issues.indices.map { word(m.cellAt(row, $0)) }
            lines.append(([actor.name] + cells).map(CSVWriter.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A GitHub table with the same header and cells as the CSV, `|` escaped.
    static func markdown(_ m: PositionMatrix) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(MarkdownWriter.cell).joined(separator: " | ") + " |"
        }
        var lines = [line(["actor"] + m.issues.map(\.name))]
        lines.append("|" + String(repeating: "---|", count: m.issues.count + 1))
        for (row, actor) in m.actors.enumerated() {
            lines.append(line([actor.name] + m.issues.indices.map { word(m.cellAt(row, $0)) }))
        }
        if m.hasContradictions {
            lines += ["", "`!`: the actor both supports and opposes the issue in the window (it contradicts itself)."]
        }
        if let snapshot = m.snapshot { lines += ["", "<!-- stance snapshot \(snapshot) -->"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"rule", "issues", "actors", "rows"}`, pretty-printed with keys in a fixed order: the bytes
    /// `JSONWriter.render` gives for the whole object, written a row at a time (a matrix of every actor can
    /// hold millions of cells; one value tree for all of them took most of the time and memory).
    static func json(_ m: PositionMatrix) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096 + m.actors.count * (128 + m.issues.count * 48))
        out.append(contentsOf: "{\n  \"rule\": ".utf8)
        JSONWriter.quoted(m.rule, into: &out)
        if let snapshot = m.snapshot {
            out.append(contentsOf: ",\n  \"snapshot\": ".utf8)
            JSONWriter.quoted(snapshot, into: &out)
        }
        out.append(contentsOf: ",\n  \"issues\": ".utf8)
        let issues = m.issues.map { AnswerValue.object([("id", .text($0.id)), ("name", .text($0.name))]) }
        JSONWriter.write(.list(issues), indent: 1, into: &out)
        out.append(contentsOf: ",\n  \"actors\": ".utf8)
        JSONWriter.write(.list(m.actors.map(actorValue)), indent: 1, into: &out)
        out.append(contentsOf: ",\n  \"rows\": ".utf8)
        if m.actors.isEmpty {
            out.append(contentsOf: "[]".utf8)
        } else {
            out.append(contentsOf: "[\n".utf8)
            // Each row as `JSONWriter.write` gives `{"actor": …, "cells": {ISSUE: cell or null, …}}` at depth 2,
            // written straight from the cells: no value tree per cell (1,000 × 100 cells: 100,000 of them).
            let issueKeys = m.issues.map { JSONWriter.quoted($0.id) }
            for (row, actor) in m.actors.enumerated() {
                JSONWriter.spaces(2, into: &out)
                out.append(contentsOf: "{\n".utf8)
                JSONWriter.spaces(3, into: &out)
                out.append(contentsOf: "\"actor\": ".utf8)
                JSONWriter.write(actorValue(actor), indent: 3, into: &out)
                out.append(contentsOf: ",\n".utf8)
                JSONWriter.spaces(3, into: &out)
                out.append(contentsOf: "\"cells\": ".utf8)
                if issueKeys.isEmpty {
                    out.append(contentsOf: "{}".utf8)
                } else {
                    out.append(contentsOf: "{\n".utf8)
                    for (column, key) in issueKeys.enumerated() {
                        JSONWriter.spaces(4, into: &out)
                        out.append(contentsOf: key.utf8)
                        out.append(contentsOf: ": ".utf8)
                        if let cell = m.cellAt(row, column) {
                            writeCell(cell, indent: 4, into: &out)
                        } else {
                            out.append(contentsOf: "null".utf8)
                        }
                        out.append(contentsOf: (column == issueKeys.count - 1 ? "\n" : ",\n").utf8)
                    }
                    JSONWriter.spaces(3, into: &out)
                    out.append(UInt8(ascii: "}"))
                }
                out.append(UInt8(ascii: "\n"))
                JSONWriter.spaces(2, into: &out)
                out.append(UInt8(ascii: "}"))
                out.append(contentsOf: (row == m.actors.count - 1 ? "\n" : ",\n").utf8)
            }
            out.append(contentsOf: "  ]".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `{"id", "name", "kind"}`.
    static func actorValue(_ actor: PositionMatrix.Actor) -> AnswerValue {
        .object([("id", .text(actor.id)), ("name", .text(actor.name)), ("kind", .text(actor.kind))])
    }

    /// `cellValue(cell)` as `JSONWriter.write` writes it at `indent`, without building the value.
    static func writeCell(_ cell: PositionMatrix.Cell, indent: Int, into out: inout [UInt8]) {
        out.append(contentsOf: "{\n".utf8)
        func key(_ name: StaticString) {
            JSONWriter.spaces(indent + 1, into: &out)
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            out.append(contentsOf: "\": ".utf8)
        }
        key("stance")
        JSONWriter.quoted(cell.stance.rawValue, into: &out)
        out.append(contentsOf: ",\n".utf8)
        key("latest_stance")
        JSONWriter.quoted(cell.latestStance.rawValue, into: &out)
        out.append(contentsOf: ",\n".utf8)
        key("positions")
        out.append(contentsOf: String(cell.positions).utf8)
        out.append(contentsOf: ",\n".utf8)
        key("position")
        JSONWriter.quoted(cell.positionID, into: &out)
        out.append(contentsOf: ",\n".utf8)
        key("date")
        JSONWriter.quoted(cell.date, into: &out)
        out.append(contentsOf: ",\n".utf8)
        key("basis")
        JSONWriter.quoted(cell.basis, into: &out)
        out.append(contentsOf: ",\n".utf8)
        key("evidence")
        JSONWriter.quoted(cell.evidence, into: &out)
        out.append(contentsOf: ",\n".utf8)
        key("source")
        JSONWriter.quoted(cell.sourceTitle, into: &out)
        if cell.contradicts {
            out.append(contentsOf: ",\n".utf8)
            key("contradicts")
            out.append(contentsOf: "true".utf8)
        }
        out.append(UInt8(ascii: "\n"))
        JSONWriter.spaces(indent, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A cell's stance and the latest position's evidence, in the documented key order.
    static func cellValue(_ cell: PositionMatrix.Cell) -> AnswerValue {
        .object([
            ("stance", .text(cell.stance.rawValue)),
            ("latest_stance", .text(cell.latestStance.rawValue)),
            ("positions", .integer(cell.positions)),
            ("position", .text(cell.positionID)),
            ("date", .text(cell.date)),
            ("basis", .text(cell.basis)),
            ("evidence", .text(cell.evidence)),
            ("source", .text(cell.sourceTitle)),
        ] + (cell.contradicts ? [("contradicts", .bool(true))] : []))
    }
}

extension PositionMatrix {
    /// The cell at a row and column, or nil when there is none or the grid is ragged there.
    func cellAt(_ row: Int, _ column: Int) -> Cell? {
        guard cells.indices.contains(row), cells[row].indices.contains(column) else { return nil }
        return cells[row][column]
    }

    /// How many cells show each stance.
    var stanceCounts: [Graph.Stance: Int] {
        var counts: [Graph.Stance: Int] = [:]
        for row in actors.indices {
            for column in issues.indices {
                if let stance = cellAt(row, column)?.stance { counts[stance, default: 0] += 1 }
            }
        }
        return counts
    }

    /// `37 actors × 17 issues`, singular where one.
    var dimensions: String {
        let actorWord = actors.count == 1 ? "actor" : "actors"
        let issueWord = issues.count == 1 ? "issue" : "issues"
        return "\(actors.count) \(actorWord) × \(issues.count) \(issueWord)"
    }
}
