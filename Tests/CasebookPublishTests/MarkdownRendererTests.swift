import CasebookPublish
import Foundation
import Testing

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test(
        "raw HTML and script links never survive",
        arguments: [
            "<script>alert(1)</script>",
            "Hello <script>alert(1)</script> world",
            "<img src=x onerror=alert(1)>",
            "Text <img src=x onerror=alert(1)> inline",
            "<iframe src=\"https://evil.test\"></iframe>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div onclick=\"alert(1)\">click</div>",
            "<svg onload=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<javascript:alert(1)>",
            "![x](javascript:alert(1))",
            "[x]: javascript:alert(1)\n\n[link][x]",
        ])
    func unsafeInputIsNeutralised(markdown: String) {
        let html = renderer.html(from: markdown).lowercased()
        for forbidden in ["<script", "<iframe", "<svg", "<div", "src=x", "onerror", "onclick", "onload"] {
            #expect(!html.contains(forbidden), "\(forbidden) in \(html)")
        }
        for scheme in ["javascript:", "vbscript:", "data:text/html"] {
            #expect(!html.contains("\"\(scheme)"), "a \(scheme) URL in \(html)")
        }
        #expect(!html.contains("raw html omitted"))
    }

    @Test("tables render")
    func tables() {
        let html = renderer.html(from: "| Plan | Price |\n|------|------:|\n| Pro | 12 € |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Plan</th>"))
        #expect(html.contains("<td>Pro</td>"))
        #expect(html.contains("12 €"))
    }

    @Test("lists, task lists, strikethrough and autolinks render")
    func listsAndExtensions() {
        let html = renderer.html(
            from: "1. First\n2. Second\n\n- [x] Done\n- [ ] Todo\n\n~~old~~ see www.example.com\n")
        #expect(html.contains("<ol>\n<li>First</li>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> Done"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
    }

    @Test("headings shift so the body's top heading is h2")
    func headingsShift() {
        #expect(renderer.html(from: "# Top\n\n## Next") == "<h2>Top</h2>\n<h3>Next</h3>\n")
        #expect(renderer.html(from: "## Top\n\n### Next") == "<h2>Top</h2>\n<h3>Next</h3>\n")
        #expect(renderer.html(from: "### Only") == "<h3>Only</h3>\n")
    }

    @Test("remote images become links; nothing is loaded from another host")
    func remoteImages() {
        let html = renderer.html(from: "See ![the status badge](https://status.test/b.png) and ![](//cdn.test/x.png)")
        #expect(!html.contains("<img"))
        #expect(html.contains("<a href=\"https://status.test/b.png\">the status badge</a>"))
        #expect(html.contains("<a href=\"//cdn.test/x.png\">//cdn.test/x.png</a>"))
    }

    @Test("excerpts are the first paragraph, on one line, cut at a word")
    func excerpts() {
        #expect(
            renderer.excerpt(from: "## Title\n\nFirst **bold** [link](https://x.test)\nline.\n\nSecond.")
                == "First bold link line.")
        #expect(renderer.excerpt(from: "## Only a heading") == nil)
        let long = String(repeating: "word ", count: 60)
        let excerpt = renderer.excerpt(from: long, limit: 40)
        #expect(excerpt == "word word word word word word word word…")
        #expect(renderer.excerpt(from: "<script>alert(1)</script>\n\nSafe text.") == "Safe text.")
        #expect(renderer.excerpt(from: "Hi <b>there</b> friend") == "Hi there friend")
        let leadIn = "## The problem\n\nCustomers describe it like this:\n\n> My sync is stuck.\n"
        #expect(renderer.excerpt(from: leadIn) == "My sync is stuck.")
        #expect(renderer.excerpt(from: "## Steps\n\nCheck the following:") == "Check the following:")
    }

    @Test("rendering on many threads at once gives the same HTML every time")
    func concurrentRendering() {
        let renderer = MarkdownRenderer()
        let markdown = "- ~~Call us~~ Use the form.\n- | a |\n\n| x | y |\n|---|---|\n| 1 | 2 |\n"
        let expected = renderer.html(from: markdown)
        #expect(expected.contains("<del>Call us</del>"))
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 400) { _ in
            results.add(renderer.html(from: markdown))
        }
        #expect(results.distinct() == [expected])
    }

    /// Collects strings from several threads.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: Set<String> = []

        func add(_ value: String) {
            lock.lock()
            values.insert(value)
            lock.unlock()
        }

        func distinct() -> Set<String> {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}
