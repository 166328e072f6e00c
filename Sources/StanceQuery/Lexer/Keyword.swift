import StanceCore

/// Every word the query language gives a meaning to (`queries/grammar.ebnf`), in one place: the
/// parser accepts these, completion offers them, and a mistyped one is corrected to the nearest.
///
/// A case's raw value is the word as typed (lower case). Words are keywords only where the grammar
/// expects them; elsewhere they may be part of a name ("Center for Strategic and International Studies").
public enum Keyword: String, CaseIterable, Sendable {
    // Openings and question words.
    case who, what, which, `where`, why, how, whom, count, many, tell, me, show, list, give, find, get
    case everything, all, anything, know, we, you, please, can, could, display, those, anyone, anybody
    case everyone, everybody, there, covered, have, has, had, `do`, does, did, doing, not, us, got
    case opinion, stake, fence, `any`
    // Listings and shapes.
    case actors, actor, issues, issue, sources, source, articles, article, quotes, quote, positions
    case position, stances, stance, views, view, affiliations, affiliation, members, member, profile
    case stakeholders, stakeholder, evidence, graph, outlets, outlet, statements, statement
    // Connectives, prepositions, articles.
    case and, or, but, both, either, neither, nor, `while`, without, among, `in`, at, within, `as`, of
    case since, between, on, about, by, from, with, to, `for`, regarding, toward, towards, before, after
    case during, until, according, the, a, an, that, their, his, her, its, mind, sides, side
    case part, involved, odds, say, said, says, think, thinks, thought, feel, feels, stand, stands
    case work, works, worked, working, taken, take, taking, takes, called, talked, mentioned, mention
    case mentions, used, wrote, matching, containing, mentioning, cares, care, cared
    // Stance words.
    case `is`, are, was, were, been, be, ever, neutral, mixed, ambivalent, divided, torn, undecided
    case feelings, against, opposed, favor, favour, supportive, critical, unhappy
    case supports, support, supported, supporting, backs, back, backed, backing, favors, favored
    case favoring, favours, favoured, favouring, endorses, endorse, endorsed, endorsing, wants, want
    case wanted, wanting, likes, like, liked, defends, defend, defended, defending, pushing, pushes
    case pushed, push, calling, calls, call, argues, argued, arguing, welcomes, welcomed, advocates
    case advocated, threatened, threatens, threatening
    case opposes, oppose, opposing, rejects, reject, rejected, rejecting, objects, object, objected
    case objecting, resists, resist, resisted, resisting, criticises, criticizes, criticised
    case criticized, criticise, criticize, criticising, criticizing, attacks, attack, attacked
    case attacking
    case changed, changes, change, changing, switched, shifted, flipFlopped = "flip-flopped"
    case agrees, agree, agreed, disagrees, disagree, disagreed
    // Contradictions and hearsay.
    case contradicts, contradict, contradicted, contradicting, themselves, itself, himself, herself
    case day, days, week, weeks, month, months, year, years
    case report, reports, reported, reporting, others, claims, claim, claimed
    // Kinds of actor.
    case person, persons, people, individual, individuals, organization, organizations, organisation
    case organisations, org, orgs, government, governments, govt, govts, group, groups, countries
    case country

    /// The keyword `word` is, ignoring case.
    public init?(word: String) {
        guard word.utf8.count <= 32, let keyword = Keyword(rawValue: word.lowercased()) else { return nil }
        self = keyword
    }

    /// The words for each kind of actor.
    static let kinds: [(Graph.Actor.Kind, [Keyword])] = [
        (.person, [.person, .persons, .people, .individuals, .individual]),
        (.organization, [.organization, .organizations, .organisation, .organisations, .orgs, .org]),
        (.government, [.government, .governments, .govts, .govt, .countries, .country]),
        (.group, [.group, .groups]),
    ]

    /// Contractions the lexer splits into the words they stand for (`what's` → `what is`).
    static let contractions: [String: [String]] = [
        "what's": ["what", "is"], "who's": ["who", "is"], "where's": ["where", "is"],
        "how's": ["how", "is"], "that's": ["that", "is"], "what're": ["what", "are"],
        "who're": ["who", "are"], "doesn't": ["does", "not"], "don't": ["do", "not"],
        "didn't": ["did", "not"], "isn't": ["is", "not"], "aren't": ["are", "not"],
        "wasn't": ["was", "not"], "weren't": ["were", "not"], "hasn't": ["has", "not"],
        "haven't": ["have", "not"], "who've": ["who", "have"],
    ]

    /// Verbs of support, in every form the grammar accepts.
    static let supportVerbs: [Keyword] = [
        .supports, .support, .supported, .backs, .back, .backed, .favors, .favor, .favored, .favours,
        .favour, .favoured, .endorses, .endorse, .endorsed, .wants, .want, .wanted, .likes, .like, .liked,
        .defends, .defend, .defended, .welcomes, .welcomed, .advocates, .advocated, .threatened,
        .threatens,
    ]
    /// Verbs of support that take `for` (`is pushing for`, `calls for`).
    static let supportForVerbs: [Keyword] = [
        .pushing, .pushes, .pushed, .push, .calling, .calls, .call, .called, .argues, .argued, .arguing,
    ]
    /// Verbs of opposition.
    static let opposeVerbs: [Keyword] = [
        .opposes, .oppose, .opposed, .rejects, .reject, .rejected, .resists, .resist, .resisted,
        .criticises, .criticizes, .criticised, .criticized, .criticise, .criticize, .attacks, .attack,
        .attacked,
    ]
    /// Verbs of opposition that take `to` (`objects to`).
    static let opposeToVerbs: [Keyword] = [.objects, .object, .objected]
    /// The -ing forms after `while`, `without`, `by`: supporting, opposing, …
    static let supportGerunds: [Keyword] = [
        .supporting, .backing, .favoring, .favouring, .endorsing, .wanting, .defending,
    ]
    static let opposeGerunds: [Keyword] = [
        .opposing, .rejecting, .resisting, .criticising, .criticizing, .attacking, .objecting,
    ]
    static let beVerbs: [Keyword] = [.is, .are, .was, .were, .been, .be]
    /// Verbs of change (`who changed`, `who switched sides`).
    static let changeVerbs: [Keyword] = [.changed, .changes, .change, .switched, .shifted, .flipFlopped]
    /// Verbs that introduce what someone said (`who said "…"`).
    static let speechVerbs: [Keyword] = [
        .said, .says, .say, .called, .talked, .mentioned, .used, .wrote,
    ]
    /// Verbs of contradiction (`who contradicts themselves`).
    static let contradictVerbs: [Keyword] = [.contradicts, .contradict, .contradicted, .contradicting]
    /// The reflexive pronouns after a verb of contradiction.
    static let reflexives: [Keyword] = [.themselves, .itself, .himself, .herself]
    /// Verbs of disagreement (`where do sources disagree`).
    static let disagreeVerbs: [Keyword] = [.disagree, .disagrees, .disagreed]
    /// Verbs that pass on what someone else holds (`who says Trump supports withdrawal`).
    static let hearsayVerbs: [Keyword] = [.says, .say, .said, .claims, .claim, .claimed, .reports, .report, .reported]
    /// Verbs of reporting (`what does Cutler report about others`).
    static let reportVerbs: [Keyword] = [.report, .reports, .reported, .say, .says, .said]
    /// Units of a time span (`within 6 months`).
    static let spanUnits: [Keyword] = [.day, .days, .week, .weeks, .month, .months, .year, .years]
    /// Words about the neighbourhood of a stance: `on`, `about`, …
    static let aboutWords: [Keyword] = [.on, .about, .toward, .towards, .regarding]
}
