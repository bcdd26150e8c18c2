import CatallaxNumerics

/// Where each lane stands on a bonding curve between two orders of a step:
/// the price `f(s)` and one more function of the supply that the curve
/// chooses to carry.
///
/// ```
/// price     f(s)
/// carried   c(s): the power curve's reserve R(s), the sigmoid's K/f(s), 0 otherwise
/// ```
/// Orders of a lane execute one after another, so whatever a trade computes
/// from the incoming position sits on the chain of dependent arithmetic
/// from each order to the next, and that chain, not the number of
/// operations, bounds the kernel's rate. Carrying the quantity a curve's
/// next trade divides by takes a division off the chain (the power curve's
/// `d/R` needed `R = s·P/(n + 1)` from the carried price; the sigmoid's
/// `K/P` was a division of its own). Curves that need nothing besides the
/// price carry zero and never read it.
public struct CurvePosition<V: LaneVector> {
    /// `f(s)` on each lane.
    public var price: V
    /// The curve's carried quantity on each lane (see the curve's `position(atSupply:price:)`).
    public var carried: V

    /// A position from its two parts.
    @inlinable @inline(__always)
    public init(price: V, carried: V) {
        self.price = price
        self.carried = carried
    }
}
