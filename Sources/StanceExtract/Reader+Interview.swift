import StanceCore

extension Reader {
    /// Who answers in an interview printed as questions and answers ("Q: …" / "A: …"): for each run of
    /// paragraphs that opens a run of questions and answers, the person named nearest before the answers: a name
    /// standing alone as a heading ("Harold Brenneman"), else the first person the nearest paragraph names that
    /// names one ("Marcus Delgado spent a decade at … He spoke with us …"; "We also put the question to Park
    /// Ji-won, …"), by the index of the run's last paragraph. A name in capitals (a header, a dateline) is none.
    /// Empty when the article is no such interview.
    func interviewees() -> [Int: NounPhrase] {
        let interview = article.interview
        guard !interview.isEmpty else { return [:] }
        var found: [Int: NounPhrase] = [:]
        for last in article.paragraphs.indices where interview[last] == nil && interview[last + 1] != nil {
            var index = last
            while index >= 0, interview[index] == nil, found[last] == nil {
                found[last] = firstPerson(in: article.wordIndices(in: article.paragraphs[index].lowerBound..<article.paragraphs[index].upperBound))
                index -= 1
            }
        }
        return found
    }

    /// The first person the words name, known or new (two words or more), not written in capitals.
    private func firstPerson(in block: Range<Int>) -> NounPhrase? {
        for k in block where isNameWord(k) && (k == block.lowerBound || !isNameWord(k - 1) || !spaced(k - 1)) {
            guard let phrase = nounPhrase(startingAt: k, ceiling: block.upperBound) else { continue }
            if phrase.words.allSatisfy({ words[$0].text.count > 1 && words[$0].text == words[$0].text.uppercased() }) { continue }
            switch phrase.referent {
            case .actor(let id): if finder.actors[id]?.kind == .person { return phrase }
            case .newName(let name): if name.split(separator: " ").count >= 2, Extractor.guessKind(name) == .person { return phrase }
            case .anonymous, .pronoun, .title: continue
            }
        }
        return nil
    }
}
