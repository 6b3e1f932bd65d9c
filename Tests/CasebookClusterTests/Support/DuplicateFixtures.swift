import CasebookCluster
import Foundation

/// Tickets worded identically, as web forms, templates and copy-paste produce them.
enum DuplicateFixtures {
    /// Form tickets: a subject with a number in it (numbers are not terms) and the form's fixed body.
    static let templates: [(subject: String, body: String)] = [
        ("Order #%d not delivered", "Delivery status: not delivered. Sent from the order tracking form."),
        ("Promo code %d rejected", "The promo code is rejected at checkout with the message that it expired."),
        ("Shipping address on order %d", "Please change the shipping address on this order to my new address."),
        (
            "Invoice %d missing VAT number",
            "Our VAT number is missing on the invoice, please issue a corrected invoice."
        ),
        ("Unsubscribe %d", "Unsubscribe me from the newsletter. Sent from the mailing preferences form."),
        ("Gift card %d balance", "What is the remaining balance on my gift card? It does not show in the app."),
    ]

    /// `count` tickets from `template`, numbered from `first`; every third one is an exact copy of the
    /// first ticket (sent again), the rest differ in their number only.
    static func tickets(
        _ count: Int, template: (subject: String, body: String), prefix: String = "form", first: Int = 40_001
    ) -> [ClusterDocument] {
        (0..<count).map { position in
            let number = position.isMultiple(of: 3) ? first : first + position
            return ClusterDocument(
                reference: "\(prefix)#\(position + 1)", language: "en",
                subject: template.subject.replacingOccurrences(of: "%d", with: String(number)),
                messages: [template.body])
        }
    }

    /// The same ticket `count` times, word for word.
    static func copies(_ count: Int, template: (subject: String, body: String), prefix: String = "copy")
        -> [ClusterDocument]
    {
        (1...count).map {
            ClusterDocument(
                reference: "\(prefix)#\($0)", language: "en",
                subject: template.subject.replacingOccurrences(of: "%d", with: "7"), messages: [template.body])
        }
    }
}
