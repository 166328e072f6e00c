/// A fragment of HTML that is safe by construction.
///
/// The only ways to make one are `HTML(text)` (escaped), `element(_:_:_:)` (a tag from a fixed list, attribute names
/// written in the source, values escaped, links built from path components) and the document prologue. No
/// function takes markup as a string, so no user text reaches a page unescaped.
///
/// ```swift
/// let cell: HTML = .element(.td, [.class("quote")], [HTML(quote.text)])
/// ```
struct HTML: Sendable {
    /// The markup; only this file writes it.
    private(set) var markup: String

    private init(markup: String) {
        self.markup = markup
    }

    /// Text, escaped for both element content and quoted attribute values.
    init(_ text: String) {
        markup = HTML.escape(text)
    }

    static let empty = HTML(markup: "")

    /// `<!doctype html>` followed by `root`.
    static func document(_ root: HTML) -> HTML {
        HTML(markup: "<!doctype html>\n" + root.markup + "\n")
    }

    /// An element with its attributes and children; void elements (`input`, `meta`, …) take no children.
    static func element(_ tag: Tag, _ attributes: [Attribute] = [], _ children: [HTML] = []) -> HTML {
        var out = "<" + tag.name
        for attribute in attributes {
            out += " " + attribute.name
            if let value = attribute.value { out += "=\"" + HTML.escape(value) + "\"" }
        }
        out += ">"
        guard !tag.isVoid else { return HTML(markup: out) }
        for child in children { out += child.markup }
        out += "</" + tag.name + ">"
        return HTML(markup: out)
    }

    /// Fragments one after another.
    static func join(_ parts: [HTML]) -> HTML {
        HTML(markup: parts.map(\.markup).joined())
    }

    /// Escapes `& < > " '`, replaces control characters other than tab and line feed with U+FFFD and removes
    /// bidirectional overrides and isolates, which could make text read other than it is.
    ///
    /// Works on UTF-8 bytes, and returns the text itself when nothing needs changing (most names and quotes).
    static func escape(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        guard utf8.indices.contains(where: { needsWork(utf8, at: $0) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        var index = 0
        utf8.append(0)  // a sentinel, so a lead byte can look ahead
        while index < utf8.count - 1 {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "'"): out += Array("&#39;".utf8)
            case 0x09, 0x0A: out.append(byte)
            case 0x00..<0x20, 0x7F: out += replacement
            case 0xC2 where (0x80...0x9F).contains(utf8[index + 1]):
                // A C1 control (U+0080–U+009F).
                out += replacement
                index += 2
                continue
            case 0xE2 where isBidiControl(utf8, at: index):
                index += 3
                continue
            default: out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// U+FFFD in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func needsWork(_ utf8: [UInt8], at index: Int) -> Bool {
        switch utf8[index] {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F:
            return true
        case 0x09, 0x0A: return false
        case 0x00..<0x20: return true
        case 0xC2: return index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1])
        case 0xE2: return isBidiControl(utf8, at: index)
        default: return false
        }
    }

    /// Whether the three bytes at `index` are U+202A–U+202E or U+2066–U+2069.
    private static func isBidiControl(_ utf8: [UInt8], at index: Int) -> Bool {
        guard index + 2 < utf8.count, utf8[index] == 0xE2 else { return false }
        let second = utf8[index + 1], third = utf8[index + 2]
        return (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// An element name. The list is closed: only names written here can be produced.
    struct Tag: Sendable {
        let name: String
        let isVoid: Bool

        private init(_ name: StaticString, void: Bool = false) {
            self.name = "\(name)"
            self.isVoid = void
        }

        static let html = Tag("html"), head = Tag("head"), body = Tag("body"), title = Tag("title")
        static let meta = Tag("meta", void: true), link = Tag("link", void: true), script = Tag("script")
        static let header = Tag("header"), nav = Tag("nav"), main = Tag("main"), footer = Tag("footer")
        static let section = Tag("section"), article = Tag("article"), div = Tag("div"), span = Tag("span")
        static let h1 = Tag("h1"), h2 = Tag("h2"), h3 = Tag("h3"), p = Tag("p"), a = Tag("a"), code = Tag("code")
        static let pre = Tag("pre"), ul = Tag("ul"), ol = Tag("ol"), li = Tag("li"), dl = Tag("dl"), dt = Tag("dt")
        static let dd = Tag("dd"), strong = Tag("strong"), em = Tag("em"), mark = Tag("mark"), q = Tag("q")
        static let small = Tag("small"), time = Tag("time"), blockquote = Tag("blockquote")
        static let table = Tag("table"), thead = Tag("thead"), tbody = Tag("tbody"), tr = Tag("tr")
        static let th = Tag("th"), td = Tag("td"), caption = Tag("caption")
        static let form = Tag("form"), label = Tag("label"), input = Tag("input", void: true)
        static let select = Tag("select"), option = Tag("option"), button = Tag("button")
        static let datalist = Tag("datalist"), fieldset = Tag("fieldset"), legend = Tag("legend")
        static let textarea = Tag("textarea"), noscript = Tag("noscript"), aside = Tag("aside")
        static let svg = Tag("svg"), g = Tag("g"), line = Tag("line"), circle = Tag("circle"), text = Tag("text")
        static let rect = Tag("rect"), svgTitle = Tag("title")
    }

    /// An attribute: its name is written in the source; its value is escaped; a URL is a `Link`.
    struct Attribute: Sendable {
        let name: String
        let value: String?

        /// An attribute whose name is a literal in the code and whose value is plain text (not a URL).
        init(_ name: StaticString, _ value: String) {
            let name = "\(name)"
            // A programming error, caught by the tests: URLs go through `Link`, and no page has inline handlers.
            precondition(
                !["href", "src", "action", "formaction", "style"].contains(name) && !name.hasPrefix("on"),
                "attribute \(name) must be built through Link, or not at all")
            self.name = name
            self.value = value
        }

        private init(name: String, value: String?) {
            self.name = name
            self.value = value
        }

        /// A boolean attribute (`selected`, `required`).
        static func flag(_ name: StaticString) -> Attribute { Attribute(name: "\(name)", value: nil) }
        static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
        static func id(_ value: String) -> Attribute { Attribute("id", value) }
        /// `href` from a link made of our own paths: never a `javascript:` or other scheme.
        static func href(_ link: Link) -> Attribute { Attribute(name: "href", value: link.value) }
        static func src(_ link: Link) -> Attribute { Attribute(name: "src", value: link.value) }
        static func action(_ link: Link) -> Attribute { Attribute(name: "action", value: link.value) }
    }
}

/// A URL on this server: a path of percent-encoded components, a query and a fragment. It always starts with
/// `/` or `#`, so it can never name a scheme such as `javascript:`.
struct Link: Sendable, Equatable {
    let value: String

    /// `/a/b?k=v#f`, each part percent-encoded.
    init(_ components: [String], query: [(String, String)] = [], fragment: String? = nil) {
        var value = "/" + components.map(Link.encode).joined(separator: "/")
        if !query.isEmpty {
            value += "?" + query.map { Link.encode($0.0) + "=" + Link.encode($0.1) }.joined(separator: "&")
        }
        if let fragment { value += "#" + Link.encode(fragment) }
        self.value = value
    }

    /// A link to a place on the same page.
    static func fragment(_ name: String) -> Link { Link(fragmentOnly: name) }

    private init(fragmentOnly name: String) {
        value = "#" + Link.encode(name)
    }

    static func == (lhs: Link, rhs: Link) -> Bool { lhs.value == rhs.value }

    /// Percent-encodes everything but the unreserved characters of RFC 3986.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%"
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                out.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return out
    }
}

/// Short names for building pages: `el(.p, [.class("x")], "text", link)`.
func el(_ tag: HTML.Tag, _ attributes: [HTML.Attribute] = [], _ children: HTMLConvertible...) -> HTML {
    HTML.element(tag, attributes, children.map(\.html))
}

/// Something a page can show: escaped text, a number, or HTML already built.
protocol HTMLConvertible {
    var html: HTML { get }
}

extension HTML: HTMLConvertible {
    var html: HTML { self }
}

extension String: HTMLConvertible {
    var html: HTML { HTML(self) }
}

extension Int: HTMLConvertible {
    var html: HTML { HTML(String(self)) }
}

extension Array: HTMLConvertible where Element == HTML {
    var html: HTML { HTML.join(self) }
}
