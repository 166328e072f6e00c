/// What an import read and what it could not carry, for the user to check.
public struct DNAImportReport: Sendable, Equatable {
    public var version = ""
    public var documents = 0
    public var statements = 0
    public var positions = 0
    public var actors = 0
    public var issues = 0
    public var affiliations = 0
    public var annotations = 0
    /// Kept in a note as `DNA key: value` lines (nothing lost, but not a Stance field).
    public var keptInNotes: [String] = []
    /// Not carried into the Stance graph at all.
    public var notCarried: [String] = []
    /// How DNA's values were read where the format leaves a choice.
    public var assumed: [String] = []

    public init() {}

    /// The report as lines for standard output.
    public var lines: [String] {
        var lines = [
            "read DNA \(version): \(documents) documents, \(statements) statements; wrote \(positions) positions "
                + "(each with its quote), \(actors) actors, \(issues) issues, \(affiliations) affiliations, "
                + "\(annotations) annotations"
        ]
        lines += assumed.map { "assumed: " + $0 }
        lines += keptInNotes.map { "kept in notes: " + $0 }
        lines += notCarried.map { "not carried: " + $0 }
        return lines
    }
}
