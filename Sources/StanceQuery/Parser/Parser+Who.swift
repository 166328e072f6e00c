import StanceCore

extension Parser {
    static let whoStarts = [
        "supports", "opposes", "is neutral on", "is mixed on", "ever", "changed on", "agrees with",
        "disagrees with", "works for", "contradicts themselves", "says", "(",
    ]

    /// ```
    /// who      = "who" ( condition filters
    ///                  | [ "has" | "have" ] change-verb [ change-object ] [ about issue ] filters
    ///                  | ( "agrees" | "disagrees" | "sides" ) "with" actor [ about issue ] filters
    ///                  | be "at" "odds" "with" actor [ about issue ] filters
    ///                  | ( "works" ( "for" | "at" ) | be ( "at" | "part" "of" | "the" "members" "of" ) ) actor
    ///                  | ( "cares" "about" | be "involved" "in" | be "the" "stakeholders" ( "in" | "of" )
    ///                    | ( "has" | "have" ) [ "taken" ] ( "a" | "any" ) ( "position" | "stance" | "view" ) ) about issue filters
    ///                  | speech-verb [ word [ word [ word [ word ] ] ] ] text | speech-verb words
    ///                  | ( "does" | "do" | "did" ) actor "work" ( "for" | "at" )
    ///                  | be ( "in" "the" "graph" | "there" )
    ///                  | be actor
    ///                  | ( "in" | "at" ) actor condition filters ) ;
    /// change-object = ( "their" | "his" | "her" | "its" ) ( "position" | "mind" | "stance" | "views" | "sides" )
    ///               | "position" | "sides" | "positions" ;
    /// ```
    mutating func parseWho(count: Bool) throws -> Query {
        if let contradiction = try parseContradicts(count: count) { return contradiction }
        if !count, let hearsay = try parseWhoSays() { return hearsay }
        if let special = try parseWhoSpecial(count: count) { return special }
        let start = index
        if accept([.has, .have], shown: []) != nil, !isAt(Keyword.changeVerbs) {
            note(["changed on"])
            index = start  // "has ever …" is a stance phrase
        }
        if accept(Keyword.changeVerbs, shown: ["changed on"]) != nil {
            if accept([.their, .his, .her, .its], shown: []) != nil {
                let noun = accept([.position, .positions, .mind, .stance, .stances, .views, .view, .sides], shown: ["position"])
                guard let noun else { throw unexpected() }
                // "who changed their mind on withdrawal": turned from supporting to opposing, or back.
                if noun == .mind, !count, isAt(Keyword.aboutWords) { return try parseContradictionRest(count: count) }
            } else {
                _ = accept([.position, .positions, .sides, .stance, .stances], shown: [])
            }
            if accept(Keyword.aboutWords, shown: ["on"]) != nil {
                let issue = try parseName(.issue)
                return .who(WhoQuery(body: .changed(issue: issue), filters: try parseFilters()), count: count)
            }
            return .who(WhoQuery(body: .changedAnywhere, filters: try parseFilters()), count: count)
        }
        if let verb = accept([.agrees, .agree, .agreed, .disagrees, .disagree, .disagreed, .sides, .side], shown: ["agrees with", "disagrees with"]) {
            try expect(.with)
            return try parseAgreement(agree: !verb.rawValue.hasPrefix("dis"), count: count)
        }
        if accept([.works, .work, .worked], shown: ["works for"]) != nil {
            try expect([.`for`, .at, .with])
            return try members(try parseName(.actor), count: count)
        }
        if isAt([.in, .at, .within]), !isAt([.favor, .favour], offset: 1) {
            // "who at the Chamber of Commerce opposes withdrawal": the organization first.
            index += 1
            let organization = try parseName(.actor)
            let condition = try parseOr()
            var filters = try parseFilters()
            guard filters.organization == nil else { throw repeated("in", at: current?.range) }
            filters.organization = organization
            return .who(WhoQuery(body: .condition(condition), filters: filters), count: count)
        }
        note(Self.whoStarts)
        let condition = try parseOr()
        return .who(WhoQuery(body: .condition(condition), filters: try parseFilters()), count: count)
    }

    /// `agreement = actor [ about issue ] filters ;` after `agrees with` / `disagrees with`.
    mutating func parseAgreement(agree: Bool, count: Bool) throws -> Query {
        let actor = try parseName(.actor)
        var issue: NameRef?
        if accept([.on, .about]) != nil { issue = try parseName(.issue) }
        let body = WhoBody.agreement(with: actor, on: issue, agree: agree)
        return .who(WhoQuery(body: body, filters: try parseFilters()), count: count)
    }

    func members(_ organization: NameRef, count: Bool) throws -> Query {
        guard !count else {
            throw QueryError(
                "'count' and 'how many' apply to stance questions; ask 'who works for …' to list the members",
                at: tokens.first?.range, in: query)
        }
        return .members(organization: organization)
    }

    /// The who-questions that are not stance conditions: stakeholders, membership, profile, who
    /// said what. Nil, consuming nothing, when none starts here.
    mutating func parseWhoSpecial(count: Bool) throws -> Query? {
        let start = index
        // who said "flawed metric" · who called KORUS a "horrible deal" · who said horrible deal
        if let verb = accept(Keyword.speechVerbs, shown: []) {
            if verb == .called, isAt([.for]) {
                index = start  // "who called for renegotiation" supports it
                return nil
            }
            var skipped = 0
            while skipped < 4, index + skipped < tokens.count, tokens[index + skipped].kind == .word {
                skipped += 1
            }
            if index + skipped < tokens.count, tokens[index + skipped].kind == .string {
                index += skipped
                return .quotes(QuoteFilter(matching: try parseText()))
            }
            // "who talked about ISDS": the quotes about the issue; otherwise the words are searched.
            if accept(Keyword.aboutWords, shown: []) != nil {
                let issueStart = index
                if let issue = try resolveName(.issue), atEnd || current?.kind == .questionMark {
                    return .quotes(QuoteFilter(issue: issue))
                }
                index = issueStart
            }
            return .quotes(QuoteFilter(matching: try parseRestAsText()))
        }
        if accept([.cares, .care, .cared], shown: []) != nil {
            try expect(Keyword.aboutWords)
            return try stakeholders(count: count)
        }
        if isAt([.does, .do, .did]) {
            index += 1
            if let actor = try resolveName(.actor), accept([.work, .works], shown: ["work for"]) != nil {
                _ = accept([.for, .at, .with], shown: [])
                return .affiliations(actor: actor)
            }
            index = start
            // "who doesn't want …" is a stance phrase.
            return nil
        }
        if isAt([.has, .have]) {
            index += 1
            _ = accept([.taken, .got], shown: [])
            if accept([.a, .an, .any], shown: []) != nil,
                accept([.position, .stance, .view, .say, .opinion, .stake], shown: []) != nil
            {
                try expect(Keyword.aboutWords)
                return try stakeholders(count: count)
            }
            index = start
            return nil
        }
        guard isAt(Keyword.beVerbs) else { return nil }
        index += 1
        if isAt([.in]), isAt([.the], offset: 1), isAt([.graph], offset: 2) {
            index += 3
            return .actors(kind: nil)
        }
        if accept([.there], shown: []) != nil { return .actors(kind: nil) }
        if accept([.involved], shown: []) != nil {
            try expect([.in, .with, .on])
            return try stakeholders(count: count)
        }
        if accept([.part], shown: []) != nil {
            try expect(.of)
            return try members(try parseName(.actor), count: count)
        }
        if isAt([.the]), isAt([.members, .stakeholders], offset: 1) {
            index += 1
            let noun = keyword
            index += 1
            if noun == .members {
                try expect([.of, .in])
                return try members(try parseName(.actor), count: count)
            }
            try expect([.of, .in, .on, .for])
            return try stakeholders(count: count)
        }
        if isAt([.at]), isAt([.odds], offset: 1), isAt([.with], offset: 2) {
            index += 3
            return try parseAgreement(agree: false, count: count)
        }
        if isAt([.at]) {
            index += 1
            return try members(try parseName(.actor), count: count)
        }
        // "who is Sue Mi Terry": a name where a stance would be; an unknown one is reported as such.
        if current?.kind == .word || current?.kind == .string, keyword == nil || keyword == .the {
            if let actor = try resolveName(.actor), atEnd || current?.kind == .questionMark {
                return .profile(actor: actor)
            }
            let rest = tokens[(start + 1)...].prefix { $0.kind != .questionMark }
            if !rest.contains(where: { $0.kind != .word || Keyword(rawValue: $0.lowered) != nil }) {
                index = start + 1
                let actor = try parseName(.actor)
                guard atEnd || current?.kind == .questionMark else { throw unexpected() }
                return .profile(actor: actor)
            }
        }
        index = start
        return nil
    }

    /// `about issue filters` of a stakeholders question asked with `who`.
    mutating func stakeholders(count: Bool) throws -> Query {
        guard !count else {
            throw QueryError("'count' applies to stance questions; ask 'stakeholders of …'", at: tokens.first?.range, in: query)
        }
        return .stakeholders(issue: try parseName(.issue), filters: try parseFilters())
    }

    /// `filters = { "among" kind | ( "in" | "at" | "within" ) ( actor | source ) | source-filter | window } ;`
    /// (and `span` where `spanAllowed`: a contradiction question's `within 6 months`)
    mutating func parseFilters() throws -> Filters {
        var filters = Filters()
        while true {
            let start = current?.range
            if spanAllowed, let span = try parseSpan() {
                guard parsedSpan == nil else { throw repeated("within", at: start) }
                parsedSpan = span
            } else if accept(.among) {
                guard filters.kind == nil else { throw repeated("among", at: start) }
                filters.kind = try parseKind()
            } else if try parseWindow(&filters.window) {
                continue
            } else if try parseSourceFilter(&filters.window, allowIn: false) {
                continue
            } else if isAt([.in, .at, .within, .from]) {
                // An organization, else a source or outlet ("in the New York Times").
                let before = index
                let isFrom = isAt([.from])
                index += 1
                if !isFrom, let organization = try resolveName(.actor) {
                    guard filters.organization == nil else { throw repeated("in", at: start) }
                    filters.organization = organization
                    continue
                }
                index = before
                if try parseSourceFilter(&filters.window, allowIn: true) { continue }
                index += 1
                guard filters.organization == nil else { throw repeated("in", at: start) }
                filters.organization = try parseName(.actor)
            } else {
                note(["in"])
                break
            }
        }
        return filters
    }

    /// `condition = conjunction { "or" conjunction } ;`
    mutating func parseOr() throws -> Condition {
        var left = try parseAnd()
        while accept(.or) {
            left = .or(left, try parseAnd())
        }
        return left
    }

    /// ```
    /// conjunction = atom { ( "and" [ "not" ] | "but" "not" | "but" | "while" | "without" ) atom } ;
    /// ```
    /// `but` before a stance phrase is `and` ("supports renegotiation but opposes withdrawal");
    /// `while` and `without` take the -ing form ("while opposing X" is `and opposes X`, "without
    /// supporting X" is `but not supports X`).
    mutating func parseAnd() throws -> Condition {
        var left = try parseAtom()
        while true {
            if accept([.but], shown: ["but not"]) != nil {
                if accept(.not) {
                    left = .butNot(left, try parseAtom())
                } else {
                    left = .and(left, try parseAtom())
                }
            } else if accept(.and) {
                if accept(.not) {
                    left = .butNot(left, try parseAtom())
                } else {
                    left = .and(left, try parseAtom())
                }
            } else if accept([.while], shown: []) != nil {
                left = .and(left, try parseAtom())
            } else if accept([.without], shown: []) != nil {
                left = .butNot(left, try parseAtom())
            } else {
                note(["or"])
                return left
            }
        }
    }

    /// `atom = [ "both" | "either" ] ( "(" condition ")" | stance-phrase issue | issue ) ;` (a bare issue reuses the last verb)
    mutating func parseAtom() throws -> Condition {
        _ = accept([.both, .either], shown: [])
        if let token = current, token.kind == .openParen {
            depth += 1
            guard depth <= Parser.maximumDepth else {
                throw QueryError("parentheses nest deeper than \(Parser.maximumDepth) levels", at: token.range, in: query)
            }
            index += 1
            let inner = try parseOr()
            guard acceptToken(.closeParen, shown: ")") else { throw unexpected() }
            depth -= 1
            return inner
        }
        note(["("])
        if testCount >= Parser.maximumTests, current != nil {
            throw QueryError(
                "a question may combine at most \(Parser.maximumTests) stance tests", at: current?.range, in: query)
        }
        testCount += 1
        if let phrase = try parseStancePhrase() {
            _ = accept([.both, .either], shown: [])
            let test = StanceTest(stance: phrase.stance, issue: try parseName(.issue), ever: phrase.ever)
            lastTest = test
            return .test(test)
        }
        if lastTest != nil { note(["<issue>"]) }
        if let previous = lastTest, let token = current, token.kind == .word || token.kind == .string {
            let test = StanceTest(stance: previous.stance, issue: try parseName(.issue), ever: previous.ever)
            lastTest = test
            return .test(test)
        }
        throw unexpected()
    }

    /// ```
    /// be-complement = "neutral" about | "undecided" about | ( "mixed" | "ambivalent" | "divided" | "torn" ) about
    ///               | "on" "the" "fence" about | "for" | "against" | "opposed" "to"
    ///               | "in" ( "favor" | "favour" | "support" ) "of" | "supportive" "of" | "critical" "of"
    ///               | "unhappy" "with" | support-for-verb "for" | support-verb | oppose-verb ;
    /// ```
    mutating func parseBeComplement() throws -> Graph.Stance {
        if accept([.neutral, .undecided], shown: ["neutral on"]) != nil {
            try expect(Keyword.aboutWords)
            return .neutral
        }
        if accept([.mixed, .ambivalent, .divided, .torn]) != nil {
            try expect(Keyword.aboutWords)
            return .mixed
        }
        if isAt([.on]), isAt([.the], offset: 1), isAt([.fence], offset: 2) {
            index += 3
            try expect(Keyword.aboutWords)
            return .mixed
        }
        if accept(.`for`) { return .supports }
        if accept(.against) { return .opposes }
        if accept(.opposed) {
            try expect(.to)
            return .opposes
        }
        if accept(.`in`) {
            try expect([.favor, .favour, .support])
            try expect(.of)
            return .supports
        }
        if accept(.supportive) {
            try expect(.of)
            return .supports
        }
        if accept([.critical], shown: []) != nil {
            try expect(.of)
            return .opposes
        }
        if accept([.unhappy], shown: []) != nil {
            try expect([.with, .about])
            return .opposes
        }
        if accept(Keyword.supportForVerbs, shown: []) != nil {
            try expect(.for)
            return .supports
        }
        // "is pushing renegotiation", "was backing KORUS", "is opposing withdrawal"
        if accept(Keyword.supportGerunds + Keyword.supportVerbs, shown: []) != nil { return .supports }
        if accept(Keyword.opposeGerunds + Keyword.opposeVerbs, shown: []) != nil {
            if keyword == .to { index += 1 }
            return .opposes
        }
        note(["neutral on", "mixed on", "for", "against", "opposed to", "in favor of"])
        throw unexpected()
    }

    /// ```
    /// stance-phrase = [ "has" | "have" ] [ "ever" ] ( support-verb | support-for-verb "for"
    ///               | oppose-verb | ( "objects" | "object" | "objected" ) "to"
    ///               | ( "does" | "do" | "did" ) "not" ( "want" | "like" | "support" )
    ///               | ( "has" | "have" ) "mixed" "feelings" about
    ///               | supporting | opposing | be be-complement ) ;
    /// ```
    /// Returns nil, consuming nothing, when no stance phrase starts here.
    mutating func parseStancePhrase() throws -> (stance: Graph.Stance, ever: Bool)? {
        let start = index
        var ever = false
        if accept([.has, .have], shown: []) != nil {
            if isAt([.mixed]), isAt([.feelings], offset: 1) {
                index += 2
                try expect(Keyword.aboutWords)
                return (.mixed, false)
            }
            ever = accept(.ever)
        } else if accept(.ever) {
            ever = true
        }
        if isAt([.does, .do, .did]), isAt([.not], offset: 1), isAt([.want, .like], offset: 2) {
            index += 3
            return (.opposes, ever)
        }
        if accept(Keyword.supportVerbs + Keyword.supportGerunds, shown: ["supports"]) != nil { return (.supports, ever) }
        if accept(Keyword.supportForVerbs, shown: []) != nil {
            try expect(.for)
            return (.supports, ever)
        }
        if accept(Keyword.opposeVerbs + Keyword.opposeGerunds, shown: ["opposes"]) != nil {
            if keyword == .to { index += 1 }
            return (.opposes, ever)
        }
        if accept(Keyword.opposeToVerbs, shown: []) != nil {
            try expect(.to)
            return (.opposes, ever)
        }
        if accept(Keyword.beVerbs, shown: []) != nil {
            return (try parseBeComplement(), ever)
        }
        if index > start {
            // "has ever" with no verb after it.
            throw unexpected()
        }
        note(["supports", "opposes", "is neutral on", "is mixed on", "ever"])
        return nil
    }
}
