/// What sort of question an answer answers: it decides the answer's columns and how it is shown.
///
/// The raw value is the `shape` field of `--format json`, which scripts read: keep it stable.
public enum Shape: String, Sendable, CaseIterable {
    /// `who supports X`: actors with the positions that prove it.
    case who
    /// `how many … `: a number.
    case count
    /// `who changed on X`: actors whose stance moved, with both positions.
    case changed
    /// `who agrees with A`: actors sharing A's stances, with the issues.
    case agrees
    /// `who disagrees with A`: actors opposing A's stances, with the issues.
    case disagrees
    /// `quotes by A about X`: verbatim quotes.
    case quotes
    /// `actors [among KIND]`: the actors.
    case actors
    /// `issues`: the issues.
    case issues
    /// `sources`: the articles.
    case sources
    /// `members of ORG`: who works for an organization.
    case members
    /// `affiliations of A`: whom an actor works for.
    case affiliations
    /// `positions of A` / `what does A think about X`: an actor's positions.
    case positions
    /// `why does A support X`: the evidence for one stance.
    case why
    /// `tell me about A`: everything about one actor (positions, quotes, affiliations, annotations).
    case profile
    /// `who has a stance on X`: everyone with a stance on an issue, grouped by stance.
    case stakeholders
    /// `does A oppose X?`: yes, no or not coded, with the evidence.
    case check
    /// `who contradicts themselves`, `where do sources disagree`: pairs of one actor's opposite positions on
    /// one issue, the earlier and the later side by side, each with its evidence.
    case contradictions
    /// `who says A supports X`, `what does A report about others`: reported positions with their reporters.
    case hearsay
}
