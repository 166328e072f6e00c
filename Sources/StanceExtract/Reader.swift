import StanceCore

/// What a noun phrase refers to.
enum Referent: Sendable, Equatable {
    /// A known actor.
    case actor(Slug)
    /// A name the graph does not know (a new actor).
    case newName(String)
    /// Someone the text does not name ("analysts", "a spokesman").
    case anonymous
    /// A pronoun to carry to the last named speaker.
    case pronoun(String)
    /// "the president": the actor last mentioned with that title.
    case title(String)
}

/// A noun phrase and the words it spans.
struct NounPhrase: Sendable, Equatable {
    var referent: Referent
    var words: Range<Int>
    /// Whether it was resolved through a short form of an earlier name ("Cutler", "the Office").
    var isShortForm = false
}

/// A person or organisation the article introduces by name, with what its appositive says.
struct Introduction: Sendable, Equatable {
    var name: String
    var words: Range<Int>
    var kind: Graph.Actor.Kind
    var role: String?
    var organization: OrganizationName?
    var description: String?
    var sentence: TextRange
    /// Whether the name is the byline's: the author of the piece.
    var isAuthor = false
    /// The title written before the name, spelled out ("senator" for "Sen."), for "the senator said".
    var title: String?
}

/// The organisation an appositive names: known, or new.
enum OrganizationName: Sendable, Equatable {
    case known(Slug)
    case new(String)
}

/// One article read against the known actors and issues: the words, the mentions, and the
/// noun-phrase machinery quote attribution and appositives share.
struct Reader: Sendable {
    let article: ArticleText
    let finder: MentionFinder
    let mentions: [Mention]
    /// The actor mention covering each word it spans.
    private(set) var actorAt: [Int: (mention: Mention, words: Range<Int>)] = [:]
    /// Names introduced by appositives, in text order.
    private(set) var introductions: [Introduction] = []
    /// Unknown names found as speakers, in text order (by word index).
    var spokenNames: [(name: String, word: Int)] = []
    /// Unknown names that report something in their own clause, quoted or not ("Ines Moreau … said
    /// she expected …"), by the word index of the name.
    var reportingNames: [(name: String, word: Int)] = []
    /// What is known of a person's gender ("m", "f"), by `Reader.key`: from "Mr."/"Ms." before
    /// the name (`fromTitle`), or a "he"/"she" already carried to it; pronouns are carried to
    /// someone who fits.
    var genders: [String: (gender: String, fromTitle: Bool)] = [:]

    /// A key for a referent (for `genders`).
    static func key(_ referent: Referent) -> String {
        switch referent {
        case .actor(let id): return "actor:\(id)"
        case .newName(let name): return "new:\(NameMatching.key(name))"
        case .anonymous: return "anonymous"
        case .pronoun(let pronoun): return "pronoun:\(pronoun)"
        case .title(let title): return "title:\(title)"
        }
    }

    init(_ text: String, finder: MentionFinder) {
        article = ArticleText(text)
        self.finder = finder
        mentions = finder.mentions(in: article)
        for mention in mentions where mention.kind == .actor {
            let words = article.wordIndices(in: mention.range.start..<mention.range.end)
            for index in words { actorAt[index] = (mention, words) }
        }
        introductions = findIntroductions()
        let more = moreIntroductions(known: Set(introductions.map { NameMatching.key($0.name) }))
        introductions = (introductions + more).sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    var words: [Word] { article.words }

    // MARK: - Word tests

    /// The syllables of Hanyu Pinyin (an initial and a final), for telling a Chinese given name
    /// ("Jianguo", "Xiaoming") from a Western surname ("Adams") after a Chinese family name.
    static let pinyinSyllables: Set<String> = {
        let initials = ["", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"]
        let finals = [
            "a", "o", "e", "i", "u", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "an", "en", "in", "un", "ang", "eng", "ing",
            "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang",
        ]
        var syllables: Set<String> = ["er"]
        for initial in initials { for final in finals { syllables.insert(initial + final) } }
        return syllables
    }()

    /// The forms of a name written family name first beyond a hyphenated given name or a listed
    /// family name before a short one: a Korean name in three parts ("Moon Jae Hyun"), a
    /// Vietnamese name of three words or more ("Tran Thi Lan"), and a Chinese name all in Pinyin
    /// ("Geng Wei": one syllable, then one or two, the first no English given name).
    static func isFamilyNameFirst(_ words: [String]) -> Bool {
        guard let first = words.first?.lowercased(), words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        if words.count >= 3, Lexicon.vietnameseFamilyNames.contains(first) { return true }
        if words.count == 3, Lexicon.eastAsianFamilyNames.contains(first), words.dropFirst().allSatisfy({ (2...4).contains($0.count) && !$0.contains("-") }) {
            return true
        }
        guard words.count == 2, let last = words.last?.lowercased(), !Lexicon.englishGivenNamesInPinyin.contains(first),
            pinyinSyllables.contains(first), pinyinSyllables.contains(last) || isPinyinGivenName(last)
        else { return false }
        return true
    }

    /// Whether `word` is two or three Pinyin syllables written as one word ("Jianguo").
    static func isPinyinGivenName(_ word: String) -> Bool {
        let letters = Array(word.lowercased())
        guard letters.count >= 4, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        func split(_ start: Int, _ left: Int) -> Bool {
            if start == letters.count { return left < 2 }
            guard left > 0 else { return false }
            for length in stride(from: min(6, letters.count - start), through: 1, by: -1)
            where pinyinSyllables.contains(String(letters[start..<(start + length)])) {
                if split(start + length, left - 1) { return true }
            }
            return false
        }
        return split(0, 3)
    }

    /// Whether word `i` lies inside a quotation.
    func inQuote(_ i: Int) -> Bool {
        let offset = words[i].start
        return article.quotes.contains { $0.open < offset && offset < $0.close }
    }

    /// Whether only spaces separate words `a` and `a + 1`.
    func spaced(_ a: Int) -> Bool {
        guard a >= 0, a + 1 < words.count else { return false }
        let gap = article.gap(a, a + 1)
        return !gap.isEmpty && gap.unicodeScalars.allSatisfy { $0 == " " || $0 == "\u{00A0}" }
    }

    /// Whether words `a` and `a + 1` stand in one name: only spaces between them, or an
    /// ampersand ("Whitlock & Crane").
    func joined(_ a: Int) -> Bool {
        if spaced(a) { return true }
        guard a >= 0, a + 1 < words.count else { return false }
        let gap = article.gap(a, a + 1)
        // "Citizens' Solidarity for Trade Justice": a plural possessive inside a name.
        if gap == "' " || gap == "\u{2019} ", words[a].isCapitalized, words[a].lower.hasSuffix("s"), words[a + 1].isCapitalized { return true }
        return gap == " & " || gap == "&"
    }

    /// Whether there is a comma between words `a` and `a + 1`.
    func commaAfter(_ a: Int) -> Bool {
        a + 1 < words.count && article.gap(a, a + 1).contains(",")
    }

    func isNameWord(_ i: Int) -> Bool {
        let word = words[i]
        if word.isInitial { return true }
        // "Machinists Local 1123": a number after "Local" belongs to the name.
        if i > 0, word.text.allSatisfy(\.isNumber), Lexicon.numberedNameWords.contains(words[i - 1].lower), words[i - 1].isCapitalized,
            spaced(i - 1)
        {
            return true
        }
        guard word.isCapitalized else { return false }
        // "Washington-based", "Seoul-led": an adjective, not part of a name.
        if let hyphen = word.lower.lastIndex(of: "-"),
            Lexicon.adjectiveSuffixes.contains(String(word.lower[word.lower.index(after: hyphen)...]))
        {
            return false
        }
        return !Lexicon.notNames.contains(word.lower)
    }

    func isHonorific(_ i: Int) -> Bool {
        Lexicon.honorifics.contains(words[i].lower) && words[i].isCapitalized
    }

    /// Whether word `i` is a verb that attributes words to a speaker.
    func isSpeechVerb(_ i: Int, characterizing: Bool = true) -> Bool {
        let word = words[i]
        guard !word.isCapitalized || i == 0 else { return false }
        // "X put it bluntly: “…”".
        if word.lower == "put", i + 1 < words.count, words[i + 1].lower == "it" { return true }
        let known = Lexicon.speechVerbs.contains(word.lower) || Lexicon.moreSpeechVerbs.contains(word.lower)
            || (characterizing && (Lexicon.characterizingVerbs.contains(word.lower) || Lexicon.moreCharacterizingVerbs.contains(word.lower)))
        guard known else { return false }
        // "a note", "the call": a determiner makes it a noun ("…this," said X: not across a quote mark).
        if i > 0, spaced(i - 1), ["a", "an", "the", "this", "that", "his", "her", "its", "their", "our"].contains(words[i - 1].lower) {
            return false
        }
        return true
    }

    /// Whether word `i` opens "according to".
    func isAccordingTo(_ i: Int) -> Bool {
        words[i].lower == "according" && i + 1 < words.count && words[i + 1].lower == "to"
    }

    // MARK: - Names

    /// The capitalised run of words ending at `end` ("James W. Fatheree", "Coalition for a Prosperous America").
    func runBackward(endingAt end: Int, floor: Int) -> Range<Int>? {
        guard end >= floor, end < words.count else { return nil }
        if let covered = actorAt[end] {
            return max(covered.words.lowerBound, floor)..<(end + 1)
        }
        guard isNameWord(end) else { return nil }
        if let list = listName(endingAt: end, floor: floor) { return list }
        var start = end
        while start - 1 >= floor, joined(start - 1) {
            let previous = start - 1
            // "China's Ministry of Commerce": the owner before a possessive is not part of the name.
            if isPossessive(previous), !isPluralPossessive(previous) { break }
            if isNameWord(previous) || isHonorific(previous) {
                start = previous
                continue
            }
            // Connectors inside a name: up to two lower-case words between capitalised ones.
            var connector = previous
            var steps = 0
            while connector >= floor, steps < 2, Lexicon.nameConnectors.contains(words[connector].text),
                connector - 1 >= floor, spaced(connector - 1)
            {
                connector -= 1
                steps += 1
            }
            if steps > 0, connector >= floor, connector < previous, isNameWord(connector),
                organizationLeft(of: connector + 1, floor: floor)
                    || (steps == 1 && words[previous].text == "and" && (start...end).contains { Lexicon.organizationWords.contains(words[$0].lower) })
            {
                start = connector
                continue
            }
            break
        }
        return start..<(end + 1)
    }

    /// Whether the capitalised words just before word `index` name an organisation ("Coalition",
    /// "Center for Strategic"), so that "for", "of" or "and" may continue the name. "Jeff Ferry of
    /// the Coalition" is two names.
    func organizationLeft(of index: Int, floor: Int) -> Bool {
        var k = index - 1
        var seen = 0
        while k >= floor, seen < 6 {
            let word = words[k]
            if isNameWord(k), Lexicon.organizationWords.contains(word.lower) || ["house", "senate", "republic"].contains(word.lower) {
                return true
            }
            guard isNameWord(k) || Lexicon.nameConnectors.contains(word.text) else { return false }
            // "the Citizens' Solidarity for Trade Justice": a name after "the" is no person's.
            if isNameWord(k), k - 1 >= 0, words[k - 1].lower == "the", spaced(k - 1) { return true }
            guard k - 1 >= floor, joined(k - 1) else { return false }
            k -= 1
            seen += 1
        }
        return false
    }

    /// Whether the capitalised words from `index` on hold an organisation word ("Steel Producers
    /// Forum"), so that a connector before them continues the name.
    func organizationAhead(from index: Int, ceiling: Int) -> Bool {
        var k = index
        while k < ceiling, k < index + 6, isNameWord(k) {
            if Lexicon.organizationWords.contains(words[k].lower) { return true }
            guard k + 1 < words.count, joined(k) else { return false }
            k += 1
        }
        return false
    }

    /// The capitalised run of words starting at `start`.
    func runForward(startingAt start: Int, ceiling: Int) -> Range<Int>? {
        guard start < ceiling, start < words.count else { return nil }
        if let covered = actorAt[start], covered.words.lowerBound == start {
            // "Korea Iron and Steel Producers Forum": a known name opening a longer one is part of it.
            let end = covered.words.upperBound
            guard end < ceiling, end < words.count, joined(end - 1), isNameWord(end), actorAt[end] == nil, !isPossessive(end - 1),
                !Lexicon.personTitles.contains(words[end].lower),
                let longer = runForward(startingAt: end, ceiling: ceiling), isOrganizationRun(longer)
            else { return start..<min(end, ceiling) }
            return start..<longer.upperBound
        }
        guard isNameWord(start) || isHonorific(start) else { return nil }
        var end = start + 1
        while end < ceiling, joined(end - 1), !isPossessive(end - 1) || isPluralPossessive(end - 1) {
            if isNameWord(end) {
                end += 1
                continue
            }
            var connector = end
            var steps = 0
            while connector < ceiling, steps < 2, Lexicon.nameConnectors.contains(words[connector].text),
                connector + 1 < ceiling, spaced(connector)
            {
                connector += 1
                steps += 1
            }
            if steps > 0, connector < ceiling, isNameWord(connector),
                organizationLeft(of: end, floor: start)
                    || (steps == 1 && words[end].text == "and" && organizationAhead(from: connector, ceiling: ceiling))
            {
                end = connector + 1
                continue
            }
            break
        }
        // "the Ministry of Trade, Industry and Energy": a list closes the name of an organisation.
        if end < ceiling, (start..<end).contains(where: { words[$0].text == "of" && $0 > start && Lexicon.organizationWords.contains(words[$0 - 1].lower) }) {
            var k = end
            while k < ceiling, onlyComma(k - 1), isNameWord(k), actorAt[k] == nil {
                if k + 2 < ceiling, words[k + 1].text == "and", spaced(k), spaced(k + 1), isNameWord(k + 2) {
                    let two = k + 3 < ceiling && spaced(k + 2) && isNameWord(k + 3) && actorAt[k + 3] == nil
                    return start..<(k + (two ? 4 : 3))
                }
                k += 1
            }
        }
        return start..<end
    }

    /// Whether only a comma and spaces separate words `a` and `a + 1`.
    func onlyComma(_ a: Int) -> Bool {
        guard a >= 0, a + 1 < words.count else { return false }
        return article.gap(a, a + 1).filter { $0 != " " && $0 != "\u{00A0}" } == ","
    }

    /// Whether the comma after word `a` stands inside an organisation's name that closes with a
    /// list ("the Ministry of Trade, Industry and Energy").
    func commaInName(_ a: Int) -> Bool {
        guard onlyComma(a), isNameWord(a) else { return false }
        for end in (a + 1)..<min(words.count, a + 6) {
            if let list = listName(endingAt: end, floor: max(0, a - 8)), list.lowerBound <= a { return true }
        }
        return false
    }

    /// Whether word `i` ends in a possessive "'s".
    func isPossessive(_ i: Int) -> Bool {
        words[i].bareEnd < words[i].end
    }

    /// Whether word `i` is an irregular plural's possessive inside a name ("the Southern Coast
    /// Fishermen's Union", "Women's", "Children's", "People's"): a capitalised plural in "-men",
    /// "children" or "people", followed by a capitalised word. It belongs to the name.
    func isPluralPossessive(_ i: Int) -> Bool {
        guard isPossessive(i), words[i].isCapitalized, i + 1 < words.count, spaced(i), words[i + 1].isCapitalized else { return false }
        let bare = words[i].lower
        return bare.hasSuffix("men") || bare == "children" || bare == "people"
    }

    /// "the Ministry of Trade, Industry and Energy" ending at word `end` ("Energy"): an
    /// organisation's name that closes with a list; nil when the words before are no such name.
    func listName(endingAt end: Int, floor: Int) -> Range<Int>? {
        // The last item may be two words ("Food and Rural Affairs").
        let last = end - 1 >= floor && words[end - 1].text != "and" && isNameWord(end - 1) && spaced(end - 1) ? end - 1 : end
        guard last - 3 >= floor, words[last - 1].text == "and", spaced(last - 2), spaced(last - 1), isNameWord(last - 2) else { return nil }
        var first = last - 2
        while first - 1 >= floor, onlyComma(first - 1), isNameWord(first - 1) {
            guard let head = runBackward(endingAt: first - 1, floor: floor) else { return nil }
            if head.contains(where: { words[$0].text == "of" && $0 > head.lowerBound && Lexicon.organizationWords.contains(words[$0 - 1].lower) }) {
                return head.lowerBound..<(end + 1)
            }
            guard head.count == 1 else { return nil }
            first -= 1
        }
        return nil
    }

    /// The text of words `range`, without honorifics or a title in front ("Trade Minister Kim
    /// Hyun-chong" is Kim Hyun-chong) and without a final possessive.
    func nameText(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        while lower < range.upperBound - 1,
            isHonorific(lower) || words[lower].lower == "the" || (Lexicon.personTitles.contains(words[lower].lower) && words[lower].isCapitalized)
        {
            lower += 1
        }
        // "Farmer Lucas Bright", "Welder Kwon Sang-hoon": an occupation capitalised at a sentence's start.
        if lower + 2 < range.upperBound {
            let word = words[lower].lower
            let occupation = Lexicon.isRoleNoun(word) || Lexicon.occupationWords.contains(word)
                || (!word.hasSuffix("s") && Lexicon.anonymousHeads.contains(word + "s"))
            if occupation, !Lexicon.personTitles.contains(word), !Lexicon.moreTitles.contains(word), !Lexicon.titles.contains(word),
                !range.contains(where: { Lexicon.isOrganizationWord(words[$0].lower) })
            {
                lower += 1
            }
        }
        if let title = range.last(where: { Lexicon.titles.contains(words[$0].lower) || Lexicon.honorifics.contains(words[$0].lower) }),
            title >= lower, title + 1 < range.upperBound
        {
            lower = title + 1
        }
        // "County Commissioner Edna Voigt": a title further in, before a person's name of two words or more.
        if let title = range.last(where: { Lexicon.moreTitles.contains(words[$0].lower) && words[$0].isCapitalized }),
            title >= lower, title + 2 < range.upperBound,
            !range.contains(where: { Lexicon.organizationWords.contains(words[$0].lower) && $0 > title })
        {
            lower = title + 1
        }
        return article.string(words[lower].start..<words[range.upperBound - 1].bareEnd)
    }

    /// What a run of capitalised words refers to: a known actor, a short form of a name given
    /// earlier, a title, or a new name.
    func resolve(run: Range<Int>) -> NounPhrase? {
        let last = run.upperBound - 1
        if let covered = actorAt[last] {
            return NounPhrase(referent: .actor(covered.mention.id), words: run)
        }
        var first = run.lowerBound
        var honorific = false
        while first < last, isHonorific(first) || words[first].lower == "the" {
            honorific = honorific || isHonorific(first)
            first += 1
        }
        let offset = words[run.lowerBound].start
        if first == last {
            let word = words[last].lower
            if Lexicon.titles.contains(word) { return NounPhrase(referent: .title(word), words: run) }
            if let earlier = shortForm(word, before: offset) {
                return NounPhrase(referent: earlier, words: run, isShortForm: true)
            }
            // "Marta Lindgren … and Paul Dressler … “…,” Lindgren said": a surname is the person
            // named in full before, even without an appositive.
            if let full = fullName(shortenedTo: last) {
                return NounPhrase(referent: .newName(nameText(full)), words: run, isShortForm: true)
            }
            // "Crestline said" after "Crestline Metals Research": an organisation repeated by its first word.
            if !honorific, let full = organizationNamed(byFirstWord: last) {
                return NounPhrase(referent: .newName(nameText(full)), words: run, isShortForm: true)
            }
            if honorific { return nil }  // "Ms. X" with no X named before: never guess
        }
        return NounPhrase(referent: .newName(nameText(first..<run.upperBound)), words: run)
    }

    /// An earlier name of which `word` is a short form: a surname ("Cutler"), or a word of an
    /// organisation's name ("the Office" for the Office of the US Trade Representative).
    func shortForm(_ word: String, before offset: Int) -> Referent? {
        guard !Lexicon.nameConnectors.contains(word) else { return nil }
        var candidates: [(offset: Int, referent: Referent)] = []
        for mention in mentions where mention.kind == .actor && mention.range.end <= offset {
            guard let actor = finder.actors[mention.id] else { continue }
            let nameWords = NameMatching.key(actor.name).split(separator: " ").map(String.init)
            let fits = actor.kind == .person ? nameWords.last == word : nameWords.contains(word)
            if fits { candidates.append((mention.range.start, .actor(actor.id))) }
        }
        // A new person is named again by the surname, last ("Feld") or first ("Kim" Hyun-chong).
        for introduction in introductions where words[introduction.words.lowerBound].start < offset {
            let nameWords = NameMatching.key(introduction.name).split(separator: " ").map(String.init)
            let fits = introduction.kind == .person ? nameWords.last == word || nameWords.first == word : nameWords.contains(word)
            if fits { candidates.append((words[introduction.words.lowerBound].start, .newName(introduction.name))) }
        }
        for spoken in spokenNames where words[spoken.word].start < offset {
            let nameWords = NameMatching.key(spoken.name).split(separator: " ").map(String.init)
            if nameWords.count > 1, nameWords.last == word || nameWords.first == word {
                candidates.append((words[spoken.word].start, .newName(spoken.name)))
            }
        }
        return candidates.max { $0.offset < $1.offset }?.referent
    }

    /// The actor last mentioned before `offset` with `title` among its names ("the president").
    func titled(_ title: String, before offset: Int) -> Slug? {
        for mention in mentions.reversed() where mention.kind == .actor && mention.range.end <= offset {
            guard let actor = finder.actors[mention.id] else { continue }
            let names = [actor.name] + actor.aliases
            if names.contains(where: { NameMatching.key($0).split(separator: " ").contains(Substring(title)) }) {
                return actor.id
            }
        }
        return nil
    }

    /// Who "the senator", "the minister", "the economist" is at `offset`: the known actor last
    /// mentioned with that title among its names, or the person the article introduced with that
    /// title or role ("Sen. Carl Lindqvist", "Baek Ji-ho, an economist at …"), whichever came later.
    func titledReferent(_ title: String, before offset: Int) -> Referent? {
        var known: (at: Int, referent: Referent)?
        if let id = titled(title, before: offset), let mention = mentions.last(where: { $0.id == id && $0.range.end <= offset }) {
            known = (mention.range.start, .actor(id))
        }
        let introduced = introducedPerson(withRole: title, before: offset)
        switch (known, introduced) {
        case let (known?, introduced?): return introduced.at > known.at ? introduced.referent : known.referent
        case let (known?, nil): return known.referent
        case let (nil, introduced?): return introduced.referent
        case (nil, nil): return nil
        }
    }

    /// The person last introduced before `offset` with the title or role `word` ("minister" for
    /// "Trade Minister Ahn Sung-ho" or "Jeon, the deputy minister").
    func introducedPerson(withRole word: String, before offset: Int) -> (at: Int, referent: Referent)? {
        let wanted = Lexicon.titleAbbreviations[word] ?? word
        for introduction in introductions.reversed() where introduction.kind == .person {
            let at = words[introduction.words.lowerBound].start
            guard at < offset else { continue }
            let roleHead = introduction.role.flatMap { $0.split(separator: " ").last.map { String($0).lowercased() } }
            if introduction.title == wanted || roleHead == wanted { return (at, .newName(introduction.name)) }
        }
        return nil
    }

    /// "the ministry", "the company" at word `i` (after "the"): the organisation last named before
    /// it whose name has that word ("the Ministry of Strategy and Finance", "Norvale Chemicals
    /// Corporation"); nil when none was, or the word is no kind of organisation.
    func definiteOrganization(at i: Int) -> NounPhrase? {
        let word = words[i]
        // "the pork council": up to two modifiers, which the name must hold too.
        var determiner = i - 1
        while determiner > 0, i - determiner <= 2, !words[determiner].isCapitalized, words[determiner].lower != "the", spaced(determiner) { determiner -= 1 }
        guard i > 0, determiner >= 0, !word.isCapitalized, !isPossessive(i), words[determiner].lower == "the", spaced(determiner),
            Lexicon.organizationWords.contains(word.lower) || Lexicon.organizationNouns.contains(word.lower),
            !(i + 1 < words.count && spaced(i) && isNameWord(i + 1))
        else { return nil }
        let modifiers = ((determiner + 1)..<i).map { words[$0].lower }
        // "the company" stands for a business of any name ("Norvale Chemicals Corporation"), the
        // other words for a name holding them ("the ministry": "Ministry of Strategy and Finance").
        let business = ["company", "firm", "automaker", "carmaker", "manufacturer", "maker", "steelmaker"].contains(word.lower)
        // "the group", "the organization": the last organisation of any name.
        let generic = ["group", "organization", "organisation"].contains(word.lower) && modifiers.isEmpty
        let organization = lastOrganization(before: words[determiner].start, word: word.lower) { nameWords in
            guard modifiers.allSatisfy({ nameWords.contains($0) }) else { return false }
            if generic { return true }
            return business ? !nameWords.contains { Lexicon.nonBusinessWords.contains($0) } : nameWords.contains(word.lower)
        }
        switch organization {
        case .known(let id)?:
            return NounPhrase(referent: .actor(id), words: determiner..<(i + 1), isShortForm: true)
        case .new(let name)?:
            return NounPhrase(referent: .newName(name), words: determiner..<(i + 1), isShortForm: true)
        case nil:
            return nil
        }
    }

    /// Whether word `i` is a role named with "the" ("the senator", "the deputy minister") that an
    /// earlier introduction gives someone: then it is that person, not an anonymous speaker.
    func isDefiniteIntroducedRole(_ i: Int) -> Bool {
        let word = words[i]
        guard !word.isCapitalized, Lexicon.isRoleNoun(word.lower) || Lexicon.titles.contains(word.lower) else { return false }
        var k = i - 1
        while k >= 0, i - k <= 3, spaced(k), !words[k].isCapitalized {
            if words[k].lower == "the" { return introducedPerson(withRole: word.lower, before: word.start) != nil }
            k -= 1
        }
        return false
    }

    // MARK: - Noun phrases around verbs

    /// The noun phrase that ends at word `i`: a pronoun, an anonymous phrase, a name or a title.
    func nounPhrase(endingAt i: Int, floor: Int) -> NounPhrase? {
        let word = words[i]
        if Lexicon.personalPronouns.contains(word.lower) || Lexicon.pluralPronouns.contains(word.lower) {
            return NounPhrase(referent: .pronoun(word.lower), words: i..<(i + 1))
        }
        // "One of them said": one of a group the article leaves unnamed.
        if ["them", "those", "us"].contains(word.lower), i - 2 >= floor, words[i - 1].lower == "of",
            ["one", "some", "two", "both", "neither", "either", "several", "many", "none", "each"].contains(words[i - 2].lower)
        {
            return NounPhrase(referent: .anonymous, words: (i - 2)..<(i + 1))
        }
        // "The company said", "the ministry said": the organisation last named with that word.
        if let organization = definiteOrganization(at: i) { return organization }
        // "the report said" after "A report released Thursday by the Coastal Commerce Institute".
        if let author = definiteDocument(at: i) { return author }
        // "An aide to the minister said": the head stands before the preposition.
        if !word.isCapitalized {
            var k = i - 1
            while k >= floor, k >= i - 4, spaced(k) {
                if Lexicon.anonymousHeads.contains(words[k].lower), ["for", "of", "to", "at", "from", "with"].contains(words[k + 1].lower) {
                    return NounPhrase(referent: .anonymous, words: k..<(i + 1))
                }
                k -= 1
            }
        }
        if isDefiniteIntroducedRole(i) {
            let start = (max(floor, i - 3)..<i).last { words[$0].lower == "the" } ?? i
            return NounPhrase(referent: .title(word.lower), words: start..<(i + 1))
        }
        // "Farmers" ends a name in "the Korean Federation of Grain and Livestock Farmers".
        let inName = word.isCapitalized && (runBackward(endingAt: i, floor: floor)?.count ?? 0) >= 2
        if Lexicon.anonymousHeads.contains(word.lower), !inName {
            var start = i
            while start - 1 >= floor, spaced(start - 1), !commaAfter(start - 1), start > i - 4 { start -= 1 }
            return NounPhrase(referent: .anonymous, words: start..<(i + 1))
        }
        if Lexicon.titles.contains(word.lower), !word.isCapitalized || actorAt[i] == nil {
            // "the U.S. president", "the president"
            var start = i
            while start - 1 >= floor, start > i - 3, spaced(start - 1) {
                start -= 1
                if words[start].lower == "the" { return NounPhrase(referent: .title(word.lower), words: start..<(i + 1)) }
            }
        }
        guard let run = runBackward(endingAt: i, floor: floor) else {
            // "a spokesman for the ministry said": the head stands before the preposition.
            var k = i - 1
            while k >= floor, k >= i - 4, spaced(k) {
                if Lexicon.anonymousHeads.contains(words[k].lower), ["for", "of", "at", "from", "with"].contains(words[k + 1].lower) {
                    return NounPhrase(referent: .anonymous, words: k..<(i + 1))
                }
                k -= 1
            }
            return nil
        }
        var before = run.lowerBound - 1
        // "Rep. Park Sung-il of the minor Justice Party": past descriptors of the name.
        var descriptors = 0
        while before >= floor, descriptors < 3, !words[before].isCapitalized, spaced(before),
            !["the", "of", "for", "at", "from", "with", "in", "and", "said", "says"].contains(words[before].lower),
            !isSpeechVerb(before), before - 1 >= floor, spaced(before - 1)
        {
            before -= 1
            descriptors += 1
        }
        if descriptors > 0, before >= floor, words[before].lower != "the" { before = run.lowerBound - 1 }
        if before >= floor, words[before].lower == "the" { before -= 1 }
        // "Analysts at Harwell Securities in Seoul": the place is not the speaker.
        if before - 1 >= floor, words[before].lower == "in", spaced(before - 1), isNameWord(before - 1) || actorAt[before - 1] != nil,
            let phrase = nounPhrase(endingAt: before - 1, floor: floor)
        {
            return phrase
        }
        if before - 1 >= floor, ["for", "of", "at", "from", "with"].contains(words[before].lower) {
            let head = words[before - 1].lower
            // "Analysts at Harwell Securities wrote": the firm speaks through its analysts.
            if Lexicon.institutionalVoices.contains(head), ["at", "from", "with"].contains(words[before].lower) {
                return resolve(run: run)
            }
            // "a spokesman for the Ministry": the name is the employer, the speaker anonymous.
            if Lexicon.anonymousHeads.contains(head) { return NounPhrase(referent: .anonymous, words: (before - 1)..<(i + 1)) }
            if Lexicon.roleNouns.contains(head) { return nil }
            // "Professor Zhang Wei of Fudan University": the person, not the university.
            if ["of", "at", "from"].contains(words[before].lower), isNameWord(before - 1) || actorAt[before - 1] != nil,
                let person = runBackward(endingAt: before - 1, floor: floor), let phrase = resolve(run: person),
                isPersonReferent(phrase.referent)
            {
                return phrase
            }
        }
        return resolve(run: run)
    }

    /// "Bloomberg quoted Lighthizer as saying", "Lighthizer was quoted as saying": the person quoted,
    /// not the outlet, within `words[range]`.
    func quotedAsSaying(in range: Range<Int>) -> NounPhrase? {
        for q in range where ["quoted", "cited"].contains(words[q].lower) && !inQuote(q) {
            guard let asWord = (q + 1..<min(range.upperBound, q + 8)).first(where: { words[$0].lower == "as" }),
                asWord + 1 < range.upperBound, ["saying", "telling", "writing"].contains(words[asWord + 1].lower)
            else { continue }
            if asWord > q + 1 { return nounPhrase(startingAt: q + 1, ceiling: asWord) }
            return subject(before: q, floor: range.lowerBound)
        }
        return nil
    }

    /// "said Lighthizer's deputy, Jeffrey Gerrish" · "said the ministry's spokesman, Noh Kyu-duk":
    /// a role from word `j` up to a comma, then the name of the person who holds it.
    func roleThenName(startingAt j: Int, ceiling: Int) -> NounPhrase? {
        guard let comma = (j..<min(ceiling, j + 8)).first(where: { commaAfter($0) }), comma + 1 < ceiling,
            Lexicon.isRoleNoun(words[comma].lower), !words[comma].isCapitalized,
            (j..<comma).contains(where: { isPossessive($0) || ["a", "an", "the", "its", "their"].contains(words[$0].lower) }),
            (j...comma).allSatisfy({ spaced($0) || $0 == comma || isPossessive($0) }),
            let run = runForward(startingAt: comma + 1, ceiling: ceiling), (2...4).contains(run.count),
            run.allSatisfy({ isNameWord($0) || actorAt[$0] != nil }), !isOrganizationRun(run),
            run.upperBound == ceiling || !spaced(run.upperBound - 1)
        else { return nil }
        return resolve(run: run)
    }

    /// Whether a referent is a person: a known person, or a new name of a person's form.
    func isPersonReferent(_ referent: Referent) -> Bool {
        switch referent {
        case .actor(let id): return finder.actors[id]?.kind == .person
        case .newName(let name): return Extractor.guessKind(name) == .person
        case .anonymous, .pronoun, .title: return false
        }
    }

    /// The noun phrase that starts at word `j` (after an inverted verb: "said Sue Mi Terry").
    func nounPhrase(startingAt j: Int, ceiling: Int) -> NounPhrase? {
        guard j < ceiling, j < words.count else { return nil }
        if let named = roleThenName(startingAt: j, ceiling: ceiling) { return named }
        let word = words[j]
        if Lexicon.personalPronouns.contains(word.lower) || Lexicon.pluralPronouns.contains(word.lower) {
            return NounPhrase(referent: .pronoun(word.lower), words: j..<(j + 1))
        }
        if ["a", "an", "the", "one", "some", "two", "several", "many"].contains(word.lower) {
            // "said a spokesman", "said the president": look at the next few words.
            var k = j + 1
            while k < ceiling, k < j + 5, spaced(k - 1) {
                if word.lower == "the", k == j + 1, let organization = definiteOrganization(at: k) { return organization }
                if word.lower == "the", isDefiniteIntroducedRole(k) { return NounPhrase(referent: .title(words[k].lower), words: j..<(k + 1)) }
                if Lexicon.anonymousHeads.contains(words[k].lower) { return NounPhrase(referent: .anonymous, words: j..<(k + 1)) }
                if Lexicon.titles.contains(words[k].lower), !(k + 1 < ceiling && spaced(k) && isNameWord(k + 1)) {
                    return NounPhrase(referent: .title(words[k].lower), words: j..<(k + 1))
                }
                if isNameWord(k) { break }
                k += 1
            }
            if word.lower == "the", j + 1 < ceiling, let run = runForward(startingAt: j + 1, ceiling: ceiling) {
                return resolve(run: run)
            }
            return nil
        }
        if Lexicon.anonymousHeads.contains(word.lower) { return NounPhrase(referent: .anonymous, words: j..<(j + 1)) }
        guard let run = runForward(startingAt: j, ceiling: ceiling) else { return nil }
        return resolve(run: run)
    }

    /// Whether words `segment` read as an appositive: "a senior fellow at …", "who led …".
    func isAppositive(_ segment: Range<Int>) -> Bool {
        guard let first = segment.first else { return false }
        let opener = words[first]
        // "Sen. Carl Lindqvist, R-Iowa, said" · "Park Sun-hee, South Korea's deputy trade minister, said".
        if isPartyTag(segment) || isPossessiveRole(segment) { return true }
        guard Lexicon.appositiveOpeners.contains(opener.lower) || !opener.isCapitalized else { return false }
        // "Jeon Sang-hoon, and Deputy US Trade Representative Karen Mayfield": a second subject.
        if ["and", "or", "but", "nor"].contains(opener.lower) { return false }
        // "…, while Ada Kerr, a grocer, said": a clause with its own subject.
        if Lexicon.appositiveClauseOpeners.contains(opener.lower), first + 1 < segment.upperBound,
            isNameWord(first + 1) || actorAt[first + 1] != nil || Lexicon.personalPronouns.contains(words[first + 1].lower)
                || ["the", "a", "an"].contains(words[first + 1].lower)
        {
            return false
        }
        if ["which", "whose"].contains(opener.lower) { return true }
        // "Paik, asked whether Seoul should be spared, called that …": a participle's aside.
        if ["asked", "pressed", "questioned"].contains(opener.lower), first + 1 < segment.upperBound,
            ["whether", "about", "if", "on", "what", "why", "how", "when", "by"].contains(words[first + 1].lower)
        {
            return true
        }
        for i in segment where i != first || opener.lower != "who" {
            // "who spoke on condition of anonymity because the talks are continuing": a relative
            // clause may hold a verb of being.
            if ["is", "was", "are", "were"].contains(words[i].lower), opener.lower != "who" { return false }
            // "who asked not to be named": a relative clause may hold a verb of saying.
            if isSpeechVerb(i, characterizing: false), opener.lower != "who" { return false }
        }
        return true
    }

    /// Whether words `segment` are a legislator's party and state: "R-Iowa", "D-Mich.", "I-Vt.".
    func isPartyTag(_ segment: Range<Int>) -> Bool {
        guard segment.count == 1, let i = segment.first else { return false }
        let scalars = Array(words[i].text.unicodeScalars)
        return scalars.count >= 3 && ["R", "D", "I"].contains(scalars[0]) && scalars[1] == "-" && scalars[2].properties.isUppercase
    }

    /// Whether words `segment` are a role after an owner's possessive: "South Korea's deputy trade
    /// minister", "the federation's chief economist", "its president".
    func isPossessiveRole(_ segment: Range<Int>) -> Bool {
        guard (2...8).contains(segment.count), let last = segment.last, Lexicon.isRoleNoun(words[last].lower),
            let owner = segment.prefix(5).first(where: { words[$0].text.hasSuffix("'s") || words[$0].text.hasSuffix("\u{2019}s") || words[$0].lower == "its" }),
            owner < last
        else { return false }
        return ((owner + 1)...last).allSatisfy { !words[$0].isCapitalized && spaced($0 - 1) }
    }

    /// The first word inside a parenthesis that closes right after word `end` ("(R-Neb.)"), within
    /// eight words and not before `floor`; nil when no parenthesis closes there.
    func parenthesisStart(endingAt end: Int, floor: Int) -> Int? {
        guard end + 1 < words.count, article.gap(end, end + 1).contains(")") else { return nil }
        var k = end
        while k > floor, end - k < 8 {
            if article.gap(k - 1, k).contains("(") { return k }
            if article.gap(k - 1, k).contains(")") { return nil }
            k -= 1
        }
        return nil
    }

    /// The subject of the verb at word `verb`, looking no further back than `floor`: the noun
    /// phrase just before it, past adverbs ("then", "reportedly") and appositives
    /// ("X, a senior fellow at Y, said").
    func subject(before verb: Int, floor: Int) -> NounPhrase? {
        var i = verb - 1
        while i >= floor, Lexicon.betweenSubjectAndVerb.contains(words[i].lower), !commaAfter(i) { i -= 1 }
        guard i >= floor else { return nil }
        // "Sen. Mark Halvorsen (R-Neb.) told": a parenthesis after the name is an aside.
        var aside = false
        if !commaAfter(i), let open = parenthesisStart(endingAt: i, floor: floor) {
            i = open - 1
            aside = true
            guard i >= floor else { return nil }
        }
        if commaAfter(i) {
            var end = i
            var skipped = false
            while true {
                var start = end
                while start - 1 >= floor, !commaAfter(start - 1) || commaInName(start - 1), !article.gap(start - 1, start).contains("\n") {
                    start -= 1
                }
                guard start - 1 >= floor, commaAfter(start - 1), isAppositive(start..<(end + 1)) else { break }
                end = start - 1
                skipped = true
                if let open = parenthesisStart(endingAt: end, floor: floor), open - 1 >= floor {
                    end = open - 1
                }
            }
            if aside, !skipped { return nil }
            guard skipped else { return roleFirstName(endingAt: i, floor: floor) }
            // "In Seoul, the National Council … welcomed …, saying": a place after the opening "In"
            // has no appositive; the clause after it is the sentence's own.
            if let run = runBackward(endingAt: end, floor: floor), run.lowerBound - 1 == floor, words[floor].lower == "in" { return nil }
            i = end
        }
        return nounPhrase(endingAt: i, floor: floor)
    }

    /// "The federation's chairman, Bae Jung-ho, told": the name set off by commas after a role,
    /// ending at word `end` (the comma after it), as the subject of the verb that follows.
    func roleFirstName(endingAt end: Int, floor: Int) -> NounPhrase? {
        guard let run = runBackward(endingAt: end, floor: floor), run.lowerBound - 1 >= floor, commaAfter(run.lowerBound - 1),
            run.allSatisfy({ isNameWord($0) || actorAt[$0] != nil })
        else { return nil }
        // "The federation's chairman," · "A spokeswoman for the Korea Automobile Importers Association,":
        // the role stands in the phrase before the comma.
        var start = run.lowerBound - 1
        // Past an organisation's name holding commas ("the Ministry of Land, Infrastructure and Transport").
        if let organization = runBackward(endingAt: start, floor: floor), organization.lowerBound < start { start = organization.lowerBound }
        while start - 1 >= floor, !commaAfter(start - 1), run.lowerBound - start < 10 { start -= 1 }
        if (start..<run.lowerBound).contains(where: { Lexicon.isRoleNoun(words[$0].lower) }) { return resolve(run: run) }
        // "The county's largest employer, Ridgeline Fabrication, told employees": an organisation
        // described before its name.
        guard start < run.lowerBound, (start..<run.lowerBound).contains(where: { Lexicon.isOrganizationDescription(words[$0].lower) }),
            (start..<run.lowerBound).allSatisfy({ !words[$0].isCapitalized || $0 == start }), let phrase = resolve(run: run)
        else { return nil }
        return phrase
    }

    /// The subject of the clause in `words[range]` ("Its vice president, Jang Dong-hyun, was
    /// blunter in an interview:"): the first name or pronoun not governed by a preposition.
    func clauseSubject(in range: Range<Int>) -> NounPhrase? {
        let prepositions: Set<String> = ["in", "at", "on", "of", "for", "from", "to", "with", "by", "during", "after", "before", "about", "than"]
        for k in range where !inQuote(k) {
            if k == range.lowerBound, Lexicon.personalPronouns.contains(words[k].lower) {
                return NounPhrase(referent: .pronoun(words[k].lower), words: k..<(k + 1))
            }
            guard isNameWord(k) || actorAt[k] != nil else { continue }
            if k > range.lowerBound, prepositions.contains(words[k - 1].lower) { return nil }
            guard let run = runForward(startingAt: k, ceiling: range.upperBound), let phrase = resolve(run: run) else { return nil }
            if case .actor(let id) = phrase.referent, finder.actors[id]?.kind == .government { return nil }
            return phrase
        }
        return nil
    }

    /// The person a sentence opens with as its subject ("Anna Whitby grows sorghum …", "Pell
    /// shrugged", "Ms. Alvarez replied"), resolved as a speaker would be; nil when it opens
    /// otherwise, or with a name used as a modifier ("South Korean officials", "Farm groups").
    func sentenceSubject(_ sentence: Sentence) -> NounPhrase? {
        var range = article.wordIndices(in: sentence.start..<sentence.end)
        // "Back in Hoengseong, Jang is not reassured.": past a short fronted phrase; "Hale's boss, port
        // authority director Naomi Sterling, was …": past an owner's role, and the role before the name.
        let owned = range.first.flatMap { runForward(startingAt: $0, ceiling: range.upperBound) }.map { isPossessive($0.upperBound - 1) } == true
        if let opener = range.first, !inQuote(opener), owned || !(isNameWord(opener) || actorAt[opener] != nil || isHonorific(opener))
            || runForward(startingAt: opener, ceiling: range.upperBound).flatMap({ resolve(run: $0) }).map({ isPersonReferent($0.referent) }) != true,
            let comma = range.prefix(6).first(where: { commaAfter($0) }), comma + 1 < range.upperBound,
            !range.prefix(through: comma).contains(where: { isSpeechVerb($0) || inQuote($0) })
        {
            range = (comma + 1)..<range.upperBound
            var k = range.lowerBound
            while owned, k < range.upperBound, k - range.lowerBound < 4, !words[k].isCapitalized { k += 1 }
            if k > range.lowerBound, k < range.upperBound, Lexicon.isRoleNoun(words[k - 1].lower) { range = k..<range.upperBound }
        }
        guard let first = range.first, !inQuote(first),
            isNameWord(first) || actorAt[first] != nil || isHonorific(first),
            let run = runForward(startingAt: first, ceiling: range.upperBound)
        else { return nil }
        let next = run.upperBound
        if next < range.upperBound, spaced(next - 1) {
            let word = words[next].lower
            if Lexicon.anonymousHeads.contains(word) || Lexicon.organizationNouns.contains(word) || Lexicon.isRoleNoun(word)
                || Lexicon.notPersonHeads.contains(word)
            {
                return nil
            }
        }
        let last = words[run.upperBound - 1].lower
        if ["ean", "ese", "ish", "ian", "can"].contains(where: { last.hasSuffix($0) }), actorAt[run.upperBound - 1] == nil { return nil }
        guard let phrase = resolve(run: run), isPersonReferent(phrase.referent) else { return nil }
        return phrase
    }

    /// The persons who open the sentences that start at or after `floor` and end before `offset`, in text order.
    func sentenceSubjects(from floor: Int, before offset: Int) -> [Referent] {
        article.sentences.filter { $0.start >= floor && $0.end <= offset }.compactMap { sentenceSubject($0)?.referent }
    }

    /// Who "according to" names from word `j`: a noun phrase ("according to Wendy Cutler"), or the
    /// author of a document ("according to a statement from the Pacific Grain Exporters Association").
    func accordingToSource(startingAt j: Int, ceiling: Int) -> NounPhrase? {
        if let phrase = nounPhrase(startingAt: j, ceiling: ceiling) { return phrase }
        let documents: Set<String> = [
            "statement", "report", "release", "filing", "letter", "memo", "note", "post", "email", "study", "survey",
            "analysis", "document", "transcript", "complaint", "summary", "presentation", "testimony",
        ]
        guard j < ceiling, ["a", "an", "the", "its", "their", "his", "her"].contains(words[j].lower) else { return nil }
        var k = j + 1
        while k < ceiling, k - j <= 3, !documents.contains(words[k].lower), !words[k].isCapitalized { k += 1 }
        guard k + 1 < ceiling, documents.contains(words[k].lower) else { return nil }
        var by = k + 1
        if words[by].lower == "issued" || words[by].lower == "released" { by += 1 }
        guard by + 1 < ceiling, ["from", "by", "of"].contains(words[by].lower) else { return nil }
        return nounPhrase(startingAt: by + 1, ceiling: ceiling)
    }

    /// Whether `words[range]` are a transcript's speaker label, the words of
    /// `ArticleText.transcriptLabel(in:)` of the paragraph they open ("WHITFIELD", "JANE ELLERY", "HOST").
    func isTranscriptLabel(_ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        let paragraph = article.paragraphs[article.paragraphIndex(at: words[first].start)]
        guard let label = article.transcriptLabel(in: paragraph) else { return false }
        return article.wordIndices(in: label) == range
    }

    /// Who a transcript label names: a known actor, the person named before by that surname
    /// ("WHITFIELD" after "Dale Whitfield"), anonymous for a role ("HOST", "Q"), else nobody.
    func transcriptSpeaker(_ range: Range<Int>) -> NounPhrase? {
        guard let last = range.last else { return nil }
        if let covered = actorAt[last] { return NounPhrase(referent: .actor(covered.mention.id), words: range) }
        if range.count == 1 {
            let word = words[last].lower
            if Lexicon.transcriptRoles.contains(word) {
                // "host Rachel Odom asks …": the role is the person the article names with it, else anonymous.
                return roleHolder(word, before: words[last].start).map { NounPhrase(referent: $0, words: range) }
                    ?? NounPhrase(referent: .anonymous, words: range)
            }
            if let earlier = shortForm(word, before: words[last].start) {
                return NounPhrase(referent: earlier, words: range, isShortForm: true)
            }
            if let full = fullName(shortenedTo: last) { return NounPhrase(referent: .newName(nameText(full)), words: range, isShortForm: true) }
            return nil
        }
        let name = range.map { words[$0].text.prefix(1) + words[$0].text.dropFirst().lowercased() }.joined(separator: " ")
        return NounPhrase(referent: .newName(name), words: range)
    }

    /// The person the article introduces with a transcript role before `offset` ("host Rachel Odom",
    /// "moderator Lee Min-ji"): the first name of two to four capitalised words right after the role word.
    func roleHolder(_ role: String, before offset: Int) -> Referent? {
        for k in words.indices where words[k].start < offset && words[k].lower == role && !words[k].isCapitalized {
            var end = k + 1
            while end < words.count, end - k <= 4, isNameWord(end), !inQuote(end) {
                end += 1
                if end > k + 1, commaAfter(end - 1) { break }
            }
            guard end - (k + 1) >= 2 else { continue }
            if let covered = actorAt[k + 1] { return .actor(covered.mention.id) }
            return .newName(nameText((k + 1)..<end))
        }
        return nil
    }

    /// The nearest known actor, or new name given before, named before word `verb` in
    /// `words[floor..<verb]` outside quotations (the subject of "…, slamming it as …").
    func nearestName(before verb: Int, floor: Int) -> NounPhrase? {
        var i = verb - 1
        while i >= floor {
            if !inQuote(i), let covered = actorAt[i] {
                return NounPhrase(referent: .actor(covered.mention.id), words: covered.words)
            }
            i -= 1
        }
        return nil
    }

    // MARK: - Introductions

    /// Names introduced with an appositive: "Jeff Ferry, research director at the Coalition for a
    /// Prosperous America" (a person, a role and an organisation) or "X, a group that …".
    private func findIntroductions() -> [Introduction] {
        var found: [Introduction] = []
        for sentence in article.sentences {
            let range = article.wordIndices(in: sentence.start..<sentence.end)
            for k in range where k + 1 < range.upperBound && commaAfter(k) && !inQuote(k) {
                // "Sen. Chuck Grassley (R-Iowa), chairman of …" · "Sen. X, R-Iowa, chairman of …": the
                // name stands before the party tag.
                var nameEnd = k
                if let open = parenthesisStart(endingAt: k, floor: range.lowerBound), open - 1 >= range.lowerBound {
                    nameEnd = open - 1
                } else if isPartyTag(k..<(k + 1)), k - 1 >= range.lowerBound, commaAfter(k - 1) {
                    nameEnd = k - 1
                }
                guard let run = runBackward(endingAt: nameEnd, floor: range.lowerBound), actorAt[nameEnd] == nil,
                    run.allSatisfy({ actorAt[$0] == nil })
                else { continue }
                // "In Detroit, the Motor Vehicle Trade Coalition urged …": a place after the sentence's
                // opening "In" is an adverbial, not a name with an appositive.
                if run.lowerBound - 1 == range.lowerBound, words[range.lowerBound].lower == "in" { continue }
                // The appositive: up to the next comma, quote mark or the sentence end.
                var end = k + 1
                while end < range.upperBound, !commaAfter(end) || commaInName(end), !inQuote(end) { end += 1 }
                let segment = (k + 1)..<min(end + 1, range.upperBound)
                // "Marcus Bell, 29, a material handler, said": an age after a name makes a person.
                if segment.count == 1, let age = segment.first, (1...3).contains(words[age].text.count),
                    words[age].text.allSatisfy(\.isNumber), (2...3).contains(run.count), run.allSatisfy({ isNameWord($0) }),
                    !isOrganizationRun(run), Extractor.guessKind(nameText(run)) == .person
                {
                    found.append(Introduction(
                        name: nameText(run), words: run, kind: .person, role: nil, organization: nil, description: nil,
                        sentence: article.trimmedSentence(sentence).range))
                    continue
                }
                guard !segment.isEmpty, !inQuote(segment.lowerBound), isAppositive(segment) else { continue }
                // "Kwon Min-ji, who leads the Korean Patient Solidarity Network in Seoul,": a
                // relative clause of membership gives the role and the organisation.
                if words[segment.lowerBound].lower == "who" {
                    if (2...5).contains(run.count), run.allSatisfy({ isNameWord($0) }),
                        !run.contains(where: { Lexicon.organizationWords.contains(words[$0].lower) }),
                        let (role, organization) = relativeClause(at: segment.lowerBound + 1, ceiling: segment.upperBound)
                    {
                        found.append(Introduction(
                            name: nameText(run), words: run, kind: .person, role: role, organization: organization,
                            description: nil, sentence: article.trimmedSentence(sentence).range))
                    }
                    continue
                }
                guard !["which", "whose"].contains(words[segment.lowerBound].lower) else { continue }
                let head = segment.prefix(8).map { words[$0].lower }
                var hasRole = head.contains { Lexicon.isRoleNoun($0) }
                // "a steward at the union's axle plant": an owner's possessive is not the appositive's head.
                let hasOrganization = segment.prefix(8).contains { i in
                    !(isPossessive(i) && !words[i].isCapitalized)
                        && (Lexicon.organizationNouns.contains(words[i].lower) || Lexicon.moreOrganizationNouns.contains(words[i].lower))
                }
                let nameWords = run.map { words[$0].lower }
                let organizationName = nameWords.contains { Lexicon.organizationWords.contains($0) }
                // "Felix Amoah, a pharmacologist at Westbrook University": any occupation at a
                // named organisation introduces a person.
                if !hasRole, !organizationName, occupationAtOrganization(segment) { hasRole = true }
                // "Park Ji-hoon, a former trade attaché at the embassy who now teaches at the Daegu Graduate
                // School of International Studies": a relative clause of membership inside the appositive
                // gives the person's organisation when the words before it hold no role.
                var clause: (String, OrganizationName)?
                // "Sen. Harlan Voss, a Kansas Republican who sits on the Agriculture Committee,": the gold sets
                // disagree on a legislator's affiliation (Congress, a committee, or none), so a legislator's
                // relative clause gives none here.
                if !legislativeTitle(run), !organizationName, let who = segment.dropFirst().first(where: { words[$0].lower == "who" }),
                    !(segment.lowerBound..<who).contains(where: { Lexicon.isRoleNoun(words[$0].lower) })
                {
                    clause = relativeClause(at: who + 1, ceiling: segment.upperBound)
                    if clause != nil { hasRole = true }
                }
                guard hasRole || hasOrganization else { continue }
                let kind: Graph.Actor.Kind
                var nameRun = run
                if organizationName || (hasOrganization && !hasRole) {
                    kind = .organization
                } else if run.count >= 2 && run.count <= 5 {
                    kind = .person
                } else if run.count == 1, hasRole, let earlier = fullName(shortenedTo: run.lowerBound) {
                    // "Nam Eun-ji keeps a whiteboard … Nam, a deputy director at the ministry, …":
                    // the appositive introduces the full name given earlier.
                    kind = .person
                    nameRun = earlier
                } else {
                    continue
                }
                let name = nameText(nameRun)
                let sentenceRange = article.trimmedSentence(sentence).range
                var introduction = Introduction(
                    name: name, words: nameRun, kind: kind, role: nil, organization: nil,
                    description: describe(segment), sentence: sentenceRange)
                if kind == .person, let (role, organization) = clause {
                    introduction.role = role
                    introduction.organization = organization
                } else if kind == .person, let (role, organization) = scopedPossessiveRole(segment) {
                    // "Gregory Tallis, the Chamber's senior vice president for Asia": the owner, not the scope.
                    introduction.role = role
                    introduction.organization = organization
                } else if kind == .person, let (role, organization) = roleAndOrganization(segment) ?? possessiveUnit(segment) {
                    introduction.role = role
                    introduction.organization = organization
                } else if kind == .person, let last = segment.last, isPossessiveRole(segment),
                    let (role, organization) = possessiveRole(endingAt: last, floor: segment.lowerBound)
                {
                    // "Priya Raman, the federation's chief economist," · "Park Sun-hee, South Korea's deputy trade minister,".
                    introduction.role = role
                    introduction.organization = organization
                } else if kind == .person, let (role, id) = knownOffice(in: segment) {
                    // "Marcy Tolliver, a former USTR negotiator,": a known office named in the role.
                    introduction.role = role
                    introduction.organization = .known(id)
                } else if kind == .person, let (role, organization) = organizationBeforeRole(in: segment) {
                    // "Seo Jae-hoon, a Democratic Party member of the committee,".
                    introduction.role = role
                    introduction.organization = organization
                }
                // "Pell Motors, the truck unit of the Arlen Group,": the group is an organisation too.
                if kind == .organization, let of = segment.first(where: { words[$0].lower == "of" }) {
                    var j = of + 1
                    if j < segment.upperBound, words[j].lower == "the" { j += 1 }
                    if let parent = runForward(startingAt: j, ceiling: segment.upperBound), actorAt[parent.upperBound - 1] == nil,
                        isOrganizationRun(parent)
                    {
                        found.append(Introduction(
                            name: nameText(parent), words: parent, kind: .organization, role: nil, organization: nil,
                            description: nil, sentence: sentenceRange))
                    }
                }
                found.append(introduction)
            }
        }
        return found
    }

    /// The role and known office of an appositive that names the office without a preposition
    /// ("a former USTR negotiator", "a deputy assistant U.S. trade representative"); a government
    /// only with an official's role ("a Korean trade official", not "a Korea expert").
    func knownOffice(in segment: Range<Int>) -> (String, Slug)? {
        guard let j = segment.first(where: { actorAt[$0] != nil }), let covered = actorAt[j],
            let actor = finder.actors[covered.mention.id], actor.kind != .person,
            !segment.contains(where: { ["at", "of", "for", "with", "from", "in"].contains(words[$0].lower) })
        else { return nil }
        if actor.kind == .government, !segment.contains(where: { Lexicon.officialRoles.contains(words[$0].lower) }) { return nil }
        var first = segment.lowerBound
        if ["a", "an", "the"].contains(words[first].lower) { first += 1 }
        guard first < segment.upperBound else { return nil }
        return (article.string(words[first].start..<words[segment.upperBound - 1].end).lowercased(), actor.id)
    }

    /// "a Democratic Party member of the committee": an organisation's name right before a role noun.
    func organizationBeforeRole(in segment: Range<Int>) -> (String, OrganizationName)? {
        guard let j = segment.prefix(4).first(where: { isNameWord($0) }), let run = runForward(startingAt: j, ceiling: segment.upperBound),
            run.upperBound < segment.upperBound, spaced(run.upperBound - 1), Lexicon.isRoleNoun(words[run.upperBound].lower)
        else { return nil }
        if let id = known(run) {
            guard let actor = finder.actors[id], actor.kind != .person, actor.kind != .government else { return nil }
            return (words[run.upperBound].lower, .known(id))
        }
        guard isOrganizationRun(run) else { return nil }
        return (words[run.upperBound].lower, .new(nameText(run)))
    }

    /// The latest earlier person's name (two or three capitalised words, no known actor) whose
    /// short form is the word at `index` ("Nam Eun-ji" for "Nam", "Omar Feld" for "Feld").
    func fullName(shortenedTo index: Int) -> Range<Int>? {
        var found: Range<Int>?
        var j = 0
        while j < index {
            guard isNameWord(j), actorAt[j] == nil, j == 0 || !joined(j - 1) || !isNameWord(j - 1),
                var run = runForward(startingAt: j, ceiling: index)
            else {
                j += 1
                continue
            }
            // "Trade Minister Yoon Kyung-ho": the name after a title.
            if let title = run.last(where: { words[$0].isCapitalized && (Lexicon.personTitles.contains(words[$0].lower) || Lexicon.moreTitles.contains(words[$0].lower)) }),
                title + 1 < run.upperBound
            {
                run = (title + 1)..<run.upperBound
            }
            let name = nameText(run)
            if (2...3).contains(run.count), run.allSatisfy({ isNameWord($0) && actorAt[$0] == nil }),
                Extractor.guessKind(name) == .person, Extractor.shortName(of: name)?.lowercased() == words[index].lower
            {
                found = run
            }
            j = run.upperBound
        }
        return found
    }

    /// The appositive as a description: "Research director at the Coalition for a Prosperous America".
    private func describe(_ segment: Range<Int>) -> String? {
        var first = segment.lowerBound
        if ["a", "an", "the"].contains(words[first].lower), first + 1 < segment.upperBound { first += 1 }
        let text = article.string(words[first].start..<words[segment.upperBound - 1].end)
        guard let initial = text.first else { return nil }
        return initial.uppercased() + text.dropFirst()
    }

    /// The role and organisation an appositive gives: "senior fellow" at "Peterson Institute …".
    func roleAndOrganization(_ segment: Range<Int>) -> (String, OrganizationName)? {
        var candidates: [(preposition: Int, run: Range<Int>)] = []
        var i = segment.lowerBound
        while i < segment.upperBound {
            guard ["at", "of", "for", "with", "from", "on"].contains(words[i].lower) else {
                i += 1
                continue
            }
            var j = i + 1
            if j < segment.upperBound, words[j].lower == "the" { j += 1 }
            var descriptors = 0
            while j < segment.upperBound, descriptors < 3, !isNameWord(j), actorAt[j] == nil,
                !["at", "of", "for", "with", "from", "and"].contains(words[j].lower)
            {
                j += 1
                descriptors += 1
            }
            if j < segment.upperBound, var run = runForward(startingAt: j, ceiling: segment.upperBound) {
                // "at the Seoul law firm Daehan & Partners": the place names no employer.
                if let covered = actorAt[run.upperBound - 1], finder.actors[covered.mention.id]?.kind == .government {
                    var m = run.upperBound
                    var skipped = 0
                    while m < segment.upperBound, skipped < 3, !words[m].isCapitalized, actorAt[m] == nil,
                        !["at", "of", "for", "with", "from", "and", "in", "on"].contains(words[m].lower)
                    {
                        m += 1
                        skipped += 1
                    }
                    if skipped > 0, m < segment.upperBound, isNameWord(m), let later = runForward(startingAt: m, ceiling: segment.upperBound) {
                        run = later
                    }
                }
                // "for North American trade": a name used as a modifier is no employer.
                // A known name opening a longer one ("North" of "North American") is none either.
                let last = words[run.upperBound - 1].text
                let possessive = last.hasSuffix("'s") || last.hasSuffix("\u{2019}s")
                // "the United Foundry and Metal Workers union": an organisation noun after the name is its own.
                let modifier = run.upperBound < segment.upperBound && spaced(run.upperBound - 1) && !possessive
                    && !Lexicon.organizationNouns.contains(words[run.upperBound].lower)
                    && (!words[run.upperBound].isCapitalized
                        && !["at", "of", "for", "with", "from", "and", "in", "on", "who", "which", "since", "until"].contains(words[run.upperBound].lower)
                        || actorAt[run.upperBound - 1] != nil && isNameWord(run.upperBound) && actorAt[run.upperBound] == nil)
                if !modifier { candidates.append((i, run)) }
                i = run.upperBound
            } else {
                i += 1
            }
        }
        let known = candidates.last { candidate in
            guard let covered = actorAt[candidate.run.upperBound - 1] else { return false }
            return finder.actors[covered.mention.id]?.kind != .person
        }
        guard let chosen = known ?? candidates.last else { return nil }
        var first = segment.lowerBound
        if ["a", "an", "the"].contains(words[first].lower) { first += 1 }
        guard first < chosen.preposition else { return nil }
        var role = article.string(words[first].start..<words[chosen.preposition - 1].end)
        // "a lawmaker who sits on the Assembly's trade committee": the role is "lawmaker".
        if let who = role.range(of: " who ") { role = String(role[..<who.lowerBound]) }
        if let id = self.known(chosen.run) {
            return (role, .known(id))
        }
        return (role, .new(nameText(chosen.run)))
    }
}
