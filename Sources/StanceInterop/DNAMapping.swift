/// Which DNA statement type and variables become Stance's actor, organization, issue and stance.
///
/// The default reads DNA's own "DNA Statement" type (person, organization, concept, agreement); a
/// `--map` file renames them for projects coded with other types (see docs/dna.md).
public struct DNAMapping: Sendable, Equatable {
    /// The statement type whose statements become positions.
    public var statementType = "DNA Statement"
    /// The short-text variable naming the person who speaks (may be absent from the type).
    public var person: String? = "person"
    /// The short-text variable naming the organization (may be absent from the type).
    public var organization: String? = "organization"
    /// The short-text variable naming the issue.
    public var concept = "concept"
    /// The boolean variable: 1 supports, 0 opposes. With none, every position is `supports`.
    public var agreement: String? = "agreement"
    /// A short-text variable whose value `supports`, `opposes`, `mixed` or `neutral` overrides the agreement
    /// (what `stance export --dna` writes for mixed and neutral positions); ignored when the type has none.
    public var stance: String? = "stance"
    /// The statement type whose statements become annotations on their source.
    public var annotationType = "Annotation"

    public init() {}
}

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
