import CasebookCore
import CasebookDraft
import CasebookPublish
import CasebookReview
import Foundation
import Hummingbird
import Mustache

/// The review app's routes and the pages they render.
struct ReviewApp: Sendable {
    let server: ReviewServer
    let preview: PagePreview
    let csrf: CSRFCheck
    let redactor: Redactor

    var ledger: ArticleLedger { server.ledger }

    init(server: ReviewServer) throws {
        self.server = server
        preview = try PagePreview(site: server.configuration.site, theme: server.theme)
        csrf = CSRFCheck(token: HTTP.randomToken())
        redactor = try DraftStage.redactor(for: server.ledger.store, rules: server.configuration.redaction)
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityMiddleware(options: server.options))
        router.get("/") { request, _ in try queue(request) }
        router.get("/healthz") { _, _ in HTTP.body("ok\n", type: "text/plain") }
        router.get("/static/app.css") { _, _ in HTTP.body(AppAssets.css, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in HTTP.body(AppAssets.js, type: "text/javascript; charset=utf-8") }
        router.get("/articles/:id") { request, context in
            try article(try context.parameters.require("id", as: Int64.self), request: request)
        }
        router.get("/articles/:id/edit") { _, context in
            try editor(try context.parameters.require("id", as: Int64.self))
        }
        router.post("/articles/:id/edit") { request, context in
            try await saveEdit(try context.parameters.require("id", as: Int64.self), request: request)
        }
        router.get("/articles/:id/diff") { request, context in
            try diff(try context.parameters.require("id", as: Int64.self), request: request)
        }
        router.get("/articles/:id/tickets/:ticket") { request, context in
            try ticket(
                try context.parameters.require("ticket", as: Int64.self),
                of: try context.parameters.require("id", as: Int64.self), request: request)
        }
        router.post("/articles/:id/:action") { request, context in
            try await decide(
                try context.parameters.require("action"), on: try context.parameters.require("id", as: Int64.self),
                request: request)
        }
        router.get("/preview/articles/:page") { request, context in
            try previewPage(try context.parameters.require("page"), request: request)
        }
        router.get("/preview/assets/**") { request, _ in
            let path = String(request.uri.path.dropFirst("/preview/".count))
            guard let data = preview.asset(path) else { throw HTTPError(.notFound) }
            return HTTP.data(data, type: Self.mediaType(of: path))
        }
        router.post("/api/preview") { request, _ in
            guard csrf.allows(request, form: [:]) else { throw HTTPError(.forbidden, message: "CSRF token missing") }
            let buffer = try await request.body.collect(upTo: 2_000_000)
            return HTTP.html(preview.bodyHTML(String(buffer: buffer)))
        }
        return router
    }

    /// The editor acting through this request: the basic-auth user, else the server's editor.
    func editor(of request: Request) -> String {
        if server.options.user != nil, let header = request.headers[.authorization], header.hasPrefix("Basic "),
            let data = Data(base64Encoded: String(header.dropFirst(6))),
            let user = String(data: data, encoding: .utf8)?.split(separator: ":", maxSplits: 1).first
        {
            return String(user)
        }
        return server.editor
    }

    /// Renders the app template `name`.
    static func render(_ name: String, _ model: Any) -> String {
        AppTemplates.library.render(TemplateValues.flatten(model), withTemplate: name) ?? ""
    }

    static func messagePage(heading: String, detail: String) -> String {
        render("message", MessagePage(title: heading, heading: heading, detail: detail, editor: ""))
    }

    static func mediaType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "json": "application/json"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}

struct MessagePage {
    var title: String
    var heading: String
    var detail: String
    var editor: String
    var page = "message"
}
