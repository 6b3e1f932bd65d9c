import CasebookText
import Foundation

/// Postal addresses with a street (or a post-office box) and a postcode or town, one line or several:
/// "221B Baker Street, London NW1 6XE", "4410 W Division St, Chicago, IL 60651", "12 rue de la Paix, 75002
/// Paris", "Hauptstraße 12, 10115 Berlin", "Calle Mayor 5, 28013 Madrid". A town alone stays.
struct PostalAddresses: Sendable {
    private let patterns: [CompiledPattern]

    init() {
        let town = #"\p{Lu}[\p{L}'’\-]+(?:[ \-](?!Cedex)\p{Lu}[\p{L}'’\-]+){0,2}"#
        let ukPostcode = #"[A-Z]{1,2}\d[A-Z\d]?[ \u00A0]\d[A-Z]{2}"#
        let continental = #"\d{5}[ \u00A0]+"# + town + #"(?:[ \u00A0]+Cedex(?:[ \u00A0]+\d{1,2})?)?"#
        let separator = #"(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+-[ \t]+)"#
        let unit =
            #"(?:(?:(?:Unit|Flat|Apt\.?|Apartment|Suite)[ \t]+\w{1,5}|\d+(?:st|nd|rd|th)[ \t]+Floor|"#
            + #"Résidence[ \t][^,\n]{2,40},[ \t]*bât\.?[ \t]*\w{1,3}|Bâtiment[ \t]+\w{1,3})"# + separator + ")?"
        let englishStreet =
            #"\d{1,5}[A-Z]?[ \t]+(?:[NSEW][ \t]+)?(?:\p{Lu}[\p{L}'’]*[ \t]+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|"#
            + #"Close|Walk|Way|Drive|Dr|Parade|Place|Pl|Square|Sq|Crescent|Court|Ct|Terrace|Row|Boulevard|Blvd|Hill|"#
            + #"Gardens|Mews|Grove|Park)\.?(?:,[ \t]*(?:Suite|Unit|Apt\.?)[ \t]+\w{1,5})?"#
        let frenchStreet =
            #"\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:rue|avenue|av\.|allée|boulevard|bd|chemin|impasse|place|quai|"#
            + #"route|cours|square|passage|voie|esplanade|faubourg|rond-point)[ \t]+[^,\n]{2,40}?"#
        let germanStreet =
            #"(?:\p{Lu}[\p{L}\-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)|"#
            + #"(?:Am|An[ \t]der|Im|Auf[ \t]dem)[ \t]+\p{Lu}[\p{L}\-]+)[ \t]+\d{1,4}[ \t]?[a-z]?"#
        let spanishStreet =
            #"(?:Calle|C/|Avda\.|Avenida|Av\.|Carrer|Paseo|Passeig|Plaza|Pl\.|Camino|Ronda|Travesía|"#
            + #"Polígono(?:[ \t]Industrial)?)[ \t]+[^\n]{1,50}?"#
        let postBox = #"(?:BP|B\.P\.|P\.?O\.?[ \t]Box|Postfach|Apartado)[ \t]+\d{1,6}"#
        patterns = [
            englishStreet + separator + town + #",?[ \t]+(?:"# + ukPostcode + #"|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)"#,
            englishStreet + separator + #"(?:"# + town + separator + ")?" + town + #",?[ \t]+[A-Z]{2}[ \t]+\d{5}"#,
            frenchStreet + separator + continental,
            germanStreet + separator + continental,
            spanishStreet + separator + continental,
            postBox + separator + continental,
        ].map { CompiledPattern(builtIn: "(?<![\\p{L}\\p{N}])" + unit + $0 + "(?![\\p{L}\\p{N}])") }
    }

    /// `text` with every address replaced by `[address]`.
    func redact(_ text: String) -> String {
        var text = text
        for pattern in patterns {
            text = pattern.replace(in: text) { _, _ in "[address]" }
        }
        return text
    }
}
