import StanceCore

/// A word of an article with its place in code points (end exclusive).
struct Word: Sendable, Equatable {
    var start: Int
    var end: Int
    /// The word as written ("U.S.", "Korea’s", "Washington-based").
    var text: String
    /// Lower case, without a possessive "'s" and without a final period.
    var lower: String
    /// Where the word ends without its possessive "'s" (`end` when it has none).
    var bareEnd: Int

    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// A single upper-case letter and a period: a middle initial ("W.").
    var isInitial: Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 2 && scalars[0].properties.isUppercase && scalars[1] == "."
    }
}

/// A sentence of an article: its range in code points and the paragraph it belongs to.
struct Sentence: Sendable, Equatable {
    var start: Int
    var end: Int
    var paragraph: Int
}

/// A passage between double quote marks: where the marks are, and the text inside them.
struct QuoteSpan: Sendable, Equatable {
    /// The offset of the opening mark.
    var open: Int
    /// The offset of the closing mark (the paragraph end for a quote that runs on).
    var close: Int
    /// The quoted words, trimmed of white space and of a closing comma.
    var inner: TextRange
    /// Whether the quotation runs on into the next paragraph (no closing mark here).
    var runsOn = false
}

/// An article prepared for extraction: its code points, words, quoted passages, sentences and paragraphs.
///
/// Every offset counts Unicode code points from the start of the text, as `graph-data/` does.
struct ArticleText: Sendable {
    let text: String
    let scalars: [Unicode.Scalar]
    private(set) var words: [Word] = []
    private(set) var quotes: [QuoteSpan] = []
    private(set) var paragraphs: [Range<Int>] = []
    private(set) var sentences: [Sentence] = []
    /// The paragraphs of an interview printed as questions and answers ("Q: …", "A: …"), by index: what each is.
    private(set) var interview: [Int: InterviewPart] = [:]

    /// A paragraph of an interview printed as questions and answers.
    enum InterviewPart: Sendable, Equatable {
        /// The interviewer's question ("Q:"): it takes no side.
        case question
        /// The answer ("A:"): the words of the person interviewed, without quote marks.
        case answer
    }

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        words = tokenize()
        paragraphs = splitParagraphs()
        interview = findInterview()
        quotes = findQuotes()
        sentences = splitSentences()
    }

    /// What the paragraph holding `offset` is in a question-and-answer interview, if the article is one.
    func interviewPart(at offset: Int) -> InterviewPart? {
        interview.isEmpty ? nil : interview[paragraphIndex(at: offset)]
    }

    /// The text of a range of code points.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The text between two words (exclusive of both).
    func gap(_ left: Int, _ right: Int) -> String {
        string(words[left].end..<words[right].start)
    }

    /// The index of the first word starting at or after `offset`.
    func firstWord(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The indices of the words that lie wholly in `range` (a possessive "'s" may stick out).
    func wordIndices(in range: Range<Int>) -> Range<Int> {
        let first = firstWord(atOrAfter: range.lowerBound)
        var last = first
        while last < words.count, words[last].bareEnd <= range.upperBound { last += 1 }
        return first..<last
    }

    /// The index of the paragraph holding `offset`.
    func paragraphIndex(at offset: Int) -> Int {
        for (index, paragraph) in paragraphs.enumerated() where offset < paragraph.upperBound {
            return index
        }
        return max(0, paragraphs.count - 1)
    }

    // MARK: - Words

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func tokenize() -> [Word] {
        var words: [Word] = []
        var index = 0
        let count = scalars.count
        while index < count {
            guard ArticleText.isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            while end < count {
                let scalar = scalars[end]
                if ArticleText.isWordScalar(scalar) {
                    end += 1
                    continue
                }
                let next = end + 1 < count ? scalars[end + 1] : " "
                let afterNext = end + 2 < count ? scalars[end + 2] : " "
                // Joiners inside a word: "U.S", "Korea’s", "one-sided", "U.S.-South".
                if scalar == "." || scalar == "'" || scalar == "\u{2019}" || scalar == "-" {
                    if ArticleText.isWordScalar(next) {
                        end += 1
                        continue
                    }
                    if scalar == ".", next == "-", ArticleText.isWordScalar(afterNext) {
                        end += 2
                        continue
                    }
                }
                break
            }
            // A final period that belongs to the word: "U.S.", "W.", "Mr.".
            if end < count, scalars[end] == "." {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                let body = String(view)
                let single = body.unicodeScalars.count == 1 && (body.unicodeScalars.first?.properties.isUppercase ?? false)
                if body.contains(".") || single || Lexicon.abbreviations.contains(body.lowercased()) {
                    end += 1
                }
            }
            words.append(makeWord(start, end))
            index = end
        }
        return words
    }

    private func makeWord(_ start: Int, _ end: Int) -> Word {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        var bareEnd = end
        if end - start > 2, scalars[end - 1] == "s" || scalars[end - 1] == "S",
            scalars[end - 2] == "'" || scalars[end - 2] == "\u{2019}"
        {
            bareEnd = end - 2
        }
        var lowerView = String.UnicodeScalarView()
        lowerView.append(contentsOf: scalars[start..<bareEnd])
        var lower = String(lowerView).lowercased()
        if lower.hasSuffix("."), lower.count > 1, !lower.dropLast().contains(".") { lower.removeLast() }
        return Word(start: start, end: end, text: text, lower: lower, bareEnd: bareEnd)
    }

    // MARK: - Paragraphs

    private func splitParagraphs() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" || scalar == "\r" {
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges.filter { range in range.contains { !scalars[$0].properties.isWhitespace } }
    }

    // MARK: - Quotes

    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{201C}" || scalar == "\u{201E}" }
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{201D}" || scalar == "\u{201F}" }

    /// Whether a straight `"` at `index` opens a quotation (judged by what stands on either side).
    private func straightOpens(at index: Int, open: Bool) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        let spaceBefore = before.properties.isWhitespace || "([{—–-".unicodeScalars.contains(before)
        let spaceAfter = after.properties.isWhitespace || ".,;:!?)]}".unicodeScalars.contains(after)
        if spaceBefore && !spaceAfter { return true }
        if spaceAfter && !spaceBefore { return false }
        return !open
    }

    private func findQuotes() -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        let transcript = transcriptLines()
        for paragraph in paragraphs {
            // "HAYASHI: American families do, mostly.": a transcript line without quote marks is a
            // quotation of its speaker, from after the label to the paragraph's end.
            if let colon = transcript[paragraph.lowerBound] {
                spans.append(span(colon + 1, paragraph.upperBound))
                continue
            }
            var openAt: Int?
            for index in paragraph {
                let scalar = scalars[index]
                if ArticleText.isOpening(scalar) {
                    openAt = index
                } else if ArticleText.isClosing(scalar) {
                    if let open = openAt { spans.append(span(open, index)) }
                    openAt = nil
                } else if scalar == "\"" {
                    if straightOpens(at: index, open: openAt != nil) {
                        openAt = index
                    } else if let open = openAt {
                        spans.append(span(open, index))
                        openAt = nil
                    }
                }
            }
            // A quotation that runs on to the next paragraph (which opens with a quote mark again)
            // ends, for this paragraph, at its last word.
            if let open = openAt, let next = paragraphs.first(where: { $0.lowerBound >= paragraph.upperBound }),
                let first = next.first(where: { !scalars[$0].properties.isWhitespace }),
                ArticleText.isOpening(scalars[first]) || scalars[first] == "\""
            {
                var runOn = span(open, paragraph.upperBound)
                runOn.runsOn = true
                spans.append(runOn)
            }
        }
        return spans.filter { $0.inner.length > 0 }
    }

    /// The labels of a question-and-answer interview: the interviewer's question and the answer. No speaker's name.
    static let questionLabels: Set<String> = ["Q", "Q.", "QUESTION"]
    static let answerLabels: Set<String> = ["A", "A.", "ANSWER"]

    /// The paragraphs that open with a question or answer label and a colon ("Q: Should …", "A: No. …"), when the
    /// article has both kinds: an interview printed as questions and answers.
    private func findInterview() -> [Int: InterviewPart] {
        var parts: [Int: InterviewPart] = [:]
        for (number, paragraph) in paragraphs.enumerated() {
            var index = paragraph.lowerBound
            while index < paragraph.upperBound, scalars[index].properties.isWhitespace { index += 1 }
            let start = index
            while index < paragraph.upperBound, index - start < 9, scalars[index] != ":" { index += 1 }
            guard index < paragraph.upperBound, scalars[index] == ":" else { continue }
            let label = string(start..<index).uppercased()
            if Self.questionLabels.contains(label) { parts[number] = .question }
            if Self.answerLabels.contains(label) { parts[number] = .answer }
        }
        return parts.values.contains(.question) && parts.values.contains(.answer) ? parts : [:]
    }

    /// Labels an editor writes, not a speaker ("NOTE: This transcript was edited for length.").
    static let editorialLabels: Set<String> = [
        "NOTE", "EDITOR'S NOTE", "EDITOR\u{2019}S NOTE", "EDITORS' NOTE", "UPDATE", "CORRECTION", "CLARIFICATION", "SOURCE",
        "SOURCES", "PHOTO", "CREDIT", "CONTACT", "DISCLAIMER", "DISCLOSURE", "TRANSCRIPT",
    ]

    /// The paragraphs of a transcript written without quote marks, by their first offset, with the offset of
    /// the colon after their label: a paragraph that opens with a speaker's label in capitals (one to three
    /// words, `HAYASHI:`, `HOST:`, `SEN. WARREN:`) and a space, holds no quote mark, and is one of at least two
    /// such paragraphs in the article (a single "NOTE: …" is no transcript).
    private func transcriptLines() -> [Int: Int] {
        var lines: [Int: Int] = [:]
        for paragraph in paragraphs {
            let scan = labelScan(paragraph)
            let index = scan.range.upperBound
            let label = transcriptLabel(in: paragraph)
            let labelled = label != nil && index + 1 < paragraph.upperBound && scalars[index + 1].properties.isWhitespace
            let parenthesised = index < paragraph.upperBound && scalars[index] == "("
            let quoted = paragraph.contains { ArticleText.isOpening(scalars[$0]) || ArticleText.isClosing(scalars[$0]) || scalars[$0] == "\"" }
            // "DEMPSEY (on tape): “…”": where the speakers' lines carry quote marks, the unmarked lines are the
            // journalists' narration, not quotations.
            if quoted, scan.letters >= 1, parenthesised || labelled { return [:] }
            // "Q:" and "A:" name no speaker: an interview's answers are read in `interview`.
            guard labelled, !quoted, let label else { continue }
            let written = string(label).uppercased()
            guard !Self.editorialLabels.contains(written), !Self.questionLabels.contains(written), !Self.answerLabels.contains(written)
            else { continue }
            lines[paragraph.lowerBound] = index
        }
        return lines.count >= 2 ? lines : [:]
    }

    /// The speaker's label a paragraph opens with, in code points (the colon right after it): one to
    /// three words in capitals, within 30 code points (`HAYASHI`, `SEN. WARREN`, `HOST`, `Q`), right
    /// before a colon; nil when the paragraph opens otherwise. Both transcripts with quote marks
    /// (`WHITFIELD: “…”`, read by `Reader.isTranscriptLabel`) and without (`transcriptLines`) are
    /// labelled so.
    func transcriptLabel(in paragraph: Range<Int>) -> Range<Int>? {
        let scan = labelScan(paragraph)
        let index = scan.range.upperBound
        guard index < paragraph.upperBound, index > scan.range.lowerBound, scan.letters >= 1, scan.words <= 3,
            scalars[index - 1] != " ", scalars[index] == ":"
        else { return nil }
        return scan.range
    }

    /// The run of capitals, spaces and `.'’-` a paragraph opens with (past white space, at most 31
    /// code points), with how many upper-case letters and words it holds.
    private func labelScan(_ paragraph: Range<Int>) -> (range: Range<Int>, letters: Int, words: Int) {
        var index = paragraph.lowerBound
        while index < paragraph.upperBound, scalars[index].properties.isWhitespace { index += 1 }
        let labelStart = index
        var letters = 0
        var words = 1
        while index < paragraph.upperBound, index - labelStart <= 30 {
            let scalar = scalars[index]
            if scalar.properties.isUppercase { letters += 1 } else if scalar == " " { words += 1 } else if !".'\u{2019}-".unicodeScalars.contains(scalar) { break }
            index += 1
        }
        return (labelStart..<index, letters, words)
    }

    /// The quote between marks at `open` and `close`, its text trimmed: white space, a closing
    /// comma, and the closing period of a fragment (a quote that does not start a sentence).
    private func span(_ open: Int, _ close: Int) -> QuoteSpan {
        var start = open + 1
        var end = close
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        if end > start, scalars[end - 1] == "," { end -= 1 }
        let startsLower = start < end && scalars[start].properties.isLowercase
        if end > start, scalars[end - 1] == ".", startsLower { end -= 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return QuoteSpan(open: open, close: close, inner: TextRange(start: start, end: end))
    }

    // MARK: - Sentences

    private func splitSentences() -> [Sentence] {
        var sentences: [Sentence] = []
        let wordEnds = Dictionary(words.map { ($0.end, $0) }, uniquingKeysWith: { first, _ in first })
        for (number, paragraph) in paragraphs.enumerated() {
            var start = paragraph.lowerBound
            var index = paragraph.lowerBound
            while index < paragraph.upperBound {
                let scalar = scalars[index]
                var boundary: Int?
                if scalar == "." || scalar == "!" || scalar == "?" || ArticleText.isClosing(scalar) || scalar == "\"" {
                    let insideQuote = quotes.contains { $0.open < index && index < $0.close }
                    if ArticleText.isClosing(scalar) || scalar == "\"" {
                        // A closing mark right after the sentence's own end: "… better.” Much".
                        let previous = index > 0 ? scalars[index - 1] : " "
                        let closes = quotes.contains { $0.close == index }
                        if closes, previous == "." || previous == "!" || previous == "?" { boundary = index + 1 }
                        // "“Who asked for this?” Halvorsen asked.": a question or exclamation the
                        // attribution right after it belongs to.
                        if closes, previous == "!" || previous == "?", attributionFollows(index + 1) { boundary = nil }
                    } else if !insideQuote {
                        // An abbreviation's period ("U.S.", "Mr.") ends no sentence unless a line does.
                        if let word = wordEnds[index + 1], word.text.hasSuffix("."), word.text.count > 1 {
                            boundary = nil
                        } else {
                            var after = index + 1
                            while after < paragraph.upperBound, ArticleText.isClosing(scalars[after]) || scalars[after] == ")" { after += 1 }
                            boundary = after
                        }
                    }
                }
                if let end = boundary {
                    // Only where white space and a capital, digit or opening mark follow.
                    var next = end
                    while next < paragraph.upperBound, scalars[next].properties.isWhitespace { next += 1 }
                    let follows = next < paragraph.upperBound ? scalars[next] : " "
                    if next == paragraph.upperBound
                        || (next > end && (follows.properties.isUppercase || follows.properties.numericType != nil
                            || ArticleText.isOpening(follows) || follows == "\""))
                    {
                        sentences.append(Sentence(start: start, end: end, paragraph: number))
                        start = next
                        index = next
                        continue
                    }
                }
                index += 1
            }
            if start < paragraph.upperBound {
                sentences.append(Sentence(start: start, end: paragraph.upperBound, paragraph: number))
            }
        }
        return sentences.filter { $0.end > $0.start }
    }

    /// Whether a verb of saying comes within the next five words after `offset`, before any end
    /// of sentence ("Halvorsen asked.", "Delia Fournier shouted from the stage").
    private func attributionFollows(_ offset: Int) -> Bool {
        var index = firstWord(atOrAfter: offset)
        var seen = 0
        while index < words.count, seen < 5 {
            let word = words[index]
            if !word.isCapitalized, Lexicon.speechVerbs.contains(word.lower) || Lexicon.moreSpeechVerbs.contains(word.lower) { return true }
            if index + 1 < words.count, gap(index, index + 1).contains(where: { ".!?\n\u{201C}\"".contains($0) }) { return false }
            index += 1
            seen += 1
        }
        return false
    }

    /// The sentence's text without surrounding white space, and its trimmed range.
    func trimmedSentence(_ sentence: Sentence) -> (text: String, range: TextRange) {
        var start = sentence.start
        var end = sentence.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return (string(start..<end), TextRange(start: start, end: end))
    }
}
