import CasebookIngest
import Testing

@Suite("HTML to text")
struct HTMLTextConverterTests {
    let converter = HTMLTextConverter()

    @Test(
        "paragraphs, line breaks, headings and quotes",
        arguments: [
            ("<p>One</p><p>Two<br>lines</p>", "One\n\nTwo\nlines"),
            ("<h1>Title</h1><div>Body <span>text</span></div>", "## Title\n\nBody text"),
            (
                "<blockquote><p>On Monday Alice wrote:</p><p>old text</p></blockquote><p>New</p>",
                "> On Monday Alice wrote:\n>\n> old text\n\nNew"
            ),
            ("plain text only", "plain text only"),
        ])
    func blocks(html: String, text: String) {
        #expect(converter.text(fromHTML: html) == text)
    }

    @Test("lists, nested and ordered")
    func lists() {
        let html = """
            <ul><li>First</li><li>Second<ul><li>Inner A</li><li>Inner B</li></ul></li></ul>
            <ol start="3"><li>Three</li><li>Four<ol><li>x</li></ol></li></ol>
            """
        #expect(
            converter.text(fromHTML: html)
                == "- First\n- Second\n  - Inner A\n  - Inner B\n\n3. Three\n4. Four\n   1. x")
    }

    @Test("links: web and mail kept, javascript and others dropped to their text")
    func links() {
        let html = """
            <p>See <a href="https://example.com/a b">the guide</a>, <a href="MAILTO:help@example.com">mail us</a>,
            <a href="javascript:alert(1)">click</a>, <a href=" JavaScript:void(0)">this</a>,
            <a href="data:text/html,x">data</a> or <a href="/relative">here</a>.</p>
            """
        #expect(
            converter.text(fromHTML: html)
                == "See [the guide](https://example.com/a%20b), [mail us](MAILTO:help@example.com), click, this, "
                + "data or here.")
    }

    @Test("a link showing its own address stays bare")
    func bareLinks() {
        let html =
            "<p>Write to <a href=\"mailto:help@example.com\">help@example.com</a> or open "
            + "<a href=\"https://app.example.com\">https://app.example.com</a><a href=\"https://x.example\"></a></p>"
        #expect(
            converter.text(fromHTML: html)
                == "Write to help@example.com or open https://app.example.comhttps://x.example")
    }

    @Test("code spans and preformatted blocks")
    func code() {
        let html = "<p>Run <code>npm  install</code> then:</p><pre><code>cd app\n  make build\n</code></pre>"
        #expect(converter.text(fromHTML: html) == "Run `npm install` then:\n\n```\ncd app\n  make build\n```")
    }

    @Test("entities decoded, no-break spaces made plain, white space collapsed")
    func entities() {
        let html =
            "<p>Caf&eacute; &amp; cr&egrave;me&nbsp;br&ucirc;l&eacute;e &lt;3 &#8364;5 &quot;ok&quot;\n\n   end</p>"
        #expect(converter.text(fromHTML: html) == "Café & crème brûlée <3 €5 \"ok\" end")
    }

    @Test("scripts, styles, the head and comments are dropped")
    func dropped() {
        let html = """
            <html><head><title>Mail</title><style>p { color: red }</style></head>
            <body><!-- tracking --><p>Hello</p><script>document.cookie</script><noscript>x</noscript>
            <img src="https://t.example/pixel.gif" alt="pixel"></body></html>
            """
        #expect(converter.text(fromHTML: html) == "Hello")
    }

    @Test("bold, italics and tables")
    func inline() {
        let html = "<p>Click <b>Save </b>then<i> wait</i>.</p><table><tr><td>Plan</td><td>Price</td></tr></table>"
        #expect(converter.text(fromHTML: html) == "Click **Save** then *wait*.\n\nPlan | Price")
    }

    @Test("garbage, truncated tags and deep nesting never crash", arguments: 0..<40)
    func garbage(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = [
            "<p>", "</p", "<ul><li>", "<a href=\"", "&#x", "&amp", "<pre>", "<!--", "<script>", "\"", ">",
            "<", "é", "\u{00A0}", "\n", "<blockquote>", "<ol start=\"99999999999999999999\">", "<br/", "text",
        ]
        var html = ""
        for _ in 0..<200 { html += pieces.randomElement(using: &generator) ?? "" }
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        html += String(decoding: bytes, as: UTF8.self)
        _ = converter.text(fromHTML: html)
        _ = converter.text(fromHTML: String(html.prefix(seed * 7)))
        _ = HTMLTextConverter.looksLikeHTML(html)
    }

    @Test("deeply nested markup and empty input")
    func extremes() {
        let deep = String(repeating: "<div><blockquote><ul><li>", count: 2000) + "bottom"
        _ = converter.text(fromHTML: deep)
        #expect(converter.text(fromHTML: "") == "")
        #expect(converter.text(fromHTML: "\0\0") == "")
        #expect(converter.text(fromHTML: "<p></p><ul><li></li></ul>") == "")
    }

    @Test(
        "telling HTML from plain text",
        arguments: [
            ("<p>Hello</p>", true), ("line<br>break", true), ("<A HREF=\"x\">y</A>", true), ("a</li>", true),
            ("if a < b and c > d", false), ("Sign as <your name>", false), ("<3 thanks", false), ("", false),
        ])
    func looksLikeHTML(text: String, expected: Bool) {
        #expect(HTMLTextConverter.looksLikeHTML(text) == expected)
    }
}

/// A small deterministic random generator (SplitMix64), so fuzz cases are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
