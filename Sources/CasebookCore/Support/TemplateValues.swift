import Foundation

/// A view model as plain dictionaries and arrays, for a Mustache renderer.
///
/// swift-mustache looks a name up in a struct by reflecting it and scanning its fields, once per name and per
/// level of the context stack, which made reflection most of a page's rendering time. Reflecting each value
/// once into `[String: Any]` (hashed lookups) renders the same text: stored properties become keys, `nil`
/// stays a present-but-empty value (so a name is not looked up in an outer context instead), arrays stay
/// arrays, and strings, numbers, booleans, dates and other leaves are kept as they are.
public enum TemplateValues {
    /// `model`, with every struct and class inside it turned into a dictionary of its stored properties.
    public static func flatten(_ model: Any) -> Any {
        let mirror = Mirror(reflecting: model)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return Optional<Any>.none as Any }
            return flatten(wrapped)
        case .collection, .set:
            return mirror.children.map { flatten($0.value) }
        case .struct, .class:
            if model is any StringProtocol || model is any Numeric || model is Bool || model is Date || model is URL
                || model is UUID || model is Data
            {
                return model
            }
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                fields[label] = flatten(child.value)
            }
            return fields
        default:
            return model
        }
    }
}
