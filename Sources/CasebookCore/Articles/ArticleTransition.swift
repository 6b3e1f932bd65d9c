/// The allowed moves between article states: the one table every caller of the ledger goes through.
///
/// ```
/// draft ──submit──▶ in review ──approve──▶ approved ──publish──▶ published
///   ▲  └──────────approve───────────────▲    │                      │
///   └──────── edit (a new revision; the live version stays live) ───┘
/// draft / in review ──reject──▶ rejected          any but rejected ──archive──▶ archived
/// rejected / archived / in review / approved ──reopen──▶ draft
/// ```
public enum ArticleAction: String, Sendable, CaseIterable {
    case submit, approve, reject, archive, reopen, edit, publish

    /// The verb, for messages: `submit for review`.
    var verb: String {
        switch self {
        case .submit: "submit for review"
        default: rawValue
        }
    }
}

public enum ArticleTransition {
    /// The state `action` moves an article to from `state` (nil: it is there already, nothing changes), or
    /// why it may not, with what to do instead. `isLive` says whether a revision of it is on the site.
    public static func target(of action: ArticleAction, from state: ArticleState, isLive: Bool) -> Result<
        ArticleState?, Refusal
    > {
        switch (action, state) {
        case (.submit, .draft): return .success(.inReview)
        case (.submit, .inReview): return .success(nil)
        case (.submit, _): return refuse("only drafts are submitted for review")

        case (.approve, .draft), (.approve, .inReview): return .success(.approved)
        case (.approve, .approved), (.approve, .published): return .success(nil)
        case (.approve, _): return refuse("reopen it first (`casebook review reopen ID`), then approve it")

        case (.reject, .draft), (.reject, .inReview), (.reject, .approved):
            if isLive {
                return refuse(
                    "it is live: archive it to take it off the site, or restore the live revision to drop the "
                        + "new one (`casebook review restore ID REV`)")
            }
            return .success(.rejected)
        case (.reject, .rejected): return .success(nil)
        case (.reject, _): return refuse("it is live or archived; archive it to take it off the site")

        case (.archive, .archived): return .success(nil)
        case (.archive, .rejected): return refuse("it was rejected and never published; nothing to archive")
        case (.archive, _): return .success(.archived)

        case (.reopen, .rejected), (.reopen, .archived), (.reopen, .inReview), (.reopen, .approved):
            return .success(.draft)
        case (.reopen, .draft): return .success(nil)
        case (.reopen, .published):
            return refuse(
                "edit it instead (the live version stays until the new revision is approved), or archive it")

        case (.edit, .rejected), (.edit, .archived):
            return refuse("reopen it first (`casebook review reopen ID`)")
        case (.edit, _): return .success(.draft)

        case (.publish, .approved): return .success(.published)
        case (.publish, _): return .success(nil)
        }
    }

    /// Why a move is not allowed, and what to do instead.
    public struct Refusal: Error, Equatable, Sendable {
        public var hint: String
    }

    private static func refuse(_ hint: String) -> Result<ArticleState?, Refusal> {
        .failure(Refusal(hint: hint))
    }
}
