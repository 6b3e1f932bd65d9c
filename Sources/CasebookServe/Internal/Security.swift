import Foundation
import HTTPTypes
import Hummingbird

/// Authentication (a token or basic auth, when configured), the security headers every response carries,
/// and the CSRF check of every state-changing request.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let options: ReviewServer.Options
    static var tokenCookie: String { "casebook_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let refusal = authenticate(request) { return secured(refusal, path: request.uri.path) }
        if let token = options.token, let given = HTTP.query(request)["token"]?.last, HTTP.same(given, token) {
            var response = HTTP.redirect(request.uri.path)
            response.setCookie(
                .init(name: Self.tokenCookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return secured(response, path: request.uri.path)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = HTTP.html(
                ReviewApp.messagePage(
                    heading: "\(error.status.code) \(error.status.reasonPhrase)", detail: error.body ?? ""),
                status: error.status)
        }
        return secured(response, path: request.uri.path)
    }

    /// Nil when the request may go on; otherwise the 401 to send.
    private func authenticate(_ request: Request) -> Response? {
        if let user = options.user, let password = options.password {
            let expected = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
            if let given = request.headers[.authorization], HTTP.same(given, expected) { return nil }
            var response = HTTP.html(
                ReviewApp.messagePage(heading: "Sign in", detail: "This review app needs a user name and password."),
                status: .unauthorized)
            response.headers[.wwwAuthenticate] = "Basic realm=\"Casebook review\", charset=\"UTF-8\""
            return response
        }
        if let token = options.token {
            if let header = request.headers[.authorization], HTTP.same(header, "Bearer " + token) { return nil }
            if let cookie = request.cookies[Self.tokenCookie]?.value, HTTP.same(cookie, token) { return nil }
            if let given = HTTP.query(request)["token"]?.last, HTTP.same(given, token) { return nil }
            return HTTP.html(
                ReviewApp.messagePage(
                    heading: "Token needed", detail: "Open the address casebook serve printed (it carries ?token=…)."),
                status: .unauthorized)
        }
        return nil
    }

    private func secured(_ response: Response, path: String) -> Response {
        var response = response
        response.headers[HTTP.contentSecurityPolicy] = path.hasPrefix("/preview/") ? HTTP.previewPolicy : HTTP.appPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        // `same-origin`, not `no-referrer`: with no referrer at all, browsers send `Origin: null` on forms,
        // which the CSRF check rightly refuses.
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[.cacheControl] = "no-store"
        if !path.hasPrefix("/preview/") { response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY" }
        return response
    }
}

/// The CSRF rule: a state-changing request carries the server's secret token (in the form or the
/// `X-CSRF-Token` header), and, when the browser says where it comes from, it comes from this server.
struct CSRFCheck: Sendable {
    let token: String

    func allows(_ request: Request, form: [String: String]) -> Bool {
        let given = form["csrf"] ?? request.headers[HTTP.csrfHeader] ?? ""
        guard HTTP.same(given, token) else { return false }
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            return false
        }
        if let origin = request.headers[.origin], let host = request.head.authority {
            return origin == "http://\(host)" || origin == "https://\(host)"
        }
        return true
    }
}
