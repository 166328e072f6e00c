extension Graph.Issue {
    /// The most characters a term may have.
    public static let maximumTermLength = 80

    /// What is wrong with each of `terms`, by its index (empty when every term is valid).
    ///
    /// A term is 1 to `maximumTermLength` characters of one line, with a letter or a digit; two terms of one
    /// issue that read as the same words (`NameMatching.key`: case and punctuation aside) are one term twice.
    /// ```swift
    /// Graph.Issue.termProblems(["steel quota", "Steel quota"])
    /// // [(1, "'Steel quota' is already a term of this issue ('steel quota'); remove one")]
    /// ```
    public static func termProblems(_ terms: [String]) -> [(index: Int, message: String)] {
        var problems: [(index: Int, message: String)] = []
        var seen: [String: String] = [:]
        for (index, term) in terms.enumerated() {
            if term.contains(where: \.isNewline) {
                problems.append((index, "a term is one line; '\(term.split(whereSeparator: \.isNewline).first ?? "")…' has a line break"))
                continue
            }
            if term.allSatisfy(\.isWhitespace) {
                problems.append((index, "a term is empty; remove it or write the words"))
                continue
            }
            if term.count > maximumTermLength {
                problems.append((index, "term '\(term.prefix(30))…' has \(term.count) characters; a term has at most \(maximumTermLength)"))
                continue
            }
            let key = NameMatching.key(term)
            if key.isEmpty {
                problems.append((index, "term '\(term)' has no letter or digit"))
            } else if let earlier = seen[key] {
                problems.append((index, "'\(term)' is already a term of this issue ('\(earlier)'); remove one"))
            } else {
                seen[key] = term
            }
        }
        return problems
    }
}
