/// The tone of everyday English words, for a quote whose words hold no stance cue: a general-purpose
/// valence lexicon (positive words above zero, negative below, -4…4).
///
/// The entries are those of VADER's `vader_lexicon.txt` (vaderSentiment 3.3.2) that are plain words with a
/// valence of at least 1.0 either way, less the words trade news uses for its topics rather than to judge
/// ("security", "free", "deficit", "agreement", "war", "protect", "threat", "win" …; `topicWords` lists them
/// all). VADER is Copyright (c) 2016 C.J. Hutto, under the MIT License:
///
/// Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
/// associated documentation files (the "Software"), to deal in the Software without restriction, including
/// without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
/// copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
/// following conditions: The above copyright notice and this permission notice shall be included in all
/// copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
/// KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
/// PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
/// CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF
/// OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
enum ToneLexicon {
    /// Word → valence, parsed once from `entries`.
    static let valence: [String: Double] = {
        var table: [String: Double] = [:]
        let parts = entries.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var index = 0
        while index + 1 < parts.count {
            let word = String(parts[index])
            if let value = Double(parts[index + 1]), !topicWords.contains(word) { table[word] = value }
            index += 2
        }
        return table
    }()

    /// The words of VADER's lexicon left out: trade news names its topics with them ("national security", "free
    /// trade", "the trade deficit", "a trade war", "protect jobs") rather than judging.
    static let topicWords: Set<String> = Set("""
        agree agreed agreement agreements attack attacked attacks chance chances cheap cheaper clear
        clearly competition competitive crisis cut cuts cutting deal deals deficit deficits dispute
        disputes fair fairly fight fighting fights fought free freedom gain gained gains god gods grow
        growing grows growth help helped helping helps high higher importance important interest
        interested interests justice lead leader leaders leading legal like liked likes limit limited
        limits lose loses losing loss losses lost low lower major no ok okay oppose opposed opposes
        opposing opposition parties party peace peaceful please pleased poor poorer power powerful
        pretty protect protected protecting protection protective protects rich safe safety secure
        securing security share shared shares stability stable strong stronger strongest support
        supported supporting supports surplus tax taxes threat threaten threatened threatening threatens
        threats true trust united want wanted wants war wars weak weaker weakest win winner winners
        winning wins won yes
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// "word valence" pairs, space separated.
    private static let entries = """
        aas 2.5 aayf 2.7 afu -2.9 alol 2.8 ambw 2.9 aml 3.4 atab -1.9 awol -1.3 ayor -1.2 bfd -2.7 bfe -2.6 bff 2.9
        bffn 1 bl 2.3 bsod -2.2 btd -2.1 cwot -2.3 doa -2.3 dx -3 ez 1.5 fav 2.4 fcol -1.8 ff 1.8 ffs -2.8 fkm -2.4
        foaf 1.8 ftw 2 fu -3.7 fubar -3 fwb 2.5 gg 1.2 gga 1.7 gj 2 gl 1.3 gla 2.5 gn 1.2 gt 1.1 hagd 2.2 hagn 2.2
        hago 1.2 hak 1.9 hand 2.2 heart 3.2 hearts 3.3 hhoj 2 hugz 2 ilu 3.4 iluaaf 2.7 ily 3.4 iyq 2.3 jhomf 1 jj 1
        jw 1.6 jealz -1.2 kfy 2.3 kia -3.2 kk 1.5 kmuf 2.2 laoj 1.3 lmao 2 lmbao 1.8 lmfao 2.5 lmso 2.7 lol 2.9
        lolz 2.7 lts 1.6 ly 2.6 lya 3.3 lyb 3 lyl 3.1 lylab 2.7 lylas 2.6 lylb 1.6 mia -1.2 mml 2 mofo -2.4 muah 2.8
        mubar -1 mwah 2.5 nbd 1.3 nfc -2.7 nfw -2.4 nh 2.2 nimy -1.4 nitl -1.5 nme -2.1 np 1.4 ntmu 1.4 pita -2.4
        po -2.6 ptl 2.6 pu -1.1 qq -2.2 qt 1.8 rofl 2.7 roflmao 2.5 rotfl 2.6 rotflmao 2.8 rotflmfao 2.5 rotflol 3
        rotgl 2.9 rotglmao 1.8 sapfu -1.1 sete 2.8 sfete 2.7 sgtm 2.4 slaw 2.1 smh -1.3 snafu -2.5 sob -2.8 swak 2.3
        tgif 2.3 thks 1.4 thx 1.5 tia 2.3 tnx 1.1 tx 1.5 txs 1.1 ty 1.6 tyvm 2.5 urw 1.9 vbg 2.1 vbs 3.1 vip 2.3
        vwd 2.6 vwp 2.1 wd 2.7 wp 1 wtf -2.8 wtg 2.1 wth -2.4 x-d 2.7 x-p 1.8 xd 2.7 xlnt 3 xoxo 3 xoxozzz 2.3
        xp 1.2 xqzt 1.6 yolo 1.1 yvw 1.6 yw 1.8 ywia 2.5 zzz -1.2 abandon -1.9 abandoned -2 abandoner -1.9
        abandoners -1.9 abandoning -1.6 abandonment -2.4 abandonments -1.7 abandons -1.3 abducted -2.3
        abduction -2.8 abductions -2 abhor -2 abhorred -2.4 abhorrent -3.1 abhors -2.9 abilities 1 ability 1.3
        absentee -1.1 absolve 1.2 absolved 1.5 absolves 1.3 absolving 1.6 abuse -3.2 abused -2.3 abuser -2.6
        abusers -2.6 abuses -2.6 abusing -2 abusive -3.2 abusively -2.8 abusiveness -2.5 abusivenesses -3 accept 1.6
        acceptabilities 1.6 acceptability 1.1 acceptable 1.3 acceptableness 1.3 acceptably 1.5 acceptance 2
        acceptances 1.7 acceptant 1.6 acceptation 1.3 accepted 1.1 accepting 1.6 accepts 1.3 accident -2.1
        accidentally -1.4 accidents -1.3 accomplish 1.8 accomplished 1.9 accomplishes 1.7 accusation -1
        accusations -1.3 accused -1.2 accuses -1.4 ache -1.6 ached -1.6 aches -1 achievable 1.3 aching -2.2
        acquitted 1 acquitting 1.3 acrimonious -1.7 active 1.7 actively 1.3 actives 1.1 admirability 2.4
        admirable 2.6 admirableness 2.2 admirably 2.5 admiral 1.3 admirals 1.5 admiralties 1.6 admiralty 1.2
        admiration 2.5 admirations 1.6 admire 2.1 admired 2.3 admirer 1.8 admirers 1.7 admires 1.5 admiring 1.6
        admiringly 2.3 admits 1.2 admonished -1.9 adorability 2.2 adorable 2.2 adorableness 2.5 adorably 2.1
        adoration 2.9 adorations 2.2 adore 2.6 adored 1.8 adorer 1.7 adorers 2.1 adores 1.6 adoring 2.6
        adoringly 2.4 adorner 1.3 adorning 1 adornment 1.3 advanced 1 advantage 1 advantaged 1.4 advantageous 1.5
        advantageously 1.9 advantageousness 1.6 advantages 1.5 advantaging 1.6 adventure 1.3 adventured 1.3
        adventurer 1.2 adventures 1.4 adventuresome 1.7 adventuresomeness 1.3 adventuresses 1.4 adventuring 2.3
        adventurism 1.5 adventurist 1.4 adventuristic 1.7 adventurists 1.2 adventurous 1.4 adventurously 1.3
        adventurousness 1.8 adversarial -1.5 adversaries -1 adversative -1.2 adversatives -1 adverse -1.5
        adversities -1.5 adversity -1.8 affection 2.4 affectional 1.9 affectionally 1.5 affectionate 1.9
        affectionately 2.2 affectioned 1.8 affectionless -2 affections 1.5 afflicted -1.5 aggravate -2.5
        aggravated -1.9 aggravates -1.9 aggravating -1.2 aggress -1.3 aggressed -1.4 aggression -1.2
        aggressions -1.3 aggressively -1.3 aggressiveness -1.8 aggressivities -1.4 aghast -1.9 agitate -1.7
        agitated -2 agitatedly -1.6 agitates -1.4 agitating -1.8 agitation -1 agitational -1.2 agitations -1.3
        agitative -1.3 agitator -1.4 agitators -2.1 agog 1.9 agonise -2.1 agonised -2.3 agonises -2.4 agonising -1.5
        agonize -2.3 agonized -2.2 agonizes -2.3 agonizing -2.7 agonizingly -2.3 agony -1.8 agreeability 1.9
        agreeable 1.8 agreeableness 1.8 agreeablenesses 1.3 agreeably 1.6 agreeing 1.4 alarm -1.4 alarmed -1.4
        alarmingly -2.6 alarmists -1.1 alarms -1.1 alas -1.1 alert 1.2 alienation -1.1 alive 1.6 allergic -1.2
        alone -1 alright 1 amaze 2.5 amazed 2.2 amazedly 2.1 amazement 2.5 amazements 2.2 amazes 2.2 amazing 2.8
        amazonstone 1 ambitious 2.1 amor 3 amoral -1.6 amoralities -1.2 amorality -1.5 amorally -1 amorino 1.2
        amorist 1.6 amoristic 1 amoroso 2.3 amorous 1.8 amorously 2.3 amorousness 2 amort -2.1 amuse 1.7 amused 1.8
        amusedly 2.2 amusement 1.5 amusements 1.5 amuser 1.1 amusers 1.3 amuses 1.7 amusing 1.6 amusingness 1.8
        amusive 1.7 anger -2.7 angered -2.3 angering -2.2 angerly -1.9 angers -2.3 angrier -2.3 angriest -3.1
        angrily -1.8 angriness -1.7 angry -2.3 anguish -2.9 anguished -1.8 anguishes -2.1 anguishing -2.7
        animosity -1.9 annoy -1.9 annoyance -1.3 annoyances -1.8 annoyed -1.6 annoyer -2.2 annoyers -1.5
        annoying -1.7 annoys -1.8 antagonism -1.9 antagonisms -1.2 antagonist -1.9 antagonistic -1.7
        antagonistically -2.2 antagonists -1.7 antagonize -2 antagonized -1.4 antagonizing -2.7 anti -1.3 anxious -1
        anxiousness -1 aok 2 apathetic -1.2 apathy -1.2 apocalyptic -3.4 apologise 1.6 apologized 1.3 apologizes 1.5
        appall -2.4 appalled -2 appalling -1.5 appallingly -2 appalls -1.9 appease 1.1 appeasing 1 applaud 2
        applauded 1.5 applauding 2.1 applauds 1.4 applause 1.8 appreciate 1.7 appreciated 2.3 appreciates 2.3
        appreciating 1.9 appreciation 2.3 appreciations 1.7 appreciative 2.6 appreciatively 1.8 appreciativeness 1.6
        appreciator 2.6 appreciators 1.5 appreciatory 1.7 apprehensible 1.1 apprehension -2.1 approval 2.1
        approved 1.8 approves 1.7 ardent 2.1 arguable -1 arguably -1 argue -1.4 argued -1.5 arguer -1.6 arguers -1.4
        argues -1.6 arguing -2 argument -1.5 argumentative -1.5 argumentatively -1.8 argumentive -1.5 arguments -1.7
        arrest -1.4 arrested -2.1 arrests -1.9 arrogance -2.4 arrogances -1.9 arrogant -2.2 arrogantly -1.8
        ashamed -2.1 ashamedly -1.7 ass -2.5 assassination -2.9 assassinations -2.7 assault -2.8 assaulted -2.4
        assaulting -2.3 assaultive -2.8 assaults -2.5 asset 1.5 assfucking -2.5 assholes -2.8 assurance 1.4
        assurances 1.4 assure 1.4 assured 1.5 assuredly 1.6 assuredness 1.4 assurers 1.1 assures 1.3 assurgent 1.3
        assuring 1.6 astonished 1.6 astound 1.7 astounded 1.8 astounding 1.8 astoundingly 2.1 astounds 2.1
        attachment 1.2 attachments 1.1 attacker -2.7 attackers -2.7 attacking -2 attract 1.5 attractant 1.3
        attractants 1.4 attracted 1.8 attracting 2.1 attraction 2 attractions 1.8 attractive 1.9 attractively 2.2
        attractiveness 1.8 attractivenesses 2.1 attractor 1.2 attractors 1.2 attracts 1.7 aversion -1.9
        aversions -1.1 aversive -1.6 avid 1.2 avoid -1.2 avoidance -1.7 avoidances -1.1 avoided -1.4 avoider -1.8
        avoiders -1.4 avoiding -1.4 award 2.5 awardable 2.4 awarded 1.7 awardee 1.8 awardees 1.2 awarders 1.3
        awarding 1.9 awards 2 awesome 3.1 awful -2 awkwardly -1.3 axed -1.3 bad -2.5 badass 1.4 badly -2.1
        bamboozle -1.5 bamboozled -1.5 bamboozles -1.5 ban -2.6 banish -1.9 bankrupt -2.6 bankster -2.1 banned -2
        bastard -2.5 bastardies -1.8 bastardise -2.1 bastardised -2.3 bastardises -2.3 bastardising -2.6
        bastardization -2.4 bastardizations -2.1 bastardize -2.4 bastardized -2 bastardizes -1.8 bastardizing -2.3
        bastardly -2.7 bastards -3 bastardy -2.7 battle -1.6 battled -1.2 battlefield -1.6 battlefront -1.2
        battleground -1.7 battles -1.6 battling -1.1 beaten -1.8 beatific 1.8 beating -2 beaut 1.6 beauteous 2.5
        beauteously 2.6 beauteousness 2.7 beautician 1.2 beauties 2.4 beautification 1.9 beautifications 2.4
        beautified 2.1 beautifier 1.7 beautifiers 1.7 beautifies 1.8 beautiful 2.9 beautifuler 2.1 beautifulest 2.6
        beautifully 2.7 beautifulness 2.6 beautify 2.3 beautifying 2.3 beauts 1.7 beauty 2.8 belittle -1.9
        belittled -2 beloved 2.3 benefic 1.4 beneficed 1.1 beneficence 2.8 beneficences 1.5 beneficent 2.3
        beneficently 2.2 benefices 1.1 beneficial 1.9 beneficially 2.4 beneficialness 1.7 beneficiaries 1.8
        beneficiary 2.1 beneficiate 1 benefit 2 benefits 1.6 benefitted 1.7 benefitting 1.9 benevolence 1.7
        benevolences 1.9 benevolent 2.7 benevolently 1.4 benevolentness 1.2 benign 1.3 benignant 2.2 benignantly 1.1
        benignity 1.3 bereave -2.1 bereaved -2.1 bereaves -1.9 bereaving -1.3 best 3.2 betray -3.2 betrayal -2.8
        betrayed -3 betraying -2.5 betrays -2.5 better 1.9 biased -1.1 bitch -2.8 bitched -2.6 bitcheries -2.3
        bitchery -2.7 bitches -2.9 bitchier -2 bitchiest -3 bitchily -2.6 bitchiness -2.6 bitching -1.1 bitchy -2.3
        bitter -1.8 bittered -1.8 bitterer -1.9 bitterest -2.3 bittering -1.2 bitterish -1.6 bitterly -2
        bitterness -1.7 bizarre -1.3 blamable -1.8 blamably -1.8 blame -1.4 blamed -2.1 blameful -1.7
        blamefully -1.6 blamer -2.1 blamers -2 blames -1.7 blameworthiness -1.6 blameworthy -2.3 blaming -2.2
        bless 1.8 blessed 2.9 blesseder 2 blessedest 2.8 blessedly 1.7 blessedness 1.6 blesser 2.6 blessers 1.9
        blesses 2.6 blessing 2.2 blessings 2.5 blind -1.7 bliss 2.7 blissful 2.9 blithe 1.2 block -1.9
        blockbuster 2.9 blocked -1.1 blocking -1.6 bloody -1.9 bold 1.6 bolder 1.2 boldest 1.6 boldly 1.5
        boldness 1.5 bolds 1.3 bomb -2.2 bonus 2.5 bonuses 2.6 boost 1.7 boosted 1.5 boosting 1.4 boosts 1.3 bore -1
        bored -1.1 boredom -1.3 boredoms -1.1 borers -1.2 bores -1.3 boresome -1.3 boring -1.3 bother -1.4
        botheration -1.7 botherations -1.3 bothered -1.3 bothering -1.6 bothersome -1.3 boycott -1.3 boycotted -1.7
        boycotting -1.7 boycotts -1.4 brainwashing -1.5 brave 2.4 braved 1.9 bravely 2.3 braver 2.4 braveries 2
        bravery 2.2 braves 1.9 bravest 2.3 breathtaking 2 bright 1.9 brighten 1.9 brightened 2.1 brightener 1
        brighteners 1 brightening 2.5 brightens 1.5 brighter 1.6 brightest 3 brightly 1.5 brightness 1.6
        brightnesses 1.4 brightwork 1.1 brilliance 2.9 brilliances 2.9 brilliancies 2.3 brilliancy 2.6 brilliant 2.8
        brilliantines 2 brilliantly 3 brilliants 1.9 broke -1.8 broken -2.1 brutal -3.1 brutalise -2.7
        brutalised -2.9 brutalises -3.2 brutalising -2.8 brutalities -2.6 brutality -3 brutalization -2.1
        brutalizations -2.3 brutalize -2.9 brutalized -2.4 brutalizes -3.2 brutalizing -3.4 brutally -3 bullied -3.1
        bullshit -2.8 bully -2.2 bullying -2.9 bummer -1.6 burden -1.9 burdened -1.7 burdener -1.3 burdeners -1.7
        burdening -1.4 burdens -1.5 burdensome -1.8 bwahahah 2.5 calm 1.3 calmative 1.1 calmed 1.6 calmer 1.5
        calmest 1.6 calming 1.7 calmly 1.3 calmness 1.7 calmnesses 1.6 calms 1.3 cancel -1 cancelled -1 cancer -3.4
        capable 1.6 captivated 1.6 care 2.2 cared 1.8 carefree 1.7 carefulness 2 careless -1.5 carelessly -1
        carelessness -1.4 carelessnesses -1.6 cares 2 caring 2.2 casualty -2.4 catastrophe -3.4 catastrophic -2.2
        celebrate 2.7 celebrated 2.7 celebrates 2.7 celebrating 2.7 censor -2 censors -1.2 certain 1.1 certainly 1.4
        certainty 1 chagrin -1.9 chagrined -1.4 champ 2.1 champagne 1.2 champed 1 champion 2.9 championed 1.2
        championing 1.8 champions 2.4 championship 1.9 championships 2.2 champs 1.8 champy 1 chaos -2.7 chaotic -2.2
        charges -1.1 charitable 1.7 charitableness 1.9 charitablenesses 1.6 charitably 1.4 charities 2.2 charity 1.8
        charm 1.7 charmed 2 charmer 1.9 charmers 2.1 charming 2.8 charminger 1.5 charmingest 2.4 charmingly 2.2
        charmless -1.8 charms 1.9 chastise -2.5 chastised -2.2 chastises -1.7 chastising -1.7 cheat -2 cheated -2.3
        cheater -2.5 cheaters -1.9 cheating -2.6 cheats -1.8 cheer 2.3 cheered 2.3 cheerer 1.7 cheerers 1.8
        cheerful 2.5 cheerfuller 1.9 cheerfullest 3.2 cheerfully 2.1 cheerfulness 2.1 cheerier 2.6 cheeriest 2.2
        cheerily 2.5 cheeriness 2.5 cheering 2.3 cheerio 1.2 cheerlead 1.7 cheerleaders 1.2 cheerleading 1.2
        cheerleads 1.2 cheerled 1.5 cheerless -1.7 cheerlessness -1.7 cheerly 2.4 cheers 2.1 cheery 2.6 cherish 1.6
        cherishable 2 cherished 2.3 cherisher 2.2 cherishers 1.9 cherishes 2.2 cherishing 2 chic 1.1 childish -1.2
        choke -2.5 choked -2.1 chokes -2 choking -2 chuckle 1.7 chuckled 1.2 chucklehead -1.9 chuckleheaded -1.3
        chuckleheads -1.1 chucklers 1.2 chuckles 1.1 chucklesome 1.1 chuckling 1.4 chucklingly 1.2 clarity 1.7
        classy 1.9 clean 1.7 clever 2 cleverer 2 cleverest 2.6 cleverish 1 cleverly 2.3 cleverness 2.3
        clevernesses 1.4 clueless -1.5 cocksucker -3.1 cocksuckers -2.6 coerced -1.5 collapse -2.2 collapsed -1.1
        collapses -1.2 collapsing -1.2 collides -1.1 collision -1.5 collisions -1.1 colluding -1.2 combat -1.4
        comedian 1.6 comedians 1.2 comedic 1.7 comedically 2.1 comediennes 1.6 comedies 1.7 comedy 1.5 comfort 1.5
        comfortable 2.3 comfortableness 1.3 comfortably 1.8 comforted 1.8 comforter 1.9 comforters 1.2
        comforting 1.7 comfortingly 1.7 comfortless -1.8 comforts 2.1 commend 1.9 commended 1.9 commit 1.2
        commitment 1.6 committed 1.1 compassion 2 compassionate 2.2 compassionated 1.6 compassionately 1.7
        compassionates 1.6 compassionating 1.6 compassionless -2.6 competent 1.3 complain -1.5 complainants -1.1
        complained -1.7 complainer -1.8 complainers -1.3 complainingly -1.7 complains -1.6 complaint -1.2
        complaints -1.7 compliment 2.1 complimentarily 1.7 complimentary 1.9 complimented 1.8 complimenting 2.3
        compliments 1.7 comprehensive 1 conciliate 1 conciliated 1.1 conciliates 1.1 conciliating 1.3 condemn -1.6
        condemnation -2.8 condemned -1.9 condemns -2.3 confidence 2.3 confident 2.2 confidently 2.1 conflict -1.3
        conflicting -1.7 conflictive -1.8 conflicts -1.6 confrontation -1.3 confrontational -1.6 confrontationist -1
        confrontationists -1.2 confrontations -1.5 confronters -1.3 confused -1.3 confusedness -1.5 confuses -1.3
        confusingly -1.4 confusion -1.2 confusional -1.2 congrats 2.4 congratulate 2.2 congratulation 2.9
        congratulations 2.9 consents 1 considerate 1.9 consolable 1.1 conspiracy -2.4 contagion -2 contagions -1.5
        contagious -1.4 contempt -2.8 contemptibilities -2 contemptible -1.6 contemptibleness -1.9 contemptibly -1.4
        contempts -1 contemptuous -2.2 contemptuously -2.4 contemptuousness -1.1 contented 1.4 contentedly 1.9
        contentedness 1.4 contentious -1.2 contentment 1.5 contradict -1.3 contradictable -1 contradicted -1.3
        contradicting -1.3 contradiction -1 contradictions -1.3 contradictious -1.9 contradictor -1
        contradictoriness -1.4 contradictors -1.6 contradictory -1.4 contradicts -1.4 controversially -1.1
        convince 1 convinced 1.7 convincing 1.7 convincingly 1.6 convivial 1.2 cool 1.3 cornered -1.1 corpse -2.7
        courage 2.2 courageous 2.4 courageously 2.3 courageousness 2.1 courteous 2.3 courtesy 1.5 cover-up -1.2
        coward -2 cowardly -1.6 coziness 1.5 crap -1.6 crappy -2.6 crash -1.7 crazily -1.5 craziness -1.6
        crazinesses -1 crazy -1.4 create 1.1 created 1 creates 1.1 creating 1.2 creation 1.1 creationisms 1.1
        creations 1.6 creative 1.9 creatively 1.5 creativeness 1.8 creativities 1.7 creativity 1.6 credit 1.6
        creditabilities 1.4 creditability 1.9 creditable 1.8 creditableness 1.2 creditably 1.7 credited 1.5
        credits 1.5 creditworthiness 1.9 creditworthy 2.4 crestfallen -2.5 cried -1.6 cries -1.7 crime -2.5
        criminal -2.4 criminals -2.7 critic -1.1 critical -1.3 criticise -1.9 criticised -1.8 criticises -1.3
        criticising -1.7 criticism -1.9 criticizable -1 criticize -1.6 criticized -1.5 criticizer -1.5
        criticizers -1.6 criticizes -1.4 criticizing -1.5 critics -1.2 crude -2.7 crudely -1.2 crudeness -2
        crudenesses -2 cruder -2 crudes -1.1 crudest -2.4 cruel -2.8 crueler -2.3 cruelest -2.6 crueller -2.4
        cruellest -2.9 cruelly -2.8 cruelness -2.9 cruelties -2.3 cruelty -2.9 crushed -1.8 crushes -1.9
        crushing -1.5 cry -2.1 crying -2.1 cunt -2.2 cunts -2.9 curious 1.3 curse -2.5 cute 2 cutely 1.3
        cuteness 2.3 cutenesses 1.9 cuter 2.3 cutes 1.8 cutesie 1 cutesier 1.5 cutesiest 2.2 cutest 2.8 cutesy 2.1
        cutey 2.1 cuteys 1.5 cutie 1.5 cutiepie 2 cuties 2.2 cynic -1.4 cynical -1.6 cynically -1.3 cynicism -1.7
        cynicisms -1.7 damage -2.2 damaged -1.9 damager -1.9 damagers -2 damages -1.9 damaging -2.3 damagingly -2
        damn -1.7 damnable -1.7 damnableness -1.8 damnably -1.7 damnation -2.6 damnations -1.4 damnatory -2.6
        damned -1.6 damnified -2.8 damnifies -1.8 damnify -2.2 damnifying -2.4 damning -1.4 damningly -2 damnit -2.4
        damns -2.2 danger -2.4 dangered -2.4 dangering -2.5 dangerous -2.1 dangerously -2 dangerousness -2
        dangers -2.2 daring 1.5 daringly 2.1 daringness 1.4 darkest -2.2 darkness -1 darling 2.8 darlingly 1.6
        darlingness 2.3 darlings 2.2 dauntless 2.3 dead -3.3 deadlock -1.4 deafening -1.2 dear 1.6 dearer 1.9
        dearest 2.6 dearie 2.2 dearies 1 dearly 1.8 dearness 2 dears 1.9 dearth -2.3 deary 1.9 death -2.9 debt -1.5
        decay -1.7 decayed -1.6 decayer -1.6 decayers -1.6 decaying -1.7 decays -1.7 deceit -2 deceitful -1.9
        deceive -1.7 deceived -1.9 deceives -1.6 deceiving -1.4 deception -1.9 dedicated 2 defeat -2 defeated -2.1
        defeater -1.4 defeating -1.6 defeatism -1.3 defeatist -1.7 defeatists -2.1 defeats -1.3 defeature -1.9
        defeatures -1.5 defect -1.4 defected -1.7 defecting -1.8 defection -1.4 defections -1.5 defective -1.9
        defectively -2.1 defectiveness -1.8 defectives -1.8 defector -1.9 defectors -1.3 defects -1.7
        defenseless -1.4 defenselessly -1.1 defenselessness -1.3 defer -1.2 definite 1.1 definitely 1.7
        degradable -1 degradation -2.4 degradations -1.5 degradative -2 degrade -1.9 degraded -1.8 degrader -2
        degraders -2 degrades -2.1 degrading -2.8 degradingly -2.7 dehumanize -1.8 dehumanized -1.9 dehumanizes -1.5
        dehumanizing -2.4 deject -2.2 dejected -2.2 dejecting -2.3 dejects -2 delay -1.3 delectable 2.9
        delectables 1.4 delectably 2.8 delicately 1 delicious 2.7 deliciously 1.9 deliciousness 1.8 delight 2.9
        delighted 2.3 delightedly 2.4 delightedness 2.1 delighter 2 delighters 2.6 delightful 2.8 delightfully 2.7
        delightfulness 2.1 delighting 1.6 delights 2 delightsome 2.3 demoralized -1.6 denied -1.9 denier -1.5
        deniers -1.1 denies -1.8 denounce -1.4 denounces -1.9 deny -1.4 denying -1.4 depress -2.2 depressant -1.6
        depressants -1.6 depressed -2.3 depresses -2.2 depressible -1.7 depressing -1.6 depressingly -2.3
        depression -2.7 depressions -2.2 depressive -1.6 depressively -2.1 depressives -1.5 depressor -1.8
        depressors -1.7 deprival -2.1 deprivals -1.2 deprivation -1.8 deprivations -1.8 deprive -2.1 deprived -2.1
        depriver -1.6 deprivers -1.4 deprives -1.7 depriving -2 derail -1.2 derailed -1.4 derails -1.3 deride -1.1
        derides -1 deriding -1.5 derision -1.2 desirable 1.3 desire 1.7 desired 1.1 desirous 1.3 despair -1.3
        despaired -2.7 despairer -1.3 despairers -1.3 despairing -2.3 despairingly -2.2 despairs -2.7 desperate -1.3
        desperately -1.6 desperateness -1.5 desperation -2 desperations -2.2 despise -1.4 despised -1.7
        despisement -2.4 despisements -2.5 despiser -1.8 despisers -1.6 despises -2 despising -2.7 despondent -2.1
        destroy -2.5 destroyed -2.2 destroyer -2 destroyers -2.3 destroying -2.6 destroys -2.6 destruct -2.4
        destructed -1.9 destructibility -1.8 destructible -1.5 destructing -2.5 destruction -2.7 destructionist -2.6
        destructionists -2.1 destructions -2.3 destructive -3 destructively -2.4 destructiveness -2.4
        destructivity -2.2 destructs -2.4 detain -1.8 detained -1.7 detention -1.5 determinacy 1 determinately 1.2
        determinateness 1.1 determination 1.7 determinative 1.1 determinator 1.1 determined 1.4 devastate -3.1
        devastated -3 devastates -2.8 devastating -3.3 devastatingly -2.4 devastation -1.8 devastations -1.9
        devastative -3.2 devastator -2.8 devastators -2.9 devil -3.4 deviled -1.6 deviling -2.2 devilish -2.1
        devilishly -1.6 devilishness -2.3 devilkin -2.4 devilled -2.3 devilling -1.8 devilment -1.9 devilments -1.1
        devilries -1.6 devilry -2.8 devils -2.7 deviltries -1.5 deviltry -2.8 devilwoods -1 devote 1.4 devoted 1.7
        devotedly 1.6 devotedness 2 devotee 1.6 devotement 1.5 devotements 1.1 devotes 1.6 devoting 2.1 devotion 2
        devotional 1.2 devotionally 2.2 devotionals 1.2 devotions 1.8 diamond 1.4 dick -2.3 dickhead -3.1 die -2.9
        died -2.6 difficult -1.5 difficulties -1.2 difficultly -1.7 difficulty -1.4 diffident -1 dignified 2.2
        dignifies 2 dignify 1.8 dignifying 2.1 dignitary 1.9 dignities 1.4 dignity 1.7 dipshit -2.1 dire -2
        direful -3.1 dirt -1.4 dirtier -1.4 dirtiest -2.4 dirty -1.9 disabling -2.1 disadvantage -1.8
        disadvantaged -1.7 disadvantageous -1.8 disadvantageously -2.1 disadvantageousness -1.6 disadvantages -1.7
        disagree -1.6 disagreeable -1.7 disagreeableness -1.7 disagreeablenesses -1.9 disagreeably -1.5
        disagreed -1.3 disagreeing -1.4 disagreement -1.5 disagreements -1.8 disagrees -1.3 disappears -1.4
        disappoint -1.7 disappointed -2.1 disappointedly -1.7 disappointing -2.2 disappointingly -1.9
        disappointment -2.3 disappointments -2 disappoints -1.6 disaster -3.1 disasters -2.6 disastrous -2.9
        disbelieve -1.2 discard -1 discarded -1.4 discards -1 discomfort -1.8 discomfortable -1.6 discomforted -1.6
        discomforting -1.6 discomforts -1.3 disconsolate -2.3 disconsolation -1.7 discontented -1.8 discord -1.7
        discourage -1.8 discourageable -1.2 discouraged -1.7 discouragement -2 discouragements -1.8 discourager -1.7
        discouragers -1.9 discourages -1.9 discouraging -1.9 discouragingly -1.8 discredited -1.9 disdain -2.1
        disgrace -2.2 disgraced -2 disguise -1 disguised -1.1 disguises -1 disguising -1.3 disgust -2.9
        disgusted -2.4 disgustedly -3 disgustful -2.6 disgusting -2.4 disgustingly -2.9 disgusts -2.1 dishearten -2
        disheartened -2.2 disheartening -1.8 dishearteningly -2 disheartenment -2.3 disheartenments -2.2
        disheartens -2.2 dishonest -2.7 disillusion -1 disillusioned -1.9 disillusioning -1.3 disillusionment -1.7
        disillusionments -1.5 disillusions -1.6 disinclined -1.1 disjointed -1.3 dislike -1.6 disliked -1.7
        dislikes -1.7 disliking -1.3 dismal -3 dismay -1.8 dismayed -1.9 dismaying -2.2 dismayingly -1.9
        dismays -1.8 disorder -1.7 disorganized -1.2 disoriented -1.5 disparage -2 disparaged -1.4 disparages -1.6
        disparaging -2.2 displeased -1.9 disputed -1.4 disputing -1.7 disqualified -1.8 disquiet -1.3 disregard -1.1
        disregarded -1.6 disregards -1.4 disrespect -1.8 disrespected -2 disruption -1.5 disruptions -1.4
        disruptive -1.3 dissatisfaction -2.2 dissatisfactions -1.9 dissatisfactory -2 dissatisfied -1.6
        dissatisfies -1.8 dissatisfy -2.2 dissatisfying -2.4 distort -1.3 distorted -1.7 distorting -1.1
        distorts -1.4 distract -1.2 distractable -1.3 distracted -1.4 distractibility -1.3 distractible -1.5
        distracting -1.2 distractingly -1.4 distraction -1.6 distractions -1 distractive -1.6 distracts -1.3
        distraught -2.6 distress -2.4 distressed -1.8 distresses -1.6 distressful -2.2 distressfully -1.7
        distressfulness -2.4 distressing -1.7 distressingly -2.2 distrust -1.8 distrusted -2.4 distrustful -2.1
        distrustfully -1.8 distrustfulness -1.6 distrusting -2.1 distrusts -1.3 disturb -1.7 disturbance -1.6
        disturbances -1.4 disturbed -1.6 disturber -1.4 disturbers -2.1 disturbing -2.3 disturbingly -2.3
        disturbs -1.9 divination 1.7 divinations 1.1 divinatory 1.6 divine 2.6 divinely 2.9 diviners 1.2
        divinest 2.7 divinities 1.8 divinity 2.7 divinize 2.3 dolorous -2.2 dominating -1.2 doom -1.7 doomed -3.2
        doomful -2.1 dooming -2.8 dooms -1.1 doomsayers -1.7 doomsaying -1.5 doomsayings -1.5 doomsday -2.8
        doomsdayer -2.2 doomsdays -2.4 doomster -2.2 doomsters -1.6 doomy -1.1 dork -1.4 dorkier -1.1 dorkiest -1.2
        dorky -1.1 doubt -1.5 doubtable -1.5 doubted -1.1 doubter -1.6 doubters -1.3 doubtful -1.4 doubtfully -1.2
        doubtfulness -1.2 doubting -1.4 doubtingly -1.4 doubtlessly 1.2 doubts -1.2 douche -1.5 douchebag -3
        downcast -1.8 downhearted -2.3 downside -1 drained -1.5 dread -2 dreaded -2.7 dreadful -1.9 dreadfully -2.7
        dreadfulness -3.2 dreadfuls -2.4 dreading -2.4 dreads -1.4 dream 1 dreams 1.7 dreary -1.4 drop -1.1
        drown -2.7 drowned -2.9 drowns -2.2 drunk -1.4 dubious -1.5 dud -1 dull -1.7 dullard -1.6 dullards -1.8
        dulled -1.5 duller -1.7 dullest -1.7 dulling -1.1 dullish -1.1 dullness -1.4 dullnesses -1.9 dulls -1
        dullsville -2.4 dully -1.1 dumb -2.3 dumbass -2.6 dumbed -1.4 dumber -1.5 dumbest -2.3 dumbfounded -1.6
        dumbfounder -1 dumbfounders -1 dumbhead -2.6 dumbheads -1.9 dumbly -1.3 dumbness -1.9 dumbs -1.5
        dumbstruck -1 dump -1.6 dumped -1.7 dumper -1.2 dumpier -1.4 dumpiest -1.6 dumpiness -1.2 dumping -1.3
        dumpings -1.1 dumpish -1.8 dumps -1.7 dumpsters -1 dumpy -1.7 dupe -1.5 duped -1.8 dynamic 1.6 dynamical 1.2
        dynamically 1.5 dynamics 1.1 dynamism 1.6 dynamisms 1.2 dynamist 1.4 dynamistic 1.5 dynamiter -1.2
        dysfunction -1.8 eager 1.5 eagerly 1.6 eagerness 1.7 eagers 1.6 earnest 2.3 ease 1.5 eased 1.2 easeful 1.5
        easefully 1.4 easement 1.6 eases 1.3 easier 1.8 easiest 1.8 easily 1.4 easiness 1.6 easing 1 easy 1.9
        easygoing 1.3 easygoingness 1.5 ecstacy 3.3 ecstasies 2.3 ecstasy 2.9 ecstatic 2.3 ecstatically 2.8
        ecstatics 2.9 eerie -1.5 effective 2.1 effectively 1.9 efficiencies 1.6 efficiency 1.5 efficient 1.8
        efficiently 1.7 effin -2.3 egotism -1.4 egotisms -1 egotist -2.3 egotistic -1.4 egotistically -1.8
        egotists -1.7 elated 3.2 elation 1.5 elegance 2.1 elegances 1.8 elegancies 1.6 elegancy 2.1 elegant 2.1
        elegantly 1.9 embarrass -1.2 embarrassable -1.6 embarrassed -1.5 embarrassedly -1.1 embarrasses -1.7
        embarrassing -1.6 embarrassingly -1.7 embarrassment -1.9 embarrassments -1.7 embrace 1.3 emergency -1.6
        empathetic 1.7 emptiest -1.8 emptily -1 emptiness -1.9 emptinesses -1.5 enchanted 1.6 encourage 2.3
        encouraged 1.5 encouragement 1.8 encouragements 2.1 encourager 1.5 encouragers 1.5 encourages 1.9
        encouraging 2.4 encouragingly 2 endorse 1.3 endorsed 1 endorsement 1.3 endorses 1.4 enemies -2.2 enemy -2.5
        energetic 1.9 energetically 1.8 energise 2.2 energised 2.1 energises 2.2 energising 1.9 energization 1.6
        energizations 1.5 energize 2.1 energized 2.3 energizer 2.1 energizers 1.7 energizes 2.1 energizing 2
        energy 1.1 engage 1.4 engaged 1.7 engagement 2 engager 1.1 engagers 1 engages 1 engaging 1.4 engagingly 1.5
        enjoy 2.2 enjoyable 1.9 enjoyableness 1.9 enjoyably 1.8 enjoyed 2.3 enjoyer 2.2 enjoyers 2.2 enjoying 2.4
        enjoyment 2.6 enjoyments 2 enjoys 2.3 enlighten 2.3 enlightened 2.2 enlightening 2.3 enlightens 1.7
        ennui -1.2 enrage -2.6 enraged -1.7 enrages -1.8 enraging -2.8 enrapture 3 enslave -3.1 enslaved -1.7
        enslaves -1.6 ensure 1.6 ensuring 1.1 enterprising 2.3 entertain 1.3 entertained 1.7 entertainer 1.6
        entertainers 1 entertaining 1.9 entertainingly 1.9 entertainment 1.8 entertainments 2.3 entertains 2.4
        enthuse 1.6 enthused 2 enthuses 1.7 enthusiasm 1.9 enthusiasms 2 enthusiast 1.5 enthusiastic 2.2
        enthusiastically 2.6 enthusiasts 1.4 enthusing 1.9 entitled 1.1 envied -1.1 envier -1 enviers -1.1
        envious -1.1 envy -1.1 envyingly -1.3 erroneous -1.8 error -1.7 errors -1.4 esteemed 1.9 ethical 2.3
        euphoria 3.3 euphoric 3.2 eviction -2 evil -3.4 evildoer -3.1 evildoers -2.4 evildoing -3.1 evildoings -2.5
        eviler -2.1 evilest -2.5 eviller -2.9 evillest -3.3 evilly -3.4 evilness -3.1 evils -2.7 exasperated -1.8
        excel 2 excelled 2.2 excellence 3.1 excellences 2.5 excellencies 2.4 excellency 2.5 excellent 2.7
        excellently 3.1 excelling 2.5 excels 2.5 excitabilities 1.5 excitability 1.2 excitable 1.5 excitableness 1
        excitant 1.8 excitants 1.2 excitation 1.8 excitations 1.8 excitatory 1.1 excite 2.1 excited 1.4
        excitedly 2.3 excitement 2.2 excitements 1.9 exciter 1.9 exciters 1.4 excites 2.1 exciting 2.2
        excitingly 1.9 excluded -1.4 exclusion -1.2 excruciate -2.7 excruciated -1.3 excruciates -1
        excruciating -3.3 excruciatingly -2.9 excruciation -3.4 excruciations -1.9 exhaust -1.2 exhausted -1.5
        exhauster -1.3 exhausters -1.3 exhaustible -1 exhausting -1.5 exhaustion -1.5 exhaustions -1.1
        exhaustiveness -1.1 exhausts -1.1 exhilarated 3 exhilarates 2.8 exhilarating 1.7 exonerate 1.8
        exonerated 1.8 exonerates 1.6 exonerating 1 expand 1.3 expel -1.9 expelled -1 expelling -1.6 expels -1.6
        exploited -2 exploiting -1.9 exploits -1.4 exposing -1.1 exuberant 2.8 exultant 3 exultantly 1.4 fab 2
        fabulous 2.4 fabulousness 2.8 fag -2.1 faggot -3.4 faggots -3.2 fail -2.5 failed -2.3 failing -2.3
        failingly -1.4 failings -2.2 fails -1.8 failure -2.3 failures -2 faith 1.8 faithed 1.3 faithful 1.9
        faithfully 1.8 faithfulness 1.9 faithless -1 faithlessness -1.8 faiths 1.8 fake -2.1 fakes -1.8 faking -1.8
        fallen -1.5 falsified -1.6 falsify -2 fame 1.9 fan 1.3 fantastic 2.6 fantastical 2 fantasticalities 2.1
        fantasticality 1.7 fantasticalness 1.3 fantasticate 1.5 farce -1.7 fascinate 2.4 fascinated 2.1 fascinates 2
        fascination 2.2 fascinating 2.5 fascist -2.6 fatal -2.5 fatalisms -1.7 fatalistic -1 fatalists -1.2
        fatalities -2.9 fatality -3.5 fatally -3.2 fatigue -1 fatigued -1.4 fatigues -1.3 fatiguing -1.2
        fatiguingly -1.5 fault -1.7 faulted -1.4 faultfinders -1.5 faultfinding -2.1 faultier -2.1 faultiest -2.1
        faultily -2 faultiness -1.5 faulting -1.4 faultless 2 faultlessly 2 faultlessness 1.1 faults -2.1
        faulty -1.3 fav 2 fave 1.9 favor 1.7 favorable 2.1 favorableness 2.2 favorably 1.6 favored 1.8 favorer 1.3
        favorers 1.4 favoring 1.8 favorite 2 favorited 1.7 favorites 1.8 favors 1 favour 1.9 favoured 1.8
        favourer 1.6 favourers 1.6 favouring 1.3 favours 1.8 fear -2.2 feared -2.2 fearful -2.2 fearfuller -2.2
        fearfullest -2.5 fearfully -2.2 fearfulness -1.8 fearing -2.7 fearless 1.9 fearlessly 1.1 fearlessness 1.1
        fears -1.8 fearsome -1.7 feeble -1.2 felonies -2.5 felony -2.5 ferociously -1.1 ferociousness -1
        ferocities -1 fervent 1.1 festival 2.2 festivalgoer 1.3 festivalgoers 1.2 festivals 1.5 festive 2
        festively 2.2 festiveness 2.4 festivities 2.1 festivity 2.2 feud -1.4 feudalistic -1.1 feuded -2.2
        feuding -1.6 feudist -1.1 feuds -1.4 fiasco -2.3 fidgety -1.4 fiery -1.4 fiesta 2.1 fiestas 1.5
        fightings -1.9 fire -1.4 fired -2.6 firing -1.4 fit 1.5 fitness 1.1 flattered 1.6 flatteries 1.2
        flattering 1.3 flatteringly 1 flawed -2.1 flawless 2.3 flexibilities 1 flexibility 1.4 flexibly 1.3
        flirtation 1.7 flop -1.4 flops -1.4 flu -1.6 flunk -1.3 flunked -2.1 flunker -1.9 flunkers -1.6 flunkey -1.8
        flunkies -1.4 flunking -1.5 flunks -1.8 flunky -1.8 flustered -1 focused 1.6 foe -1.9 foeman -1.8 foes -2
        foetid -2.3 foetor -3 foetors -2.1 fond 1.9 fondly 1.9 fondness 2.5 fool -1.9 fooled -1.6 fooleries -1.8
        foolery -1.8 foolhardier -1.5 foolhardiest -1.3 foolhardily -1 foolhardiness -1.6 foolhardy -1.4
        fooling -1.7 foolish -1.1 foolisher -1.7 foolishest -1.4 foolishly -1.8 foolishness -1.8 foolishnesses -2
        foolproof 1.6 fools -2.2 forbid -1.3 forbiddance -1.4 forbiddances -1 forbidden -1.8 forbidder -1.6
        forbidders -1.5 forbidding -1.9 forbiddingly -1.9 forbids -1.3 forced -2 foreclosures -2.4 forgave 1.4
        forgetful -1.1 forgivable 1.7 forgivably 1.6 forgive 1.1 forgiven 1.6 forgiveness 1.1 forgiver 1.7
        forgivers 1.2 forgives 1.7 forgiving 1.9 forgivingly 1.4 forgivingness 1.8 fortunate 1.9 foughten -1.9
        frantic -1.9 frantically -1.4 fraud -2.8 frauds -2.3 fraudster -2.5 fraudsters -2.4 fraudulence -2.3
        fraudulent -2.2 freak -1.9 freaked -1.2 freakier -1.3 freakiest -1.6 freakiness -1.4 freaking -1.8
        freakish -2.1 freakishness -1.4 freakout -1.8 freakouts -1.5 freaky -1.5 freebee 1.3 freebees 1.3
        freebie 1.8 freebies 1.8 freebooter -1.7 freeborn 1.2 freed 1.7 freedman 1.1 freedoms 1.2 freedwoman 1.6
        freedwomen 1.3 freehanded 1.4 freehearted 1.5 freeholds 1 freeing 2.1 freelance 1.2 freelancer 1.1
        freeload -1.9 freeloaded -1.6 freeloading -1.3 freeloads -1.3 freely 1.9 freeman 1.7 freemen 1.5
        freeness 1.6 freenesses 1.7 freer 1.1 freers 1 frees 1.2 freest 1.6 freestanding 1.1 freethinker 1
        freethinkers 1 freethinking 1.1 freewill 1 freezingly -1.6 frenzy -1.3 fresh 1.3 friend 2.2 friended 1.7
        friending 1.8 friendless -1.5 friendlier 2 friendlies 2.2 friendliest 2.6 friendlily 1.8 friendliness 2
        friendly 2.2 friends 2.1 friendship 1.9 friendships 1.6 fright -1.6 frighted -1.4 frighten -1.4
        frightened -1.9 frightening -2.2 frighteningly -2.1 frightens -1.7 frightful -2.3 frightfully -1.7
        frightfulness -1.9 frighting -1.5 frights -1.1 frisky 1 frowning -1.4 frustrate -2 frustrated -2.4
        frustrates -1.9 frustrating -1.9 frustratingly -2 frustration -2.1 frustrations -2 fuck -2.5 fucked -3.4
        fucker -3.3 fuckers -2.9 fuckface -3.2 fuckhead -3.1 fucks -2.1 fucktard -3.1 fud -1.1 fuked -2.5
        fuking -3.2 fulfill 1.9 fulfilled 1.8 fulfills 1 fume -1.2 fumed -1.8 fuming -2.7 fun 2.3 funeral -1.5
        funerals -1.6 funned 2.3 funner 2.2 funnest 2.9 funnier 1.7 funnies 1.3 funniest 2.6 funnily 1.9
        funniness 1.8 funninesses 1.6 funning 1.8 funny 1.9 funnyman 1.4 funnymen 1.3 furious -2.7 furiously -1.9
        fury -2.7 futile -1.9 gag -1.4 gagged -1.3 gaining 1.8 gallant 1.7 gallantly 1.9 gallantry 2.6
        generosities 2.6 generosity 2.3 generous 2.3 generously 1.8 generousness 2.4 genial 1.8 gentle 1.9
        gentler 1.4 gentlest 1.8 gently 2 ghost -1.3 gift 1.9 giggle 1.8 giggled 1.5 gigglers 1.4 gigglier 1
        giggliest 1.7 giggling 1.5 gigglingly 1.1 giggly 1 giver 1.4 givers 1.7 giving 1.4 glad 2 gladly 1.4
        glamor 2.1 glamorise 1.3 glamorised 1.8 glamorises 2.1 glamorising 1.2 glamorization 1.6 glamorize 1.7
        glamorized 2.1 glamorizer 2.4 glamorizers 1.6 glamorizes 2.4 glamorizing 1.8 glamorous 2.3 glamorously 2.1
        glamors 1.4 glamour 2.4 glamourless -1.6 glamourous 2 glamours 1.9 glee 3.2 gleeful 2.9 gloom -2.6
        gloomed -1.9 gloomful -2.1 gloomier -1.5 gloomiest -1.8 gloominess -1.8 gloominesses -1 glooming -1.8
        gloried 2.4 glories 2.1 glorification 2 glorified 2.3 glorifier 2.3 glorifiers 1.6 glorifies 2.2 glorify 2.7
        glorifying 2.4 gloriole 1.5 glorioles 1.2 glorious 3.2 gloriously 2.9 gloriousness 2.6 glory 2.5 glum -2.1
        goddam -2.5 goddammed -2.4 goddamn -2.1 goddamned -1.8 goddamns -2.1 goddams -1.9 godsend 2.8 good 1.9
        goodness 2 gorgeous 3 gorgeously 2.3 gorgeousness 2.9 gorgeousnesses 2.1 gossiped -1.1 gossiper -1.1
        gossipers -1.1 gossiping -1.6 gossipmonger -1 gossipmongers -1.4 gossipped -1.3 gossipping -1.8
        gossipry -1.2 gossips -1.3 gossipy -1.3 grace 1.8 graceful 2 gracefuller 2.2 gracefullest 2.8 gracefully 2.4
        gracefulness 2.2 graces 1.6 gracile 1.7 gracility 1.2 gracing 1.3 gracioso 1 gracious 2.6 graciously 2.3
        graciousness 2.4 grand 2 grandee 1.1 grandees 1.2 grander 1.7 grandest 2.4 grandeur 2.4 grandeurs 2.1
        grant 1.5 granted 1 granting 1.3 grateful 2 gratefuller 1.8 gratefully 2.1 gratefulness 2.2
        gratification 1.6 gratifications 1.8 gratified 1.6 gratifies 1.5 gratify 1.3 gratifying 2.3 gratifyingly 2
        gratitude 2.3 gratz 2 grave -1.6 graveless -1.3 gravely -1.5 graveness -1.5 graver -1.1 gravers -1.2
        graves -1.2 gravesides -1.6 gravest -1.3 graveyard -1.2 graveyards -1.2 great 3.1 greater 1.5 greatest 3.2
        greed -1.7 greedier -2 greediest -2.8 greedily -1.9 greediness -1.7 greeds -1 greedy -1.3 greenwash -1.8
        greet 1.3 greeted 1.1 greeting 1.6 greetings 1.8 grief -2.2 grievance -2.1 grievances -1.5 grievants -1.1
        grieve -1.6 grieved -2 griever -1.9 grieves -2.1 grieving -2.3 grievous -2 grievously -1.7 grievousness -2.7
        grim -2.7 grimace -1 grimaced -2 grimaces -1.8 grimacing -1.4 grime -1.5 grimed -1.2 grimes -1 grimier -1.6
        griminess -1.6 grimly -1.3 grimmer -1.5 grimy -1.8 grin 2.1 grinned 1.1 grinner 1.1 grinners 1.6
        grinning 1.5 gross -2.1 grossest -2.1 grossness -1.8 grouch -2.2 grouchier -2 grouchiest -2.3 grouchily -1.4
        grouchiness -2 grouching -1.7 grouchy -1.9 guarantee 1 guilt -1.1 guiltier -2 guiltiest -1.7 guiltily -1.1
        guiltiness -1.8 guilts -1.4 guilty -1.8 gullibility -1.6 gullible -1.5 gun -1.4 ha 1.4 hacked -1.7 haha 2
        hahaha 2.6 hahas 1.8 hallelujah 3 handsome 2.2 handsomely 1.9 handsomeness 2.4 handsomer 2 handsomest 2.6
        hapless -1.4 haplessness -1.4 happier 2.4 happiest 3.2 happily 2.6 happiness 2.6 happing 1.1 happy 2.7
        harass -2.2 harassed -2.5 harasser -2.4 harassers -2.8 harasses -2.5 harassing -2.5 harassment -2.5
        harassments -2.6 hardship -1.3 hardy 1.7 harm -2.5 harmed -2.1 harmfully -2.6 harmfulness -2.6 harming -2.6
        harmless 1 harmlessly 1.4 harmonic 1.8 harmonically 2.1 harmonics 1.5 harmonies 1.3 harmonious 2
        harmoniously 1.9 harmoniousness 1.8 harmonise 1.8 harmonised 1.3 harmonising 1.4 harmonization 1.9
        harmonize 1.7 harmonized 1.6 harmonizer 1.6 harmonizers 1.6 harmonizes 1.5 harmonizing 1.4 harmony 1.7
        harms -2.2 harried -1.4 harsh -1.9 harsher -2.2 harshest -2.9 hate -2.7 hated -3.2 hateful -2.2
        hatefully -2.3 hatefulness -3.6 hater -1.8 haters -2.2 hates -1.9 hating -2.3 hatred -3.2 haunt -1.7
        haunted -2.1 haunting -1.1 haunts -1 havoc -2.9 healthy 1.7 heartbreak -2.7 heartbreaker -2.2
        heartbreakers -2.1 heartbreaking -2 heartbreakingly -1.8 heartbreaks -1.8 heartbroken -3.3 heartfelt 2.5
        heartless -2.2 heartlessly -2.8 heartlessness -2.8 heartwarming 2.1 heaven 2.3 heavenlier 3 heavenliest 2.7
        heavenliness 2.7 heavenlinesses 2.3 heavenly 3 heavens 1.7 heavenward 1.4 heavenwards 1.2 heavyhearted -2.1
        hell -3.6 hellish -3.2 helper 1.4 helpers 1.1 helpful 1.8 helpfully 2.3 helpfulness 1.9 helpless -2
        helplessly -1.4 helplessness -2.1 helplessnesses -1.7 hero 2.6 heroes 2.3 heroic 2.6 heroical 2.9
        heroically 2.4 heroicomic 1 heroicomical 1.1 heroics 2.4 heroin -2.2 heroine 2.7 heroines 1.8 heroinism -2
        heroism 2.8 heroisms 2.2 heroize 2.1 heroized 2 heroizes 2.2 heroizing 1.9 heros 1.3 hesitancies -1
        hesitant -1 hesitantly -1.2 hesitate -1.1 hesitated -1.3 hesitater -1.4 hesitaters -1.4 hesitates -1.4
        hesitating -1.4 hesitatingly -1.5 hesitation -1.1 hesitations -1.1 hiding -1.2 highlight 1.4 hilarious 1.7
        hindrance -1.7 hoax -1.1 holiday 1.7 holidays 1.6 homesickness -1.8 homesicknesses -1.8 honest 2.3
        honester 1.9 honestest 3 honesties 1.8 honestly 2 honesty 2.2 honor 2.2 honorability 2.2 honorable 2.5
        honorableness 2.2 honorably 2.4 honoraries 1.5 honorarily 1.9 honorariums 1 honorary 1.4 honored 2.8
        honoree 2.1 honorees 2.3 honorer 1.7 honorers 1.3 honorific 1.4 honorifically 2.2 honorifics 1.7
        honoring 2.3 honors 2.3 honour 2.7 honourable 2.1 honoured 2.2 honourer 1.8 honourers 1.6 honouring 2.1
        honours 2.2 hooligan -1.5 hooliganism -2.1 hooligans -1.1 hooray 2.3 hope 1.9 hoped 1.6 hopeful 2.3
        hopefully 1.7 hopefulness 1.6 hopeless -2 hopelessly -2.2 hopelessness -3.1 hopes 1.8 hoping 1.8
        horrendous -2.8 horrendously -1.9 horrible -2.5 horribleness -2.4 horribles -2.1 horribly -2.4 horrid -2.5
        horridly -1.4 horridness -2.3 horridnesses -3 horrific -3.4 horrifically -2.9 horrified -2.5 horrifies -2.9
        horrify -2.5 horrifying -2.7 horrifyingly -3.3 horror -2.7 horrors -2.7 hostile -1.6 hostilely -2.2
        hostiles -1.3 hostilities -2.1 hostility -2.5 hug 2.1 huge 1.3 huggable 1.6 hugged 1.7 hugger 1.6
        huggers 1.8 hugging 1.8 hugs 2.2 humerous 1.4 humiliate -2.5 humiliated -1.4 humiliates -1 humiliating -1.2
        humiliatingly -2.6 humiliation -2.7 humiliations -2.4 humor 1.1 humored 1.2 humoresque 1.2 humoring 2.1
        humorist 1.2 humoristic 1.5 humorists 1.3 humorless -1.3 humorlessness -1.4 humorous 1.6 humorously 2.3
        humorousness 2.4 humors 1.6 humour 2.1 humoured 1.1 humouring 1.7 humourous 2 hunger -1 hurrah 2.6
        hurrahed 1.9 hurrahing 2.4 hurrahs 2.1 hurray 2.7 hurrayed 1.8 hurraying 1.2 hurrays 2.4 hurt -2.4
        hurter -2.3 hurters -1.9 hurtful -2.4 hurtfully -2.6 hurtfulness -1.9 hurting -1.7 hurtles -1 hurtling -1.4
        hurts -2.1 hypocritical -2 hysteria -1.9 hysterics -1.8 ideal 2.4 idealess -1.9 idealise 1.4 idealised 2.1
        idealises 2 idealism 1.7 idealist 1.6 idealistic 1.8 idealistically 1.7 idealities 1.5 ideality 1.9
        idealization 1.8 idealizations 1.4 idealize 1.2 idealized 1.8 idealizer 1.3 idealizers 1.9 idealizes 2
        idealizing 1.4 idealless -1.7 ideally 1.8 idiot -2.3 idiotic -2.6 ignorable -1 ignorami -1.9 ignoramus -1.9
        ignoramuses -2.3 ignorance -1.5 ignorances -1.2 ignorant -1.1 ignorantly -1.6 ignorantness -1.1 ignore -1.5
        ignored -1.3 ignorer -1.3 ignores -1.1 ignoring -1.7 ill -1.8 illegal -2.6 illiteracy -1.9 illness -1.7
        illnesses -2.2 imbecile -2.2 immobilized -1.2 immoral -2 immoralism -1.6 immoralist -2.1 immoralists -1.7
        immoralities -1.1 immorally -2.1 immortal 1 immune 1.2 impatience -1.8 impatient -1.2 impatiently -1.7
        imperfect -1.3 impersonal -1.3 impolite -1.6 impolitely -1.8 impoliteness -1.8 impolitenesses -2.3
        importancy 1.4 importantly 1.3 impose -1.2 impotent -1.1 impress 1.9 impressed 2.1 impresses 2.1
        impressibility 1.2 impressing 2.5 impressionist 1 impressionistic 1.5 impressionistically 1.6 impressive 2.3
        impressively 2 impressiveness 1.7 imprisoned -2 improve 1.9 improved 2.1 improvement 2 improvements 1.3
        improver 1.8 improvers 1.3 improves 1.8 improving 1.8 inability -1.7 inaction -1 inadequacies -1.7
        inadequacy -1.7 inadequate -1.7 inadequately -1 inadequateness -1.7 inadequatenesses -1.6 incapable -1.6
        incapacitated -1.9 incensed -2 incentive 1.5 incentives 1.3 incompetence -2.3 incompetent -2.1
        inconsiderate -1.9 inconvenience -1.5 inconvenient -1.4 increase 1.3 increased 1.1 indecisions -1.1
        indecisive -1 indecisiveness -1.3 indignant -1.8 indignation -2.4 indoctrinate -1.4 ineffectively -1.3
        ineffectiveness -1.3 ineffectual -1.2 ineffectuality -1.6 ineffectually -1.1 ineffectualness -1.3
        infected -2.2 inferior -1.7 inferiorities -1.9 inferiority -1.1 inferiorly -2 inflamed -1.4 influential 1.9
        infringement -2.1 infuriate -2.2 infuriated -3 infuriates -2.6 infuriating -2.4 inhibit -1.6 inhibition -1.5
        inhibitive -1.4 inhibitors -1 inhibitory -1 injured -1.7 injury -1.8 injustice -2.7 innocence 1.6
        innocency 1.9 innocent 1.4 innocently 1.4 innocents 1.1 innovate 2.2 innovates 2 innovation 1.6
        innovative 1.9 inquisition -1.2 insane -1.7 insanity -2.7 insecure -1.8 insecurely -1.4 insecureness -1.8
        insecurities -1.8 insecurity -1.8 insensitivity -1.8 insignificant -1.4 insincere -1.8 insincerely -1.9
        insincerity -1.4 insipid -2 inspiration 2.4 inspirational 2.3 inspirationally 2.3 inspirations 2.1
        inspirator 1.9 inspirators 1.2 inspiratory 1.5 inspire 2.7 inspired 2.2 inspirer 2.2 inspirers 2
        inspires 1.9 inspiring 1.8 inspiringly 2.6 inspirit 1.9 inspirited 1.3 inspiriting 1.8 inspiritingly 2.1
        insult -2.3 insulted -2.3 insulter -2 insulters -2 insulting -2.2 insultingly -2.3 insults -1.8
        integrity 1.6 intellect 2 intellective 1.7 intellects 1.8 intellectual 2.3 intellectualism 2.2
        intellectualist 2 intellectualistic 1.3 intellectualities 1.7 intellectuality 1.7 intellectualization 1.5
        intellectualize 1.5 intellectualized 1.2 intellectualizes 1.8 intellectually 1.4 intellectualness 1.5
        intellectuals 1.6 intelligence 2.1 intelligencer 1.5 intelligencers 1.6 intelligences 1.6 intelligent 2
        intelligential 1.9 intelligently 2 intelligentsia 1.5 intelligibility 1.5 intelligible 1.4
        intelligibleness 1.5 intelligibly 1.2 interestedly 1.5 interesting 1.7 interestingly 1.7 interestingness 1.8
        interrogated -1.6 interrupt -1.4 interrupted -1.2 interrupter -1.1 interrupters -1.3 interruptible -1.3
        interrupting -1.2 interruption -1.5 interruptions -1.7 interruptive -1.4 interruptor -1.3 interrupts -1.3
        intimidated -1.9 intimidates -1.3 intimidating -1.9 intimidatingly -1.1 intimidation -1.8 intimidations -1.4
        intimidator -1.6 intimidators -1.6 intimidatory -1.1 invigorate 1.9 invigorates 2.1 invigorating 2.1
        invigoratingly 2 invigoration 1.5 invigorations 1.2 invigorator 1.1 invigorators 1.2 invincible 2.2
        inviting 1.3 invulnerable 1.3 irate -2.9 irrational -1.4 irrationalism -1.5 irrationalist -2.1
        irrationalists -1.5 irrationalities -1.5 irrationality -1.7 irrationally -1.6 irrationals -1.1
        irresistible 1.4 irresolute -1.4 irresponsible -1.9 irritabilities -1.7 irritability -1.4 irritable -2.1
        irritableness -1.7 irritably -1.8 irritant -2.3 irritants -2.1 irritate -1.8 irritated -2 irritates -1.7
        irritating -2 irritatingly -2 irritation -2.3 irritations -1.5 irritative -2 isolated -1.3 isolates -1.3
        isolation -1.7 itchy -1.1 jackass -1.8 jackasses -2.8 jaded -1.6 jailed -2.2 jaunty 1.2 jealous -2
        jealousies -2 jealously -2 jealousness -1.7 jealousy -1.3 jeopardy -2.1 jerk -1.4 jerks -1.1 jewel 1.5
        jewels 2 jocular 1.2 join 1.2 joke 1.2 joked 1.3 jokes 1 jokester 1.5 jokey 1.1 jollied 2.4 jollier 2.4
        jollies 2 jolliest 2.9 jollification 2.2 jollifications 2 jollify 2.1 jollily 2.7 jolliness 2.5
        jollities 1.7 jollity 1.8 jolly 2.3 jollying 2.3 jovial 1.9 joy 2.8 joyance 2.3 joyed 2.9 joyful 2.9
        joyfuller 2.4 joyfully 2.5 joyfulness 2.7 joying 2.5 joyless -2.5 joylessly -1.7 joylessness -2.7 joyous 3.1
        joyously 2.9 joyousness 2.8 joyride 1.1 joyriders 1.3 joyrode 1 joys 2.2 jubilant 3 jumpy -1 justifiably 1
        justified 1.7 keen 1.5 keenest 1.9 keenly 1 keenness 1.4 kewl 1.3 kill -3.7 killdeer -1.1 killed -3.5
        killer -3.3 killers -3.3 killing -3.4 killingly -2.6 killings -3.5 killjoy -2.1 killjoys -1.7 kills -2.5
        kind 2.4 kinder 2.2 kindly 2.2 kindness 2 kindnesses 2.3 kiss 1.8 kissable 2 kissably 1.9 kissed 1.6
        kisser 1.7 kissers 1.5 kisses 2.3 kissing 2.7 kissy 1.8 kudos 2.3 lack -1.3 lackadaisical -1.6 lag -1.4
        lagged -1.2 lagging -1.1 lags -1.5 lame -1.8 lamebrain -1.6 lamebrained -2.5 lamebrains -1.2 lamely -2
        lament -2 lamentable -1.5 lamentableness -1.3 lamentably -1.5 lamentation -1.4 lamentations -1.9
        lamented -1.4 lamenter -1.2 lamenting -2 laments -1.5 lamer -1.4 lames -1.2 lamest -1.5 laugh 2.6
        laughableness 1.2 laughably 1.2 laughed 2 laugher 1.7 laughers 1.7 laughing 2.2 laughingly 2.3 laughings 1.9
        laughingstocks -1.3 laughs 2.2 laughter 2.2 laughters 2.2 lawl 1.4 lazier -2.3 laziest -2.7 lazy -1.5
        leak -1.4 leaked -1.3 leet 1.3 lenient 1.1 lethargic -1.2 lethargy -1.4 liar -2.3 liars -2.4 libelous -2.1
        liberties 2.3 libertinisms 1.2 liberty 2.4 lied -1.6 lies -1.8 lifesaver 2.8 lighthearted 1.8 likeable 2
        liking 1.7 limitation -1.2 livelier 1.7 liveliest 2.1 livelily 1.8 liveliness 1.6 livelong 1.7 lively 1.9
        livid -2.5 lmao 2.9 loathe -2.2 loathed -2.1 loathes -1.9 loathing -2.7 lol 1.8 lone -1.1 lonelier -1.4
        loneliest -2.4 loneliness -1.8 lonelinesses -1.5 lonely -1.5 loneness -1.1 loner -1.3 lonesome -1.5
        lonesomely -1.3 lonesomeness -1.8 lonesomes -1.4 loomed -1.1 loose -1.3 loser -2.4 losers -2.4 lossy -1.2
        louse -1.6 loused -1 louses -1.3 lousier -2.2 lousiest -2.6 lousily -1.2 lousiness -1.7 lousing -1.1
        lousy -2.5 lovable 3 love 3.2 loved 2.9 lovelies 2.2 lovely 2.8 lover 2.8 loverly 2.8 lovers 2.4 loves 2.7
        loving 2.9 lovingly 3.2 lovingness 2.7 lowballed -1.5 lowballs -1.2 lowbred -2.6 lowbrow -1.9 lowering -1
        lowermost -1.4 lowery -1.8 lowest -1.6 lowlier -1.7 lowliest -1.8 lowlife -1.5 lowlifes -2.2 lowlight -2
        lowliness -1.1 lowlinesses -1.2 lowlives -2.1 lowly -1 lowness -1.3 loyal 2.1 loyalism 1 loyalist 1.5
        loyalists 1.1 loyally 2.1 loyalties 1.9 loyalty 2.5 luck 2 lucked 1.9 luckie 1.6 luckier 1.9 luckiest 2.9
        luckily 2.3 luckiness 1 lucking 1.2 luckless -1.3 lucks 1.6 lucky 1.8 ludicrous -1.5 ludicrousness -1.9
        lugubrious -2.1 lulz 2 lunatic -2.2 lunatics -1.6 lying -2.4 mad -2.2 maddening -2.2 madder -1.2
        maddest -2.8 madly -1.7 madness -1.9 magnific 2.3 magnifical 2.4 magnifically 2.4 magnification 1
        magnifications 1.2 magnificence 2.4 magnificences 2.3 magnificent 2.9 magnificently 3.4 magnifico 1.8
        magnificoes 1.4 maniac -2.1 maniacally -1.7 maniacs -1.2 manipulated -1.6 manipulating -1.5
        manipulation -1.2 marvel 1.8 marvelous 2.9 marvels 2 masochism -1.6 masochisms -1.1 masochist -1.7
        masochistic -2.2 masochistically -1.6 masochists -1.2 masterpiece 3.1 masterpieces 2.5 mature 1.8
        meaningful 1.3 meaningless -1.9 medal 2.1 meditative 1.4 melancholiac -2 melancholias -1.6 melancholics -1
        melancholies -1.1 melancholy -1.9 menace -2.2 menaced -1.7 mercy 1.5 merit 1.8 merited 1.4 meriting 1.1
        meritocrats 1.1 meritorious 2.1 meritoriously 1.3 meritoriousness 1.7 merits 1.7 merrier 1.7 merriest 2.7
        merrily 2.4 merriment 2.4 merriments 2 merriness 2.2 merry 2.5 merrymaker 2.2 merrymakers 1.7
        merrymaking 2.2 merrymakings 2.4 merrythought 1.1 merrythoughts 1.6 mess -1.5 messed -1.4 messy -1.5
        mindless -1.9 miracle 2.8 mirth 2.6 mirthful 2.7 mirthfully 2 misbehave -1.9 misbehaved -1.6 misbehaves -1.6
        misbehaving -1.7 mischief -1.5 miser -1.8 miserable -2.2 miserableness -2.8 miserably -2.1 miseries -2.7
        miserliness -2.6 miserly -1.4 misers -1.5 misery -2.7 misgiving -1.4 misinformation -1.3 misinformed -1.6
        misinterpreted -1.3 misleading -1.7 misread -1.1 misreporting -1.5 misrepresentation -2 missed -1.2
        missing -1.2 mistake -1.4 mistaken -1.5 mistakenly -1.2 mistaker -1.6 mistakers -1.6 mistakes -1.5
        mistaking -1.1 misunderstand -1.5 misunderstanding -1.8 misunderstands -1.3 misunderstood -1.4 mlm -1.4
        mock -1.8 mocked -1.3 mockeries -1.6 mockers -1.3 mockery -1.3 mocking -1.7 mocks -2 molest -2.1
        molestation -1.9 molestations -2.9 molested -1.9 molester -2.3 molesters -2.2 molesting -2.8 molests -3.1
        monopolizes -1.1 mooch -1.7 mooched -1.4 moocher -1.5 moochers -1.9 mooches -1.4 mooching -1.7 moodier -1.1
        moodiest -2.1 moodily -1.3 moodiness -1.4 moodinesses -1.4 moody -1.5 mope -1.9 moping -1 moron -2.2
        moronic -2.7 moronically -1.4 moronity -1.1 morons -1.3 motherfucker -3.6 motherfucking -2.8 motivate 1.6
        motivated 2 motivating 2.2 motivation 1.4 mourn -1.8 mourned -1.3 mourner -1.6 mourners -1.8 mournful -1.6
        mournfuller -1.9 mournfully -1.7 mournfulness -1.8 mourning -1.9 mourningly -2.3 mourns -2.4 muah 2.3
        mumpish -1.4 murder -3.7 murdered -3.4 murderee -3.2 murderees -3.1 murderer -3.6 murderers -3.3
        murderess -2.2 murderesses -2.6 murdering -3.3 murderous -3.2 murderously -3.1 murderousness -2.9 murders -3
        nag -1.5 nagana -1.7 nagged -1.7 nagger -1.8 naggers -1.5 naggier -1.4 naggiest -2.4 nagging -1.7 naggy -1.7
        nags -1.1 naive -1.1 nastier -2.3 nasties -2.1 nastiest -2.4 nastily -1.9 nastiness -1.1 nastinesses -2.6
        nasty -2.6 natural 1.5 neat 2 neaten 1.2 neatened 2 neatening 1.3 neatens 1.1 neater 1 neatest 1.7
        neatly 1.4 neatness 1.3 neats 1.1 needy -1.4 negative -2.7 negativity -2.3 neglect -2 neglected -2.4
        neglecter -1.7 neglecters -1.5 neglectful -2 neglectfully -2.1 neglectfulness -2 neglecting -1.7
        neglects -2.2 nerd -1.2 nervous -1.1 nervousness -1.2 neurotic -1.4 neurotically -1.8 nice 1.8 nicely 1.9
        niceness 1.6 nicenesses 2.1 nicer 1.9 nicest 2.2 niceties 1.5 nicety 1.2 nifty 1.7 niggas -1.4 nigger -3.3
        noble 2 nonsense -1.7 notorious -1.9 novel 1.3 numb -1.4 numbest -1 numbing -1.1 numbingly -1.3 numbly -1.4
        numbness -1.1 numbskull -2.3 numbskulls -2.2 nurtural 1.5 nurturance 1.6 nurturances 1.3 nurturant 1.7
        nurture 1.4 nurtured 1.9 nurturer 1.9 nurtures 1.9 nurturing 2 nuts -1.3 obliterate -2.9 obliterated -2.1
        obnoxious -2 obnoxiously -2.3 obnoxiousness -2.1 obscene -2.8 obsess -1 obsesses -1 obsessing -1.4
        obsession -1.4 obsessional -1.5 obsessionally -1.3 obsessiveness -1.2 obsolete -1.2 obstacle -1.5
        obstacles -1.6 obstinate -1.2 odd -1.3 offence -1.2 offences -1.4 offend -1.2 offended -1 offender -1.5
        offenders -1.5 offending -2.3 offends -2 offense -1 offenses -1.5 offensive -2 offensively -2.8
        offensiveness -2.3 okays 2.1 ominous -1.4 once-in-a-lifetime 1.8 openness 1.4 opportune 1.7 opportunely 1.5
        opportuneness 1.2 opportunities 1.6 opportunity 1.8 oppressed -2.1 oppressive -1.7 optimal 1.5
        optimality 1.9 optimally 1.3 optimisation 1.6 optimisations 1.8 optimise 1.9 optimised 1.7 optimises 1.6
        optimising 1.7 optimism 2.5 optimisms 2 optimist 2.4 optimistic 1.3 optimistically 2.1 optimists 1.6
        optimization 1.6 optimize 2.2 optimized 2 optimizer 1.5 optimizers 2.1 optimizes 1.8 optimizing 2
        optionless -1.7 original 1.3 outcry -2.3 outgoing 1.2 outrage -2.3 outraged -2.5 outrageous -2
        outrageously -1.2 outrageousness -1.2 outrageousnesses -1.3 outrages -2.3 outraging -2 outreach 1.1
        outstanding 3 overjoyed 2.7 overload -1.5 overreact -1 overreacted -1.7 overreacts -2.2 overstatement -1.1
        overweight -1.5 pain -2.3 pained -1.8 painful -1.9 painfuller -1.7 painfully -2.4 painfulness -2.7
        paining -1.7 painless 1.2 painlessly 1.1 pains -1.8 palatable 1.6 palatably 1.1 panic -2.3 panicked -2
        panicking -1.9 panicky -1.5 panics -1.9 paradise 3.2 paranoia -1 paranoiac -1.3 paranoias -1.5 paranoid -1
        paranoids -1.6 pardon 1.3 pardoning 1.7 pardons 1.2 partied 1.4 partier 1.4 partyer 1.2 partyers 1.1
        partying 1.6 passion 2 passional 1.6 passionate 2.4 passionately 2.4 passionateness 2.3 passionless -1.9
        passions 2.2 pathetic -2.7 pathetical -1.2 pathetically -1.8 peaceable 1.7 peaceableness 1.8 peaceably 2
        peacefuller 1.9 peacefullest 3.1 peacefully 2.4 peacefulness 2.1 peacekeeper 1.6 peacekeepers 1.6
        peacekeeping 2 peacekeepings 1.6 peacemaker 2 peacemakers 2.4 peacemaking 1.7 peaces 2.1 peacetime 2.2
        peacetimes 2.1 penalty -2 perfect 2.7 perfecta 1.4 perfected 2.7 perfecter 1.8 perfecters 1.4 perfectest 3.1
        perfectibilities 2.1 perfectibility 1.8 perfectible 1.5 perfecting 2.3 perfection 2.7 perfectionism 1.3
        perfectionist 1.5 perfections 2.5 perfective 1.2 perfectively 2.1 perfectivity 2.2 perfectly 3.2
        perfectness 3 perfecto 1.3 perfects 1.6 peril -1.7 perjury -1.9 perpetrator -2.2 perpetrators -1
        perplexed -1.3 persecute -2.1 persecuted -1.3 persecutes -1.2 persecuting -1.5 perturbed -1.4 perverse -1.8
        perversely -2.2 perverseness -2.1 perversion -1.3 perversions -1.2 perversities -1.1 perversity -2.6
        perversive -2.1 pervert -2.3 perverted -2.5 pervertedly -1.2 pervertedness -1.2 perverter -1.7 perverting -1
        perverts -2.8 pesky -1.2 pessimism -1.5 pessimisms -2 pessimist -1.5 pessimistic -1.5 pessimistically -2
        pessimists -1 petrifaction -1.9 petrified -2.5 petrifies -2.3 petrify -1.7 petrifying -2.6 pettiest -1.3
        phobia -1.6 phobias -2 phobic -1.2 phobics -1.3 picturesque 1.6 pileup -1.1 pique -1.1 piss -1.7
        pissant -1.5 pissants -2.5 pissed -3.2 pisser -2 pissers -1.4 pisses -1.4 pissing -1.7 piteous -1.2
        pitiable -1.1 pitiableness -1.1 pitiably -1.1 pitied -1.3 pitier -1.2 pitiers -1.3 pities -1.2 pitiful -2.2
        pitifuller -1.8 pitifullest -1.1 pitifully -1.2 pitifulness -1.2 pitiless -1.8 pitilessly -2.1 pity -1.2
        pitying -1.4 pityingly -1 play 1.4 played 1.4 playful 1.9 playfully 1.6 playfulness 1.2 plays 1 pleasant 2.3
        pleasanter 1.5 pleasantest 2.6 pleasantly 2.1 pleasantness 2.3 pleasantnesses 2.3 pleasantries 1.3
        pleasantry 2 pleaser 1.7 pleasers 1 pleases 1.7 pleasing 2.4 pleasurability 1.9 pleasurable 2.4
        pleasurableness 2.4 pleasurably 2.6 pleasure 2.7 pleasured 2.3 pleasureless -1.6 pleasures 1.9
        pleasuring 2.8 poised 1 poison -2.5 poisoned -2.2 poisoner -2.7 poisoners -3.1 poisoning -2.8
        poisonings -2.4 poisonous -2.7 poisonously -2.9 poisons -2.7 poisonwood -1 pollute -2.3 polluted -2
        polluter -1.8 polluters -2 pollutes -2.2 poorest -2.5 popular 1.8 popularise 1.6 popularised 1.1
        popularising 1.2 popularities 1.6 popularity 2.1 popularization 1.3 popularize 1.3 popularized 1.9
        popularizer 1.8 popularizers 1 popularizes 1.4 popularizing 1.5 popularly 1.8 positive 2.6 positively 2.4
        positiveness 2.3 positivenesses 2.2 positiver 2.3 positives 2.4 positivest 2.9 positivism 1.6
        positivisms 1.8 positivist 2 positivistic 1.9 positivists 1.7 positivities 2.6 positivity 2.3 postpones -1.1
        poverty -2.3 powerless -2.2 praise 2.6 praised 2.2 praiser 2 praisers 2 praises 2.4 praiseworthily 1.9
        praiseworthiness 2.4 praiseworthy 2.6 praising 2.5 pray 1.3 praying 1.5 prays 1.4 prblm -1.6 prblms -2.3
        precious 2.7 preciously 2.2 preciousness 1.9 prejudice -2.3 prejudiced -1.9 prejudices -1.8 prejudicial -2.6
        prejudicially -1.5 prejudicialness -2.4 prejudicing -1.8 pressure -1.2 pressureless 1 pressures -1.3
        pressuring -1.4 prettied 1.6 prettier 2.1 pretties 1.7 prettiest 2.7 prick -1.4 prickle -1 pricklier -1.6
        prickliest -1.4 pride 1.4 prison -2.3 prisoner -2.5 prisoners -2.3 privilege 1.5 privileged 1.9
        privileges 1.6 prize 2.3 prized 2.4 prizefighter 1 prizer 1 prizes 2 prizewinner 2.3 prizewinners 2.4
        prizewinning 3 proactive 1.8 problem -1.7 problematic -1.9 problematical -1.8 problematically -2
        problematics -1.3 problems -1.7 profit 1.9 profitabilities 1.1 profitability 1.1 profitable 1.9
        profitableness 2.4 profitably 1.6 profited 1.3 profiting 1.6 profitless -1.5 profits 1.9 progress 1.8
        prominent 1.3 promiscuity -1.8 promiscuously -1.5 promise 1.3 promised 1.5 promisees 1.1 promiser 1.3
        promisers 1.6 promises 1.6 promising 1.7 promisingly 1.2 promisor 1 promote 1.6 promoted 1.8 promotes 1.4
        promoting 1.5 propaganda -1 prosecute -1.7 prosecuted -1.6 prosecutes -1.8 prosecution -2.2 prospect 1.2
        prospects 1.2 prosperous 2.1 protest -1 protesting -1.8 proud 2.1 prouder 2.2 proudest 2.6 proudful 1.9
        proudhearted 1.4 proudly 2.6 provoke -1.7 provoked -1.1 provokes -1.3 pseudoscience -1.2 puke -2.4
        puked -1.8 pukes -1.9 puking -1.8 pukka 2.8 punish -2.4 punishabilities -1.7 punishability -1.6
        punishable -1.9 punished -2 punisher -1.9 punishers -2.6 punishes -2.1 punishing -2.6 punishment -2.2
        punishments -1.8 punitive -2.3 pushy -1.1 quaking -1.5 questionable -1.2 racism -3.1 racist -3 racists -2.5
        radiance 1.4 radiances 1.1 radiancy 1.4 radiant 2.1 radiantly 1.3 radiants 1.2 rage -2.6 raged -2
        rageful -2.8 rages -2.1 raging -2.4 rancid -2.5 rancidity -2.6 rancidly -2.5 rancidness -2.6
        rancidnesses -1.6 rant -1.4 ranter -1.2 ranters -1.2 rants -1.3 rape -3.7 raped -3.6 raper -3.4 rapers -3.6
        rapes -3.5 raping -3.8 rapist -3.9 rapists -3.3 rapturous 1.7 rash -1.7 readiness 1 ready 1.5
        reassurance 1.5 reassurances 1.4 reassure 1.4 reassured 1.7 reassures 1.5 reassuring 1.7 reassuringly 1.8
        rebeldom -1.5 rebelled -1 rebelling -1.1 rebellions -1.1 rebellious -1.2 rebelliously -1.8
        rebelliousness -1.2 recession -1.8 reckless -1.7 recommend 1.5 redeemed 1.3 reek -2.4 reeked -2 reeker -1.7
        reekers -1.5 reeking -2 refuse -1.2 refused -1.2 refusing -1.7 regret -1.8 regretful -1.9 regretfully -1.9
        regretfulness -1.6 regrets -1.5 regrettable -2.3 regrettably -2 regretted -1.6 regretter -1.6 regretters -2
        regretting -1.7 reinvigorate 2.3 reinvigorated 1.9 reinvigorates 1.8 reinvigorating 1.7 reinvigoration 2.2
        reject -1.7 rejected -2.3 rejectee -2.3 rejectees -1.8 rejecter -1.6 rejecters -1.8 rejecting -2
        rejectingly -1.7 rejection -2.5 rejections -2.1 rejective -1.8 rejector -1.8 rejects -2.2 rejoice 1.9
        rejoiced 2 rejoices 2.1 rejoicing 2.8 relax 1.9 relaxant 1 relaxation 2.4 relaxations 1 relaxed 2.2
        relaxedly 1.5 relaxedness 2 relaxer 1.6 relaxers 1.4 relaxes 1.5 relaxin 1.7 relaxing 2.2 relaxins 1.2
        relief 2.1 reliefs 1.3 relievable 1.1 relieve 1.5 relieved 1.6 relievedly 1.4 reliever 1.5 relievers 1
        relieves 1.5 relieving 1.5 relievo 1.3 relishing 1.6 reluctance -1.4 reluctancy -1.6 reluctant -1
        remarkable 2.6 remorse -1.1 remorseless -2.3 remorselessly -2 remorselessness -2.8 repetitive -1
        repress -1.4 repressed -1.3 represses -1.3 repressible -1.5 repressing -1.8 repression -1.6 repressions -1.7
        repressive -1.4 repressively -1.7 repressiveness -1 repressor -1.4 repressors -2.2 repulse -2.8
        repulsed -2.2 rescue 2.3 rescued 1.8 rescues 1.3 resented -1.6 resentence -1 resentful -2.1 resentfully -1.4
        resentfulness -2 resenting -1.2 resentment -1.9 resentments -1.9 resents -1.2 resign -1.4 resignation -1.2
        resignations -1.2 resigned -1 resigner -1.2 resigners -1 resigns -1.3 resolute 1.1 resolvable 1 resolve 1.6
        resolvers 1.4 resolving 1.6 respect 2.1 respectabilities 1.8 respectability 2.4 respectable 1.9
        respectableness 1.2 respectably 1.7 respected 2.1 respecter 2.1 respecters 1.6 respectful 2 respectfully 1.7
        respectfulness 1.9 respectfulnesses 1.3 respecting 2.2 respective 1.8 respectively 1.4 respectiveness 1.1
        respects 1.3 responsible 1.3 responsive 1.5 restful 1.5 restless -1.1 restlessly -1.4 restlessness -1.2
        restore 1.2 restored 1.4 restores 1.2 restoring 1.2 restrict -1.6 restricted -1.6 restricting -1.6
        restriction -1.1 restricts -1.3 retard -2.4 retarded -2.7 revenge -2.4 revengeful -2.4 revengefully -1.4
        revengefulness -2.2 revenger -2.1 revengers -2 revenges -1.9 revered 2.3 revive 1.4 revives 1.6 reward 2.7
        rewardable 2 rewarded 2.2 rewarder 1.6 rewarders 1.9 rewarding 2.4 rewardingly 2.4 rewards 2.1 richened 1.9
        richening 1 richer 2.4 riches 2.4 richest 2.4 richly 1.9 richness 2.2 richnesses 2.1 ridicule -2
        ridiculed -1.5 ridiculer -1.6 ridiculers -1.6 ridicules -1.8 ridiculing -1.8 ridiculous -1.5
        ridiculously -1.4 ridiculousness -1.1 ridiculousnesses -1.6 rigged -1.5 rigidification -1.1 rigorous -1.1
        riot -2.6 riots -2.3 risk -1.1 riskier -1.4 riskiest -1.5 riskiness -1.3 riskinesses -1.6 risking -1.3
        riskless 1.3 risks -1.1 rob -2.6 robber -2.6 robing -1.5 robs -2 robust 1.4 roflcopter 2.1 romance 2.6
        romanced 2.2 romancer 1.3 romancers 1.7 romances 1.3 romancing 2 romantic 1.7 romantically 1.8
        romanticise 1.7 romanticised 1.7 romanticises 1.3 romanticising 2.7 romanticism 2.2 romanticisms 2.1
        romanticist 1.9 romanticists 1.3 romanticization 1.5 romanticizations 2 romanticize 1.8 romanticizes 1.8
        romanticizing 1.2 romantics 1.9 rotten -2.3 rude -2 rudely -2.2 rudeness -1.5 ruder -2.1 rudesby -2
        rudest -2.5 ruin -2.8 ruinable -1.6 ruinate -2.8 ruinated -1.5 ruinates -1.5 ruinating -1.5 ruination -2.7
        ruinations -1.6 ruined -2.1 ruiner -2 ruing -1.6 ruining -1 ruinous -2.7 ruinously -2.6 ruinousness -1
        ruins -1.9 sabotage -2.4 sad -2.1 sadden -2.6 saddened -2.4 saddening -2.2 saddens -1.9 sadder -2.4
        saddest -3 sadly -1.8 sadness -1.9 safeguard 1.6 safeguarded 1.5 safeguarding 1.1 safeguards 1.4
        safekeeping 1.4 safelight 1.1 safely 2.2 safeness 1.5 safer 1.8 safest 1.7 safeties 1.5 salient 1.1 sappy -1
        sarcastic -1 sarcastically -1.1 satisfaction 1.9 satisfactions 2.1 satisfactorily 1.6 satisfactoriness 1.5
        satisfactory 1.5 satisfiable 1.9 satisfied 1.8 satisfies 1.8 satisfy 2 satisfying 2 satisfyingly 1.9
        savage -2 savaged -2 savagely -2.2 savageness -2.6 savageries -1.9 savagery -2.5 savages -2.4 save 2.2
        saved 1.8 scam -2.7 scams -2.8 scandal -1.9 scandalous -2.4 scandals -2.2 scapegoat -1.7 scapegoats -1.4
        scare -2.2 scared -1.9 scaremonger -2.1 scaremongers -2 scarer -1.7 scarers -1.3 scares -1.4 scarey -1.7
        scaring -1.9 scary -2.2 sceptic -1 sceptical -1.2 scold -1.7 scorn -1.7 scornful -1.8 scream -1.7
        screamed -1.3 screamers -1.5 screaming -1.6 screams -1.2 screwed -2.2 screwer -1.2 screwiest -2 screws -1
        screwup -1.7 screwups -1 screwy -1.4 scrumptious 2.1 scrumptiously 1.5 scumbag -3.2 secured 1.7 securely 1.4
        securement 1.1 secureness 1.4 securer 1.5 secures 1.3 securest 2.6 securities 1.2 securitized 1.4
        securitizes 1.6 sedition -1.8 seditious -1.7 seduced -1.5 self-confident 2.5 selfish -2.1 selfishly -1.4
        selfishness -1.7 selfishnesses -2 sentimental 1.3 sentimentalise 1.2 sentimentalism 1 sentimentality 1.2
        sentimentalization 1.2 sentimentalized 1.1 sentimentalizes 1.1 sentimentally 1.9 serene 2 severe -1.6
        severed -1.5 severely -2 severeness -1 severer -1.6 severest -1.5 sexy 2.4 shakedown -1.2 shakedowns -1.4
        shakeout -1.3 shakiest -1.2 shame -2.1 shamed -2.6 shamefaced -2.3 shamefacedly -1.9 shamefacedness -2
        shamefast -1 shameful -2.2 shamefully -1.9 shamefulness -2.4 shamefulnesses -2.3 shameless -1.4
        shamelessly -1.4 shamelessness -1.4 shamelessnesses -2 shames -1.7 sharing 1.8 shattered -2.1 shit -2.6
        shitakes -1.1 shithead -3.1 shitheads -2.6 shits -2.1 shitted -1.7 shittier -2.1 shittiest -3.4
        shitting -1.8 shitty -2.6 shock -1.6 shockable -1 shocked -1.3 shockers -1.1 shocking -1.7 shockproof 1.3
        shocks -1.6 shoot -1.4 short-sighted -1.2 short-sightedness -1.1 shortage -1 shy -1 shylock -2.1
        shylocking -1.5 shylocks -1.4 shyness -1.3 shynesses -1.2 shyster -1.6 sick -2.3 sicken -1.9 sickened -2.5
        sickener -2.2 sickeners -2.2 sickening -2.4 sickeningly -2.1 sickens -2 significance 1.1 sillier 1
        sillinesses -1.2 sin -2.6 sincere 1.7 sincerely 2.1 sincereness 1.8 sincerer 2 sincerest 2 sincerities 1.5
        sinful -2.6 singleminded 1.2 sinister -2.9 sins -2 skeptical -1.3 skeptically -1.2 skepticism -1
        skepticisms -1.2 slam -1.6 slash -1.1 slashing -1.1 slavery -3.8 sleeplessness -1.6 sluggish -1.7 slut -2.8
        sluts -2.7 sluttier -2.7 sluttiest -3.1 sluttish -2.2 sluttishly -2.1 sluttishness -2.5 sluttishnesses -2
        slutty -2.3 smart 1.7 smartass -2.1 smartasses -1.7 smarten 1.9 smartened 1.5 smartening 1.7 smartens 1.5
        smarter 2 smartest 3 smartie 1.3 smarties 1.7 smartly 1.5 smartness 2 smartnesses 1.5 smarts 1.6 smarty 1.1
        smear -1.5 smile 1.5 smiled 2.5 smileless -1.4 smiler 1.7 smiles 2.1 smiley 1.7 smileys 1.5 smiling 2
        smilingly 2.3 smog -1.2 smother -1.8 smothering -1.4 smothers -1.9 smothery -1.1 smugger -1 smuggest -1.5
        smuggle -1.6 smuggled -1.5 smuggler -2.1 smugglers -1.4 smuggles -1.7 smuggling -2.1 smugness -1.4
        smugnesses -1.7 snob -2 snobbery -2 snobbily -1.6 snobbishly -1.2 snobbishness -1.1 snobbishnesses -1.7
        snobbism -1 snobby -1.7 snobs -1.4 snub -1.8 snubbed -2 snubs -2.1 sob -1 sobbed -1.9 sobbing -1.6 sobs -2.5
        sociabilities 1.2 sociability 1.1 sociable 1.9 sociableness 1.5 sociably 1.6 sok 1.3 solemnity -1.1
        solidarity 1.2 solution 1.3 solved 1.1 solves 1.1 solving 1.4 somber -1.8 son-of-a-bitch -2.7 soothe 1.5
        soothing 1.3 sophisticated 2.6 sore -1.5 sorrow -2.4 sorrowed -2.4 sorrower -2.3 sorrowful -2.2
        sorrowfully -2.3 sorrowfulness -2.5 sorrowing -1.7 sorrows -1.6 soulmate 2.9 spam -1.5 spammer -2.2
        spammers -1.6 spamming -2.1 sparkle 1.8 sparkles 1.3 sparkling 1.2 special 1.7 spirited 1.3 spiritless -1.3
        spite -2.4 spited -2.4 spiteful -1.9 spitefully -2.3 spitefulness -1.5 spitefulnesses -2.3 spites -1.4
        splendent 2.7 splendid 2.8 splendidly 2.1 splendidness 2.3 splendiferous 2.6 splendiferously 1.9
        splendiferousness 1.7 splendor 3 splendorous 2.2 splendors 2 splendour 2.2 splendours 2.2 splendrous 2.2
        sprightly 2 squelched -1 stab -2.8 stabbed -1.9 stabs -1.9 stamina 1.2 stammerer -1.1 stammering -1
        stampede -1.8 stank -1.9 startle -1.3 starve -1.9 starved -2.6 starves -2.3 starving -1.8 steadfast 1
        steal -2.2 stealable -1.7 stealer -1.7 stealers -2.2 stealing -2.7 stealings -1.9 steals -2.3 stench -2.3
        stenches -1.5 stenchful -2.4 stenchy -2.3 stereotype -1.3 stereotyped -1.2 stifled -1.4 stimulates 1
        stimulating 1.9 stingy -1.6 stink -1.7 stinkard -2.3 stinkards -1 stinkbugs -1 stinker -1.5 stinkers -1.2
        stinkier -1.5 stinkiest -2.1 stinking -2.4 stinkingly -1.3 stinko -1.5 stinkpot -2.5 stinks -1 stinky -1.5
        stolen -2.2 stop -1.2 strained -1.7 straining -1.3 strains -1.2 strangely -1.2 strangled -2.5 strength 2.2
        strengthen 1.3 strengthened 1.8 strengthener 1.8 strengtheners 1.4 strengthening 2.2 strengthens 2
        strengths 1.7 stress -1.8 stressed -1.4 stresses -2 stressful -2.3 stressfully -2.6 stressing -1.5
        stressless 1.6 stresslessness 1.6 stressor -1.8 stressors -2.1 stricken -2.3 strikes -1.5 strongholds 1
        strongish 1.7 strongly 1.1 struck -1 struggle -1.3 struggled -1.4 struggler -1.1 strugglers -1.4
        struggles -1.5 struggling -1.8 stubborn -1.7 stubborner -1.5 stubbornly -1.4 stubbornness -1.1
        stubbornnesses -1.5 stuck -1 stunk -1.6 stunning 1.6 stupid -2.4 stupider -2.5 stupidest -2.4 stupidities -2
        stupidity -1.9 stupidly -2 stupidness -1.7 stupidnesses -2.6 stupids -2.3 stutter -1 stutterer -1
        stutterers -1.1 stuttering -1.3 stutters -1 suave 2 submissive -1.3 submissively -1 succeed 2.2
        succeeded 1.8 succeeder 1.2 succeeders 1.3 succeeding 2.2 succeeds 2.2 success 2.7 successes 2.6
        successful 2.8 successfully 2.2 successfulness 2.7 successionally 1.1 successive 1.1 successiveness 1
        successors 1.1 suck -1.9 sucked -2 sucker -2.4 suckered -2 suckering -2.1 suckers -2.3 sucks -1.5 sucky -1.9
        suffer -2.5 suffered -2.2 sufferer -2 sufferers -2.4 suffering -2.1 suffers -2.1 suicidal -3.5 suicide -3.5
        suing -1.1 sulking -1.5 sullen -1.7 sunnier 2.3 sunniest 2.4 sunny 1.8 sunshine 2.2 sunshiny 1.9 super 2.9
        superb 3.1 superior 2.5 superiority 1.4 superiorly 2.2 superiors 1 supporter 1.1 supporters 1.9
        supportive 1.2 supportiveness 1.5 supremacists -1 supreme 2.6 supremely 2.7 supremeness 2.3 supremer 2.3
        supremest 2.2 supremo 1.9 supremos 1.3 sure 1.3 surefire 1 surefooted 1.9 surefootedly 1.6
        surefootedness 1.5 surely 1.9 sureness 2 surer 1.2 surest 1.3 sureties 1.3 surety 1 surprisal 1.5
        surprise 1.1 surprising 1.1 surprisingly 1.2 survived 2.3 surviving 1.2 survivor 1.5 suspect -1.2
        suspects -1.4 suspend -1.3 suspended -2.1 suspicion -1.6 suspicions -1.5 suspicious -1.5 suspiciously -1.7
        suspiciousness -1.2 sux -1.5 swearing -1 sweet 2 sweetheart 3.3 sweethearts 2.8 sweetie 2.2 sweeties 2.1
        sweetly 2.1 sweetness 2.2 sweets 2.2 swiftly 1.2 swindle -2.4 swindles -1.5 swindling -2 sympathetic 2.3
        sympathy 1.5 talent 1.8 talented 2.3 talentless -1.6 talents 2 tantrum -1.8 tantrums -1.5 tard -2.5
        tease -1.3 teased -1.2 teaselers -1.2 teaser -1 teases -1.2 temper -1.8 tempers -1.3 tenderers 1.2
        tenderest 1.4 tenderhearted 1.5 tenderheartedly 2.7 tenderheartednesses 2.8 tenderly 1.8 tenderness 1.8
        tense -1.4 tensed -1 tensely -1.2 tenseness -1.5 tenser -1.5 tensest -1.2 tensing -1 tension -1.3
        tensioner -1.6 tensioning -1.4 tensions -1.7 terrible -2.1 terribleness -1.9 terriblenesses -2.6
        terribly -2.6 terrific 2.1 terrifically 1.7 terrified -3 terrifies -2.6 terrify -2.3 terrifying -2.7
        terror -2.4 terrorise -3.1 terrorised -3.3 terrorises -3.3 terrorising -3 terrorism -3.6 terrorisms -3.2
        terrorist -3.7 terroristic -3.3 terrorists -3.1 terrorization -2.7 terrorize -3.3 terrorized -3.1
        terrorizes -3.1 terrorizing -3 terrors -2.6 thank 1.5 thanked 1.9 thankful 2.7 thankfuller 1.9
        thankfullest 2 thankfully 1.8 thankfulness 2.1 thanks 1.9 thief -2.4 thieve -2.2 thieved -1.4
        thieveries -2.1 thievery -2 thieves -2.3 thorny -1.1 thoughtful 1.6 thoughtfully 1.7 thoughtfulness 1.9
        thoughtless -2 threatener -1.4 threateners -1.8 threateningly -2.2 threating -2 thrill 1.5 thrilled 1.9
        thrilling 2.1 thrillingly 2 thrills 1.5 ticked -1.8 timid -1 timider -1 timidity -1.3 timidness -1
        tired -1.9 tolerance 1.2 tolerant 1.1 toothless -1.4 tops 2.3 torn -1 torture -2.9 tortured -2.6
        torturer -2.3 torturers -3.5 tortures -2.5 torturing -3 torturous -2.7 torturously -2.2 totalitarian -2.1
        totalitarianism -2.7 toughish -1 toughly -1.1 tragedians -1 tragediennes -1.4 tragedies -1.9 tragedy -3.4
        tragic -2 tragical -2.4 tragically -2.7 tragics -2.2 tranquiler 1.9 tranquilest 1.6 tranquilities 1.5
        tranquility 1.8 tranquillity 1.8 tranquilly 1.2 tranquilness 1.5 trap -1.3 trapped -2.4 trauma -1.8
        traumas -2.2 traumata -1.7 traumatic -2.7 traumatically -2.8 traumatise -2.8 traumatised -2.4
        traumatises -2.2 traumatising -1.9 traumatism -2.4 traumatization -3 traumatizations -2.2 traumatize -2.4
        traumatized -1.7 traumatizes -1.4 traumatizing -2.3 travesty -2.7 treason -1.9 treasonous -2.7
        treasurable 2.5 treasure 1.2 treasured 2.6 treasurerships 1.2 treasures 1.8 treasuring 2.1 treat 1.7
        tremble -1.1 trembled -1.1 tremblers -1 trembling -1.5 trembly -1.2 tremulous -1 trickeries -1.2
        trickers -1.4 trickery -1.1 trickiest -1.2 trickiness -1.2 trickish -1 tricksiness -1 tricksters -1.3
        triumph 2.1 triumphal 2 triumphalisms 1.9 triumphant 2.4 triumphantly 2.3 triumphed 2.2 triumphing 2.3
        triumphs 2 trivialises -1.1 trivialising -1.4 trivialities -1 trivialize -1.1 trivializes -1 trouble -1.7
        troubled -2 troublemaker -2 troublemakers -2.2 troublemaking -1.8 troubler -1.4 troublers -1.9 troubles -2
        troubleshooter 1 troublesome -2.3 troublesomely -1.8 troublesomeness -1.9 troubling -2.5 troublous -2.1
        troublously -2.1 trueness 2.1 truer 1.5 truest 1.9 truly 1.9 trustability 2.1 trustable 2.3 trusted 2.1
        trustee 1 truster 1.9 trustful 2.1 trustfully 1.5 trustfulness 2.1 trustier 1.3 trusties 1 trustiest 2.2
        trustily 1.6 trustiness 1.6 trusting 1.7 trustingly 1.6 trustingness 1.6 trustless -2.3 trustors 1.2
        trusts 2.1 trustworthily 2.3 trustworthiness 1.8 trustworthy 2.6 trusty 2.2 truth 1.3 truthful 2
        truthfully 1.9 truthfulness 1.7 truths 1.8 tumor -1.6 turmoil -1.5 twat -3.4 ugh -1.8 uglier -2.2 uglies -2
        ugliest -2.8 uglification -2.2 uglified -1.5 uglifies -1.8 uglify -2.1 uglifying -2.2 uglily -2.1
        ugliness -2.7 uglinesses -2.5 ugly -2.3 unacceptable -2 unappreciated -1.7 unapproved -1.4 unattractive -1.9
        uncertain -1.2 uncertainly -1.4 uncertainness -1.3 uncertainties -1.4 uncertainty -1.4 unclear -1
        uncomfortable -1.6 uncomfortably -1.7 uncontrollability -1.7 uncontrollable -1.5 uncontrollably -1.5
        uncontrolled -1 unconvinced -1.6 uncredited -1 underestimate -1.2 underestimated -1.1 underestimates -1.1
        undermine -1.2 undermined -1.5 undermines -1.4 undermining -1.5 undeserving -1.9 undesirable -1.9
        unease -1.7 uneasier -1.4 uneasiest -2.1 uneasily -1.4 uneasiness -1.6 uneasinesses -1.8 uneasy -1.6
        unemployment -1.9 unequal -1.4 unethical -2.3 unfair -2.1 unfocused -1.7 unfortunate -2 unfortunately -1.4
        unfortunates -1.9 unfriendly -1.5 unfulfilled -1.8 ungrateful -2 ungratefully -1.8 ungratefulness -1.6
        unhappier -2.4 unhappiest -2.5 unhappily -1.9 unhappiness -2.4 unhappinesses -2.2 unhappy -1.8
        unhealthy -2.4 unified 1.6 unimportant -1.3 unimpressed -1.4 unimpressive -1.4 unintelligent -2
        uninvolved -2.2 uninvolving -2 unjust -2.3 unkind -1.6 unlovable -2.7 unloved -1.9 unlovelier -1.9
        unloveliest -1.9 unloveliness -2 unlovely -2.1 unloving -2.3 unmotivated -1.4 unpleasant -2.1
        unprofessional -2.3 unprotected -1.5 unresearched -1.1 unsatisfied -1.7 unsavory -1.9 unsecured -1.6
        unsettled -1.3 unsophisticated -1.2 unstable -1.5 unsuccessful -1.5 unsuccessfully -1.7 unsupported -1.7
        unsure -1 unsurely -1.3 untarnished 1.6 unwelcome -1.7 unworthy -2 upset -1.6 upsets -1.5 upsetter -1.9
        upsetters -2 upsetting -2.1 uptight -1.6 uptightness -1.2 useful 1.9 usefully 1.8 usefulness 1.2
        useless -1.8 uselessly -1.5 uselessness -1.6 vain -1.8 validate 1.5 validates 1.4 validating 1.4
        valuable 2.1 valuableness 1.7 valuables 2.1 valuably 2.3 value 1.4 valued 1.9 values 1.7 valuing 1.4
        vexation -1.9 vexing -2 vibrant 2.4 vicious -1.5 viciously -1.3 viciousness -2.4 victim -1.1 victimhood -2
        victimise -1.1 victimised -1.5 victimises -1.2 victimising -2.5 victimization -2.3 victimizations -1.5
        victimize -2.5 victimized -1.8 victimizer -1.8 victimizers -1.6 victimizes -1.5 victimizing -2.6
        victims -1.3 vigor 1.1 vigoroso 1.5 vigors 1 vile -3.1 villain -2.6 villainess -2.9 villainesses -2
        villainies -2.3 villainous -2 villainously -2.9 villainousness -2.7 villains -3.4 villainy -2.6
        vindicated 1.8 vindicates 1.6 vindicating -1.1 violate -2.2 violated -2.4 violater -2.6 violaters -2.4
        violates -2.3 violating -2.5 violation -2.2 violations -2.4 violative -2.4 violator -2.4 violators -1.9
        violence -3.1 violent -2.9 violently -2.8 virtue 1.8 virtueless -1.4 virtues 1.5 virtuosa 1.7 virtuosas 1.8
        virtuose 1 virtuosic 2.2 virtuosity 2.1 virtuoso 2 virtuosos 1.8 virtuous 2.4 virtuously 1.8 virtuousness 2
        virulent -2.7 vision 1 visionary 2.4 visioning 1.1 vital 1.2 vitalise 1.1 vitalises 1.1 vitalising 2.1
        vitalities 1.2 vitality 1.3 vitalization 1.6 vitalize 1.6 vitalized 1.5 vitalizes 1.4 vitalizing 1.3
        vitally 1.1 vitals 1.1 vitamin 1.2 vitriolic -2.1 vivacious 1.8 vulnerableness -1.1 vulnerably -1.2
        vulture -2 vultures -1.3 walkout -1.3 wanker -2.5 warfare -1.2 warfares -1.8 warmed 1.1 warmer 1.2 warmers 1
        warmest 1.7 warmhearted 1.8 warmheartedness 2.7 warmish 1.4 warmly 1.7 warmness 1.5 warmonger -2.9
        warmongering -2.5 warmongers -2.8 warms 1.1 warmth 2 warned -1.1 warning -1.4 warnings -1.2 warred -2.4
        warring -1.9 waste -1.8 wasted -2.2 wasting -1.7 weaken -1.8 weakened -1.3 weakener -1.6 weakeners -1.3
        weakening -1.3 weakens -1.3 weakhearted -1.6 weakish -1.2 weaklier -1.5 weakliest -2.1 weakling -1.3
        weaklings -1.4 weakly -1.8 weakness -1.8 weaknesses -1.5 weakside -1.1 wealth 2.2 wealthier 2.2
        wealthiest 2.2 wealthily 2 wealthiness 2.4 wealthy 1.5 weapon -1.2 weaponed -1.4 weapons -1.9 weary -1.1
        weep -2.7 weeper -1.9 weepers -1.1 weepier -1.8 weepies -1.6 weepiest -2.4 weeping -1.9 weepings -1.9
        weeps -1.4 weepy -1.3 weirdie -1.3 weirdies -1 weirdly -1.2 weirdo -1.8 weirdoes -1.3 weirdos -1.1 welcome 2
        welcomed 1.4 welcomely 1.9 welcomeness 2 welcomer 1.4 welcomers 1.9 welcomes 1.7 welcoming 1.9 well 1.1
        wellborn 1.8 welldoer 2.5 welldoers 1.6 welling 1.6 wellness 1.9 wells 1 wellspring 1.5 wellsprings 1.4
        wept -2 whine -1.5 whiner -1.2 whines -1.8 whiney -1.3 whore -3.3 whored -2.8 whoredom -2.1 whoredoms -2.4
        whorehouse -1.1 whorehouses -1.9 whoremaster -1.9 whoremasters -1.5 whoremonger -2.6 whoremongers -2
        whores -3 whoreson -2.2 whoresons -2.5 wicked -2.4 wickeder -2.2 wickedest -2.9 wickedly -2.1
        wickedness -2.1 wickednesses -2.2 widowed -2.1 willingness 1.1 wimp -1.4 wimpier -1 wimpiness -1.2
        wimpish -1.6 wimps -1 winnable 1.8 winned 1.8 winningly 2.3 winnings 2.5 wisdom 2.4 wise 2.1 wiseacre -1.2
        wiseass -1.8 wiseasses -1.5 wised 1.5 wiseliest 1.6 wisely 1.8 wiseness 1.9 wisenheimer -1 wisenheimers -1.4
        wiser 1.2 wises 1.3 wisest 2.1 wisewomen 1.3 wish 1.7 witch -1.5 woe -1.8 woebegone -2.6 woebegoneness -1.1
        woeful -1.9 woefully -1.7 woefulness -2.1 woes -1.9 woesome -1.2 wonderful 2.7 wonderfully 2.9
        wonderfulness 2.9 woo 2.1 woohoo 2.3 woot 1.8 worn -1.2 worried -1.2 worriedly -2 worrier -1.8 worriers -1.7
        worries -1.8 worriment -1.5 worriments -1.9 worrisome -1.7 worrisomely -2 worrisomeness -1.9 worrit -2.1
        worrits -1.2 worry -1.9 worrying -1.4 worrywart -1.8 worrywarts -1.5 worse -2.1 worsen -2.3 worsened -1.9
        worsening -2 worsens -2.1 worser -2 worship 1.2 worshiped 2.4 worshiper 1 worshipfully 1.1
        worshipfulness 1.6 worshiping 1 worshipped 2.7 worshipping 1.6 worships 1.4 worst -3.1 worthless -1.9
        worthwhile 1.4 worthy 1.9 wow 2.8 wowed 2.6 wowing 2.5 wows 2 wowser -1.1 wowsers 1 wrathful -2.7 wreck -1.9
        wrong -2.1 wronged -1.9 x-d 2.6 x-p 1.7 xd 2.8 xp 1.6 yay 2.4 yeah 1.2 yeees 1.7 yep 1.2 youthful 1.3
        yucky -1.8 yummy 2.4 zealot -1.9
        """
}
