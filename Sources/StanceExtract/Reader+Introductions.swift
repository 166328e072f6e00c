import StanceCore

/// The forms news writing uses to introduce people and organisations besides "NAME, a ROLE at
/// ORG": a title before the name, a role before the name, a relative clause, a byline, and an
/// organisation named as the subject of a verb.
extension Reader {
    /// Introductions by the forms other than a trailing appositive, skipping names in `known`.
    func moreIntroductions(known: Set<String>) -> [Introduction] {
        var found: [Introduction] = []
        var names = known
        func add(_ introduction: Introduction) {
            let key = NameMatching.key(introduction.name)
            guard !key.isEmpty, names.insert(key).inserted else {
                // A name already introduced may still gain the organisation a later form states.
                if let index = found.firstIndex(where: { NameMatching.key($0.name) == key }), found[index].organization == nil {
                    found[index].role = introduction.role
                    found[index].organization = introduction.organization
                }
                return
            }
            found.append(introduction)
        }
        for introduction in bylines() { add(introduction) }
        if let outlet = editorialOutlet() { add(outlet) }
        for sentence in article.sentences {
            let range = article.wordIndices(in: sentence.start..<sentence.end)
            let sentenceRange = article.trimmedSentence(sentence).range
            for k in range where !inQuote(k) {
                if let introduction = titled(at: k, in: range, sentence: sentenceRange) { add(introduction) }
                if let introduction = roleFirst(at: k, in: range, sentence: sentenceRange) { add(introduction) }
                if let introduction = organizationRoleName(at: k, in: range, sentence: sentenceRange) { add(introduction) }
                if k == range.lowerBound, let introduction = copula(at: k, in: range, sentence: sentenceRange) { add(introduction) }
                if let introduction = organizationSubject(at: k, in: range, sentence: sentenceRange) { add(introduction) }
                if let introduction = nameOfOrganization(at: k, in: range, sentence: sentenceRange) { add(introduction) }
            }
        }
        for introduction in memberOfWhichIntroductions() { add(introduction) }
        return found
    }

    // MARK: - Forms

    /// "Senator Marcia Delgado", "Professor Han Ye-jin of Kyungwon University", "Dr. Samuel
    /// Okafor": a title before two to four capitalised words introduces a person; "of/at ORG"
    /// after the name, or a relative clause ("who sits on the Senate Finance Committee"), gives
    /// the organisation.
    private func titled(at k: Int, in range: Range<Int>, sentence: TextRange) -> Introduction? {
        guard words[k].isCapitalized, Lexicon.personTitles.contains(words[k].lower) || Lexicon.moreTitles.contains(words[k].lower),
            k + 1 < range.upperBound, spaced(k),
            actorAt[k + 1] == nil, let run = runForward(startingAt: k + 1, ceiling: range.upperBound)
        else { return nil }
        var nameRun = run
        // "Professor Zhang Wei of Fudan University" may read as one run: cut it at "of".
        if let of = run.first(where: { ["of", "at"].contains(words[$0].text) }) { nameRun = run.lowerBound..<of }
        guard (2...4).contains(nameRun.count), nameRun.allSatisfy({ actorAt[$0] == nil && isNameWord($0) }),
            !nameRun.contains(where: { Lexicon.organizationWords.contains(words[$0].lower) })
        else { return nil }
        let title = words[k].lower
        let role = Lexicon.roleNouns.contains(title) || Lexicon.titles.contains(title) ? title : nil
        var introduction = Introduction(
            name: nameText(nameRun), words: nameRun, kind: .person, role: nil, organization: nil,
            description: role.map { $0.prefix(1).uppercased() + $0.dropFirst() }, sentence: sentence)
        if !["mr", "ms", "mrs"].contains(title) { introduction.title = Lexicon.titleAbbreviations[title] ?? title }
        // "Deputy US Trade Representative Karen Mayfield": a title that names a known office.
        if let covered = actorAt[k], finder.actors[covered.mention.id]?.kind != .person {
            var first = covered.words.lowerBound
            if first - 1 >= range.lowerBound, spaced(first - 1),
                ["deputy", "acting", "assistant", "associate", "vice"].contains(words[first - 1].lower)
            {
                first -= 1
            }
            let title = article.string(words[first].start..<words[k].end)
            introduction.role = title.lowercased()
            introduction.description = title
            introduction.organization = .known(covered.mention.id)
            return introduction
        }
        var after = nameRun.upperBound
        let partyTagged = after < range.upperBound && isPartyTag(after..<(after + 1))
        if after < range.upperBound, ["of", "at"].contains(words[after].lower) {
            // "Mayor Frank Delucca of Weirton": a bare place is no organisation.
            if let organization = organization(startingAt: after + 1, ceiling: range.upperBound), isOrganizationName(organization) {
                introduction.role = role ?? introduction.title ?? "not stated"
                introduction.organization = organization
                return introduction
            }
        }
        // "Rep. Dolores Achebe (D-Mich.), who sits on …": past a parenthesis after the name.
        if after < range.upperBound, article.gap(after - 1, after).contains("(") {
            var close = after
            while close + 1 < range.upperBound, close - after < 8, !article.gap(close, close + 1).contains(")") { close += 1 }
            if close + 1 < range.upperBound, article.gap(close, close + 1).contains(")") { after = close + 1 }
        }
        // ", who sits on the Senate Finance Committee,"
        if after - 1 < range.upperBound, commaAfter(after - 1), after < range.upperBound, words[after].lower == "who" {
            after += 1
            if let (clauseRole, organization) = relativeClause(at: after, ceiling: range.upperBound) {
                introduction.role = clauseRole
                introduction.organization = organization
            }
        }
        guard introduction.organization == nil else { return introduction }
        // "UMFW International President Darlene Kowalczyk", "Corvell Chemicals President Ann Ruiz": an
        // organisation's name (or its initials) before the title, capitalised qualifiers between.
        if let (role, organization) = organizationBeforeTitle(k, floor: range.lowerBound) {
            introduction.role = role
            introduction.organization = organization
            return introduction
        }
        // "Sen. Harold Brandt, R-Iowa," · "Rep. Dolores Achebe (D-Mich.)": a party tag makes a
        // member of Congress, when the graph knows it.
        if partyTagged, ["senator", "representative"].contains(introduction.title ?? ""), let congress = knownActor(named: "congress") {
            introduction.role = introduction.title
            introduction.organization = .known(congress)
        }
        // "Vice Trade Minister Yoon Tae-sik" after "the Ministry of Trade, Industry and Energy": a
        // minister's subject names the ministry.
        if title == "minister" {
            var first = k
            while first - 1 >= range.lowerBound, spaced(first - 1), words[first - 1].isCapitalized, isNameWord(first - 1) || actorAt[first - 1] != nil {
                first -= 1
            }
            let topics = (first..<k).map { words[$0].lower }.filter { !Lexicon.titleQualifiers.contains($0) }
            if !topics.isEmpty,
                let ministry = lastOrganization(before: words[first].start, word: "ministry", accept: { name in
                    name.contains("ministry") && topics.allSatisfy { name.contains($0) }
                })
            {
                introduction.role = article.string(words[first].start..<words[k].end).lowercased()
                introduction.organization = ministry
            }
        }
        // "County Commissioner Janet Ruhl": the county the article names.
        if k - 1 >= range.lowerBound, words[k - 1].text == "County", spaced(k - 1) {
            for j in words.indices where j != k - 1 && words[j].lower == "county" && words[j].isCapitalized && !inQuote(j) {
                if let county = runBackward(endingAt: j, floor: max(0, j - 3)), county.count >= 2, actorAt[county.lowerBound] == nil {
                    introduction.role = article.string(words[k - 1].start..<words[k].end).lowercased()
                    introduction.organization = .new(nameText(county))
                    break
                }
            }
        }
        return introduction
    }

    /// Whether an organisation named after "of"/"at" is one: a known actor, or a new name with an
    /// organisation word or an ampersand ("Kyungwon University", not "Weirton").
    func isOrganizationName(_ organization: OrganizationName) -> Bool {
        switch organization {
        case .known: return true
        case .new(let name): return name.contains("&") || NameMatching.key(name).split(separator: " ").contains { Lexicon.isOrganizationWord(String($0)) }
        }
    }

    /// The organisation named before the title at word `k`, and the role (the title with the
    /// capitalised qualifiers between, in lower case): an all-capitals abbreviation of an earlier
    /// name, a known organisation, or a name with an organisation word; nil for a place or nationality.
    func organizationBeforeTitle(_ k: Int, floor: Int) -> (String, OrganizationName)? {
        guard k - 1 >= floor, spaced(k - 1), let run = runBackward(endingAt: k - 1, floor: floor) else { return nil }
        for split in stride(from: k, to: run.lowerBound, by: -1) {
            let owner = run.lowerBound..<split
            guard owner.count >= 1, (split..<k).allSatisfy({ Lexicon.titleQualifiers.contains(words[$0].lower) || ["international", "national", "executive", "general"].contains(words[$0].lower) })
            else { continue }
            let role = article.string(words[split < k ? split : k].start..<words[k].end).lowercased()
            if owner.count == 1, let organization = acronymOrganization(owner.lowerBound) { return (role, organization) }
            if let covered = actorAt[split - 1], covered.words.lowerBound == owner.lowerBound,
                let actor = finder.actors[covered.mention.id], actor.kind != .person, actor.kind != .government
            {
                return (role, .known(actor.id))
            }
            if owner.count >= 2, isOrganizationRun(owner), owner.allSatisfy({ actorAt[$0] == nil }) { return (role, .new(nameText(owner))) }
        }
        return nil
    }

    /// The known actor (not a person) with `word` among the words of its name or aliases ("congress").
    func knownActor(named word: String) -> Slug? {
        finder.actors.values.sorted { $0.id.rawValue < $1.id.rawValue }.first { actor in
            actor.kind != .person && ([actor.name] + actor.aliases).contains { NameMatching.key($0).split(separator: " ").contains(Substring(word)) }
        }?.id
    }

    /// "The federation's chairman, Bae Jung-ho," · "Its president, Alan Whitford,": a role with
    /// an organisation's possessive before a name set off by commas.
    private func roleFirst(at k: Int, in range: Range<Int>, sentence: TextRange) -> Introduction? {
        // "The county's largest employer, Ridgeline Fabrication, told …": an organisation described first.
        if commaAfter(k), k + 1 < range.upperBound, actorAt[k + 1] == nil, !words[k].isCapitalized,
            Lexicon.isOrganizationDescription(words[k].lower),
            let run = runForward(startingAt: k + 1, ceiling: range.upperBound), (2...5).contains(run.count),
            run.upperBound < range.upperBound, commaAfter(run.upperBound - 1), run.allSatisfy({ isNameWord($0) }),
            !Extractor.isFamilyNameFirst(run.map { words[$0].text }),
            (max(range.lowerBound, k - 4)..<k).contains(where: { isPossessive($0) || ["a", "an", "the"].contains(words[$0].lower) })
        {
            return Introduction(
                name: nameText(run), words: run, kind: .organization, role: nil, organization: nil, description: nil,
                sentence: sentence)
        }
        guard commaAfter(k), k + 1 < range.upperBound, actorAt[k + 1] == nil,
            let run = runForward(startingAt: k + 1, ceiling: range.upperBound), (2...4).contains(run.count),
            run.upperBound < range.upperBound, commaAfter(run.upperBound - 1),
            run.allSatisfy({ isNameWord($0) }),
            !run.contains(where: { Lexicon.organizationWords.contains(words[$0].lower) }),
            let (role, organization) = possessiveRole(endingAt: k, floor: range.lowerBound)
                ?? prepositionalRole(endingAt: k, floor: range.lowerBound)
        else { return nil }
        return Introduction(
            name: nameText(run), words: run, kind: .person, role: role, organization: organization,
            description: role.prefix(1).uppercased() + role.dropFirst(), sentence: sentence)
    }

    /// "Hanseong Steel spokesman Kang Dong-wook", "Treasury spokeswoman Ann Lee": an organisation,
    /// a role in lower case and a person's name; the role word is word `k`.
    private func organizationRoleName(at k: Int, in range: Range<Int>, sentence: TextRange) -> Introduction? {
        guard k > range.lowerBound, !words[k].isCapitalized, spaced(k - 1), isNameWord(k - 1) || actorAt[k - 1] != nil else { return nil }
        // One to three role words, the last a role noun ("spokesman", "chief executive", "senior economist").
        var end = k
        while end < range.upperBound, end - k < 3, !words[end].isCapitalized, !isNameWord(end), spaced(end) { end += 1 }
        // "The Tri-County Dairy Cooperative's policy director Alan Birch": after an owner's possessive,
        // any words before the role noun belong to the role.
        let owned = isPossessive(k - 1) && actorAt[k - 1] == nil
        guard end > k, end < range.upperBound, Lexicon.isRoleNoun(words[end - 1].lower),
            owned || (k..<end).allSatisfy({ Lexicon.isRoleNoun(words[$0].lower) || ["senior", "chief", "deputy", "vice", "trade", "press"].contains(words[$0].lower) }),
            actorAt[end] == nil, let person = runForward(startingAt: end, ceiling: range.upperBound), (2...4).contains(person.count),
            person.allSatisfy({ isNameWord($0) && actorAt[$0] == nil }), !isOrganizationRun(person),
            let owner = runBackward(endingAt: k - 1, floor: range.lowerBound)
        else { return nil }
        let organization: OrganizationName
        if let covered = actorAt[k - 1] {
            guard finder.actors[covered.mention.id]?.kind != .person else { return nil }
            organization = .known(covered.mention.id)
        } else {
            // "Korean trade minister …", "American economist …": a nationality is no organisation.
            let last = words[k - 1].lower
            guard !["ean", "ese", "ish", "ian", "can", "ch"].contains(where: { last.hasSuffix($0) }),
                !owner.contains(where: { Lexicon.personTitles.contains(words[$0].lower) || isHonorific($0) })
            else { return nil }
            organization = .new(nameText(owner))
        }
        let role = (k..<end).map { words[$0].lower }.joined(separator: " ")
        return Introduction(
            name: nameText(person), words: person, kind: .person, role: role, organization: organization,
            description: role.prefix(1).uppercased() + role.dropFirst(), sentence: sentence)
    }

    /// "Angela Ruiz is president of Local 417 of the Automotive Workers Federation": a sentence
    /// opening with a new person's name, "is" or "was", and a role at or of an organisation.
    private func copula(at k: Int, in range: Range<Int>, sentence: TextRange) -> Introduction? {
        guard let run = runForward(startingAt: k, ceiling: range.upperBound), (2...3).contains(run.count),
            run.allSatisfy({ isNameWord($0) && actorAt[$0] == nil }), !isOrganizationRun(run),
            Extractor.guessKind(nameText(run)) == .person, run.upperBound + 3 < range.upperBound
        else { return nil }
        // "Maria Esposito heads the trade practice at Whitfield Bray LLP": a verb of membership.
        if Lexicon.membershipVerbs[words[run.upperBound].lower] != nil,
            let (role, organization) = relativeClause(at: run.upperBound, ceiling: range.upperBound)
        {
            return Introduction(
                name: nameText(run), words: run, kind: .person, role: role, organization: organization,
                description: role.prefix(1).uppercased() + role.dropFirst(), sentence: sentence)
        }
        guard ["is", "was"].contains(words[run.upperBound].lower) else { return nil }
        var first = run.upperBound + 1
        if ["a", "an", "the"].contains(words[first].lower) { first += 1 }
        guard let preposition = (first..<range.upperBound).prefix(5).first(where: { ["of", "at"].contains(words[$0].lower) }),
            preposition > first, (first..<preposition).contains(where: { Lexicon.isRoleNoun(words[$0].lower) }),
            (first..<preposition).allSatisfy({ !words[$0].isCapitalized })
        else { return nil }
        let segment = first..<range.upperBound
        guard let (role, organization) = roleAndOrganization(segment) else { return nil }
        return Introduction(
            name: nameText(run), words: run, kind: .person, role: role, organization: organization,
            description: role.prefix(1).uppercased() + role.dropFirst(), sentence: sentence)
    }

    /// "A spokeswoman for the Korea Automobile Importers Association" ending at word `end`: the
    /// role before a preposition and the organisation after it.
    func prepositionalRole(endingAt end: Int, floor: Int) -> (String, OrganizationName)? {
        guard let run = runBackward(endingAt: end, floor: floor) else { return nil }
        var k = run.lowerBound - 1
        // "for Vietnam's Ministry of Industry and Trade": past the owner.
        if k >= floor, isPossessive(k), let owner = runBackward(endingAt: k, floor: floor) { k = owner.lowerBound - 1 }
        if k >= floor, words[k].lower == "the" { k -= 1 }
        guard k >= floor, ["for", "at", "of", "with"].contains(words[k].lower) else { return nil }
        var roleWords: [Int] = []
        var j = k - 1
        while j >= floor, k - j <= 4, !words[j].isCapitalized || j == floor, !["a", "an", "the"].contains(words[j].lower) {
            roleWords.insert(j, at: 0)
            j -= 1
        }
        guard let head = roleWords.last, Lexicon.isRoleNoun(words[head].lower),
            roleWords.allSatisfy({ !Lexicon.nameConnectors.contains(words[$0].lower) })
        else { return nil }
        let role = roleWords.map { words[$0].lower }.joined(separator: " ")
        if let id = known(run) { return (role, .known(id)) }
        return (role, .new(nameText(run)))
    }

    /// "The Washington-based Council for Cross-Border Investment disagreed": a name with an
    /// organisation word (or an ampersand) as the subject of a verb of saying or of taking a side.
    private func organizationSubject(at k: Int, in range: Range<Int>, sentence: TextRange) -> Introduction? {
        guard k + 1 < range.upperBound, isNameWord(k), actorAt[k] == nil, spaced(k), !isNameWord(k + 1),
            let run = runBackward(endingAt: k, floor: range.lowerBound), run.count >= 2,
            run.allSatisfy({ actorAt[$0] == nil }), isOrganizationRun(run)
        else { return nil }
        var verb = k + 1
        while verb < range.upperBound, Lexicon.betweenSubjectAndVerb.contains(words[verb].lower) { verb += 1 }
        guard verb < range.upperBound, isSpeechVerb(verb) || Lexicon.sideVerbs.contains(words[verb].lower) else { return nil }
        return Introduction(
            name: nameText(run), words: run, kind: .organization, role: nil, organization: nil, description: nil,
            sentence: sentence)
    }

    /// "By Helen Marsh, Senior Fellow, Tidewater Policy Forum" in the first paragraphs.
    private func bylines() -> [Introduction] {
        var found: [Introduction] = []
        for paragraph in article.paragraphs.prefix(4) {
            let range = article.wordIndices(in: paragraph)
            guard range.count >= 3, words[range.lowerBound].text == "By",
                let run = runForward(startingAt: range.lowerBound + 1, ceiling: range.upperBound),
                (2...4).contains(run.count), actorAt[run.lowerBound] == nil
            else { continue }
            let sentence = TextRange(start: words[range.lowerBound].start, end: words[range.upperBound - 1].end)
            var introduction = Introduction(
                name: nameText(run), words: run, kind: .person, role: nil, organization: nil, description: nil,
                sentence: sentence, isAuthor: true)
            // The segments after the name: a role, then an organisation (or "ROLE at ORG").
            var segments: [Range<Int>] = []
            var start = run.upperBound
            for i in run.upperBound..<range.upperBound where commaAfter(i) || i == range.upperBound - 1 {
                if i >= start { segments.append(start..<(i + 1)) }
                start = i + 1
            }
            if segments.isEmpty, let tagline = tagline(of: run, after: range.upperBound) {
                introduction.role = tagline.role
                introduction.description = tagline.role.prefix(1).uppercased() + tagline.role.dropFirst()
                introduction.organization = tagline.organization
            }
            if segments.count >= 2, let organizationRun = runForward(startingAt: segments[1].lowerBound, ceiling: segments[1].upperBound),
                organizationRun.upperBound == segments[1].upperBound
            {
                let role = article.string(words[segments[0].lowerBound].start..<words[segments[0].upperBound - 1].end)
                introduction.role = role.lowercased()
                introduction.description = role
                introduction.organization = known(organizationRun).map { .known($0) } ?? .new(nameText(organizationRun))
            }
            // A byline with no role and no first person is a reporter's: no stakeholder.
            let firstPerson = words.indices.contains { ["i", "my", "me"].contains(words[$0].lower) && !inQuote($0) }
            if introduction.organization == nil, !firstPerson { continue }
            found.append(introduction)
        }
        return found
    }

    /// "Diane Hargrove is president of the Alliance for …": the author's tagline, a sentence
    /// after the byline that gives the author's role and organisation.
    private func tagline(of byline: Range<Int>, after start: Int) -> (role: String, organization: OrganizationName)? {
        let name = NameMatching.key(nameText(byline))
        for sentence in article.sentences.prefix(6) {
            let range = article.wordIndices(in: sentence.start..<sentence.end)
            guard range.lowerBound >= start, let run = runForward(startingAt: range.lowerBound, ceiling: range.upperBound),
                NameMatching.key(nameText(run)) == name, run.upperBound + 2 < range.upperBound,
                ["is", "was"].contains(words[run.upperBound].lower)
            else { continue }
            var first = run.upperBound + 1
            if ["a", "an", "the"].contains(words[first].lower) { first += 1 }
            guard let preposition = (first..<range.upperBound).prefix(5).first(where: { ["of", "at"].contains(words[$0].lower) }),
                preposition > first, (first..<preposition).contains(where: { Lexicon.roleNouns.contains(words[$0].lower) }),
                let organization = organization(startingAt: preposition + 1, ceiling: range.upperBound)
            else { continue }
            return (article.string(words[first].start..<words[preposition - 1].end).lowercased(), organization)
        }
        return nil
    }

    // MARK: - Parts

    /// The organisation named from word `start` ("[the] Bayview Economic Institute").
    func organization(startingAt start: Int, ceiling: Int) -> OrganizationName? {
        var j = start
        if j < ceiling, words[j].lower == "the" { j += 1 }
        // "directs the institute's Asia program": the organisation last named with the owner's word.
        if j > start, j < ceiling, isPossessive(j), !words[j].isCapitalized,
            Lexicon.organizationNouns.contains(words[j].lower) || Lexicon.organizationWords.contains(words[j].lower),
            let organization = lastOrganization(before: words[j].start, word: words[j].lower, accept: { $0.contains(words[j].lower) })
        {
            return organization
        }
        // "of the main opposition Liberty Korea Party": past up to three descriptors.
        var descriptors = 0
        while j < ceiling, descriptors < 3, !words[j].isCapitalized, !Lexicon.nameConnectors.contains(words[j].lower),
            !["at", "for", "with", "from", "in", "who", "which"].contains(words[j].lower), spaced(j)
        {
            j += 1
            descriptors += 1
        }
        guard j < ceiling, let run = runForward(startingAt: j, ceiling: ceiling) else { return nil }
        if let beyond = pastModifier(run, ceiling: ceiling) { return beyond }
        if let id = known(run) { return .known(id) }
        return .new(nameText(run))
    }

    /// The organisation named past a place or nationality used as a modifier: "the Houston office of
    /// [the Japanese trading house] Tokai Bussan", "the German chemicals group Velrath Chemie" (the
    /// name after up to three lower-case words, or after "of", "at", "for", "with" there); nil when `run` is an
    /// organisation's own name, or no name follows.
    func pastModifier(_ run: Range<Int>, ceiling: Int) -> OrganizationName? {
        let last = run.upperBound - 1
        if let covered = actorAt[last], finder.actors[covered.mention.id]?.kind != .government { return nil }
        guard !isOrganizationRun(run), !isPossessive(last), run.upperBound < ceiling, spaced(last),
            !words[run.upperBound].isCapitalized
        else { return nil }
        let stops: Set<String> = ["from", "and", "in", "on", "who", "which", "that", "the", "a", "an", "to"]
        let owners: Set<String> = ["of", "at", "for", "with"]
        var m = run.upperBound
        while m < ceiling, m - run.upperBound < 3, !words[m].isCapitalized, !stops.contains(words[m].lower), !owners.contains(words[m].lower), spaced(m) {
            m += 1
        }
        guard m > run.upperBound, m < ceiling else { return nil }
        // "the Asia desk at Corbel Trading", "the Houston office of …".
        if owners.contains(words[m].lower) { return organization(startingAt: m + 1, ceiling: ceiling) }
        guard isNameWord(m), let later = runForward(startingAt: m, ceiling: ceiling) else { return nil }
        if let id = known(later) { return .known(id) }
        return .new(nameText(later))
    }

    /// "said Hollis Grant of the Lakeshore School of Public Affairs": a person's name (two or three
    /// capitalised words, no title) right before "of" and an organisation's name, the word `k`
    /// opening the name; the role is not stated.
    private func nameOfOrganization(at k: Int, in range: Range<Int>, sentence: TextRange) -> Introduction? {
        guard isNameWord(k), actorAt[k] == nil, k == range.lowerBound || !joined(k - 1) || !(isNameWord(k - 1) || isHonorific(k - 1)),
            let run = runForward(startingAt: k, ceiling: range.upperBound), (2...3).contains(run.count),
            run.allSatisfy({ isNameWord($0) && actorAt[$0] == nil && words[$0].text.allSatisfy { !$0.isNumber } }), !isOrganizationRun(run),
            !run.contains(where: { Lexicon.numberedNameWords.contains(words[$0].lower) }),
            Extractor.guessKind(nameText(run)) == .person, run.upperBound + 1 < range.upperBound,
            words[run.upperBound].lower == "of", spaced(run.upperBound - 1),
            let organization = organization(startingAt: run.upperBound + 1, ceiling: range.upperBound)
        else { return nil }
        switch organization {
        case .known(let id):
            guard let actor = finder.actors[id], actor.kind != .person, actor.kind != .government else { return nil }
        case .new(let name):
            guard Extractor.guessKind(name) == .organization, NameMatching.key(name).split(separator: " ").count >= 2 else { return nil }
        }
        return Introduction(
            name: nameText(run), words: run, kind: .person, role: "not stated", organization: organization, description: nil,
            sentence: sentence)
    }

    /// A known actor a run names: by its name or alias, or a single word standing for an actor
    /// named before ("the Assembly's trade committee" after "National Assembly").
    func known(_ run: Range<Int>) -> Slug? {
        if let covered = actorAt[run.upperBound - 1] { return covered.mention.id }
        if run.count == 1, case .actor(let id)? = shortForm(words[run.lowerBound].lower, before: words[run.lowerBound].start),
            finder.actors[id]?.kind != .person
        {
            return id
        }
        return nil
    }

    /// "sits on the Senate Finance Committee" after "who": the role the verb implies and the organisation.
    func relativeClause(at k: Int, ceiling: Int) -> (String, OrganizationName)? {
        var i = k
        if i < ceiling, ["also", "now", "currently"].contains(words[i].lower) { i += 1 }
        guard i + 1 < ceiling, let role = Lexicon.membershipVerbs[words[i].lower] ?? Lexicon.moreMembershipVerbs[words[i].lower] else { return nil }
        var j = i + 1
        if ["on", "at", "for", "with", "in"].contains(words[j].lower) { j += 1 }
        // "who runs U.S. strategy for Sungwon Motors": a name used as a modifier is no employer.
        if j < ceiling, words[j].lower != "the", let run = runForward(startingAt: j, ceiling: ceiling), run.upperBound < ceiling,
            spaced(run.upperBound - 1), !words[run.upperBound].isCapitalized,
            let preposition = (run.upperBound..<min(ceiling, run.upperBound + 4)).first(where: { ["for", "at", "of", "with"].contains(words[$0].lower) }),
            let organization = organization(startingAt: preposition + 1, ceiling: ceiling)
        {
            return (role, organization)
        }
        if let organization = organization(startingAt: j, ceiling: ceiling) { return (role, organization) }
        // "heads the trade practice at Whitfield Bray LLP": a unit in lower case, then its organisation.
        guard let preposition = (j..<min(ceiling, j + 5)).first(where: { ["for", "at", "of", "with"].contains(words[$0].lower) }),
            (j..<preposition).allSatisfy({ !words[$0].isCapitalized }),
            let organization = organization(startingAt: preposition + 1, ceiling: ceiling)
        else { return nil }
        return (role, organization)
    }

    /// Whether an appositive reads "a/an OCCUPATION at/for/with ORG" with a named organisation
    /// ("a pharmacologist at Westbrook University", "a lobbyist for the Aluminum Users Coalition"),
    /// the occupation being no place or thing ("a town in …", "a program of …").
    func occupationAtOrganization(_ segment: Range<Int>) -> Bool {
        guard let first = segment.first, ["a", "an"].contains(words[first].lower),
            let preposition = segment.dropFirst().prefix(5).first(where: { ["at", "for", "with", "of"].contains(words[$0].lower) }),
            preposition > first + 1,
            ((first + 1)..<preposition).allSatisfy({ !words[$0].isCapitalized && !Lexicon.notPersonHeads.contains(words[$0].lower) })
        else { return false }
        var j = preposition + 1
        if j < segment.upperBound, words[j].lower == "the" { j += 1 }
        guard let run = runForward(startingAt: j, ceiling: segment.upperBound) else { return false }
        if let covered = actorAt[run.upperBound - 1] { return finder.actors[covered.mention.id]?.kind != .person }
        return isOrganizationRun(run)
    }

    /// Whether a run of capitalised words names an organisation: an organisation word, or an ampersand.
    func isOrganizationRun(_ run: Range<Int>) -> Bool {
        run.contains { Lexicon.isOrganizationWord(words[$0].lower) }
            || run.dropLast().contains { !spaced($0) && joined($0) }
    }

    /// The role and organisation of "The federation's chairman" or "Its president" ending at word `end`.
    func possessiveRole(endingAt end: Int, floor: Int) -> (String, OrganizationName)? {
        var k = end
        var roleWords: [Int] = []
        while k >= floor, end - k < 4, !words[k].text.hasSuffix("'s"), !words[k].text.hasSuffix("\u{2019}s"),
            !["its", "their"].contains(words[k].lower), !words[k].isCapitalized || k == end
        {
            roleWords.insert(k, at: 0)
            k -= 1
            if k >= floor, !spaced(k) { return nil }
        }
        guard k >= floor, !roleWords.isEmpty, roleWords.contains(where: { Lexicon.roleNouns.contains(words[$0].lower) }),
            roleWords.allSatisfy({ !words[$0].isCapitalized || Lexicon.roleNouns.contains(words[$0].lower) })
        else { return nil }
        let role = roleWords.map { words[$0].lower }.joined(separator: " ")
        let owner = words[k]
        let offset = owner.start
        if ["its", "their"].contains(owner.lower) {
            guard let organization = openingOrganization(before: offset) ?? lastOrganization(before: offset, word: nil) else { return nil }
            return (role, organization)
        }
        // "The federation's", "the union's": the last organisation of that kind; "Daehan's": a name.
        if let covered = actorAt[k], finder.actors[covered.mention.id]?.kind != .person {
            return (role, .known(covered.mention.id))
        }
        // "the Chamber's senior vice president" after "the U.S. Chamber of Commerce": a known organisation's short form.
        if owner.isCapitalized, actorAt[k] == nil, let run = runBackward(endingAt: k, floor: floor), run.count == 1,
            let id = known(run), let actor = finder.actors[id], actor.kind != .person, actor.kind != .government
        {
            return (role, .known(id))
        }
        // "UMFW's president": an organisation named before by its initials.
        if owner.isCapitalized, let organization = acronymOrganization(k) { return (role, organization) }
        // "Hanwa Motor's vice president": an organisation's own name.
        if owner.isCapitalized, actorAt[k] == nil, let run = runBackward(endingAt: k, floor: floor), isOrganizationRun(run) {
            return (role, .new(nameText(run)))
        }
        // "Crestline's senior steel analyst" after "Crestline Metals Research".
        if owner.isCapitalized, let full = organizationNamed(byFirstWord: k) { return (role, .new(nameText(full))) }
        // "the roundtable's president" after "the Pacific Rim Business Roundtable": the last
        // organisation whose name holds the owner's word.
        if !owner.isCapitalized, k > floor, words[k - 1].lower == "the",
            !(Lexicon.organizationNouns.contains(owner.lower) || Lexicon.organizationWords.contains(owner.lower)),
            let organization = lastOrganization(before: offset, word: owner.lower, accept: { $0.contains(owner.lower) })
                ?? lastName(endingWith: owner.lower, before: offset) ?? lastPart(owner.lower, before: offset)
        {
            return (role, organization)
        }
        guard Lexicon.organizationNouns.contains(owner.lower) || Lexicon.organizationWords.contains(owner.lower) else { return nil }
        guard let organization = lastOrganization(before: offset, word: owner.lower) else { return nil }
        return (role, organization)
    }

    /// The organisation of the last "the [regional] WORD of ORG" before `offset` ("The regional branch of
    /// the Korean Federation of Shipyard and Metal Workers" for "the branch's chief").
    func lastPart(_ word: String, before offset: Int) -> OrganizationName? {
        var i = article.firstWord(atOrAfter: offset) - 1
        while i >= 0 {
            if words[i].lower == word, !words[i].isCapitalized, !inQuote(i), i + 2 < words.count, words[i + 1].lower == "of",
                let organization = organization(startingAt: i + 2, ceiling: min(words.count, i + 14)), isOrganizationName(organization)
            {
                return organization
            }
            i -= 1
        }
        return nil
    }

    /// The last name of two words or more before `offset` (outside quotes, no known actor) whose last
    /// word is `word` ("Northern Timber Collective" for "the collective's director").
    func lastName(endingWith word: String, before offset: Int) -> OrganizationName? {
        var i = article.firstWord(atOrAfter: offset) - 1
        while i >= 0 {
            if words[i].lower == word, words[i].isCapitalized, !inQuote(i), actorAt[i] == nil,
                let run = runBackward(endingAt: i, floor: max(0, i - 8)), run.count >= 2
            {
                return .new(nameText(run))
            }
            i -= 1
        }
        return nil
    }

    /// The organisation last named before `offset` (outside quotes), preferring one whose name has `word`.
    func lastOrganization(before offset: Int, word: String?, accept: ([String]) -> Bool = { _ in true }) -> OrganizationName? {
        var candidates: [(at: Int, name: OrganizationName, words: [String])] = []
        for mention in mentions where mention.kind == .actor && mention.range.end <= offset {
            guard let actor = finder.actors[mention.id], actor.kind != .person, actor.kind != .government else { continue }
            candidates.append((mention.range.start, .known(actor.id), NameMatching.key(actor.name).split(separator: " ").map(String.init)))
        }
        let floor = article.firstWord(atOrAfter: max(0, offset - 1500))
        var i = article.firstWord(atOrAfter: offset) - 1
        while i >= floor {
            if !inQuote(i), isNameWord(i), actorAt[i] == nil, let run = runBackward(endingAt: i, floor: floor), run.count >= 2,
                isOrganizationRun(run) || (words[run.lowerBound].isCapitalized && run.count >= 3 && i + 1 < words.count
                    && Lexicon.sideVerbs.union(Lexicon.speechVerbs).contains(words[i + 1].lower))
            {
                candidates.append((words[run.lowerBound].start, .new(nameText(run)), run.map { words[$0].lower }))
                i = run.lowerBound - 1
                continue
            }
            i -= 1
        }
        let sorted = candidates.filter { accept($0.words) }.sorted { $0.at > $1.at }
        if let word, let match = sorted.first(where: { $0.words.contains(word) }) { return match.name }
        return sorted.first?.name
    }
}
