import StanceCore

extension Reader {
    /// Who answers in an interview printed as questions and answers ("Q: …" / "A: …"): for each run of
    /// paragraphs that opens a run of questions and answers (the introduction: "Marcus Delgado spent a decade at …
    /// He spoke with us …"), the first person it names, by the index of its last paragraph. Empty when the article
    /// is no such interview. A second interview later in the article has an introduction of its own.
    func interviewees() -> [Int: NounPhrase] {
        let interview = article.interview
        guard !interview.isEmpty else { return [:] }
        var found: [Int: NounPhrase] = [:]
        for last in article.paragraphs.indices where interview[last] == nil && interview[last + 1] != nil {
            var first = last
            while first > 0, interview[first - 1] == nil { first -= 1 }
            let block = article.wordIndices(in: article.paragraphs[first].lowerBound..<article.paragraphs[last].upperBound)
            for k in block where isNameWord(k) && (k == block.lowerBound || !isNameWord(k - 1) || !spaced(k - 1)) {
                guard let phrase = nounPhrase(startingAt: k, ceiling: block.upperBound) else { continue }
                let person: Bool
                switch phrase.referent {
                case .actor(let id): person = finder.actors[id]?.kind == .person
                case .newName(let name): person = name.split(separator: " ").count >= 2 && Extractor.guessKind(name) == .person
                case .anonymous, .pronoun, .title: person = false
                }
                if person {
                    found[last] = phrase
                    break
                }
            }
        }
        return found
    }
}
