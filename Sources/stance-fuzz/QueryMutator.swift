// Hostile inputs for the whole query path. This file is copied byte for byte into
// Sources/stance-fuzz/ and Tests/StanceHardeningTests/; a test checks that the two copies match.

/// Makes query inputs: input `index` of a run depends only on the seed, the index and the seed queries.
struct QueryMutator {
    /// What an input is made of; the kinds take turns (index modulo the number of kinds).
    enum Kind: String, CaseIterable, Sendable {
        case randomBytes = "random-bytes", invalidUTF8 = "invalid-utf8", controls, mutation
        case longName = "long-name", nesting, numbersAndDates = "numbers-dates", fts5, keywordSoup = "keyword-soup"
    }

    static let keywords = [
        "who", "count", "how", "many", "supports", "opposes", "is", "neutral", "mixed", "on", "and", "or", "but",
        "not", "ever", "has", "changed", "agrees", "disagrees", "with", "works", "for", "among", "in", "as", "of",
        "since", "between", "quotes", "by", "about", "matching", "positions", "what", "does", "think", "say",
        "where", "stand", "why", "members", "affiliations", "actors", "issues", "sources", "people", "(", ")", "?",
        ",", "\"", "the", "Trump", "withdrawal", "KORUS", "Cutler", "renegotiation", "Seoul", "PIIE", "2018",
    ]
    static let dates = [
        "99999-99-99", "0000-00-00", "2018-02-29", "2016-02-29", "2018-02-30", "2018-13-01", "2018-00-10", "0000",
        "9999-12-31", "99999999999999999999999999", "18446744073709551616", "-1", "+2018", "2018-1-1", "1e308",
        "2018--01", "\u{0662}\u{0660}\u{0661}\u{0668}", "2018-01-04T00:00:00Z", "2017-10-01", "2007", "2011-12",
    ]
    static let fts5 = [
        "NEAR(", "NEAR(korus trade, 3)", "*", "^", "\"", "\"\"", "a OR b", "AND", "NOT", "OR", "-x", "text:flawed",
        "col:x", "(", ")", "{text}", "+", "'", "\\", "%", "_", "trade*", "^flawed", "NEAR/3", "\u{0}", "\u{201C}",
        "'; DROP TABLE quote; --", "flawed metric", "x\" OR \"y", "*:*", "rank MATCH 1", "\u{202E}deficit",
    ]
    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xC0, 0xAF], [0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xFE, 0xFE], [0xEF, 0xBF, 0xBE],
    ]
    static let controls: [Unicode.Scalar] = [
        "\u{0}", "\u{1}", "\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "\u{200B}",
        "\u{FEFF}", "\u{FFFD}", "\u{1F600}", "\u{301}", "\u{A0}", "\u{3000}",
    ]

    let seeds: [String]
    private var state: UInt64

    /// A generator for input `index` of the run with this seed.
    init(seed: UInt64, index: Int, seeds: [String]) {
        self.seeds = seeds.isEmpty ? ["who opposes withdrawal"] : seeds
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// Input `index` of the run: its kind and its text.
    static func input(seed: UInt64, index: Int, seeds: [String]) -> (kind: Kind, text: String) {
        var g = QueryMutator(seed: seed, index: index, seeds: seeds)
        let kind = Kind.allCases[index % Kind.allCases.count]
        return (kind, g.make(kind))
    }

    mutating func make(_ kind: Kind) -> String {
        switch kind {
        case .randomBytes:
            return String(decoding: (0..<int(160)).map { _ in UInt8(truncatingIfNeeded: next()) }, as: UTF8.self)
        case .invalidUTF8:
            var bytes = Array(pick(seeds).utf8)
            for _ in 0...int(3) { bytes.insert(contentsOf: pick(Self.invalidUTF8), at: int(bytes.count + 1)) }
            return String(decoding: bytes, as: UTF8.self)
        case .controls:
            var scalars = Array(pick(seeds).unicodeScalars)
            for _ in 0...int(4) { scalars.insert(pick(Self.controls), at: int(scalars.count + 1)) }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            return String(text)
        case .mutation:
            return mutate(pick(seeds))
        case .longName:
            let length = pick([300, 5_000, 30_000, 99_990, 100_001])
            let word = String(repeating: pick(["x", "Trump ", "withdrawal ", "é", "\u{1F600}", "the-"]), count: length)
            let slot = pick(["who opposes ", "quotes by ", "positions of ", "who supports withdrawal in ", ""])
            return String(String.UnicodeScalarView((slot + word).unicodeScalars.prefix(length + 12)))
        case .nesting:
            let depth = pick([10, 63, 64, 65, 1_000, 10_000])
            let open = String(repeating: pick(["(", "( ", "(supports withdrawal or "]), count: depth)
            let close = int(4) == 0 ? "" : String(repeating: ")", count: depth - int(2))
            return pick(["who ", "count who ", ""]) + open + pick(["supports withdrawal", "", "opposes"]) + close
        case .numbersAndDates:
            let window = pick(["as of D", "since D", "between D and D", "between 2018 and D", "as of D since D"])
            var text = pick(["who supports withdrawal ", "quotes ", "who changed on withdrawal ", "count who opposes korus "])
            for part in window.split(separator: " ") { text += (part == "D" ? pick(Self.dates) : String(part)) + " " }
            return int(3) == 0 ? "how many " + pick(Self.dates) + " " + text : text
        case .fts5:
            let pieces = (0...int(4)).map { _ in pick(Self.fts5) }.joined(separator: pick([" ", "", "\""]))
            return "quotes " + pick(["matching \"", "matching ", "by Cutler matching \"", "containing \u{201C}"]) + pieces
                + pick(["\"", "", "\u{201D}"])
        case .keywordSoup:
            return (0...int(30)).map { _ in pick(Self.keywords) }.joined(separator: " ")
        }
    }

    /// A valid query with one to three tokens dropped, duplicated, swapped, case-flipped or misspelt.
    mutating func mutate(_ query: String) -> String {
        var tokens = query.split(separator: " ").map(String.init)
        for _ in 0...int(3) where !tokens.isEmpty {
            let i = int(tokens.count)
            switch int(6) {
            case 0: tokens.remove(at: i)
            case 1: tokens.insert(tokens[i], at: i)
            case 2: tokens.swapAt(i, int(tokens.count))
            case 3: tokens[i] = String(tokens[i].map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) })
            case 4: tokens.insert(pick(Self.keywords), at: int(tokens.count + 1))
            default:
                var letters = Array(tokens[i])
                let j = int(letters.count)
                switch int(3) {
                case 0 where !letters.isEmpty: letters.remove(at: j)
                case 1 where letters.count > 1: letters.swapAt(j, int(letters.count))
                default: letters.insert(Character(UnicodeScalar(UInt8(97 + int(26)))), at: int(letters.count + 1))
                }
                tokens[i] = String(letters)
            }
        }
        return tokens.joined(separator: " ")
    }
}
