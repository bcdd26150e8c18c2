/// Arifovic's election operator (Arifovic 1994, section 2.3): offspring
/// enter the population only if they are better, at the last price, than
/// the parents they would replace.
///
/// ```
/// candidates, in order: parent₁, parent₂, child₁, child₂, with potential fitness φ
/// enter: the two of highest φ; on a tie the earlier candidate (parents before children)
/// ```
///
/// So a child enters only when its potential fitness beats a parent's.
public enum ElectionOperator {
    /// The two strings that enter, in candidate order.
    @inlinable
    public static func elect(
        parents: (UInt64, UInt64), parentFitness: (Double, Double),
        children: (UInt64, UInt64), childFitness: (Double, Double)
    ) -> (UInt64, UInt64) {
        let s = (parents.0, parents.1, children.0, children.1)
        let f = (parentFitness.0, parentFitness.1, childFitness.0, childFitness.1)
        // Rank by φ descending, ties by candidate order: candidate i beats j iff φ_i > φ_j, or φ_i = φ_j and i < j.
        @inline(__always) func beats(_ i: Int, _ j: Int) -> Bool {
            let fi = _element(f, i), fj = _element(f, j)
            return fi > fj || (fi == fj && i < j)
        }
        var first = 0
        for i in 1..<4 where beats(i, first) { first = i }
        var second = first == 0 ? 1 : 0
        for i in 0..<4 where i != first && beats(i, second) { second = i }
        let (a, b) = first < second ? (first, second) : (second, first)
        return (_element(s, a), _element(s, b))
    }

    @inlinable @inline(__always)
    static func _element<T>(_ t: (T, T, T, T), _ i: Int) -> T {
        switch i {
        case 0: t.0
        case 1: t.1
        case 2: t.2
        default: t.3
        }
    }
}
