/// The check digits that tell a real card number or IBAN from any long number.
enum Checksums {
    /// True for 13 to 19 digits that pass the Luhn check (and are not all one digit).
    static func isCardNumber(_ digits: String) -> Bool {
        guard (13...19).contains(digits.utf8.count) else { return false }
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == digits.count, values.contains(where: { $0 != values[0] }) else { return false }
        var sum = 0
        for (offset, value) in values.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = value * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += value
            }
        }
        return sum % 10 == 0
    }

    /// The length of IBANs per country, for the countries most often met.
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AE": 23, "AT": 20, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CR": 22,
        "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18,
        "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
        "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
        "MA": 28, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
        "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
        "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
    ]

    /// True for a country code, two check digits and 11 to 30 letters or digits whose ISO 13616
    /// mod-97 check gives 1, or that have exactly the length of their country's IBANs (a mistyped
    /// IBAN is still someone's bank account).
    static func isIBAN(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard (15...34).contains(characters.count),
            characters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            characters[0].isLetter, characters[1].isLetter, characters[2].isNumber, characters[3].isNumber
        else { return false }
        if ibanLengths[String(characters[0...1])] == characters.count { return true }
        var remainder = 0
        for character in characters[4...] + characters[..<4] {
            guard let scalar = character.unicodeScalars.first else { return false }
            let value: Int
            if let digit = character.wholeNumberValue {
                value = digit
            } else {
                value = Int(scalar.value) - 55  // A = 10 … Z = 35
            }
            remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
        }
        return remainder == 1
    }
}
