import CasebookCore
import Foundation
import Testing

@testable import CasebookDraft

@Suite("Privacy gate")
struct PrivacyGateTests {
    let gate = PrivacyGate(
        redactor: Redactor(names: ["Margit Okafor"]), emails: ["margit.okafor@fjordline.example"],
        phones: ["+47 915 55 012"])

    @Test(
        "refuses text with personal data, naming the kind and never the value",
        arguments: [
            ("Write to margit.okafor@fjordline.example for a copy.", "email"),
            ("Ask Margit Okafor about it.", "name"),
            ("Card 4111 1111 1111 1111 was used.", "card"),
            ("Refund to DE89370400440532013000.", "iban"),
            ("Call +1 415 555 0134.", "phone"),
            ("Dial 9 1 5 5 5 0 1 2 from Norway, prefix 47.", "a customer's phone"),
            ("Her mail is MARGIT.OKAFOR@FJORDLINE.EXAMPLE.", "email"),
        ])
    func refuses(text: String, kind: String) throws {
        let reason = try #require(gate.reason(for: text))
        #expect(reason.contains(kind))
        #expect(!reason.contains("okafor") && !reason.contains("4111") && !reason.contains("415"))
    }

    @Test("refuses images, remote or relative")
    func images() {
        for text in ["See ![x](/account/close?confirm=1).", "![](https://tracker.example/p.gif)", "<img src=x>"] {
            #expect(gate.reason(for: text)?.contains("image") == true, "\(text)")
        }
    }

    @Test("lets ordinary help text through")
    func ordinary() {
        let text = """
            ## Solution

            1. Open **Settings > Billing** and click *Download invoice*.
            2. If the export fails with error E-4012 on version 5.8.2, clear the cache.

            See [the status page](https://status.ledgerbird.example/incidents/2025-03-14).
            """
        #expect(gate.reason(for: text) == nil)
    }

    @Test("drafts replace images from ticket text by their description")
    func draftsDropImages() {
        #expect(
            MarkdownText.withoutImages("Click ![the button](/account/close?confirm=1) now") == "Click the button now")
        #expect(MarkdownText.withoutImages("![](https://x.example/a.png)") == "")
    }
}
