/// One Morris trajectory: `k + 1` grid points, each moving one parameter by
/// `±Δ` from the last, every parameter exactly once.
///
/// Levels are grid indices `0 … p − 1` (coordinate `level/(p − 1)`), and
/// `Δ` is `p/2` levels:
/// ```
/// l_i ∈ {0, …, p/2 − 1}      base level
/// up_i                       whether parameter i moves up (l_i → l_i + p/2) or down
/// order                      the parameters in the order they move
/// level of i in row m = l_i + p/2  if up_i == (i has moved by row m),  l_i otherwise
/// ```
struct MorrisTrajectory: Hashable, Sendable {
    /// `l_i`, each in `0 ..< p/2`.
    var baseLevels: [Int]
    /// `up_i`.
    var movesUp: [Bool]
    /// `π`: `order[m − 1]` is the parameter that moves into row `m`.
    var order: [Int]

    /// A random trajectory. Draws: the `k` base levels, the `k` directions
    /// (the top bit of one draw each), then the order by Fisher–Yates
    /// (`for i = k−1 … 1: swap(i, index ≤ i)`).
    init<G: RandomNumberGenerator>(parameterCount k: Int, levelCount p: Int, using rng: inout G) {
        baseLevels = (0..<k).map { _ in _randomIndex(below: p / 2, using: &rng) }
        movesUp = (0..<k).map { _ in rng.next() >> 63 == 1 }
        order = Array(0..<k)
        for i in stride(from: k - 1, to: 0, by: -1) {
            order.swapAt(i, _randomIndex(below: i + 1, using: &rng))
        }
    }

    /// The grid level of parameter `i` in row `m` (`m = 0 … k`), given the
    /// step at which `i` moves (`1 … k`).
    func _level(of i: Int, inRow m: Int, movesAtStep step: Int, levelCount p: Int) -> Int {
        movesUp[i] == (step <= m) ? baseLevels[i] + p / 2 : baseLevels[i]
    }

    /// Row `m` as grid levels.
    func _levels(inRow m: Int, levelCount p: Int) -> [Int] {
        var step = [Int](repeating: 0, count: order.count)
        for (position, i) in order.enumerated() { step[i] = position + 1 }
        return (0..<order.count).map { _level(of: $0, inRow: m, movesAtStep: step[$0], levelCount: p) }
    }
}
