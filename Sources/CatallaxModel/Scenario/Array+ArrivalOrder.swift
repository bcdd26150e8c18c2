import CatallaxNumerics

extension Array where Element == Int32 {
    /// Makes the first `n` elements a fresh uniform order of `0..<n` for step
    /// `t`: a forward Fisher–Yates shuffle of the identity,
    ///
    /// ```
    /// for k in 0..<n−1:  swap(k, k + min(⌊s_k·(n − k)⌋, n − k − 1))
    /// ```
    /// with `s_2j` from words 0–1 and `s_2j+1` from words 2–3 of the Philox
    /// block `(t, j, arrival, 0)` under `key`: the arrival order of
    /// `sla-market`'s requesters and of `market-manipulation`'s victims under
    /// random execution. The array holds at least `n` elements.
    /// - Complexity: O(n).
    @inlinable
    mutating func _shuffleArrivals(count n: Int, step t: Int, key: SIMD2<UInt32>) {
        for k in 0..<n { self[k] = Int32(truncatingIfNeeded: k) }
        guard n > 1 else { return }
        let runKey = RunKey(words: key)
        var block = SIMD4<UInt32>()
        for k in 0..<(n - 1) {
            let u: Double
            if k % 2 == 0 {
                block = runKey.block(step: t, agent: k / 2, purpose: .arrival, index: 0)
                u = Philox4x32.unitInterval(hi: block[0], lo: block[1])
            } else {
                u = Philox4x32.unitInterval(hi: block[2], lo: block[3])
            }
            let left = n - k
            swapAt(k, k + Swift.min(Int(u * Double(left)), left - 1))
        }
    }
}
