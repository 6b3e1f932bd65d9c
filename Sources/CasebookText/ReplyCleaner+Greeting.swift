extension ReplyCleaner {
    /// Removes the greeting (`Hi Jane,`, `Madame, Monsieur,`) and polite openers from the start.
    func removeGreeting(_ lines: [String]) -> [String] {
        var lines = lines
        for _ in 0..<4 {
            guard let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                break
            }
            guard let rest = withoutGreeting(lines[first]) ?? withoutOpener(lines[first]) else { break }
            if rest.trimmingCharacters(in: .whitespaces).isEmpty {
                lines.remove(at: first)
            } else {
                lines[first] = Self.capitalizingFirstLetter(rest)
            }
        }
        return lines
    }

    /// The line after its greeting, or nil when it does not start with one.
    private func withoutGreeting(_ line: String) -> String? {
        let words = WordScanner.words(in: line)
        guard
            let greeting = greetings.first(where: { phrase in
                phrase.count <= words.count && zip(phrase, words).allSatisfy { $0 == $1.folded }
            })
        else { return nil }
        let scalars = line.unicodeScalars
        let afterGreeting = words[greeting.count - 1].range.upperBound
        let terminators = ",!:;".unicodeScalars
        let end = scalars[afterGreeting...].firstIndex { terminators.contains($0) || $0 == "\n" }
        let addressee = String(scalars[afterGreeting..<(end ?? scalars.endIndex)])
        let names = addressee.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        if let end {
            guard names.count <= 4 else { return nil }
            return String(scalars[scalars.index(after: end)...])
        }
        // No punctuation: the whole line is the greeting only if what follows reads as a name.
        let loose: Set<String> = [
            "there", "all", "team", "everyone", "folks", "guys", "tout", "le", "monde", "a", "tous",
        ]
        guard names.count <= 3,
            names.allSatisfy({ ($0.first?.isUppercase ?? false) || loose.contains(TextFolding.fold(String($0))) })
        else { return nil }
        return ""
    }

    /// The line after its first sentence, when that sentence is a polite opener.
    private func withoutOpener(_ line: String) -> String? {
        let folded = Self.fold(line)
        guard openers.contains(where: { Self.startsWithPhrase(folded, $0) }) else { return nil }
        guard let end = line.firstIndex(where: { ".!?".contains($0) }) else { return line.count <= 80 ? "" : nil }
        return String(line[line.index(after: end)...]).trimmingCharacters(in: .whitespaces)
    }

    private static func capitalizingFirstLetter(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " || $0 == "\u{00A0}" }
        guard let first = trimmed.first else { return "" }
        return first.uppercased() + trimmed.dropFirst()
    }
}
