import Foundation

/// Case and accent folding: `Élève` and `eleve` compare equal once folded.
public enum TextFolding {
    /// Lower-cases `text` and removes diacritics (`Crème Brûlée` → `creme brulee`).
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }
}
