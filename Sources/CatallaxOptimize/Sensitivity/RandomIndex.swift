/// A uniform integer in `0 ..< count` from one 64-bit draw `w`:
/// `⌊w · count / 2⁶⁴⌋`, the high word of the full product.
///
/// One draw per index (no rejection) keeps the draw count fixed, so the
/// stream position after a resample does not depend on the values drawn; the
/// bias is below `count / 2⁶⁴`, immaterial for the row counts here.
func _randomIndex<G: RandomNumberGenerator>(below count: Int, using rng: inout G) -> Int {
    Int(truncatingIfNeeded: rng.next().multipliedFullWidth(by: UInt64(count)).high)
}
