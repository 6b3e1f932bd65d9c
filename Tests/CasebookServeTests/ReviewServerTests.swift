import CasebookCore
import CasebookPublish
import Foundation
import Mustache
import Testing

@testable import CasebookServe

/// A store with two drafted articles, one of whose source tickets carries script payloads.
struct ServeFixture {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)
    let store: Store
    let ids: [Int64]

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "casebook-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try Store.open(at: folder.appendingPathComponent("store.sqlite").path)
        ids = try store.write { db in
            var ticket = Ticket(
                source: "csv", externalID: "7", subject: "<script>window.pwned=1</script> Sync stuck", status: "solved",
                createdAt: Self.now, updatedAt: Self.now, sourceFile: "t.csv", sourceLine: 2)
            try ticket.insert(db)
            var comment = Comment(
                ticketID: ticket.id!, position: 0, authorRole: .customer, isPublic: true,
                bodyText: "<img src=x onerror=\"window.pwned=2\"> it is stuck", createdAt: Self.now)
            try comment.insert(db)
            var note = Comment(
                ticketID: ticket.id!, position: 1, authorRole: .agent, isPublic: false,
                bodyText: "INTERNAL-ONLY note about the customer", createdAt: Self.now)
            try note.insert(db)
            var session = ArticleLedger.Session(db: db, now: Self.now)
            let first = try session.createArticle(
                DraftedText(
                    title: "Sync stuck", body: "1. Restart the app.\n2. Sign in again.", category: "Sync",
                    language: "en"),
                slug: "sync-stuck", clusterKey: "k1", sources: [ticket.id!], by: "casebook", note: "drafted")
            let second = try session.createArticle(
                DraftedText(title: "Facture", body: "Ouvrez **Paramètres**.", category: "Facturation", language: "fr"),
                slug: "facture", clusterKey: "k2", sources: [], by: "casebook", note: "drafted")
            return [first.id!, second.id!]
        }
    }

    func server(_ options: ReviewServer.Options = .init(port: 0)) -> ReviewServer {
        ReviewServer(
            options: options, ledger: ArticleLedger(store: store, clock: .fixed(Self.now)),
            configuration: CasebookConfiguration(), theme: .builtIn, editor: "ana")
    }
}

/// The servers under test run their tasks on a thread of their own: synchronous tests elsewhere in the
/// suite (waiting for subprocesses) can occupy every thread of the shared pool for minutes, which would
/// starve the server and time its requests out.
final class ServerExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = ServerExecutor()
    private let queue = DispatchQueue(label: "casebook.serve-tests", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// A running server on a free port, stopped when the test ends.
final class RunningServer: @unchecked Sendable {
    let base: URL
    private let task: Task<Void, any Error>

    init(_ server: ReviewServer) async throws {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        task = Task(executorPreference: ServerExecutor.shared) {
            try await server.run(handlingSignals: false) { continuation.yield($0) }
        }
        var iterator = stream.makeAsyncIterator()
        guard let address = await iterator.next(), let url = URL(string: address) else {
            throw URLError(.cannotConnectToHost)
        }
        base = url
    }

    deinit { task.cancel() }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> (Int, String, [String: String]) {
        try await send("GET", path, headers: headers, body: nil)
    }

    func post(_ path: String, form: [String: String], headers: [String: String] = [:]) async throws -> (
        Int, String, [String: String]
    ) {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = form.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        return try await send(
            "POST", path, headers: headers.merging(["Content-Type": "application/x-www-form-urlencoded"]) { a, _ in a },
            body: body)
    }

    /// One request through curl (URLSession on Linux stalls on some early answers and on auth challenges):
    /// status, body and lower-cased response headers.
    private func send(_ method: String, _ path: String, headers: [String: String], body: String?) async throws -> (
        Int, String, [String: String]
    ) {
        let url = try #require(URL(string: path, relativeTo: base)).absoluteString
        var arguments = ["curl", "-s", "-S", "-L", "--max-time", "60", "-D", "-", url]
        if method != "GET", body == nil { arguments += ["-X", method] }  // a body makes it a POST; a 303 then a GET
        for (key, value) in headers.sorted(by: { $0.key < $1.key }) { arguments += ["-H", "\(key): \(value)"] }
        if body != nil { arguments += ["--data-binary", "@-", "-H", "Expect:"] }  // no 100-continue block
        let command = arguments
        let output = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try Self.run(command, input: body) }) }
        }
        var text = String(decoding: output, as: UTF8.self)
        // Followed redirects print one header block each: the last one is the answer's.
        while let split = text.range(of: "\r\n\r\n"), text[split.upperBound...].hasPrefix("HTTP/") {
            text = String(text[split.upperBound...])
        }
        guard let split = text.range(of: "\r\n\r\n") else { return (0, text, [:]) }
        let head = text[..<split.lowerBound].split(separator: "\r\n")
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let status = head.first.flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) } ?? 0
        return (status, String(text[split.upperBound...]), fields)
    }

    private static func run(_ arguments: [String], input: String?) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardInput = feed
        try process.run()
        if let input { feed.fileHandleForWriting.write(Data(input.utf8)) }
        try feed.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

@Suite("Web review app")
struct ReviewServerTests {
    @Test("the queue lists the articles with counts per state, behind a strict Content-Security-Policy")
    func queue() async throws {
        let fixture = try ServeFixture()
        let running = try await RunningServer(fixture.server())
        let (status, html, headers) = try await running.get("/")
        #expect(status == 200)
        #expect(html.contains(">Sync stuck</a>") && html.contains(">Facture</a>"))
        #expect(html.contains("Draft <span class=\"count\">2</span>"))
        #expect(headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(headers["content-security-policy"]?.contains("default-src 'none'") == true)
        #expect(headers["x-frame-options"] == "DENY")
        let (_, french, _) = try await running.get("/?language=fr")
        #expect(french.contains("Facture") && !french.contains(">Sync stuck</a>"))
    }

    @Test("a POST without the CSRF token changes nothing; with it, the decision is made")
    func csrf() async throws {
        let fixture = try ServeFixture()
        let running = try await RunningServer(fixture.server())
        let id = fixture.ids[0]
        let (refused, body, _) = try await running.post("/articles/\(id)/approve", form: ["revision": "1"])
        #expect(refused == 403)
        #expect(body.contains("Nothing was changed"))
        let forged = try await running.post(
            "/articles/\(id)/approve", form: ["revision": "1", "csrf": "0000"],
            headers: ["Origin": "https://evil.example"])
        #expect(forged.0 == 403)
        #expect(try ArticleLedger(store: fixture.store).detail(id).article.state == .draft)
        let (_, page, _) = try await running.get("/articles/\(id)")
        let token = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.1)
        let (status, done, _) = try await running.post(
            "/articles/\(id)/approve", form: ["revision": "1", "csrf": String(token)])
        #expect(status == 200)
        #expect(done.contains("Approved: it goes live on the next publish."))
        let detail = try ArticleLedger(store: fixture.store).detail(id)
        #expect(detail.article.state == .approved)
        #expect(detail.history.last?.actor == "ana")
    }

    @Test("ticket text is escaped everywhere; internal notes never show")
    func escaped() async throws {
        let fixture = try ServeFixture()
        let running = try await RunningServer(fixture.server())
        let id = fixture.ids[0]
        for path in ["/articles/\(id)", "/articles/\(id)/tickets/1"] {
            let (status, html, _) = try await running.get(path)
            #expect(status == 200, "\(path)")
            #expect(!html.contains("<script>window.pwned"), "\(path) holds a live script tag")
            #expect(!html.contains("<img src=x"), "\(path) holds a live image tag")
            #expect(!html.contains("INTERNAL-ONLY"), "\(path) shows an internal note")
        }
        let (_, ticket, _) = try await running.get("/articles/\(id)/tickets/1")
        #expect(ticket.contains("&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt; it is stuck"))
    }

    @Test("saving over a revision someone else saved meanwhile is refused with who and when")
    func concurrentSave() async throws {
        let fixture = try ServeFixture()
        let running = try await RunningServer(fixture.server())
        let id = fixture.ids[0]
        let (_, editor, _) = try await running.get("/articles/\(id)/edit")
        let token = String(try #require(editor.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.1))
        #expect(editor.contains("name=\"base\" value=\"1\""))
        try ArticleLedger(store: fixture.store).edit(id, title: nil, body: "From the terminal.", by: "bo", base: 1)
        let (status, page, _) = try await running.post(
            "/articles/\(id)/edit",
            form: ["csrf": token, "base": "1", "title": "Sync stuck", "body": "From the browser.", "intent": "save"])
        #expect(status == 409)
        #expect(page.contains("revision 2 was saved by bo"))
        #expect(page.contains("From the browser."), "the editor's text is still in the form")
        #expect(try ArticleLedger(store: fixture.store).detail(id).current?.body == "From the terminal.")
    }

    @Test("the preview is the site's own article page, with no script allowed")
    func preview() async throws {
        let fixture = try ServeFixture()
        let running = try await RunningServer(fixture.server())
        let (status, html, headers) = try await running.get("/preview/articles/\(fixture.ids[0]).html?revision=1")
        #expect(status == 200)
        #expect(html.contains("<h1 class=\"article-title\">Sync stuck</h1>"))
        #expect(html.contains("../assets/style.css"))
        #expect(headers["content-security-policy"]?.contains("script-src") == false)
        let (css, _, _) = try await running.get("/preview/assets/style.css")
        #expect(css == 200)
    }

    @Test("a non-loopback address needs a token or credentials; then requests without them are refused")
    func protection() async throws {
        #expect(throws: ServeError(.unprotectedHost("0.0.0.0"))) {
            try ReviewServer.Options(host: "0.0.0.0").validate()
        }
        #expect(throws: ServeError(.incompleteCredentials)) { try ReviewServer.Options(user: "ana").validate() }
        try ReviewServer.Options(host: "0.0.0.0", token: "s3cret").validate()
        let fixture = try ServeFixture()
        let running = try await RunningServer(fixture.server(.init(host: "127.0.0.1", port: 0, token: "s3cret")))
        #expect(try await running.get("/").0 == 401)
        #expect(try await running.get("/", headers: ["Authorization": "Bearer s3cret"]).0 == 200)
        let basic = try await RunningServer(
            fixture.server(.init(host: "127.0.0.1", port: 0, user: "cy", password: "pw")))
        #expect(try await basic.get("/").0 == 401)
        let login = "Basic " + Data("cy:pw".utf8).base64EncodedString()
        let (status, html, _) = try await basic.get("/", headers: ["Authorization": login])
        #expect(status == 200)
        #expect(html.contains("Reviewing as cy"))
    }

    @Test("every app template parses")
    func templates() throws {
        for (name, text) in AppTemplates.sources {
            #expect(throws: Never.self, "\(name)") { _ = try MustacheTemplate(string: text) }
        }
    }
}

@Suite("Web review app: editing")
struct ReviewServerEditingTests {
    @Test("reviewing changes shows the diff and carries the text to the save form; saving makes a revision")
    func reviewThenSave() async throws {
        let fixture = try ServeFixture()
        let running = try await RunningServer(fixture.server())
        let id = fixture.ids[0]
        let (_, editor, _) = try await running.get("/articles/\(id)/edit")
        let token = String(try #require(editor.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.1))
        let body = "1. Restart the app.\n2. Sign in again.\n3. Wait a minute & try \"sync\" again."
        let (status, review, _) = try await running.post(
            "/articles/\(id)/edit",
            form: ["csrf": token, "base": "1", "title": "Sync is stuck", "body": body, "intent": "review"])
        #expect(status == 200)
        #expect(review.contains("<ins>Sync is stuck</ins>"))
        #expect(review.contains("<ins>3. Wait a minute &amp; try &quot;sync&quot; again.</ins>"))
        #expect(review.contains("name=\"title\" value=\"Sync is stuck\""))
        #expect(
            review.contains(
                "<textarea name=\"body\" hidden>1. Restart the app.\n2. Sign in again.\n3. Wait a minute &amp; try &quot;sync&quot; again.</textarea>"
            ))
        let (saved, _, _) = try await running.post(
            "/articles/\(id)/edit",
            form: ["csrf": token, "base": "1", "title": "Sync is stuck", "body": body, "intent": "save"])
        #expect(saved == 200)
        let detail = try ArticleLedger(store: fixture.store).detail(id)
        #expect(detail.current?.number == 2 && detail.current?.body == body && detail.current?.author == "ana")
    }
}
