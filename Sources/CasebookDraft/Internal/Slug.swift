import CasebookCore
import CasebookText
import Foundation
import GRDB

/// URL-safe article names: ASCII, lower case, words joined by `-`.
enum Slug {
    static let maximumLength = 60

    /// The slug of `title` (`Impossible de se connecter à l'appli` → `impossible-de-se-connecter-a-l-appli`).
    static func make(from title: String) -> String {
        // English contractions keep their letters together (`doesn't` → `doesnt`); French elisions
        // stay separate words (`l'appli` → `l-appli`).
        let joined = title.replacingOccurrences(
            of: #"['’](t|s|re|ve|ll|d|m)(?![\p{L}\p{N}])"#, with: "$1", options: [.regularExpression, .caseInsensitive])
        let latin = joined.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? joined
        var slug = ""
        for character in TextFolding.fold(latin) {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > maximumLength {
            let cut = slug.prefix(maximumLength)
            slug = String(cut[..<(cut.lastIndex(of: "-") ?? cut.endIndex)])
        }
        return slug.isEmpty ? "article" : slug
    }

    /// A slug for `title` that no article has yet: `slug`, `slug-2`, `slug-3`…
    static func unique(for title: String, in db: Database) throws -> String {
        let base = make(from: title)
        var candidate = base
        var suffix = 1
        while try Article.filter(Article.Columns.slug == candidate).fetchCount(db) > 0 {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        return candidate
    }
}
