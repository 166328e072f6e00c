import StanceCore

/// Writes a series of matrices (one per date) as one long CSV that R and pandas read as it is.
public enum MatrixSeriesWriter {
    /// `at,actor_id,actor,issue_id,issue,stance`, one line per filled cell, dates in the order given.
    public static func csv(_ series: [(at: String, matrix: PositionMatrix)]) -> String {
        var lines = ["at,actor_id,actor,issue_id,issue,stance"]
        for (at, matrix) in series {
            for (row, actor) in matrix.actors.enumerated() {
                for (column, issue) in matrix.issues.enumerated() {
                    guard let cell = matrix.cellAt(row, column) else { continue }
                    lines.append(
                        [at, actor.id, actor.name, issue.id, issue.name, cell.stance.rawValue]
                            .map(CSVWriter.field).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
