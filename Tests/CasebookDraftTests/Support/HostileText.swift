import Testing

/// A very long test input that the test log names by its start and length instead of printing whole.
struct HostileText: Sendable, CustomTestStringConvertible {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var testDescription: String { "\(String(text.prefix(16)).debugDescription)… (\(text.count) characters)" }
}
