import Foundation
import StanceCore

extension Parser {
    static let questionStarts = [
        "who", "count", "how many", "positions of", "what does", "where does", "why does", "quotes",
        "affiliations of", "members of", "actors", "issues", "sources",
    ]

    /// `query = question [ "?" ] ;`
    mutating func parseQuery() throws -> Query {
        let result = try parseQuestion()
        _ = acceptToken(.questionMark, shown: "?")
        guard atEnd else {
            note(["<end>"])
            throw unexpected()
        }
        return result
    }

    /// ```
    /// question = "count" who | "how" "many" who-body | who
    ///          | ( "positions" | "stances" ) ( "of" | "for" ) actor
    ///          | "what" ( "does" | "do" | "did" ) actor ( "think" ( "about" | "of" | "on" ) issue | "say" [ ( "about" | "on" ) issue ] )
    ///          | "where" ( "does" | "do" ) actor "stand" "on" issue
    ///          | "why" ( "does" | "do" | "did" | "is" ) actor stance-phrase issue
    ///          | quotes | ( "affiliations" ( "of" | "for" ) | "members" "of" ) actor
    ///          | "actors" [ "among" kind ] | "issues" | "sources" ;
    /// ```
    mutating func parseQuestion() throws -> Query {
        if accept([.count], shown: []) != nil {
            try expect(.who)
            return try parseWho(count: true)
        }
        if accept([.how], shown: []) != nil {
            try expect(.many)
            _ = accept([.actors, .people])
            return try parseWho(count: true)
        }
        if accept([.who], shown: []) != nil { return try parseWho(count: false) }
        if accept([.positions, .stances, .position], shown: []) != nil {
            try expect([.of, .`for`])
            return .positions(actor: try parseName(.actor), issue: nil)
        }
        if accept([.what], shown: []) != nil {
            try expect([.does, .`do`, .did])
            let actor = try parseName(.actor)
            if accept([.think, .thinks]) != nil {
                try expect([.about, .of, .on])
                return .positions(actor: actor, issue: try parseName(.issue))
            }
            if accept([.say, .said]) != nil {
                var filter = QuoteFilter(speaker: actor)
                if accept([.about, .on]) != nil { filter.issue = try parseName(.issue) }
                return .quotes(filter)
            }
            throw unexpected()
        }
        if accept([.`where`], shown: []) != nil {
            try expect([.does, .`do`])
            let actor = try parseName(.actor)
            try expect(.stand)
            try expect([.on, .about])
            return .positions(actor: actor, issue: try parseName(.issue))
        }
        if accept([.why], shown: []) != nil {
            let auxiliary = accept([.does, .`do`, .did, .`is`, .was, .are, .were], shown: ["does", "is"])
            guard let auxiliary else { throw unexpected() }
            let actor = try parseName(.actor)
            let stance: Graph.Stance
            if [.is, .was, .are, .were].contains(auxiliary) {
                stance = try parseBeComplement()
            } else {
                guard let phrase = try parseStancePhrase() else { throw unexpected() }
                stance = phrase.stance
            }
            return .why(actor: actor, stance: stance, issue: try parseName(.issue))
        }
        if accept([.quotes, .quote], shown: []) != nil { return try parseQuotes() }
        if accept([.affiliations, .affiliation], shown: []) != nil {
            try expect([.of, .`for`])
            return .affiliations(actor: try parseName(.actor))
        }
        if accept([.members], shown: []) != nil {
            try expect([.of])
            return .members(organization: try parseName(.actor))
        }
        if accept([.actors, .actor], shown: []) != nil {
            var kind: Graph.Actor.Kind?
            if accept(.among) { kind = try parseKind() }
            return .actors(kind: kind)
        }
        if accept([.issues, .issue], shown: []) != nil { return .issues }
        if accept([.sources, .source, .articles], shown: []) != nil { return .sources }
        note(Self.questionStarts)
        throw unexpected()
    }

    /// `quotes = ( "quotes" | "quote" ) { ( "by" | "from" ) actor | ( "about" | "on" ) issue | ( "matching" | "containing" ) text | window } ;`
    mutating func parseQuotes() throws -> Query {
        var filter = QuoteFilter()
        while true {
            let start = current?.range
            if accept([.by, .from], shown: ["by"]) != nil {
                guard filter.speaker == nil else { throw repeated("by", at: start) }
                filter.speaker = try parseName(.actor)
            } else if accept([.about, .on], shown: ["about"]) != nil {
                guard filter.issue == nil else { throw repeated("about", at: start) }
                filter.issue = try parseName(.issue)
            } else if accept([.matching, .containing, .mentioning], shown: ["matching"]) != nil {
                guard filter.matching == nil else { throw repeated("matching", at: start) }
                filter.matching = try parseText()
            } else if try parseWindow(&filter.window) {
                continue
            } else {
                break
            }
        }
        return .quotes(filter)
    }

    /// `text = '"' characters '"' ;` (a single word is accepted too)
    mutating func parseText() throws -> String {
        if let token = current, token.kind == .string || token.kind == .word {
            index += 1
            guard !token.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw QueryError("the text to match is empty; put words between the quotes", at: token.range, in: query)
            }
            guard !token.text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw QueryError(
                    "the text to match holds a control character; only printable text can be searched",
                    at: token.range, in: query)
            }
            return token.text
        }
        note(["<text>"])
        throw unexpected()
    }

    func repeated(_ keyword: String, at range: TextRange?) -> QueryError {
        QueryError("'\(keyword)' is given twice; give it once", at: range, in: query)
    }

    /// `kind = "person" | "people" | "organization" | "government" | "group" | … (singular or plural) ;`
    mutating func parseKind() throws -> Graph.Actor.Kind {
        if let w = keyword {
            for (kind, words) in Keyword.kinds where words.contains(w) {
                index += 1
                return kind
            }
        }
        note(["people", "organizations", "governments", "groups"])
        if let token = current, token.kind == .word {
            let all = Keyword.kinds.flatMap(\.1).map(\.rawValue)
            let near = NameMatching.nearest(to: token.text, among: all, limit: 1)
            throw QueryError(
                "unknown kind '\(token.text)'; expected people, organizations, governments or groups"
                    + (near.first.map { "; did you mean '\($0)'?" } ?? ""),
                at: token.range, in: query, expected: ["people", "organizations", "governments", "groups"])
        }
        throw unexpected()
    }

    /// `date = YYYY | YYYY-MM | YYYY-MM-DD ;`
    mutating func parseDate() throws -> PartialDate {
        guard let token = current, token.kind == .word else {
            note(["<date>"])
            throw unexpected()
        }
        guard let date = PartialDate(token.text) else {
            throw QueryError(
                "'\(token.text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)",
                at: token.range, in: query, expected: ["<date>"])
        }
        index += 1
        return date
    }

    /// `window = "as" "of" date | "since" date | "between" date "and" date ;`
    ///
    /// Returns false when no window follows.
    mutating func parseWindow(_ window: inout DateWindow) throws -> Bool {
        let start = current?.range
        if accept([.`as`], shown: ["as of"]) != nil {
            try expect(.of)
            guard window.upper == nil else { throw repeated("as of", at: start) }
            window.upper = try parseDate().periodEnd
            return true
        }
        if accept(.since) {
            guard window.lower == nil else { throw repeated("since", at: start) }
            window.lower = try parseDate().firstDay
            return true
        }
        if accept(.between) {
            guard window.lower == nil, window.upper == nil else { throw repeated("between", at: start) }
            let first = try parseDate()
            try expect(.and)
            let second = try parseDate()
            // From the start of the first period to the end of the second: refuse only an empty window.
            guard first.firstDay < second.periodEnd else {
                throw QueryError("'between' needs the earlier date first", at: start, in: query)
            }
            window.lower = first.firstDay
            window.upper = second.periodEnd
            return true
        }
        return false
    }
}
