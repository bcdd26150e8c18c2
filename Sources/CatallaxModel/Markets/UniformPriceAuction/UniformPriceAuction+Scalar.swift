extension UniformPriceAuction {
    /// The clearing price and every bid's filled quantity for one auction.
    ///
    /// ```
    /// (price, share) from clear(capacity:quantities:limits:reserve:),   filled_k as in filled(…)
    /// ```
    /// Evaluated through the lane form with both lanes of a `SIMD2` equal, so
    /// the result is bit for bit what the lane form gives.
    /// - Parameters:
    ///   - capacity: `C > 0`.
    ///   - quantities: `Q_k ≥ 0`.
    ///   - limits: `v_k`, finite, one per quantity.
    ///   - reserve: `r ≥ 0`.
    /// - Returns: The price and the filled quantity of each bid; bid `k`
    ///   pays `price·filled_k`.
    /// - Complexity: at most 65 passes over the bids.
    public static func clear(
        capacity: Double, quantities: [Double], limits: [Double], reserve: Double
    ) -> (price: Double, filled: [Double]) {
        let q = _replicated(quantities)
        let v = _replicated(limits)
        let (price, share) = q.withUnsafeBufferPointer { q in
            v.withUnsafeBufferPointer { v in
                clear(capacity: SIMD2(repeating: capacity), quantities: q, limits: v, reserve: SIMD2(repeating: reserve))
            }
        }
        return (price[0], zip(q, v).map { filled(quantity: $0, limit: $1, price: price, marginalShare: share)[0] })
    }
}
