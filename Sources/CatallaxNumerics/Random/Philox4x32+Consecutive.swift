// MARK: - One block per lane, consecutive counters, one key

extension Philox4x32 {
    /// Philox4x32-10 blocks at consecutive first counter words under one
    /// key, one block per lane: a run's draws for several periods at once.
    ///
    /// ```
    /// (w₀[i], w₁[i], w₂[i], w₃[i]) = block((first + i, c₁, c₂, c₃), key)     for every lane i (first + i mod 2³²)
    /// ```
    ///
    /// Bit-identical, lane by lane, to the scalar ``block(counter:key:)``,
    /// so a kernel may compute a period's block here or there and draw the
    /// same numbers. Each 32-bit word sits in the low half of a 64-bit lane
    /// (the high halves of the results are zero), for the reason given at
    /// ``block(counter:key0:key1:)``: the round's full 32×32-bit product is
    /// one `vpmuludq` per register.
    ///
    /// - Parameters:
    ///   - first: counter word 0 of lane 0; lane `i` has `first + i`.
    ///   - counter1: counter word 1 (the agent), the same on every lane.
    ///   - counter2: counter word 2 (the purpose).
    ///   - counter3: counter word 3 (the index).
    ///   - key: the run's key.
    /// - Returns: the four words of each lane's block, word 0 first.
    @inlinable @inline(__always)
    public static func blocks<B: LaneBits>(
        first: UInt32, counter1: UInt32, counter2: UInt32, counter3: UInt32, key: SIMD2<UInt32>
    ) -> (B, B, B, B) {
        var lanes = B()
        for i in 0..<B.scalarCount { lanes[i] = UInt64(first &+ UInt32(truncatingIfNeeded: i)) }
        var x = (lanes, B(repeating: UInt64(counter1)), B(repeating: UInt64(counter2)), B(repeating: UInt64(counter3)))
        let k = (B(repeating: UInt64(key[0])), B(repeating: UInt64(key[1])))
        _round(&x, key: k)  // 1
        return _roundsTwoToTen(x, key: k)
    }
}
