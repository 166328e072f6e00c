import StanceCore

extension Query {
    /// The same question counting only positions on `bases` (`stance query --basis stated`): the who-questions,
    /// `positions of`, `stakeholders of`, contradictions and hearsay. An empty list changes nothing.
    ///
    /// - throws: `QueryError` for a question whose answer is not made of positions (quotes, listings,
    ///   affiliations, profiles, yes/no and why-questions), which `--basis` cannot narrow.
    public func restricted(toBases bases: [Graph.Position.Basis], query text: String) throws -> Query {
        guard !bases.isEmpty else { return self }
        func narrowed(_ filters: Filters) -> Filters {
            var filters = filters
            filters.window.bases = bases
            return filters
        }
        switch self {
        case .who(var who, let count):
            who.filters = narrowed(who.filters)
            return .who(who, count: count)
        case .positions(let actor, let issue):
            return .positionsWithin(actor: actor, issue: issue, window: DateWindow(bases: bases))
        case .positionsWithin(let actor, let issue, var window):
            window.bases = bases
            return .positionsWithin(actor: actor, issue: issue, window: window)
        case .stakeholders(let issue, let filters):
            return .stakeholders(issue: issue, filters: narrowed(filters))
        case .contradictions(let actor, let issue, let within, let filters):
            return .contradictions(actor: actor, issue: issue, within: within, filters: narrowed(filters))
        case .sourceDisagreements(let actor, let issue, let within, let filters):
            return .sourceDisagreements(actor: actor, issue: issue, within: within, filters: narrowed(filters))
        case .reporters(let actor, let stance, let issue, let filters):
            return .reporters(actor: actor, stance: stance, issue: issue, filters: narrowed(filters))
        case .reports(let reporter, let filters):
            return .reports(reporter: reporter, filters: narrowed(filters))
        case .why, .quotes, .members, .affiliations, .actors, .issues, .sources, .profile, .check:
            throw QueryError(
                "--basis narrows questions about positions (who-questions, positions of, stakeholders of, "
                    + "contradictions, hearsay); ask one of those, or leave --basis out",
                at: nil, in: text)
        }
    }
}
