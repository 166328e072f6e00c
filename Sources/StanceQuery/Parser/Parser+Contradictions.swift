import StanceCore

extension Parser {
    /// The largest count a time span takes (`within 1200 months` is a hundred years).
    static let maximumSpanCount = 1200

    /// ```
    /// contradicts = ( "contradicts" | "contradict" | "contradicted" ) ( "themselves" | "itself" | "himself"
    ///               | "herself" ) contradiction-rest ;
    /// contradiction-rest = [ about issue ] { span | filter } ;
    /// ```
    /// After `who`, `does anyone`, `has anyone`. Nil, consuming nothing, when no verb of contradiction is here.
    mutating func parseContradicts(count: Bool) throws -> Query? {
        guard accept(Keyword.contradictVerbs, shown: ["contradicts themselves"]) != nil else { return nil }
        try expect(Keyword.reflexives, shown: ["themselves"])
        return try parseContradictionRest(count: count)
    }

    /// `[ about issue ] { span | filter }` of a self-contradiction question.
    mutating func parseContradictionRest(count: Bool, actor: NameRef? = nil) throws -> Query {
        guard !count else {
            throw QueryError(
                "'count' and 'how many' apply to stance questions; ask 'who contradicts themselves' to list them",
                at: tokens.first?.range, in: query)
        }
        var issue: NameRef?
        if accept(Keyword.aboutWords, shown: ["on"]) != nil { issue = try parseName(.issue) }
        var within: TimeSpan?
        let filters = try parseFiltersAndSpan(&within)
        return .contradictions(actor: actor, issue: issue, within: within, filters: filters)
    }

    /// ```
    /// disagreement = "sources" ( "disagree" | "disagrees" | "disagreed" ) { about actor | "on" issue | span | filter } ;
    /// ```
    /// After `where do`, `which`, `do`, `where` (the `sources` is at the current token). An actor comes after
    /// `about` (or `on`, when the name is an actor's), an issue after `on` (or `about`, when it is an issue's).
    mutating func parseSourcesDisagree() throws -> Query {
        try expect([.sources, .source, .articles, .outlets], shown: ["sources"])
        try expect(Keyword.disagreeVerbs, shown: ["disagree"])
        var actor: NameRef?
        var issue: NameRef?
        while true {
            let start = current?.range
            guard accept(Keyword.aboutWords, shown: ["about", "on"]) != nil else { break }
            if actor == nil, let found = try resolveName(.actor) {
                actor = found
            } else if issue == nil {
                issue = try parseName(.issue)
            } else {
                throw repeated("about", at: start)
            }
        }
        var within: TimeSpan?
        let filters = try parseFiltersAndSpan(&within)
        return .sourceDisagreements(actor: actor, issue: issue, within: within ?? .sameTime, filters: filters)
    }

    /// The filters of a who-question with a `within N months` among them, in any order.
    mutating func parseFiltersAndSpan(_ within: inout TimeSpan?) throws -> Filters {
        spanAllowed = true
        parsedSpan = nil
        defer { spanAllowed = false }
        let filters = try parseFilters()
        within = parsedSpan
        return filters
    }

    /// `span = "within" number ( "days" | "weeks" | "months" | "years" ) ;` (singular too). Nil, consuming
    /// nothing, when `within` is not followed by a number (`within ORG` is an organization filter).
    mutating func parseSpan() throws -> TimeSpan? {
        guard isAt([.within]), index + 1 < tokens.count, tokens[index + 1].kind == .word,
            tokens[index + 1].text.allSatisfy(\.isASCII), tokens[index + 1].text.allSatisfy(\.isNumber)
        else {
            note(["within"])
            return nil
        }
        index += 1
        let number = tokens[index]
        guard let count = Int(number.text), (1...Parser.maximumSpanCount).contains(count) else {
            throw QueryError(
                "'\(number.text)' is not a span length; give a whole number from 1 to \(Parser.maximumSpanCount)",
                at: number.range, in: query)
        }
        index += 1
        guard let unit = accept(Keyword.spanUnits, shown: ["months", "days", "weeks", "years"]) else {
            throw unexpected()
        }
        switch unit {
        case .day, .days: return .days(count)
        case .week, .weeks: return .days(7 * count)
        case .year, .years: return .months(12 * count)
        default: return .months(count)
        }
    }

    /// ```
    /// says = hearsay-verb [ "that" ] actor stance-phrase issue filters ;
    /// ```
    /// After `who`: `who says Trump supports withdrawal`. Nil, consuming nothing, unless the whole rest is that.
    mutating func parseWhoSays() throws -> Query? {
        let start = index
        guard accept(Keyword.hearsayVerbs, shown: []) != nil else { return nil }
        _ = accept([.that], shown: [])
        // Only when an actor and a stance phrase follow; else `who said "…"` searches quotes.
        var trial = self
        trial.quiet = true
        guard (try? trial.resolveName(.actor)) ?? nil != nil, (try? trial.parseStancePhrase()) ?? nil != nil else {
            index = start
            return nil
        }
        return try parseHearsayRest()
    }

    /// `actor stance-phrase issue filters` of a hearsay question.
    mutating func parseHearsayRest() throws -> Query {
        let actor = try parseName(.actor)
        guard let phrase = try parseStancePhrase() else { throw unexpected() }
        let issue = try parseName(.issue)
        return .reporters(actor: actor, stance: phrase.stance, issue: issue, filters: try parseFilters())
    }

    /// ```
    /// according-to-whom = "according" "to" "whom" ( "does" | "do" | "did" ) actor stance-phrase issue filters
    ///                   | "according" "to" "whom" ( "is" | "was" ) actor be-complement issue filters ;
    /// ```
    /// After `according to whom`.
    mutating func parseAccordingToWhom() throws -> Query {
        let auxiliary = accept([.does, .do, .did, .is, .was, .are, .were], shown: ["does"])
        guard let auxiliary else { throw unexpected() }
        let actor = try parseName(.actor)
        let stance: Graph.Stance
        if [.is, .was, .are, .were].contains(auxiliary) {
            stance = try parseBeComplement()
        } else {
            guard let phrase = try parseStancePhrase() else { throw unexpected() }
            stance = phrase.stance
        }
        let issue = try parseName(.issue)
        return .reporters(actor: actor, stance: stance, issue: issue, filters: try parseFilters())
    }

    /// `report-rest = [ about "others" ] filters ;` after `what does ACTOR report`.
    mutating func parseReportRest(reporter: NameRef) throws -> Query {
        if accept(Keyword.aboutWords + [.on], shown: ["about others"]) != nil {
            try expect([.others], shown: ["others"])
        }
        return .reports(reporter: reporter, filters: try parseFilters())
    }
}
