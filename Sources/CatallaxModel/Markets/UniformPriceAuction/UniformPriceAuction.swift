import CatallaxNumerics

/// A uniform-price sealed-bid auction of a capacity: every bid names a
/// quantity and a limit price, and all winners pay the one clearing price.
///
/// ```
/// eligible: v_k ≥ r                                  (r the reserve)
/// Σ_{eligible} Q_k ≤ C:  price r, every eligible bid filled
/// else:  v* = max{v : Σ_{k: v_k ≥ v} Q_k ≥ C},   price v*
///        v_k > v*: filled;   v_k = v*: R = C − Σ_{v_k > v*} Q_k shared pro rata to Q_k;   v_k < v*: nothing
/// pay_k = price·filled_k ≤ v_k·Q_k
/// ```
///
/// `C > 0` is the capacity, `Q_k ≥ 0` a bid's quantity, `v_k` its limit
/// (finite) and `r ≥ 0` the reserve. The clearing price is the highest limit
/// at which the bids at or above it still take all the capacity; ties at
/// that price share what the higher bids leave, in proportion to their
/// quantities, so no random draw is needed and every lane clears the same
/// way.
///
/// See `docs/ResourceEconomy.md`, rule `auction`.
public enum UniformPriceAuction {
    /// A bid's filled quantity, on every lane.
    ///
    /// ```
    /// filled = Q            where v > price
    ///        = Q·share      where v = price
    ///        = 0            where v < price
    /// ```
    /// No reserve test is needed: when the auction is oversubscribed the
    /// price is at least the reserve, and when it is not the price is the
    /// reserve and the share 1, so a bid exactly at the reserve is filled in
    /// full and one below it gets nothing.
    /// - Parameters:
    ///   - quantity: `Q ≥ 0` per lane.
    ///   - limit: `v` per lane.
    ///   - price: The clearing price per lane, from
    ///     ``clear(capacity:quantities:limits:reserve:)``.
    ///   - marginalShare: The share of a bid at the price, in `(0, 1]`.
    /// - Returns: The filled quantity per lane, in `[0, Q]`.
    @inlinable @inline(__always)
    public static func filled<V: LaneVector>(quantity: V, limit: V, price: V, marginalShare: V) -> V {
        V.zero
            .replacing(with: quantity * marginalShare, where: limit .== price)
            .replacing(with: quantity, where: limit .> price)
    }
}
