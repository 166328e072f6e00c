import StanceCore

extension Parser {
    static let whoStarts = [
        "supports", "opposes", "is neutral on", "is mixed on", "ever", "changed on", "agrees with",
        "disagrees with", "works for", "(",
    ]

    /// ```
    /// who      = "who" ( condition filters
    ///                  | [ "has" ] "changed" "on" issue filters
    ///                  | ( "agrees" | "disagrees" ) "with" actor [ "on" issue ] filters
    ///                  | "works" ( "for" | "at" ) actor ) ;
    /// ```
    mutating func parseWho(count: Bool) throws -> Query {
        let start = index
        if accept([.has, .have], shown: []) != nil, !isAt([.changed, .changes, .switched, .shifted]) {
            note(["changed on"])
            index = start  // "has ever …" is a stance phrase
        }
        if accept([.changed, .changes, .change, .switched, .shifted], shown: ["changed on"]) != nil {
            try expect([.on, .about])
            let issue = try parseName(.issue)
            return .who(WhoQuery(body: .changed(issue: issue), filters: try parseFilters()), count: count)
        }
        if let verb = accept([.agrees, .agree, .agreed, .disagrees, .disagree, .disagreed], shown: ["agrees with", "disagrees with"]) {
            try expect(.with)
            let actor = try parseName(.actor)
            var issue: NameRef?
            if accept([.on, .about]) != nil { issue = try parseName(.issue) }
            let body = WhoBody.agreement(with: actor, on: issue, agree: !verb.rawValue.hasPrefix("dis"))
            return .who(WhoQuery(body: body, filters: try parseFilters()), count: count)
        }
        if accept([.works, .work, .worked], shown: ["works for"]) != nil {
            try expect([.`for`, .at, .with])
            let organization = try parseName(.actor)
            guard !count else {
                throw QueryError(
                    "'count' and 'how many' apply to stance questions; ask 'who works for …' to list the members",
                    at: tokens.first?.range, in: query)
            }
            return .members(organization: organization)
        }
        note(Self.whoStarts)
        let condition = try parseOr()
        return .who(WhoQuery(body: .condition(condition), filters: try parseFilters()), count: count)
    }

    /// `filters = { "among" kind | "in" actor | window } ;`
    mutating func parseFilters() throws -> Filters {
        var filters = Filters()
        while true {
            let start = current?.range
            if accept(.among) {
                guard filters.kind == nil else { throw repeated("among", at: start) }
                filters.kind = try parseKind()
            } else if accept([.`in`, .at, .within], shown: ["in"]) != nil {
                guard filters.organization == nil else { throw repeated("in", at: start) }
                filters.organization = try parseName(.actor)
            } else if try parseWindow(&filters.window) {
                continue
            } else {
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

    /// `conjunction = atom { ( "and" | "but" "not" | "and" "not" ) atom } ;`
    mutating func parseAnd() throws -> Condition {
        var left = try parseAtom()
        while true {
            if accept([.but], shown: ["but not"]) != nil {
                try expect(.not)
                left = .butNot(left, try parseAtom())
            } else if accept(.and) {
                if accept(.not) {
                    left = .butNot(left, try parseAtom())
                } else {
                    left = .and(left, try parseAtom())
                }
            } else {
                note(["or"])
                return left
            }
        }
    }

    /// `atom = "(" condition ")" | stance-phrase issue | issue ;` (a bare issue reuses the last verb)
    mutating func parseAtom() throws -> Condition {
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

    /// `be-complement = "neutral" about | "mixed" about | "for" | "against" | "opposed" "to" | "in" "favor" "of" | "supportive" "of" ;`
    mutating func parseBeComplement() throws -> Graph.Stance {
        if accept(.neutral) {
            try expect([.on, .about, .toward, .towards, .regarding])
            return .neutral
        }
        if accept([.mixed, .ambivalent, .divided, .torn]) != nil {
            try expect([.on, .about, .toward, .towards, .regarding])
            return .mixed
        }
        if accept(.`for`) { return .supports }
        if accept(.against) { return .opposes }
        if accept(.opposed) {
            try expect(.to)
            return .opposes
        }
        if accept(.`in`) {
            try expect([.favor, .favour])
            try expect(.of)
            return .supports
        }
        if accept(.supportive) {
            try expect(.of)
            return .supports
        }
        note(["neutral on", "mixed on", "for", "against", "opposed to", "in favor of"])
        throw unexpected()
    }

    /// ```
    /// stance-phrase = [ "has" | "have" ] [ "ever" ] ( support-verb | oppose-verb
    ///               | be ( "neutral" on | "mixed" on | "for" | "against" | "opposed" "to"
    ///                    | "in" "favor" "of" | "supportive" "of" ) ) ;
    /// ```
    /// Returns nil, consuming nothing, when no stance phrase starts here.
    mutating func parseStancePhrase() throws -> (stance: Graph.Stance, ever: Bool)? {
        let start = index
        var ever = false
        if accept([.has, .have], shown: []) != nil {
            ever = accept(.ever)
        } else if accept(.ever) {
            ever = true
        }
        if accept(Keyword.supportVerbs, shown: ["supports"]) != nil { return (.supports, ever) }
        if accept(Keyword.opposeVerbs, shown: ["opposes"]) != nil { return (.opposes, ever) }
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
