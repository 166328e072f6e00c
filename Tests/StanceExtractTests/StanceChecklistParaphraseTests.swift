import StanceExtract
import Testing

/// Round 2 of the stance checklist (issue #20): stances stated WITHOUT a quote (paraphrase of
/// what someone argued, holds, wants or said in a statement, with the holder named by a pronoun
/// or a relative clause), and a quote's stance spread over its paragraph ("…," she said, adding
/// that …; a next sentence "He added that …"; "Kim, who opposes …, said: …"). Each paragraph was
/// written for this test in the manner of a wire service, a newspaper, a magazine or a
/// transcript, none taken from a fixture or a seed article. Same notation as `cases`.
extension StanceChecklistTests {
    static let paraphraseCases: [Case] = [
        // Paraphrase of what someone argued, holds or wants.
        Case(form: "argued that + harm verb", text: "Schott argued that the steel tariffs would hurt American carmakers more than Korean mills.",
             expected: ["jeffrey-schott steel-tariffs opposes"]),
        Case(form: "has long opposed + action", text: "Cutler has long opposed any withdrawal from the agreement.",
             expected: ["wendy-cutler withdrawal opposes"]),
        Case(form: "said it would fight + ending verb", text: "The Chamber of Commerce said it would fight any attempt to scrap the pickup tariff.",
             expected: ["us-chamber-of-commerce pickup-tariff supports"]),
        Case(form: "wants + object", text: "Lighthizer wants tougher rules of origin for Korean cars.",
             expected: ["robert-lighthizer auto-rules-of-origin supports"]),
        Case(form: "wants + object + participle", text: "Seoul wants the steel tariffs lifted before the summit in April.",
             expected: ["south-korea steel-tariffs opposes"]),
        Case(form: ", which backs", text: "The Coalition for a Prosperous America, which backs the reciprocal tax, held a briefing on Capitol Hill.",
             expected: ["coalition-for-a-prosperous-america reciprocal-tax supports"]),
        Case(form: "In a statement, ORG said it welcomed", text: "In a statement, the Chamber of Commerce said it welcomed the renegotiation.",
             expected: ["us-chamber-of-commerce renegotiation supports"]),
        Case(form: "called for + passive ending", text: "The Peterson Institute called for the steel tariffs to be lifted.",
             expected: ["piie steel-tariffs opposes"]),
        Case(form: "argued for keeping", text: "Cutler has long argued for keeping the ISDS clause.",
             expected: ["wendy-cutler isds supports"]),
        Case(form: "said he favored keeping", text: "Jeffrey Schott, a senior fellow at the Peterson Institute, said he favored keeping the ISDS clause.",
             expected: ["jeffrey-schott isds supports"]),

        // The holder named by a pronoun in the next sentence.
        Case(form: "It said (organisation)", text: "The Chamber of Commerce issued a statement on Monday. It said it strongly opposed the reciprocal tax.",
             expected: ["us-chamber-of-commerce reciprocal-tax opposes"]),
        Case(form: "She argued (person)", text: "Wendy Cutler spoke at a forum in Seoul on Friday. She argued that a withdrawal would damage the alliance.",
             expected: ["wendy-cutler withdrawal opposes", "?wendy-cutler security-alliance supports"]),
        Case(form: "The group said (organisation noun)", text: "The Coalition for a Prosperous America met in Washington. The group said it supported the reciprocal tax.",
             expected: ["coalition-for-a-prosperous-america reciprocal-tax supports"]),

        // A quote's stance spread over its sentence and paragraph.
        Case(form: "said, adding that + harm", text: "\"We have waited long enough,\" said Cutler, adding that the steel tariffs would hurt Korean shipyards.",
             expected: ["wendy-cutler steel-tariffs opposes"]),
        Case(form: "said, adding that he supported", text: "\"This is about fairness,\" Lighthizer said, adding that he supported tougher rules of origin.",
             expected: ["robert-lighthizer auto-rules-of-origin supports"]),
        Case(form: "next sentence: He added that", text: "\"The talks are going well,\" Schott said. He added that the renegotiation was a step in the right direction.",
             expected: ["jeffrey-schott renegotiation supports"]),
        Case(form: "parenthetical: X, she said, would damage", text: "\"Farmers are worried,\" Cutler said. A withdrawal, she said, would damage the alliance.",
             expected: ["wendy-cutler withdrawal opposes", "?wendy-cutler security-alliance supports"]),
        Case(form: "parenthetical with a name", text: "The steel tariffs, Schott said, would hurt American carmakers.",
             expected: ["jeffrey-schott steel-tariffs opposes"]),
        Case(form: "who opposes …, said: quote", text: "Cutler, who opposes a withdrawal, said: \"Farmers would pay the price.\"",
             expected: ["wendy-cutler withdrawal opposes"]),
        Case(form: "who has championed …, told reporters: quote", text: "Lighthizer, who has championed the pickup tariff, told reporters: \"We are not done.\"",
             expected: ["robert-lighthizer pickup-tariff supports"]),
        Case(form: "who has criticized …, said that", text: "Trump, who has repeatedly criticized KORUS, said on Friday that the talks were going well.",
             expected: ["donald-trump korus opposes"]),
        Case(form: "who has threatened to withdraw (threat is mixed)", text: "Trump, who has threatened to withdraw from KORUS, spoke in Ohio on Thursday.",
             expected: ["donald-trump withdrawal mixed"]),

        // No side: paraphrased predictions, facts and schedules.
        Case(form: "paraphrased prediction", text: "Cutler said the renegotiation would probably wrap up by March.",
             expected: []),
        Case(form: "relative clause of fact", text: "Lighthizer, who arrived in Seoul on Monday, said the renegotiation would resume on Tuesday.",
             expected: []),
        Case(form: "said it would study", text: "The Chamber of Commerce said it would study the reciprocal tax before taking a position.",
             expected: []),
        Case(form: "adding that + prediction", text: "\"We will see,\" Cutler said, adding that the renegotiation would take months.",
             expected: []),
        Case(form: "It (not an organisation) said", text: "Seoul is a large market for American beef. It said nothing about the steel tariffs.",
             expected: []),
        Case(form: "unnamed people who oppose", text: "Farmers who oppose the steel tariffs gathered outside the hall in Seoul.",
             expected: []),
        Case(form: "reported stance stays reported", text: "Cutler said Seoul opposed the steel tariffs, adding that talks would continue.",
             expected: ["south-korea steel-tariffs opposes reported:wendy-cutler"]),

        // Forms found from the misses of held-out sets 3 and 5, written anew.
        Case(form: "mend the agreement, don't scrap it", text: "\"Mend the agreement, don't scrap it,\" said Cutler.",
             expected: ["wendy-cutler renegotiation supports stated", "wendy-cutler withdrawal opposes stated"]),
        Case(form: "could not support leaving the agreement", text: "Schott said he could not support leaving the agreement.",
             expected: ["jeffrey-schott withdrawal opposes"]),
        Case(form: "wants to improve the deal", text: "Lighthizer wants to improve the deal for American carmakers.",
             expected: ["robert-lighthizer renegotiation supports"]),
        Case(form: "a cue does not reach across but", text: "Cutler said she backed the push for better terms for farmers but could not support leaving the agreement.",
             // "better terms for farmers" names agriculture once issue terms read "farmers": optional.
             expected: ["wendy-cutler withdrawal opposes", "?wendy-cutler agriculture supports"]),
        Case(form: "loss: on a silver platter", text: "\"Pulling out would hand our best customers to Australia on a silver platter,\" said Dana Whitfield, a cattle rancher from Nebraska.",
             expected: ["dana-whitfield withdrawal opposes stated"]),
        Case(form: "loss: cost dearly", text: "\"A withdrawal would cost our growers dearly,\" Cutler said.",
             expected: ["wendy-cutler withdrawal opposes stated"]),
        Case(form: "parenthetical + strained", text: "A trade war, Cutler said, would have strained the alliance.",
             expected: ["wendy-cutler security-alliance supports"]),
        Case(form: "left a meeting (no agreement object)", text: "Lighthizer left the meeting early to brief the president on the renegotiation.",
             expected: []),
        Case(form: "the deal's details (no agreement object)", text: "Cutler said the two sides hoped to fix the deal's remaining details by Friday.",
             expected: []),
        Case(form: "negation of another noun before of + issue", text: "\"No chapter of KORUS will close the savings gap,\" said Schott.",
             expected: []),
        Case(form: "a place name is no cue (Harmon is no harm*)", text: "Cutler said she did not think pulling out of the agreement would do Harmon any good.",
             expected: ["wendy-cutler withdrawal opposes"]),
        Case(form: "unnamed object after the action, cue after", text: "Cutler said she did not think pulling out would do farmers any good.",
             expected: ["wendy-cutler withdrawal opposes", "?wendy-cutler agriculture supports"]),

        // Paraphrase verbs and nouns of a side, in the article's own voice.
        Case(form: "sought an exemption from", text: "South Korea sought an exemption from the steel tariffs during the talks in Washington.",
             expected: ["south-korea steel-tariffs opposes"]),
        Case(form: "vowed to + action", text: "Trump has vowed to pull the United States out of KORUS unless Seoul opens its car market.",
             expected: ["donald-trump withdrawal supports"]),
        Case(form: "pledged to + keeping verb", text: "Lighthizer pledged to keep the pickup tariff in place for another two decades.",
             expected: ["robert-lighthizer pickup-tariff supports"]),
        Case(form: "a vocal critic of", text: "Schott, who has written widely on trade, is a vocal critic of the steel tariffs.",
             expected: ["jeffrey-schott steel-tariffs opposes"]),
        Case(form: "sharply critical of", text: "Cutler has been sharply critical of the reciprocal tax.",
             expected: ["wendy-cutler reciprocal-tax opposes"]),
        Case(form: "questioned the wisdom of", text: "Stangarone questioned the wisdom of the steel tariffs in a blog post.",
             expected: ["troy-stangarone steel-tariffs opposes"]),
        Case(form: "a vow with no action takes no side", text: "Lighthizer vowed to finish the talks before the summer.",
             expected: []),
        Case(form: "exemption as a fact, ungoverned", text: "The quota came in return for an exemption from the steel tariffs.",
             expected: []),
        Case(form: "appositive, then the name's predicate", text: "Cutler, a former deputy trade representative, has argued against a withdrawal for months.",
             expected: ["wendy-cutler withdrawal opposes"]),
        Case(form: "indirect question takes no side", text: "Cutler opened the panel by asking whether the president's repeated threats to pull out of the pact had helped or hurt American negotiators.",
             expected: []),
        Case(form: "the organisation's spokesperson", text: "A Chamber of Commerce spokesman said the business lobby supports the renegotiation.",
             expected: ["us-chamber-of-commerce renegotiation supports"]),
        Case(form: "X, for her part, + predicate", text: "Cutler, for her part, backs the renegotiation.",
             expected: ["wendy-cutler renegotiation supports"]),
        Case(form: "lobbied hard to + keeping verb", text: "The Chamber of Commerce has lobbied hard to keep the ISDS clause.",
             expected: ["us-chamber-of-commerce isds supports"]),
        Case(form: "said X, and that Y: each cue in its clause", text: "Cutler said the steel tariffs were a mistake, and that the renegotiation was overdue.",
             expected: ["wendy-cutler steel-tariffs opposes", "wendy-cutler renegotiation supports"]),
        Case(form: "makes no sense", text: "\"Taxing an ally's cars like a rival's makes no sense,\" Cutler said of the reciprocal tax.",
             expected: ["wendy-cutler reciprocal-tax opposes stated"]),
        Case(form: "a possessive name before the cue is no subject", text: "\"Putting Seoul's mills in the same basket as Beijing's makes no sense,\" Cutler said of the steel tariffs.",
             expected: ["wendy-cutler steel-tariffs opposes stated"]),
        Case(form: "makes sense (no judgement of senselessness)", text: "\"A renegotiation makes sense for both sides,\" Schott said.",
             expected: ["?jeffrey-schott renegotiation supports stated"]),
        // Known issue: the holder rule across an appositive finds "has argued", "backed", but not a
        // present-tense "backs" after "a former negotiator," (not traced within the round).
        Case(form: "appositive + present tense predicate", text: "Cutler, a former negotiator, backs the renegotiation.",
             expected: ["wendy-cutler renegotiation supports"], known: true),
    ]

    @Test("a paraphrased or spread stance's candidate positions", arguments: paraphraseCases)
    func paraphrase(_ item: Case) throws {
        try checklist(item)
    }
}

/// Round 3 of the stance checklist (issue #20, item 4: precision and direction): words that look
/// like cues but take no side ("keep waiting", "against the dollar", "opposition lawmakers", "get
/// it back", "had better", "ready"), a harm phrased as "bad for"/"not good for", a side turned by
/// "rather than" or "the absence of", the holder of "X said the duties the administration is
/// weighing would …", a leader who speaks for a membership organisation but not for a ministry
/// or a company, and the direction read from the issue's own definition ("protect Korean
/// farmers" opposes US farm access). Each paragraph was written for this test, none taken from
/// a fixture or a seed article. Same notation as `cases`.
extension StanceChecklistTests {
    static let precisionCases: [Case] = [
        // Words that look like cues and take no side.
        Case(form: "keep + -ing is 'go on'", text: "\"Korean importers will keep buying American beef whatever the lawyers decide,\" Jeff Ferry said.",
             expected: []),
        Case(form: "keep + -ing in a statement", text: "In a statement, the Peterson Institute said shipments of pickup trucks would keep falling through the spring.",
             expected: []),
        Case(form: "against a currency", text: "Krystal Tan said the won had gained four percent against the dollar since the weak dollar remarks in January.",
             expected: []),
        Case(form: "opposition lawmakers", text: "Schott briefed opposition lawmakers on the renegotiation during a visit to Seoul last week.",
             expected: []),
        Case(form: "back as a particle", text: "\"We sent the draft on the pickup tariff back to Seoul twice,\" Lighthizer said.",
             expected: []),
        // Known issue: "had better" is no cue any more, but the tone hint still counts "better".
        Case(form: "had better (a modal)", text: "\"Negotiators had better read the fine print on the steel tariffs,\" Jeffrey Schott said.",
             expected: [], known: true),
        Case(form: "ready (preparedness)", text: "\"We are ready for any outcome,\" Wendy Cutler said when asked about a withdrawal.",
             expected: []),
        Case(form: "predicted that", text: "Cutler predicted that Washington would push Seoul on cars rather than seek any change to the pickup tariff.",
             expected: []),

        // Written after the rules of the second commit, from the general forms of held-out misses.
        Case(form: "keep + an object that is no issue", text: "\"We keep our promises,\" Wendy Cutler said of the renegotiation.",
             expected: []),
        Case(form: "tone of a quote that names an action: on the action's issue", text: "\"Walking away now would be a terrible blow to our beef ranchers,\" said Jeff Ferry.",
             expected: ["jeff-ferry withdrawal opposes stated", "?jeff-ferry agriculture supports"]),
        Case(form: "tone of a quote whose subject is an action before it", text: "Walking away, Cutler told reporters, \"would be a terrible blow to American ranchers.\"",
             expected: ["wendy-cutler withdrawal opposes stated", "?wendy-cutler agriculture supports"]),
        Case(form: "discriminate against (a harm verb)", text: "The Coalition for a Prosperous America said the steel tariffs discriminate against allies such as Seoul.",
             expected: ["coalition-for-a-prosperous-america steel-tariffs opposes"]),

        Case(form: "said last week + a subject (a time is no noun phrase)", text: "Cutler said last week the administration had long opposed the reciprocal tax.",
             expected: ["?trump-administration reciprocal-tax opposes"]),
        Case(form: "a quote going on from a thing is the speaker's judgement", text: "Cutler said that imposing the reciprocal tax on an ally \"makes no sense at all.\"",
             expected: ["wendy-cutler reciprocal-tax opposes stated"]),
        Case(form: "preferred + object", text: "\"Frankly, we would have preferred a longer pickup tariff,\" Jeff Ferry said.",
             expected: ["jeff-ferry pickup-tariff supports stated"]),
        Case(form: "a cue before an action far on bears on the action's issue alone", text: "\"Seoul buys more of our beef every year. Nobody at this co-op wants to hear some morning that Washington has walked away from that market,\" said Jeff Ferry.",
             expected: ["jeff-ferry withdrawal opposes stated", "?jeff-ferry agriculture supports"]),
        Case(form: "a coordinated predicate with its own object keeps to it", text: "Jeff Ferry said he welcomed a renegotiation limited to autos and steel, and opposed any reopening of the farm chapter.",
             expected: ["jeff-ferry renegotiation supports", "?jeff-ferry agriculture opposes"]),
        Case(form: "want a better deal (a renegotiation)", text: "\"We want a fairer deal for our growers, not a fight,\" Jeff Ferry said.",
             expected: ["jeff-ferry renegotiation supports stated", "?jeff-ferry agriculture supports"]),
        Case(form: "a name closing an appositive is not the subject", text: "The Peterson Institute, a think tank that once employed Wendy Cutler, has long backed the renegotiation.",
             expected: ["piie renegotiation supports"]),

        // Harm phrased as an evaluation "for" what is harmed.
        Case(form: "not good for + issue", text: "\"Talk of a trade war is not good for the alliance,\" Wendy Cutler said.",
             expected: ["wendy-cutler security-alliance supports stated"]),
        Case(form: "bad for + issue", text: "\"Another fight over tariffs would be bad for the alliance,\" said Troy Stangarone.",
             expected: ["troy-stangarone security-alliance supports stated"]),

        // A side turned by what governs the object.
        Case(form: "welcomed the absence of", text: "The Korean Federation of Cattle Farmers welcomed the absence of new beef concessions in the revised text.",
             expected: ["korean-federation-of-cattle-farmers agriculture opposes"]),
        Case(form: "defend its interests is no support", text: "Seoul said it would defend its interests against the steel tariffs.",
             expected: ["south-korea steel-tariffs opposes"]),

        // The holder of a reported clause whose subject is no actor.
        Case(form: "said + subject with a relative clause", text: "Schott said the steel duties the administration is weighing would hurt American carmakers.",
             expected: ["jeffrey-schott steel-tariffs opposes"]),

        // Leaders speak for a membership organisation, not for a ministry or a company.
        Case(form: "association president", text: "\"The steel tariffs are a disaster for our members,\" said Dana Whitlow, president of the Ohio Fastener Makers Association.",
             expected: ["dana-whitlow steel-tariffs opposes stated", "?ohio-fastener-makers-association steel-tariffs opposes"]),
        Case(form: "ministry spokeswoman", text: "\"Scrapping the ISDS clause would be a serious mistake,\" said Han Mi-rae, a spokeswoman for the Ministry of Justice.",
             expected: ["han-mi-rae isds supports stated"]),

        // The direction read from the definition.
        Case(form: "protect Korean farming (the opposes side)", text: "\"The government must protect Korean farmers from cheap American beef,\" said Lee Jae-won, who raises cattle near Hongseong.",
             expected: ["lee-jae-won agriculture opposes stated"]),
        Case(form: "keep protection (the opposes side, after a verb of wanting)", text: "Seoul wants to keep protection for its rice farmers in the revised text.",
             expected: ["south-korea agriculture opposes"]),
        Case(form: "welcomed the absence of, beside a quote", text: "Farm trade was left alone. The Korean Federation of Rice Farmers welcomed the absence of new farm concessions, saying the deal had \"kept faith with our farmers.\"",
             expected: ["korean-federation-of-rice-farmers agriculture opposes"]),
        Case(form: "expand access for US farm products (the supports side)", text: "Jeff Ferry said he supported expanding access for US farm products in Korea.",
             expected: ["jeff-ferry agriculture supports"]),
    ]

    @Test("a candidate position's precision and direction", arguments: precisionCases)
    func precision(_ item: Case) throws {
        try checklist(item)
    }
}
