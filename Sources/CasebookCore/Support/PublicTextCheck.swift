/// Says why a text may not leave the store for a public place (a `kb/` folder, the site), or nil when it
/// may: the privacy gate, handed in by the caller (the CLI builds it from the drafter's redaction and the
/// people the store knows). The reason names the kind of data found, never the value.
public typealias PublicTextCheck = @Sendable (_ text: String) -> String?

/// Builds the privacy gate for one publish: from the rules and every person the store knows when there is a
/// store, from the rules alone for a folder published without one (`publish --from kb`).
public typealias PublicTextGate =
    @Sendable (_ store: Store?, _ configuration: CasebookConfiguration) throws -> PublicTextCheck
