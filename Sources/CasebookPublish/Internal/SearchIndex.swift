import CasebookCore
import Foundation

/// The search index written with the site, read by `assets/search.js` in the browser with no server.
///
/// Per language, articles are split into buckets (about 500 each, by a hash of the slug, so one changed
/// article rewrites one bucket's files). Each bucket has one file per first letter of its terms
/// (`t-<bucket>-<letter>.js`: term → `doc:weight` postings, weight 4 per title occurrence, 1 per body one)
/// and one file of documents (`d-<bucket>.js`: title, link, category, text for snippets). A query loads
/// only the letter files of its words and the document files of its best results. Files are scripts
/// (`CasebookSearch.terms(…)`) rather than JSON so that they load from `file://` too.
///
/// Words are folded as the script folds them: lowercase, accents and other marks dropped, `œ æ ß` spelled
/// out, split at anything that is not a letter or digit; stemming and typo tolerance happen in the script,
/// over the index's whole words.
enum SearchIndex {
    /// The most documents a bucket aims at.
    static let bucketSize = 500
    /// The most characters of an article's text kept for snippets.
    static let textLimit = 1_200

    static func files(for outline: SiteOutline, paths: SitePaths, global: String, bodies: BodyCache) throws
        -> [SiteFile]
    {
        var files: [SiteFile] = []
        for language in outline.languages {
            let articles = language.categories.flatMap { category in category.articles.map { ($0, category.name) } }
            var buckets = 1
            while buckets * bucketSize < articles.count { buckets *= 2 }
            var members = [[(PublishedArticle, String)]](repeating: [], count: buckets)
            for entry in articles {
                let hash = UInt64(ContentHash.of([entry.0.slug]), radix: 16) ?? 0
                members[Int(hash % UInt64(buckets))].append(entry)
            }
            let folder = paths.searchIndex(language.code)
            let code = language.code
            let meta = "CasebookSearch.meta(\(quoted(code)),{\"buckets\":\(buckets)});\n"
            files.append(
                SiteFile(path: folder + "meta.js", kind: .asset, fingerprint: ContentHash.of([global, folder, meta])) {
                    Data(meta.utf8)
                })
            for (bucket, entries) in members.enumerated() {
                let inputs =
                    [global, folder, String(bucket)]
                    + entries.flatMap { [$0.0.slug, $0.0.title, $0.0.body, $0.1] }
                let fingerprint = ContentHash.of(inputs)
                let shared = BucketIndex(entries: entries, bodies: bodies)
                for letter in letters {
                    files.append(
                        SiteFile(
                            path: folder + "t-\(bucket)-\(letter).js", kind: .asset,
                            fingerprint: fingerprint + String(letter)
                        ) {
                            Data(shared.termsScript(language: code, bucket: bucket, letter: letter).utf8)
                        })
                }
                files.append(
                    SiteFile(path: folder + "d-\(bucket).js", kind: .asset, fingerprint: fingerprint) {
                        Data(shared.docsScript(language: code, bucket: bucket).utf8)
                    })
            }
        }
        return files
    }

    /// The letter files of every bucket, one per first character of a term.
    static let letters = Array("0123456789_abcdefghijklmnopqrstuvwxyz")

    /// The letter file a term belongs in: its first character when it is a-z or 0-9, `_` otherwise.
    static func letter(of first: Character) -> Character {
        first.isASCII && (first.isLetter || first.isNumber) ? first : "_"
    }

    /// `text` folded and split into words as the search script does.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) {
                    current.unicodeScalars.append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    current.unicodeScalars.append(Unicode.Scalar(value + 32) ?? scalar)
                } else if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current += fold(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { $0.count >= 2 && $0.count <= 40 }
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "œ", "Œ": return "oe"
        case "æ", "Æ": return "ae"
        case "ß": return "ss"
        default:
            let lowered = String(scalar).lowercased().decomposedStringWithCanonicalMapping
            return String(
                String.UnicodeScalarView(
                    lowered.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r", "\t": result += " "
            case "<": result += "\\u003c"
            case "\u{2028}", "\u{2029}": result += " "
            default:
                if scalar.value < 0x20 { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// One bucket's postings, computed once however many of its letter files are rendered.
final class BucketIndex: @unchecked Sendable {
    private let entries: [(PublishedArticle, String)]
    private let bodies: BodyCache
    private let lock = NSLock()
    private var built: [Character: [(term: String, postings: String)]]?

    init(entries: [(PublishedArticle, String)], bodies: BodyCache) {
        self.entries = entries
        self.bodies = bodies
    }

    func termsScript(language: String, bucket: Int, letter: Character) -> String {
        let terms = postings()[letter] ?? []
        let body = terms.map { "\(SearchIndex.quoted($0.term)):\"\($0.postings)\"" }.joined(separator: ",")
        return "CasebookSearch.terms(\(SearchIndex.quoted(language)),\(bucket),\"\(letter)\",{\(body)});\n"
    }

    func docsScript(language: String, bucket: Int) -> String {
        let docs = entries.map { article, category in
            let text = String(bodies.body(of: article).plainText.prefix(SearchIndex.textLimit))
            return "["
                + [article.title, SitePaths.article(article.slug), category, text].map(SearchIndex.quoted)
                .joined(separator: ",") + "]"
        }
        return "CasebookSearch.docs(\(SearchIndex.quoted(language)),\(bucket),[\n" + docs.joined(separator: ",\n")
            + "]);\n"
    }

    private func postings() -> [Character: [(term: String, postings: String)]] {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        var weights: [String: [(Int, Int)]] = [:]
        for (index, entry) in entries.enumerated() {
            var counts: [String: Int] = [:]
            for word in SearchIndex.tokens(entry.0.title) { counts[word, default: 0] += 4 }
            for word in SearchIndex.tokens(bodies.body(of: entry.0).plainText) { counts[word, default: 0] += 1 }
            for (word, count) in counts { weights[word, default: []].append((index, min(count, 99))) }
        }
        var byLetter: [Character: [(term: String, postings: String)]] = [:]
        for term in weights.keys.sorted() {
            guard let first = term.first, let list = weights[term] else { continue }
            let postings = list.sorted { $0.0 < $1.0 }.map { "\(String($0.0, radix: 36)):\($0.1)" }.joined(
                separator: ",")
            byLetter[SearchIndex.letter(of: first), default: []].append((term, postings))
        }
        built = byLetter
        return byLetter
    }
}
