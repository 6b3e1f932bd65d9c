/// How exactly cosine similarities compare. The similarity matrix holds single-precision floats and
/// sums are rounded, so two identical documents score 0.99999994 or 1.0000001 as often as 1: a
/// similarity or threshold near 1 must never decide on the last bits.
enum Cosine {
    /// Similarities this close count as equal.
    static let tolerance = 1e-6
    /// Units at least this similar are duplicates; also the strictest acceptance floor there is.
    static let duplicate = 1 - tolerance
}
