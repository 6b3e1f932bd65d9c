/// One-line reasons for decoding failures, naming the field (`comments[2].public`) and never the
/// value (it may be customer text).
extension DecodingError {
    var reason: String {
        switch self {
        case .typeMismatch(let type, let context):
            return "\(Self.path(context.codingPath)) should be \(Self.describe(type))"
        case .valueNotFound(let type, let context):
            return "\(Self.path(context.codingPath)) is null; it should be \(Self.describe(type))"
        case .keyNotFound(let key, let context):
            return "\(Self.path(context.codingPath + [key])) is missing"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "is not valid JSON; check its commas, quotes and brackets"
            }
            return "\(Self.path(context.codingPath)) \(context.debugDescription)"
        @unknown default:
            return "cannot be read"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        guard !keys.isEmpty else { return "the element" }
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int64.Type, is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
