import Yams

/// Yams' parse errors, said in one line with where they are.
public enum YAMLProblem {
    /// `line 3, column 9: mapping values are not allowed in this context`.
    public static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return "line \(mark.line), column \(mark.column): \(problem)"
        default:
            // Yams' other descriptions span several lines with a caret; keep the first one.
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}
