import Foundation
import HTTPTypes
import Hummingbird

/// Small helpers for HTML responses, forms and headers.
enum HTTP {
    static let contentSecurityPolicy = HTTPField.Name("Content-Security-Policy")!
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// The app's policy: nothing from anywhere but this server; no inline script or style.
    static let appPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'"
    /// The preview's policy: the site's own stylesheet and images, no script at all.
    static let previewPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'"

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text, type: "text/html; charset=utf-8", status: status)
    }

    static func body(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        let buffer = ByteBuffer(string: text)
        return Response(
            status: status, headers: [.contentType: type, .contentLength: String(buffer.readableBytes)],
            body: .init(byteBuffer: buffer))
    }

    static func data(_ data: Data, type: String) -> Response {
        let buffer = ByteBuffer(bytes: data)
        return Response(
            status: .ok, headers: [.contentType: type, .contentLength: String(buffer.readableBytes)],
            body: .init(byteBuffer: buffer))
    }

    /// A 303 to `location` (after a POST: reloading does not submit again).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .contentLength: "0"])
    }

    /// The fields of an `application/x-www-form-urlencoded` body (the last value of a repeated name wins).
    static func form(_ request: Request, limit: Int = 2_000_000) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: limit)
        return fields(String(buffer: buffer))
    }

    static func fields(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            result[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return result
    }

    /// The query string's fields (every value of a repeated name, in order).
    static func query(_ request: Request) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (key, value) in request.uri.queryParameters {
            result[String(key), default: []].append(String(value).removingPercentEncoding ?? String(value))
        }
        return result
    }

    /// Equal-time comparison of two secrets.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// 32 random bytes, hex.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
