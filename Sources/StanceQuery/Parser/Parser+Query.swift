import Foundation
import StanceCore

extension Parser {
    static let questionStarts = [
        "who", "which", "what", "count", "how many", "positions of", "stakeholders of", "profile of",
        "tell me about", "does", "is", "where does", "where do sources disagree", "why does", "quotes",
        "affiliations of", "members of", "actors", "issues", "sources", "according to whom",
    ]

    /// `query = [ "please" ] question [ "?" ] ;`
    mutating func parseQuery() throws -> Query {
        _ = accept([.please], shown: [])
        if isAt([.can, .could]), isAt([.you], offset: 1) { index += 2 }
        let result = try parseQuestion()
        _ = acceptToken(.questionMark, shown: "?")
        guard atEnd else {
            note(["<end>"])
            throw unexpected()
        }
        return result
    }

    /// ```
    /// question = "count" [ "those" ] "who" who | "how" "many" [ "actors" | "people" ] who-body | "who" who
    ///          | "how" ( "does" | "do" | "did" ) actor ( "feel" | "think" ) about issue
    ///          | ( "has" | "have" ) ( "anyone" | "anybody" ) who-body
    ///          | ( "positions" | "stances" | "views" ) ( ( "of" | "for" ) actor { source-filter | window }
    ///                                                | about issue filters )
    ///          | ( "stakeholders" | "stakeholder" ) ( "of" | "in" | "on" | "for" ) issue filters
    ///          | ( "profile" ( "of" | "for" ) | "everything" ( "about" | "on" ) ) actor
    ///          | "tell" [ "me" ] ( "about" | "everything" "about" ) actor
    ///          | what | where | why | which | yes-no | listing
    ///          | quotes | ( "affiliations" ( "of" | "for" ) | "members" "of" ) actor
    ///          | actor "'s" ( "positions" | "quotes" | "affiliations" | "profile" ) { source-filter | window }
    ///          | actor "quotes" ;
    /// ```
    mutating func parseQuestion() throws -> Query {
        if accept([.count], shown: []) != nil {
            _ = accept([.those, .people, .actors], shown: [])
            try expect(.who)
            return try parseWho(count: true)
        }
        if accept([.how], shown: []) != nil {
            if accept([.does, .do, .did], shown: []) != nil {
                let actor = try parseName(.actor)
                try expect([.feel, .feels, .think, .thinks], shown: ["feel about"])
                try expect(Keyword.aboutWords + [.of], shown: ["about"])
                return .positions(actor: actor, issue: try parseName(.issue))
            }
            try expect(.many)
            _ = accept([.actors, .people])
            return try parseWho(count: true)
        }
        if accept([.who], shown: []) != nil { return try parseWho(count: false) }
        if isAt([.has, .have, .does, .do, .did]), isAt([.anyone, .anybody, .anything], offset: 1),
            isAt(Keyword.contradictVerbs, offset: 2)
        {
            // "does anyone contradict themselves", "has anybody contradicted themselves"
            index += 2
            return try parseWho(count: false)
        }
        if isAt([.do, .did]), isAt([.sources, .articles, .outlets], offset: 1), isAt(Keyword.disagreeVerbs, offset: 2) {
            index += 1
            return try parseSourcesDisagree()
        }
        if isAt([.has, .have]), isAt([.anyone, .anybody], offset: 1) {
            index += 2
            return try parseWho(count: false)
        }
        if isAt([.according]), isAt([.to], offset: 1), isAt([.whom], offset: 2) {
            index += 3
            return try parseAccordingToWhom()
        }
        if accept([.positions, .stances, .position, .views], shown: []) != nil {
            if accept(Keyword.aboutWords, shown: []) != nil {
                return .stakeholders(issue: try parseName(.issue), filters: try parseFilters())
            }
            try expect([.of, .for])
            return try parsePositionsRest(actor: try parseName(.actor), issue: nil)
        }
        if accept([.stakeholders, .stakeholder], shown: []) != nil {
            try expect([.of, .in, .on, .for, .about])
            return .stakeholders(issue: try parseName(.issue), filters: try parseFilters())
        }
        if accept([.profile], shown: []) != nil {
            try expect([.of, .for])
            return .profile(actor: try parseName(.actor))
        }
        if accept([.everything], shown: []) != nil {
            try expect([.about, .on, .for, .of])
            return .profile(actor: try parseName(.actor))
        }
        if accept([.tell], shown: []) != nil {
            _ = accept([.me, .us])
            _ = accept([.everything, .all])
            try expect([.about, .on])
            return .profile(actor: try parseName(.actor))
        }
        if accept([.what], shown: []) != nil { return try parseWhat() }
        if accept([.where], shown: []) != nil { return try parseWhere() }
        if accept([.why], shown: []) != nil { return try parseWhy() }
        if accept([.which], shown: []) != nil { return try parseWhich() }
        if isAt([.does, .do, .did, .is, .are, .was, .were]) { return try parseYesNo() }
        if accept([.quotes, .quote, .statements], shown: []) != nil { return try parseQuotes() }
        if accept([.affiliations, .affiliation], shown: []) != nil {
            try expect([.of, .for])
            return .affiliations(actor: try parseName(.actor))
        }
        if accept([.members], shown: []) != nil {
            try expect([.of])
            return .members(organization: try parseName(.actor))
        }
        if accept([.list, .show, .display, .give, .find, .get], shown: []) != nil {
            _ = accept([.me, .us], shown: [])
            return try parseListing()
        }
        if isAt([.all]) { return try parseListing() }
        if let listing = try parseListingNoun() { return listing }
        if current?.kind == .word, let actor = try resolveName(.actor) {
            return try parseActorLed(actor)
        }
        note(Self.questionStarts)
        throw unexpected()
    }

    /// After `list`, `show me`, `give me`, `find`: a listing, quotes, or one actor.
    mutating func parseListing() throws -> Query {
        _ = accept([.all, .everything], shown: [])
        _ = accept([.the, .of], shown: [])
        _ = accept([.the], shown: [])
        if let listing = try parseListingNoun() { return listing }
        if accept([.quotes, .quote, .statements], shown: ["quotes"]) != nil { return try parseQuotes() }
        if accept([.positions, .stances, .views], shown: []) != nil {
            if accept(Keyword.aboutWords, shown: []) != nil {
                return .stakeholders(issue: try parseName(.issue), filters: try parseFilters())
            }
            try expect([.of, .for])
            return try parsePositionsRest(actor: try parseName(.actor), issue: nil)
        }
        if accept([.stakeholders], shown: []) != nil {
            try expect([.of, .in, .on, .for])
            return .stakeholders(issue: try parseName(.issue), filters: try parseFilters())
        }
        note(["issues", "sources", "actors", "quotes", "<actor>"])
        return try parseActorLed(try parseName(.actor))
    }

    /// `listing = ( "actors" [ "among" kind ] | kind | "issues" | "sources" | "articles" | "outlets" )
    ///            [ ( "are" | "is" ) ( "there" | "covered" | "in" "the" "graph" ) | "do" "you" "have" ] ;`
    ///
    /// Nil, consuming nothing, when no listing noun is here.
    mutating func parseListingNoun() throws -> Query? {
        var result: Query?
        if accept([.actors, .actor], shown: []) != nil {
            var kind: Graph.Actor.Kind?
            if accept(.among) { kind = try parseKind() }
            result = .actors(kind: kind)
        } else if accept([.issues, .issue], shown: []) != nil {
            result = .issues
        } else if accept([.sources, .source, .articles, .article, .outlets], shown: []) != nil {
            result = .sources
        } else if let k = keyword, let kind = Keyword.kinds.first(where: { $0.1.contains(k) })?.0,
            isAt([.are, .is, .do], offset: 1) || index + 1 >= tokens.count || tokens[index + 1].kind == .questionMark
        {
            index += 1
            result = .actors(kind: kind)
        }
        guard let result else { return nil }
        skipListingTail()
        return result
    }

    /// `are there`, `are covered`, `is in the graph`, `do you have`, `there are`.
    mutating func skipListingTail() {
        if isAt([.are, .is]), isAt([.there, .covered], offset: 1) {
            index += 2
        } else if isAt([.are, .is]), isAt([.in], offset: 1), isAt([.the], offset: 2), isAt([.graph], offset: 3) {
            index += 4
        } else if isAt([.do]), isAt([.you], offset: 1), isAt([.have], offset: 2) {
            index += 3
        } else if isAt([.there]), isAt([.are, .is], offset: 1) {
            index += 2
        }
    }

    /// After an actor at the start: `Trump's positions`, `Cutler quotes`, `Fatheree's affiliations`.
    mutating func parseActorLed(_ actor: NameRef) throws -> Query {
        if accept([.positions, .position, .stances, .views, .view, .stance], shown: ["positions"]) != nil {
            var issue: NameRef?
            if accept(Keyword.aboutWords, shown: []) != nil { issue = try parseName(.issue) }
            return try parsePositionsRest(actor: actor, issue: issue)
        }
        if accept([.quotes, .quote, .statements], shown: ["quotes"]) != nil {
            guard case .quotes(var filter) = try parseQuotes() else { throw unexpected() }
            guard filter.speaker == nil else { throw repeated("by", at: current?.range) }
            filter.speaker = actor
            return .quotes(filter)
        }
        if accept([.affiliations, .affiliation], shown: ["affiliations"]) != nil { return .affiliations(actor: actor) }
        if accept([.profile], shown: ["profile"]) != nil { return .profile(actor: actor) }
        guard atEnd || current?.kind == .questionMark else { throw unexpected() }
        return .profile(actor: actor)
    }

    /// The source filters and windows after `positions of ACTOR [on ISSUE]`.
    mutating func parsePositionsRest(actor: NameRef, issue: NameRef?) throws -> Query {
        var issue = issue
        if issue == nil, accept(Keyword.aboutWords, shown: []) != nil { issue = try parseName(.issue) }
        var window = DateWindow()
        while try parseWindow(&window) || parseSourceFilter(&window, allowIn: true) {}
        return window.isEmpty ? .positions(actor: actor, issue: issue) : .positionsWithin(actor: actor, issue: issue, window: window)
    }

    /// ```
    /// what = "what" ( ( "does" | "do" | "did" ) ( "we" "know" "about" actor
    ///                                          | actor ( "think" [ about issue ] | say-rest ) )
    ///               | ( "has" | "have" ) actor ( "said" | "say" ) say-rest
    ///               | ( "is" | "are" ) ( "the" "evidence" "that" actor stance-phrase issue
    ///                                  | "the" "positions" about issue
    ///                                  | actor "'s" ( "position" | "view" | "stance" | "positions" ) [ about issue ]
    ///                                  | listing-noun | actor )
    ///               | ( "positions" | "stances" ) ( "has" | "does" ) actor ( "taken" | "hold" )
    ///               | listing-noun | kind ( "are" "there" ) ) ;
    /// say-rest = [ about issue ] { source-filter | window } ;
    /// ```
    mutating func parseWhat() throws -> Query {
        if accept([.does, .do, .did, .has, .have], shown: ["does"]) != nil {
            if accept([.we, .you], shown: []) != nil {
                try expect([.know, .have])
                _ = accept([.about, .on])
                return .profile(actor: try parseName(.actor))
            }
            let (actor, entity) = try parseActorEntity()
            if accept([.think, .thinks, .feel, .feels], shown: ["think"]) != nil {
                if accept(Keyword.aboutWords + [.of], shown: ["about"]) != nil {
                    return .positions(actor: actor, issue: try parseName(.issue))
                }
                return .positions(actor: actor, issue: nil)
            }
            if accept([.say, .said, .says], shown: ["say"]) != nil {
                var filter = QuoteFilter(speaker: actor, includeMembers: entity.kind != nil && entity.kind != "person")
                if accept(Keyword.aboutWords, shown: []) != nil { filter.issue = try parseName(.issue) }
                while try parseWindow(&filter.window) || parseSourceFilter(&filter.window, allowIn: true) {}
                return .quotes(filter)
            }
            if accept([.taken, .take], shown: []) != nil { return try parsePositionsRest(actor: actor, issue: nil) }
            if accept([.report, .reports, .reported], shown: ["report about others"]) != nil {
                return try parseReportRest(reporter: actor)
            }
            throw unexpected()
        }
        if accept([.is, .are, .was], shown: ["is"]) != nil {
            if isAt([.the]), isAt([.evidence], offset: 1) {
                index += 2
                _ = accept([.that, .for])
                let actor = try parseName(.actor)
                guard let phrase = try parseStancePhrase() else { throw unexpected() }
                return .why(actor: actor, stance: phrase.stance, issue: try parseName(.issue))
            }
            if isAt([.the]), isAt([.positions, .stances, .views], offset: 1), isAt(Keyword.aboutWords, offset: 2) {
                index += 3
                return .stakeholders(issue: try parseName(.issue), filters: try parseFilters())
            }
            if let listing = try parseListingNoun() { return listing }
            let article = index
            _ = accept([.the, .all], shown: [])
            if let listing = try parseListingNoun() { return listing }  // "what are the issues"
            index = article
            _ = accept([.the], shown: [])
            let actor = try parseName(.actor)
            if lastNamePossessive || accept([.positions, .position, .view, .views, .stance, .stances], shown: []) != nil {
                if lastNamePossessive {
                    try expect([.position, .positions, .view, .views, .stance, .stances], shown: ["position on"])
                }
                var issue: NameRef?
                if accept(Keyword.aboutWords, shown: []) != nil { issue = try parseName(.issue) }
                return .positions(actor: actor, issue: issue)
            }
            return .profile(actor: actor)
        }
        if accept([.positions, .stances, .views, .position], shown: []) != nil {
            try expect([.has, .have, .does, .did])
            let actor = try parseName(.actor)
            try expect([.taken, .take, .have], shown: ["taken"])
            return .positions(actor: actor, issue: nil)
        }
        if let listing = try parseListingNoun() { return listing }
        note(["does", "did", "is", "issues", "sources"])
        throw unexpected()
    }

    /// The actor at the current token and what the directory knows of it (its kind).
    mutating func parseActorEntity() throws -> (NameRef, NamedEntity) {
        let actor = try parseName(.actor)
        let entity = try directory.lookup(.actor, key: NameMatching.key(actor.id.rawValue)).first
        return (actor, entity ?? NamedEntity(id: actor.id, name: actor.name))
    }

    /// ```
    /// where = "where" ( "does" | "do" | "did" | "is" ) ( ( "everyone" | "everybody" ) "stand" about issue filters
    ///                                                 | actor ( ( "stand" | "stands" ) [ about issue ]
    ///                                                         | "work" ) ) ;
    /// ```
    mutating func parseWhere() throws -> Query {
        if isAt([.sources, .articles, .outlets]) { return try parseSourcesDisagree() }
        try expect([.does, .do, .did, .is, .are], shown: ["does", "do sources disagree"])
        if isAt([.the]), isAt([.sources, .articles, .outlets], offset: 1) { index += 1 }
        if isAt([.sources, .articles, .outlets]) {
            // Unless an actor's name starts with the word, "where do sources …" asks where sources disagree
            // (so a mistyped "disagre" is corrected rather than read as an unknown actor).
            var trial = self
            trial.quiet = true
            if ((try? trial.resolveName(.actor)) ?? nil) == nil { return try parseSourcesDisagree() }
        }
        if accept([.everyone, .everybody, .anyone], shown: []) != nil {
            try expect([.stand, .stands])
            try expect(Keyword.aboutWords)
            return .stakeholders(issue: try parseName(.issue), filters: try parseFilters())
        }
        let actor = try parseName(.actor)
        if accept([.work, .works, .worked], shown: ["work"]) != nil { return .affiliations(actor: actor) }
        try expect([.stand, .stands], shown: ["stand on"])
        if accept(Keyword.aboutWords, shown: ["on"]) != nil {
            return .positions(actor: actor, issue: try parseName(.issue))
        }
        return .positions(actor: actor, issue: nil)
    }

    /// `why = "why" ( ( "does" | "do" | "did" ) actor stance-phrase | ( "is" | "was" | "are" | "were" ) actor be-complement ) issue ;`
    mutating func parseWhy() throws -> Query {
        let auxiliary = accept([.does, .do, .did, .is, .was, .are, .were], shown: ["does", "is"])
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

    /// ```
    /// which = "which" ( ( "issues" | "sources" | "articles" | kind ) listing-tail
    ///                 | ( "quotes" | "statements" ) ( "mention" | "contain" | "match" | … ) text
    ///                 | ( kind | "actors" ) who-body ) ;
    /// ```
    mutating func parseWhich() throws -> Query {
        if accept([.quotes, .quote, .statements], shown: ["quotes"]) != nil {
            try expect([.mention, .mentions, .mentioning, .containing, .matching], shown: ["mention"])
            return .quotes(QuoteFilter(matching: try parseRestAsText()))
        }
        if accept([.issues, .issue], shown: ["issues"]) != nil {
            skipListingTail()
            return .issues
        }
        // "which sources disagree …"; a word that is no listing tail after "which sources" is read as a
        // (perhaps mistyped) verb of disagreement.
        if isAt([.sources, .source, .articles, .outlets]), index + 1 < tokens.count, tokens[index + 1].kind == .word,
            !isAt([.are, .is, .do, .there], offset: 1)
        {
            return try parseSourcesDisagree()
        }
        if accept([.sources, .source, .articles, .article, .outlets], shown: ["sources"]) != nil {
            skipListingTail()
            return .sources
        }
        var kind: Graph.Actor.Kind?
        if accept([.actors, .actor], shown: []) == nil {
            kind = try parseKind()
        }
        if isAt([.are, .is]), isAt([.there, .covered], offset: 1) || index + 2 >= tokens.count {
            skipListingTail()
            return .actors(kind: kind)
        }
        let parsed = try parseWho(count: false)
        guard case .who(var who, let count) = parsed else { return parsed }
        if let kind {
            guard who.filters.kind == nil || who.filters.kind == kind else { throw repeated("among", at: current?.range) }
            who.filters.kind = kind
        }
        return .who(who, count: count)
    }

    /// ```
    /// yes-no = ( "does" | "do" | "did" ) actor contradicts
    ///        | ( "does" | "do" | "did" ) [ "not" ] actor [ "not" ] stance-phrase issue
    ///        | ( "is" | "are" | "was" | "were" ) [ "not" ] actor be-complement issue ;
    /// ```
    /// A negative question (`doesn't Lighthizer support renegotiation?`) gets the same answer.
    mutating func parseYesNo() throws -> Query {
        let auxiliary = accept([.does, .do, .did, .is, .are, .was, .were], shown: ["does"])
        _ = accept([.not], shown: [])
        let actor = try parseName(.actor)
        _ = accept([.not], shown: [])
        // "does Trump contradict himself on KORUS": his opposite stances, as `who contradicts themselves`.
        if auxiliary == .does || auxiliary == .do || auxiliary == .did,
            accept(Keyword.contradictVerbs, shown: ["contradict itself"]) != nil
        {
            try expect(Keyword.reflexives, shown: ["itself"])
            return try parseContradictionRest(count: false, actor: actor)
        }
        let stance: Graph.Stance
        if let auxiliary, [.is, .are, .was, .were].contains(auxiliary) {
            stance = try parseBeComplement()
        } else {
            guard let phrase = try parseStancePhrase() else { throw unexpected() }
            stance = phrase.stance
        }
        return .check(actor: actor, stance: stance, issue: try parseName(.issue))
    }

    /// The rest of the query as the text to match: one quoted string, or the words to the end.
    mutating func parseRestAsText() throws -> String {
        if let token = current, token.kind == .string { return try parseText() }
        var words: [String] = []
        let first = current?.range
        while let token = current, token.kind == .word {
            words.append(token.text)
            index += 1
        }
        guard !words.isEmpty else {
            note(["<text>"])
            throw unexpected()
        }
        let text = words.joined(separator: " ")
        // As `parseText`: a NUL would end the phrase early in SQLite's full-text search.
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            let range = first.map { TextRange(start: $0.start, end: tokens[index - 1].range.end) }
            throw QueryError(
                "the text to match holds a control character; only printable text can be searched", at: range, in: query)
        }
        return text
    }

    /// ```
    /// source-filter = "according" "to" source | "in" source | "from" source ;
    /// ```
    /// With `allowIn` false only `according to` is read. Returns false, consuming nothing, when no
    /// source filter is here or the name after `in`/`from` is not a source.
    mutating func parseSourceFilter(_ window: inout DateWindow, allowIn: Bool) throws -> Bool {
        let start = index
        if accept([.according], shown: ["according to"]) != nil {
            try expect(.to)
            guard window.sources.isEmpty else { throw repeated("according to", at: tokens[start].range) }
            _ = try parseName(.source)
            window.sources = lastSources
            return true
        }
        if allowIn, accept([.in, .from], shown: []) != nil {
            if window.sources.isEmpty, try resolveName(.source) != nil {
                window.sources = lastSources
                return true
            }
            index = start
        }
        return false
    }

    /// `quotes = ( "quotes" | "quote" ) { ( "by" | "from" ) actor | ( "about" | "on" ) issue | ( "matching" | "containing" ) text | source-filter | window } ;`
    mutating func parseQuotes() throws -> Query {
        var filter = QuoteFilter()
        while true {
            let start = current?.range
            if isAt([.from]), filter.speaker == nil {
                // A speaker first, as before sources could be named; else a source ("from the New York Times").
                index += 1
                if let speaker = try resolveName(.actor) {
                    filter.speaker = speaker
                    continue
                }
                index -= 1
                if try parseSourceFilter(&filter.window, allowIn: true) { continue }
                index += 1
                filter.speaker = try parseName(.actor)
            } else if accept([.by, .from], shown: ["by"]) != nil {
                guard filter.speaker == nil else { throw repeated("by", at: start) }
                filter.speaker = try parseName(.actor)
            } else if accept([.about, .on], shown: ["about"]) != nil {
                guard filter.issue == nil else { throw repeated("about", at: start) }
                filter.issue = try parseName(.issue)
            } else if accept([.matching, .containing, .mentioning], shown: ["matching"]) != nil {
                guard filter.matching == nil else { throw repeated("matching", at: start) }
                filter.matching = try parseText()
            } else if try parseWindow(&filter.window) || parseSourceFilter(&filter.window, allowIn: true) {
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

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Whether a date starts at the current token (`2017`, `2017-10`, `October 2017`).
    func isAtDate() -> Bool {
        guard let token = current, token.kind == .word else { return false }
        if PartialDate(token.text) != nil { return true }
        return Parser.month(token.text) != nil && index + 1 < tokens.count && PartialDate(tokens[index + 1].text) != nil
    }

    static func month(_ word: String) -> Int? {
        months[word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))]
    }

    /// `date = YYYY | YYYY-MM | YYYY-MM-DD | month-name YYYY ;`
    mutating func parseDate() throws -> PartialDate {
        guard let token = current, token.kind == .word else {
            note(["<date>"])
            throw unexpected()
        }
        if let month = Parser.month(token.text), index + 1 < tokens.count,
            let year = Int(tokens[index + 1].text), (1000...9999).contains(year),
            let date = PartialDate(String(format: "%04d-%02d", year, month))
        {
            index += 2
            return date
        }
        guard let date = PartialDate(token.text) else {
            throw QueryError(
                "'\(token.text)' is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a month and year (March 2018)",
                at: token.range, in: query, expected: ["<date>"])
        }
        index += 1
        return date
    }

    /// ```
    /// window = ( "as" "of" | "by" ) date | ( "since" | "after" ) date | ( "before" | "until" ) date
    ///        | ( "in" | "during" ) date | "between" date "and" date ;
    /// ```
    /// `by D` and `as of D` include the period D; `before D` ends where it starts; `after D` starts
    /// after it; `in D`/`during D` is the period itself. `as`, `by` and `in` are a window only when
    /// a date (or `of`) follows. Returns false when no window follows.
    mutating func parseWindow(_ window: inout DateWindow) throws -> Bool {
        let start = current?.range
        if isAt([.as]), isAt([.of], offset: 1) || index + 1 >= tokens.count {
            index += 1
            try expect(.of)
            guard window.upper == nil else { throw repeated("as of", at: start) }
            window.upper = try parseDate().periodEnd
            return true
        }
        note(["as of"])
        if isAt([.by, .until, .before]) {
            let word = keyword
            index += 1
            guard isAtDate() else {
                index -= 1
                return false
            }
            guard window.upper == nil else { throw repeated(word?.rawValue ?? "by", at: start) }
            let date = try parseDate()
            window.upper = word == .before ? date.firstDay : date.periodEnd
            return true
        }
        if isAt([.in, .during]) {
            index += 1
            guard isAtDate() else {
                index -= 1
                return false
            }
            guard window.lower == nil, window.upper == nil else { throw repeated("in", at: start) }
            let date = try parseDate()
            window.lower = date.firstDay
            window.upper = date.periodEnd
            return true
        }
        if accept(.since) {
            guard window.lower == nil else { throw repeated("since", at: start) }
            window.lower = try parseDate().firstDay
            return true
        }
        if accept([.after], shown: []) != nil {
            guard window.lower == nil else { throw repeated("after", at: start) }
            window.lower = try parseDate().periodEnd
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
