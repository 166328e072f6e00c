import StanceCore
import StanceStore

/// Compiles a parsed query into one SQL statement (see `Plan`).
public enum Planner {
    public static func plan(_ query: Query) -> Plan {
        switch query {
        case .who(let who, let count):
            switch who.body {
            case .condition(let test):
                return count ? countCondition(test, who.filters) : condition(test, who.filters)
            case .changed(let issue):
                return changed(issue, who.filters, count: count)
            case .agreement(let actor, let issue, let agree):
                return agreement(actor, issue, agree: agree, who.filters, count: count)
            case .changedAnywhere:
                return changedAnywhere(who.filters, count: count)
            }
        case .positions(let actor, let issue):
            return positions(actor: actor, issue: issue, stance: nil)
        case .why(let actor, let stance, let issue):
            return positions(actor: actor, issue: issue, stance: stance)
        case .positionsWithin(let actor, let issue, let window):
            return positions(actor: actor, issue: issue, stance: nil, window: window)
        case .quotes(let filter):
            return filter.includeMembers ? memberQuotes(filter) : quotes(filter)
        case .members(let organization):
            return affiliations(organization: organization)
        case .affiliations(let actor):
            return affiliations(actor: actor)
        case .actors(let kind):
            return actors(kind: kind)
        case .issues:
            return issues()
        case .sources:
            return sources()
        case .profile(let actor):
            return profile(actor)
        case .stakeholders(let issue, let filters):
            return stakeholders(issue, filters)
        case .check(let actor, let stance, let issue):
            return check(actor, stance, issue)
        case .contradictions(let actor, let issue, let within, let filters):
            return contradictions(actor: actor, issue: issue, within: within, filters)
        case .sourceDisagreements(let actor, let issue, let within, let filters):
            return sourceDisagreements(actor: actor, issue: issue, within: within, filters)
        case .reporters(let actor, let stance, let issue, let filters):
            return reporters(actor: actor, stance: stance, issue: issue, filters)
        case .reports(let reporter, let filters):
            return reports(reporter: reporter, filters)
        }
    }
}
