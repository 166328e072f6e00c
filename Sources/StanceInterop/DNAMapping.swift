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
