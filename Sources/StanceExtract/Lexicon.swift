import StanceCore

/// The small word lists extraction relies on: speech verbs, anonymous speakers, titles, and the cue
/// words of candidate positions. `docs/extract.md` documents them.
public enum Lexicon {
    /// Verbs that attribute words to a speaker ("said", "told", and the spun text's "mentioned").
    public static let speechVerbs: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "notes", "noted", "noting", "explain", "explains", "explained", "argue", "argues", "argued", "arguing",
        "stated", "stating", "write", "writes", "wrote", "warn", "warns", "warned", "insist", "insists",
        "insisted", "mention", "mentions", "mentioned", "claimed", "claiming", "complain", "complains",
        "complained", "predict", "predicts", "predicted", "remarked", "commented", "replied", "responded",
        "acknowledge", "acknowledged", "concede", "conceded", "declare", "declared", "announce", "announced",
        "asked", "stressed", "emphasize", "emphasized", "observed", "suggest", "suggested", "recalled",
        "cautioned", "asserted", "contended", "boasted",
    ]

    /// Verbs that characterise something in the speaker's words ("called it a “disaster”"); they
    /// attribute a quote but do not make their subject the last speaker.
    public static let characterizingVerbs: Set<String> = [
        "called", "calls", "calling", "describe", "describes", "described", "describing", "dubbed", "labeled",
        "labelled", "branded", "termed", "slams", "slammed", "slamming", "blasted", "vowed", "vows", "vowing",
        "pledged", "promised", "denounced", "praised", "expect", "expects",
    ]

    /// Words that may stand between a subject and its verb ("Trump then vowed", "he reportedly told").
    static let betweenSubjectAndVerb: Set<String> = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "should", "may",
        "might", "did", "does", "do", "also", "then", "recently", "reportedly", "later", "earlier", "previously",
        "once", "repeatedly", "publicly", "privately", "again", "further", "still", "often", "first", "just",
        "already", "last", "himself", "herself", "itself",
    ]

    /// Heads of noun phrases that name no one: the speaker stays anonymous ("analysts say").
    public static let anonymousHeads: Set<String> = [
        "analyst", "analysts", "official", "officials", "expert", "experts", "economist", "economists", "observer",
        "observers", "critic", "critics", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
        "spokespeople", "aide", "aides", "diplomat", "diplomats", "insider", "insiders", "people", "person",
        "lawmaker", "lawmakers", "negotiator", "negotiators", "executive", "executives", "researcher",
        "researchers", "specialist", "specialists", "commentator", "commentators", "adviser", "advisers",
        "advisor", "advisors", "someone", "others", "some", "many", "supporters", "opponents", "proponents",
        "officers", "staffers", "members", "residents", "farmers", "workers", "investors", "traders", "nobody",
        "everyone", "everybody", "somebody", "anyone", "none",
    ]

    /// Plural heads through which an institution speaks: "analysts at Harwell Securities" is the firm.
    static let institutionalVoices: Set<String> = [
        "analysts", "economists", "researchers", "strategists", "experts", "staff", "lawyers",
    ]

    /// Titles before a name that make it a person's ("Senator Marcia Delgado", "Dr. Samuel Okafor").
    static let personTitles: Set<String> = [
        "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "professor",
        "prof", "dr", "ambassador", "judge", "mayor", "minister", "secretary", "chairman", "chairwoman", "president",
        "mr", "ms", "mrs",
    ]

    /// Verbs of a relative clause that tie a person to an organisation, with the role they imply
    /// ("who sits on the Senate Finance Committee": member).
    static let membershipVerbs: [String: String] = [
        "sits": "member", "serves": "member", "chairs": "chair", "heads": "head", "leads": "head", "runs": "head",
        "teaches": "teacher", "works": "staff", "advises": "adviser", "represents": "representative",
    ]

    /// Verbs by which a subject takes a side (an organisation that does so is worth proposing).
    static let sideVerbs: Set<String> = [
        "welcomed", "welcomes", "disagreed", "disagrees", "agreed", "agrees", "opposed", "opposes", "supported",
        "supports", "urged", "urges", "backed", "backs", "rejected", "rejects", "criticized", "criticised",
        "lobbied", "endorsed", "condemned", "applauded", "objected", "protested", "demanded", "demands",
    ]

    /// Endings that make a capitalised hyphenated word an adjective ("Washington-based").
    static let adjectiveSuffixes: Set<String> = ["based", "led", "owned", "backed", "funded", "run", "born", "made", "style"]

    /// Common East Asian family names, which come first in Chinese and Korean names written in
    /// their own order ("Zhang Wei" is Zhang; "Kim Soo-yeon", whose hyphenated given name shows the
    /// order, is Kim).
    static let eastAsianFamilyNames: Set<String> = [
        "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "oh", "seo",
        "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek",
        "heo", "nam", "noh", "roh", "ryu", "jin", "wang", "li", "zhang", "liu", "chen", "huang", "zhao", "wu", "zhou",
        "xu", "sun", "ma", "zhu", "hu", "guo", "gao", "lin", "luo", "zheng", "liang", "xie", "tang", "deng", "feng",
        "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "ye", "cheng", "wei", "su",
        "lu", "ding", "ren", "shen", "yao", "fu", "qian", "xi", "hao",
    ]

    /// Words too common to tell issues apart, left out of `IssueVocabulary`.
    static let vocabularyStopWords: Set<String> = [
        "that", "with", "from", "this", "their", "which", "under", "such", "more", "than", "other", "into", "also",
        "would", "could", "should", "been", "have", "were", "they", "them", "what", "when", "there", "these",
        "those", "about", "including", "through", "whose", "while", "where", "some", "most", "many", "much", "only",
        "like", "made", "make", "makes", "over", "very", "will", "want", "wants", "says", "said", "each", "both",
        "them", "then", "here", "just", "even", "used", "uses", "using", "does", "done", "whether", "within",
        // Words every trade story uses, whatever its issue.
        "talks", "negotiations", "negotiators", "proposals", "agreement", "deal", "deals", "pact",
    ]

    /// Everyday phrases for the ideas trade issues are named by, and the word they stand for
    /// (`*` any ending): "walking away from the agreement" is withdrawal.
    static let issuePhrases: [(String, String)] = {
        var phrases: [(String, String)] = [
            ("walk* away", "withdrawal"), ("pull* out", "withdrawal"), ("renegotiat*", "renegotiation"),
        ]
        // Changing or ending "the agreement" (not "reopens this question").
        for object in ["the agreement", "the deal", "the pact", "the treaty", "the fta", "korus"] {
            for verb in ["reopen*", "revis*", "amend*", "rewrit*", "renegotiat*"] { phrases.append(("\(verb) \(object)", "renegotiation")) }
            for verb in ["terminat*", "quit*", "leav*", "tear* up", "scrap*", "exit*"] { phrases.append(("\(verb) \(object)", "withdrawal")) }
        }
        return phrases
    }()

    /// Roles whose holder speaks for the organisation (its position is proposed for it too).
    static let leaderRoles: [String] = [
        "president", "chairman", "chairwoman", "chair", "head", "chief executive", "ceo", "spokesman",
        "spokeswoman", "spokesperson", "director general", "secretary general",
    ]

    /// Nouns that name a measure or a deal an issue may be about ("currency side deal").
    static let policyHeads: Set<String> = [
        "agreement", "deal", "arrangement", "accord", "pact", "provision", "provisions", "clause", "quota", "quotas",
        "exemption", "mechanism", "rules", "requirements", "subsidies", "ban", "levy", "duties", "tariff", "tariffs",
        "safeguards", "commitments", "chapter",
    ]

    /// Pronouns carried to the last named speaker.
    static let personalPronouns: Set<String> = ["he", "she"]
    static let pluralPronouns: Set<String> = ["they", "it"]

    /// Titles that, after "the", refer to an actor named with that title ("the president").
    static let titles: Set<String> = [
        "president", "secretary", "minister", "premier", "chancellor", "senator", "governor", "ambassador",
        "chairman", "chairwoman", "representative",
    ]

    /// Honorifics dropped before a surname ("Ms. Cutler").
    static let honorifics: Set<String> = ["mr", "ms", "mrs", "dr", "prof", "sen", "rep", "gov", "gen"]

    /// Abbreviations whose period ends no sentence.
    static let abbreviations: Set<String> = [
        "mr", "ms", "mrs", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "inc", "corp",
        "co", "ltd", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "vs", "etc",
    ]

    /// Capitalised words that begin sentences or clauses but are not names.
    static let notNames: Set<String> = [
        "the", "a", "an", "but", "and", "or", "however", "in", "on", "at", "of", "for", "with", "by", "from", "to",
        "as", "if", "when", "while", "since", "after", "before", "although", "though", "yet", "so", "meanwhile",
        "nonetheless", "still", "also", "then", "this", "that", "these", "those", "it", "he", "she", "they", "we",
        "i", "his", "her", "their", "its", "our", "my", "your", "upon", "under", "over", "between", "among",
        "echoing", "related", "might", "will", "would", "luckily", "ironically", "instead", "now", "each", "both",
        "some", "many", "most", "much", "what", "who", "why", "how", "where", "here", "there", "not", "no", "all",
        "one", "another", "such", "like", "unlike", "according", "about", "even", "only", "just", "despite",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mr", "ms", "mrs", "dr", "said", "says", "posted", "updated", "copyright", "illustration", "last", "next",
        "several", "every", "any",
    ]

    /// Lower-case words allowed inside a name ("Coalition for a Prosperous America").
    static let nameConnectors: Set<String> = ["of", "for", "and", "the", "a", "on", "de", "van", "von", "da", "du", "al", "bin", "&"]

    /// Words that open an appositive ("X, a senior fellow at Y").
    static let appositiveOpeners: Set<String> = [
        "a", "an", "the", "former", "who", "which", "whose", "one", "another", "then", "now", "also", "once",
    ]

    /// Nouns of roles people hold: an appositive with one introduces a person.
    public static let roleNouns: Set<String> = [
        "director", "fellow", "president", "economist", "analyst", "professor", "spokesman", "spokeswoman",
        "spokesperson", "chairman", "chairwoman", "chair", "chief", "head", "executive", "officer", "secretary",
        "minister", "negotiator", "representative", "ambassador", "senator", "lawmaker", "official",
        "researcher", "partner", "founder", "adviser", "advisor", "manager", "editor", "correspondent",
        "member", "lecturer", "strategist", "ceo", "scholar", "expert", "lawyer", "attorney", "deputy",
        "vice", "governor", "mayor", "consultant", "specialist", "author", "dean", "trustee", "commissioner",
        "counsel", "envoy", "aide", "associate", "principal", "leader",
    ]

    /// Nouns of kinds of organisation: an appositive with one introduces an organisation.
    public static let organizationNouns: Set<String> = [
        "group", "firm", "company", "agency", "organization", "organisation", "association", "institute", "tank",
        "lobby", "union", "council", "coalition", "foundation", "bank", "ministry", "department", "committee",
        "federation", "party", "network", "center", "centre", "university", "newspaper", "outlet", "fund",
        "consultancy", "body", "nonprofit", "think-tank", "chamber", "alliance",
    ]

    /// Words in a name that mark it as an organisation ("Peterson Institute").
    public static let organizationWords: Set<String> = [
        "institute", "center", "centre", "council", "coalition", "chamber", "association", "company", "corp",
        "corporation", "inc", "bank", "group", "foundation", "university", "committee", "office", "agency",
        "ministry", "department", "fund", "federation", "union", "party", "partners", "economics",
        "administration", "commission", "organization", "organisation", "service", "network", "board", "bureau",
        "forum", "society", "trust", "alliance", "times", "news", "post", "journal", "associates", "capital",
        "research", "holdings", "motors", "industries", "co", "ltd", "llc", "school", "college", "workers",
        "securities", "works", "motor", "laboratories", "press",
    ]

    /// Cue words of support, by the lower-case form of the word (a trailing `*` matches any ending).
    ///
    /// A cue counts toward a stance on an issue mentioned in the same quote or sentence; the
    /// position is proposed as `inferred` for a researcher to check.
    public static let supportCues: [String] = [
        "support*", "back", "backs", "backed", "backing", "welcom*", "favor*", "favour*", "endors*",
        "champion*", "prais*", "defend*", "keep", "keeps", "intact", "maintain*", "preserv*", "paramount",
        "embrac*", "applaud*", "want", "wants", "wanted", "right moment", "right time", "right call",
        "right thing", "right step", "fix", "good", "better", "backbone", "valuable", "protect", "protects",
        "protected", "protecting", "overdue", "should be able", "benefit*", "cornerstone",
        "essential", "vital", "win", "surrender*", "give in", "cave in", "concede", "yield to", "fight for",
        "fights for",
    ]

    /// Cue words of opposition, as `supportCues`; several-word cues match consecutive words.
    public static let opposeCues: [String] = [
        "oppos*", "criticiz*", "criticis*", "criticism", "against", "disaster", "horrible", "job killer", "scrap*",
        "withdraw*", "withdrew", "discard*", "reject*", "flawed", "misguided", "unfair", "slam*", "blam*",
        "denounc*", "tear up", "tearing up", "bad deal", "complain*", "skeptic*", "scuttl*", "protest*",
        "resist*", "insult*", "mistake", "mistaken", "gift to our competitors", "gift to competitors",
        "gift to our rivals", "punish*", "tax on", "burden", "harm*", "hurt*", "damag*", "undermin*", "wrong",
        "worse", "unacceptable", "block*", "strip*", "fight against", "attack on", "attack*", "fight", "fights",
    ]

    /// Phrases whose words are no cue: "we must do better" demands change without saying of what.
    static let notCues: [String] = [
        "do better", "doing better", "better off", "good faith", "for good",
        // "back" as an adverb: "they always come back", "back in Sejong".
        "come back", "comes back", "came back", "coming back", "go back", "goes back", "went back", "going back",
        "back in", "back to", "back for", "back from", "back into", "back on", "back home",
        // "fight" as a noun: "this is a fight about symbols".
        "a fight", "the fight", "this fight", "that fight",
    ]

    /// Words that turn a cue around ("not support").
    static let negations: Set<String> = [
        "not", "n't", "never", "no", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "nobody", "none",
        "neither", "nor", "without", "hardly",
    ]

    /// Whether a lower-case word matches a cue (`back`, or a stem `support*`).
    static func matches(_ word: String, cue: String) -> Bool {
        if cue.hasSuffix("*") { return word.hasPrefix(String(cue.dropLast())) }
        return word == cue
    }

    /// Whether `word` matches the first word of a cue phrase: a cheap test before the phrase is split
    /// (most cues fail on their first word).
    static func matchesFirstWord(_ word: String, of cue: String) -> Bool {
        let first = cue.prefix { $0 != " " }
        if first.hasSuffix("*") { return word.hasPrefix(first.dropLast()) }
        return word == first
    }
}

// MARK: - Attribution and introductions (session 5: forms of news English)

extension Lexicon {
    /// Titles before a name besides `personTitles` ("Undersecretary Dale Whitfield").
    static let moreTitles: Set<String> = [
        "undersecretary", "commissioner", "chancellor", "premier", "envoy", "spokesman", "spokeswoman",
        "spokesperson", "councilman", "councilwoman", "assemblyman", "assemblywoman", "lawmaker", "general",
    ]

    /// What an abbreviated title stands for, so that "the senator" finds "Sen. Carl Lindqvist".
    static let titleAbbreviations: [String: String] = [
        "sen": "senator", "rep": "representative", "gov": "governor", "prof": "professor", "gen": "general",
        "congressman": "representative", "congresswoman": "representative",
    ]

    /// Whether a word is a noun of a role (`roleNouns`, or one of `moreRoleNouns`).
    static func isRoleNoun(_ word: String) -> Bool {
        roleNouns.contains(word) || moreRoleNouns.contains(word) || attributionRoleNouns.contains(word)
    }

    /// Verbs of saying besides `speechVerbs` ("“Not one more ton!” she shouted").
    static let moreSpeechVerbs: Set<String> = [
        "shouted", "yelled", "chanted", "testified", "quipped", "joked", "wondered", "lamented", "recounted",
        "countered", "counters", "retorted", "objected",
        "conceding", "admitted", "admits", "insisting", "warning", "explaining", "arguing", "stressing",
    ]

    /// Characterising verbs besides `characterizingVerbs` ("accused the government of “…”").
    static let moreCharacterizingVerbs: Set<String> = [
        "accused", "accuses", "accusing", "criticized", "criticised", "criticizing", "dismissed", "dismissing",
        "hailed", "hailing", "lauded", "mocked", "derided", "urged", "urging", "questioned", "welcomed",
    ]

    /// Nouns of kinds of organisation besides `organizationNouns` ("the truck unit of the Arlen Group").
    static let moreOrganizationNouns: Set<String> = [
        "unit", "subsidiary", "affiliate", "arm", "division", "automaker", "carmaker", "maker", "manufacturer",
        "supplier", "producer", "exporter", "importer", "retailer", "lender", "insurer", "conglomerate", "operator",
        "broadcaster", "publisher", "startup", "brokerage", "steelmaker", "chaebol",
    ]

    /// Words in a name that make it no business ("the company" is never a ministry or a union).
    static let nonBusinessWords: Set<String> = [
        "ministry", "department", "agency", "council", "federation", "union", "association", "institute", "university",
        "committee", "office", "coalition", "alliance", "forum", "society", "foundation", "center", "centre", "party",
        "commission", "bureau", "board", "administration", "school", "college", "network", "chamber", "fund",
    ]

    /// Common Vietnamese family names, which come first ("Tran Thi Lan" is Tran).
    static let vietnameseFamilyNames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong",
        "ly", "trinh", "dinh", "mai", "truong",
    ]

    /// English given names that are also Pinyin syllables ("Dan Wu", "Ken Li" are written given name first).
    static let englishGivenNamesInPinyin: Set<String> = [
        "an", "ben", "dan", "ken", "ian", "jen", "nan", "lou", "sue", "bo", "jo", "lin", "min", "sean", "shan", "tai",
        "ming", "wen", "rong", "ted", "tom", "jon", "don", "ron", "rena", "nina", "tina", "lena", "dana", "hanna",
        "anna", "diane", "jane", "dean", "gene", "jean", "leo", "ray", "kai", "mia", "zoe",
    ]

    /// Words after which a number belongs to a name ("Machinists Local 1123").
    static let numberedNameWords: Set<String> = ["local", "lodge", "chapter", "district", "post", "unit", "no"]

    /// Words before a title that qualify it without naming an office ("Vice Trade Minister").
    static let titleQualifiers: Set<String> = [
        "vice", "deputy", "first", "second", "senior", "acting", "assistant", "associate", "prime", "former", "chief",
    ]

    /// Roles by which a person speaks for a government ("a former USTR negotiator", "a U.S. official").
    static let officialRoles: Set<String> = [
        "minister", "official", "officials", "ambassador", "negotiator", "envoy", "secretary", "representative",
        "diplomat", "spokesman", "spokeswoman", "spokesperson", "undersecretary", "commissioner", "director",
    ]

    /// Words heading the role of an interviewer or anonymous voice in a transcript ("HOST:").
    static let transcriptRoles: Set<String> = [
        "host", "moderator", "interviewer", "anchor", "reporter", "question", "q", "a", "answer", "audience",
        "caller", "narrator", "chair", "chairman", "chairwoman", "voice",
    ]

    /// Nouns of a role in a broadcast or publication, which may head an appositive ("host of …").
    static let moreRoleNouns: Set<String> = [
        "host", "anchor", "moderator", "lobbyist", "organizer", "organiser", "owner", "treasurer", "columnist",
        "reporter", "producer", "undersecretary", "commissioner", "chancellor", "premier",
    ]

    /// Words that open a clause, not an appositive ("…, while Ada Kerr, a grocer, said").
    static let appositiveClauseOpeners: Set<String> = [
        "while", "whereas", "although", "though", "because", "as", "when", "whenever", "after", "before", "since",
        "if", "unless", "until", "where", "so", "yet", "and", "or", "but", "nor",
    ]

    /// Heads of an appositive that describe a place or a thing, not a person ("Des Moines, a city of …").
    static let notPersonHeads: Set<String> = [
        "city", "town", "village", "county", "state", "province", "region", "country", "port", "capital", "island",
        "district", "program", "programme", "show", "book", "report", "film", "bill", "law", "plan", "river",
        "suburb", "neighborhood", "neighbourhood", "street", "avenue", "building", "brand", "model", "product",
        "vehicle", "car", "truck", "plant", "factory",
    ]
}

// MARK: - Stance forms (positions; issue #20 item 4)

extension Lexicon {
    /// Verbs and phrases of taking a side, read with their object (`*` any ending), beyond
    /// `supportCues`: "is pushing for tougher rules", "insists on keeping the clause". A cue of
    /// this list bears only on an issue named after it in its clause (its object).
    static let stanceSupportVerbs: [String] = [
        "push* for", "press* for", "pressed for", "call* for", "lobb* for", "urge", "urges", "urged", "urging",
        "demanded", "demanding", "seek*", "sought", "insist* on", "applaud*", "hail*", "commit* to",
        // Moves towards an action: "considering whether to start withdrawing", "came close to withdrawing".
        "consider*", "came close to", "come* close to",
    ]

    /// The same for opposition: "balked at the tariffs", "came out against the tax".
    static let stanceOpposeVerbs: [String] = [
        "balk*", "condemn*", "object* to", "rule* out", "ruled out", "warn* against", "decried", "decries", "decry",
        "lambast*", "deplor*", "assail*", "rebuk*", "lobb* against", "push* back against", "pushed back against",
        "veto*", "boycott*", "abolish*", "repeal*", "eliminat*", "dismantl*",
    ]

    /// Evaluations that take a side on what they are said of, wherever it is named.
    static let stanceSupportEvaluations: [String] = ["right direction", "step forward"]
    static let stanceOpposeEvaluations: [String] = [
        "backlash", "outrage*", "misstep", "blunder", "shortsighted", "short-sighted", "reckless", "counterproductive",
        "self-defeating", "objection*",
    ]

    /// Cues whose stance falls on what they act on, their object: "would hurt our shipyards"
    /// opposes the subject and counts the object as something worth keeping.
    static let harmCues: [String] = ["hurt*", "harm*", "damag*", "undermin*", "punish*"]

    /// Verbs that end or remove what follows them ("scrapping the ISDS clause"), and verbs that
    /// keep it ("keeping the tariff"): with an issue as object, an action on that issue (−/+).
    static let endingVerbs: [String] = [
        "scrap*", "end", "ends", "ended", "ending", "abolish*", "eliminat*", "remov*", "lift*", "repeal*", "drop",
        "drops", "dropped", "dropping", "phase* out", "phasing out", "tear* up", "tore up", "torn up", "kill*",
        "dismantl*", "weaken*", "revis*", "overhaul*", "rework*", "roll* back", "water* down", "gut", "gutting", "curb*", "curtail*", "strip*", "discard*",
    ]
    static let keepingVerbs: [String] = [
        "keep*", "kept", "maintain*", "preserv*", "retain*", "extend*", "protect*", "defend*", "expand*", "impos*",
        "strengthen*", "widen*", "open*", "sav*",
    ]

    /// Everyday phrases for an issue that is itself an action, and its direction: "walking
    /// away" is withdrawal (+), "staying in the agreement" is its opposite (−). `Lexicon.issuePhrases`
    /// (shared with issue tagging) counts too, as +.
    static let issueActions: [(String, String, Int)] = [
        ("withdraw*", "withdrawal", 1), ("withdrew", "withdrawal", 1), ("pull* out", "withdrawal", 1),
        ("walk* away", "withdrawal", 1), ("quit", "withdrawal", 1), ("quits", "withdrawal", 1), ("quitting", "withdrawal", 1),
        ("exit", "withdrawal", 1), ("exiting", "withdrawal", 1),
        ("terminat*", "withdrawal", 1), ("stay* in", "withdrawal", -1), ("remain* in", "withdrawal", -1),
        ("stick* with", "withdrawal", -1), ("renegotiat*", "renegotiation", 1),
    ]

    /// Particle verbs of an issue's action written around their object ("tear the whole thing
    /// up"): verb, particle, the issue word.
    static let particleActions: [(String, String, String)] = [
        ("tear*", "up", "withdrawal"), ("tore", "up", "withdrawal"), ("rip*", "up", "withdrawal"),
        ("pull*", "out", "withdrawal"), ("scrap*", "altogether", "withdrawal"),
    ]

    /// Words that stand for the agreement as the object of such a verb.
    static let agreementWords: Set<String> = ["it", "thing", "deal", "agreement", "pact", "treaty", "fta", "korus"]

    /// Verbs of threat: the threatened action is leverage. An issue whose description says a
    /// threat is `mixed` gets `mixed`; any other, the action's own direction.
    static let threatVerbs: [String] = ["threaten*"]

    /// Negative framings a speaker denies to defend a measure ("not a bargaining chip", "not
    /// negotiable"): cues only when negated.
    static let deniedFramings: [String] = ["bargaining chip", "negotiable", "up for grabs", "for sale"]

    /// Modals of obligation before an action: "America should stay in KORUS".
    static let obligationModals: Set<String> = ["should", "must", "ought", "needs", "need", "has", "have"]

    /// Irregular past forms that follow a subject ("Seoul came out against …").
    static let irregularPasts: Set<String> = [
        "came", "went", "took", "gave", "made", "stood", "fought", "sought", "held", "kept", "spoke", "wrote", "threw",
        "drew", "grew", "led", "put", "set", "told", "won", "broke", "rose", "fell", "began", "saw", "got",
    ]

    /// Modals of possibility that, after an `if`/`unless` clause, leave the main clause hypothetical.
    static let possibilityModals: Set<String> = ["could", "might", "may"]

    /// Words that open a clause of their own inside a sentence (after a comma): a cue bears on
    /// the issues of its own clause ("X is welcome, but Y is a mistake").
    static let clauseOpeners: Set<String> = ["but", "while", "whereas", "although", "though", "yet", "and"]

    // MARK: - Paraphrase and narrative stances (session 5, round 2: positions)

    /// Verbs of advocacy that take a side on their object, as `stanceSupportVerbs`: "has long
    /// argued for keeping the clause", "campaigned against the tax".
    static let advocacySupportVerbs: [String] = [
        "argu* for", "campaign* for", "advocat*", "fought for",
    ]
    static let advocacyOpposeVerbs: [String] = [
        "argu* against", "campaign* against", "fought against", "spoke* out against", "speaks out against", "critic of",
        "critics of", "critical of", "question* the wisdom of",
    ]

    /// Harm verbs beyond `harmCues` ("would have strained the alliance"): they oppose their
    /// subject and value their object.
    static let strainCues: [String] = ["strain", "strains", "strained", "straining", "jeopardiz*", "jeopardis*", "endanger*"]

    /// Verbs of wanting that take an object and a participle ("wants the tariffs lifted"): the
    /// participle is an action on the object.
    static let wantVerbs: Set<String> = ["want", "wants", "wanted", "wanting", "need", "needs", "needed", "prefer", "prefers", "preferred"]

    /// Losses a speaker warns of, which oppose what would bring them: "would hand our customers to
    /// Canada on a silver platter", "would cost producers dearly", "giving away our market".
    static let lossCues: [String] = [
        "on a silver platter", "give away", "gives away", "giving away", "gave away", "hand our", "hands our", "handing our",
        "cost* * dearly", "cost* * * dearly",
        // Judgements of senselessness: "putting an ally's steel in the same box as China's makes no sense".
        "makes no sense", "make no sense", "made no sense", "makes little sense", "make little sense",
        "doesn't make sense", "does not make sense", "didn't make sense",
    ]

    /// The agreement itself as the object of a verb of leaving or ending ("leaving the agreement",
    /// "not junk it"): withdrawal; of a verb of mending ("fix the deal", "improve the agreement"):
    /// renegotiation. Only these common nouns and "it" (a named issue is read by `endingVerbs`).
    static let agreementLeavingVerbs: [String] = [
        "leav*", "abandon*", "ditch*", "junk*", "scrap*", "kill*", "dump*", "torpedo*", "walk* away from",
    ]
    static let agreementMendingVerbs: [String] = ["fix", "fixes", "fixing", "fixed", "mend*", "repair*", "improv*", "updat*", "moderniz*"]
    static let agreementNouns: Set<String> = ["deal", "agreement", "pact", "accord", "fta", "treaty"]

    /// Verbs of intent ("vowed to scrap KORUS", "is determined to keep the clause"): they take the
    /// side of the action they govern, and no side alone.
    static let intentVerbs: [String] = [
        "vow*", "pledg*", "promis*", "determined to", "intend* to", "resolved to", "lobb* to", "lobb* hard to", "push* to",
        "push* hard to", "fought to", "fight* to", "campaign* to", "press* to", "work* to",
    ]

    /// Relief from a measure, an action that ends it for someone ("sought an exemption from the
    /// steel tariffs"): read as an ending verb.
    static let reliefWords: [String] = ["exempt*", "exemption*", "relief from"]

    /// Subjects that stand for the organisation named before ("The group said …", "It said …").
    static let organizationAnaphora: Set<String> = ["it"]
}

// MARK: - Issue tagging (session 5: issue tags, round 2)

extension Lexicon {
    /// Verb forms of an issue's action with their preposition, read as the issue's word in tagging
    /// (besides `issuePhrases`): "withdraw from the agreement", "pulled the United States out of".
    static let issueVerbPhrases: [(String, String)] = [
        ("withdr* from", "withdrawal"), ("get* out of", "withdrawal"), ("got out of", "withdrawal"),
        ("back* out of", "withdrawal"),
    ]

    /// How many words may stand between a particle verb and its particle ("tear the whole thing up").
    static let particleGap = 4
}

// MARK: - Candidate positions (session 6: precision and direction, round 3)

extension Lexicon {
    /// Phrases whose words look like cues and take no side (besides `notCues`): a currency's rate
    /// "against the dollar"; "had better", a modal of advice, not an evaluation.
    static let moreNotCues: [String] = [
        "against the dollar", "against the yen", "against the euro", "against the won", "against the yuan",
        "against the greenback", "against the renminbi", "against the pound", "against other currencies",
        "against a basket", "had better", "'d better", "\u{2019}d better",
    ]

    /// Harm verbs besides `harmCues` and `strainCues`: "the rules discriminate against innovative
    /// medicines" opposes what discriminates and values what is discriminated against.
    static let moreHarmCues: [String] = ["discriminat* against"]

    /// Forms of "keep" that mean "go on" before an -ing form ("will keep buying", "keeps falling").
    static let continuingVerbs: Set<String> = ["keep", "keeps", "kept", "keeping"]

    /// Nouns after "opposition" that make it the political opposition ("opposition lawmakers"), no cue.
    static let politicalOpposition: Set<String> = [
        "lawmaker", "lawmakers", "member", "members", "party", "parties", "leader", "leaders", "legislator",
        "legislators", "mp", "mps", "politician", "politicians", "bloc", "camp", "candidate", "candidates",
        "senator", "senators", "deputies", "coalition", "benches", "figures", "groups", "parliamentarians",
    ]

    /// Words before a bare "back" that make it the verb ("would back", "to back", "we back"); after
    /// anything else it is a particle or an adverb ("get that back", "sent the draft back").
    static let beforeVerbBack: Set<String> = [
        "to", "will", "would", "could", "can", "should", "must", "may", "might", "shall", "not", "n't", "never",
        "do", "does", "did", "don't", "doesn't", "didn't", "won't", "i", "we", "you", "they", "also", "still",
        "fully", "strongly", "firmly", "and", "or", "who",
    ]

    /// Words before "fight" that make it the noun ("another fight", "a long fight", "a tariff fight").
    static let beforeNounFight: Set<String> = [
        "another", "any", "every", "one", "long", "big", "bitter", "political", "legal", "tariff", "trade", "public",
        "new", "protracted", "drawn-out", "our", "their", "his", "her", "its", "real", "whole", "first", "next",
    ]

    /// Words that open an object noun phrase ("back the deal", "back their government").
    static let objectOpeners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "every",
        "efforts", "plans", "calls",
    ]

    /// Evaluations that, followed by "for", value what follows ("not good for the alliance",
    /// "bad for the alliance"): the issue after "for" is what is harmed or helped, so valued.
    static let evaluationsFor: Set<String> = ["good", "bad", "better", "worse", "healthy", "unhealthy", "harmful"]

    /// Words that deny the object of a cue between the cue and the issue ("welcomed the absence
    /// of new beef concessions"): the cue bears on the issue the other way.
    static let absenceWords: Set<String> = ["absence", "lack", "dearth"]

    /// Verbs that make the clause they govern a prediction, which takes no side ("predicting that
    /// Washington would …", "expects Seoul to …").
    static let predictionVerbs: Set<String> = [
        "predict", "predicts", "predicted", "predicting", "expect", "expects", "expected", "expecting", "forecast",
        "forecasts", "forecasting", "anticipate", "anticipates", "anticipated", "anticipating",
    ]

    /// Words of readiness, which say nothing of a side ("We are ready for any scenario"): no tone.
    static let neutralToneWords: Set<String> = ["ready", "prepared", "readiness"]

    /// Support cues besides `supportCues`: a preference ("I'd have preferred the full tariff").
    static let moreSupportCues: [String] = ["prefer", "prefers", "preferred"]

    /// Support verbs whose object must be the issue: "defend its interests", "keep forty (cows)",
    /// "Seoul keeps its cars" take no side on the issue the quote is about. (Tried and dropped:
    /// "want" too, which lost "wants the full 25 percent tariff applied to Korean steel".)
    static let objectBoundSupportCues: Set<String> = ["defend", "defends", "defended", "defending", "keep", "keeps", "kept"]

    /// Verbs of taking a side whose object may stand on an issue's opposes side, turning the
    /// stance ("protect Korean farmers" opposes US farm access): `IssueSides`.
    static let objectSideVerbs: [String] = [
        "protect*", "keep", "keeps", "kept", "defend*", "support*", "back", "backs", "backed", "backing", "maintain*",
        "preserv*", "favor*", "favour*", "welcom*", "want", "wants", "wanted", "oppos*", "reject*", "resist*", "fight",
        "fights", "fought", "block*", "shield*", "safeguard*",
    ]

    /// Adjectives of "a better deal", "a fairer agreement": an agreement renegotiated (an action of
    /// renegotiation, read with the cue that governs it: "I want a better deal").
    static let betterDealWords: Set<String> = ["better", "fairer", "improved", "stronger", "tougher"]

    /// Words of an organisation's name that make it a membership organisation (an association, a
    /// union, a federation …), whose leader speaks for it in public; a ministry's spokesperson or
    /// a company's president is not coded for the body (the gold sets' convention).
    static let membershipWords: Set<String> = [
        "association", "federation", "union", "council", "coalition", "alliance", "chamber", "network", "roundtable",
        "league", "guild", "local", "solidarity", "society", "forum", "confederation", "growers", "producers",
        "workers", "farmers", "breeders",
    ]
}

// MARK: - Attribution and actors (session 6, round 3)

extension Lexicon {
    /// Role nouns besides `roleNouns` and `moreRoleNouns` ("of which he is a county delegate").
    static let attributionRoleNouns: Set<String> = ["delegate", "steward"]

    /// Occupations written before a name like a title ("Farmer Lucas Bright", "welder Kwon Sang-hoon").
    static let occupationWords: Set<String> = [
        "farmer", "rancher", "grower", "welder", "machinist", "trucker", "fisherman", "miner", "nurse", "teacher",
        "retiree", "shopkeeper", "steelworker", "dockworker", "autoworker", "electrician", "engineer", "homeowner",
    ]

    /// Documents that speak for their author ("the report said", "the statement said").
    static let documentNouns: Set<String> = ["report", "statement", "study", "survey", "analysis", "memo", "filing", "letter", "release"]

    /// Verbs of a relative clause of membership besides `membershipVerbs` ("who lobbies for …").
    static let moreMembershipVerbs: [String: String] = ["lobbies": "lobbyist", "directs": "director", "manages": "manager"]

    /// Words of an organisation's name besides `organizationWords` ("Keystone Tube Analytics", "Whitfield
    /// Bray LLP", "Korean Confederation of Dockworkers"): a name holding one is an organisation's.
    static let companyWords: Set<String> = [
        "analytics", "advisory", "consulting", "consultancy", "logistics", "metals", "chemicals", "electronics",
        "pharmaceuticals", "technologies", "systems", "solutions", "supply", "trading", "shipping", "enterprises",
        "ventures", "llp", "plc", "gmbh", "confederation", "guild", "league", "cooperative", "collective", "roundtable",
    ]

    /// Nouns that describe an organisation before its name ("The county's largest employer, Ridgeline
    /// Fabrication,"): `organizationNouns`, `moreOrganizationNouns` and a few more.
    static func isOrganizationDescription(_ word: String) -> Bool {
        organizationNouns.contains(word) || moreOrganizationNouns.contains(word)
            || ["employer", "utility", "rival", "competitor", "lobby", "mill", "refiner", "shipper", "shipbuilder"].contains(word)
    }

    /// Whether a word of a name marks it as an organisation's (`organizationWords` or `companyWords`).
    static func isOrganizationWord(_ word: String) -> Bool {
        organizationWords.contains(word) || companyWords.contains(word)
    }
}

// MARK: - Issue tagging (session 6: issue tags, round 3)

extension Lexicon {
    /// The nouns of negotiating ("the talks", "negotiators", "at the table"): in a quote about an
    /// agreement they are about its renegotiation, but talks about steel or a currency deal are talks
    /// too, so they count only in a quote whose sentence names no issue and whose own words lean to no
    /// other, as the issue whose one-word alias is `negotiationMeaning`. "talks" after a pronoun or a
    /// name is the verb ("he talks"), as is "negotiating" without its noun ("not negotiating on that basis");
    /// "(not) up for negotiation" is no talk at all; "on the table" and
    /// "to the table" are said of options and of parties, not of the talks themselves.
    static let negotiationPhrases: [String] = [
        "negotiation*", "negotiator*", "negotiating table", "negotiating team*", "negotiating round*", "talks",
        "at the table", "across the table",
    ]
    static let negotiationMeaning = "renegotiation"
    /// Words before "talks" that make it a verb.
    static let talksVerbSubjects: Set<String> = [
        "he", "she", "it", "who", "one", "everyone", "nobody", "anyone", "someone", "somebody", "everybody",
    ]

    /// How many words may stand between a verb of leaving or mending and the agreement it acts on
    /// ("abandoning the trade pact"; `agreementLeavingVerbs`, `agreementMendingVerbs`).
    static let agreementObjectGap = 2
    /// How many words before such a verb the agreement must be named for "it" to stand for it.
    static let itAntecedentGap = 5

    /// A bare gerund of leaving as the subject of a modal or a copula ("leaving would be a gift to our
    /// rivals", "Quitting is not an option"): in a story about an agreement it is leaving the agreement.
    static let bareLeavingGerunds: Set<String> = ["leaving", "quitting", "exiting", "abandoning"]
    static let gerundSubjectVerbs: Set<String> = ["would", "will", "could", "might", "is", "was", "means", "isn't", "wouldn't"]

    /// Verbs of keeping or staying in the agreement ("keep the agreement intact", "keeping the deal
    /// alive", "stay in the pact"): what is at stake is withdrawal, their opposite, and they tag it.
    /// Participles of mending and of ending said of the agreement in the passive ("our trade agreement
    /// must be fundamentally revised or discarded"): renegotiation and withdrawal.
    static let agreementMendedParticiples: Set<String> = [
        "revised", "amended", "renegotiated", "reopened", "rewritten", "fixed", "improved", "updated", "modernized",
    ]
    static let agreementEndedParticiples: Set<String> = [
        "scrapped", "discarded", "terminated", "abandoned", "ditched", "junked", "killed", "dumped", "torn", "ended",
    ]
    /// How many words may stand between the agreement and its "be" ("must", "should now") and between
    /// "be" and the participle ("fundamentally", "revised or").
    static let passiveGap = 3

    /// "All options remain on the table", "every option is on the table": said of an agreement, the option
    /// meant is leaving it (the threat), so the phrase tags withdrawal.
    static let optionWords: Set<String> = ["option", "options"]

    static let agreementKeepingVerbs: [String] = [
        "keep*", "kept", "preserv*", "sav*", "maintain*", "stay* in", "remain* in", "stick* with",
    ]
}
