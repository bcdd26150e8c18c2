#if canImport(Glibc)
import Glibc
#endif
import CatallaxNumerics

/// The geometric gap of inactive agents before the next active one, from one
/// uniform draw, by table lookup instead of a logarithm.
///
/// With every agent active with probability `p = p_act`, independently, the
/// number of inactive agents before the next active one is geometric,
/// `P(G ≥ g) = qᵍ` with `q = 1 − p`. From a uniform `u` it is
/// ```
/// G(u) = max { g ∈ 0…limit : u ≤ t_g },    t_g = qᵍ = exp(g·ln(1 − p)),  t₀ = 1
/// ```
/// so `P(G ≥ g) = P(u ≤ t_g) = t_g` (to the rounding of `t_g`, and of `u`'s
/// 2⁻⁵² grid), capped at `limit` (a gap that reaches past every agent ends
/// the step's walk whatever its exact length). The thresholds are computed
/// once per point with ``LaneMath/exp(_:)`` (the same bits on every CPU).
///
/// The lookup: `u`'s bit pattern, shifted right by `s`, numbers cells that
/// are each `2^(s−52)` of their binade wide, so every cell spans the same
/// ratio of `u` (about `1 + 2^(s−52)`), as the thresholds do (`1/q`). `s` is
/// chosen so that no cell holds two thresholds; then every `u` of cell `c`
/// has `G(u) = G(a_c)` or `G(a_c) − 1`, where `a_c` is the cell's smallest
/// value, and
/// ```
/// G(u) = gap[c] − (u > threshold[c] ? 1 : 0),    gap[c] = G(a_c),  threshold[c] = t_gap[c]
/// ```
/// two loads of the same index and a comparison: no logarithm and no
/// division, which the walk over active agents spent most of its time on.
/// The condition is checked for every cell when the table is built.
///
/// Owned by a kernel, built for its point's `p_act` and `N`, and read
/// through ``gap(forDraw:)`` in the walk; a class so the kernel can keep it
/// across batches of the same point.
public final class ActivityGapTable {
    /// `p_act`, the probability an agent is active in a step.
    public let activity: Double
    /// The largest gap reported: gaps past it reach beyond every agent.
    public let limit: Int
    /// `s`: a draw's cell is its bit pattern shifted right by `s`, less ``_firstCell``.
    @usableFromInline let _shift: UInt64
    /// The cell of the smallest draw the table resolves (`t_limit`, or 2⁻⁵³).
    @usableFromInline let _firstCell: UInt64
    /// The smallest double of the first cell.
    @usableFromInline let _firstDraw: Double
    /// `G(a_c)` per cell, as a double.
    @usableFromInline let _gap: UnsafeMutableBufferPointer<Double>
    /// `t_{G(a_c)}` per cell.
    @usableFromInline let _threshold: UnsafeMutableBufferPointer<Double>
    /// `t_g` for `g = 0…limit`.
    public let thresholds: [Double]

    /// The table for activity `p` and gaps up to `limit`.
    /// - Parameters:
    ///   - activity: `p_act`, in `[0, 1]`.
    ///   - limit: the largest gap to resolve exactly, at least 0 (`N + 1`
    ///     for a walk over `N` agents from −1).
    public init(activity: Double, limit: Int) {
        precondition((0...1).contains(activity) && limit >= 0, "activity in [0, 1] and limit ≥ 0")
        self.activity = activity
        self.limit = limit
        let thresholds = Self.thresholds(activity: activity, limit: limit)
        self.thresholds = thresholds
        // The ratio of consecutive thresholds is 1/q, so cells of relative
        // width below p/q hold at most one; start there and narrow the cells
        // until the check passes (a cell of one double always does).
        // (p = 0 has one threshold, 1, and needs no narrowing at all.)
        let ratio = activity / (1 - activity)
        var bits = ratio >= 0.5 || activity == 0 ? 1 : min(52, Int((-log2(ratio)).rounded(.down)) + 1)
        while true {
            let shift = UInt64(52 - bits)
            if let cells = Self.cells(thresholds: thresholds, shift: shift) {
                _shift = shift
                _firstCell = cells.first
                _firstDraw = Double(bitPattern: cells.first << shift)
                _gap = .allocate(capacity: cells.gap.count)
                _ = _gap.initialize(from: cells.gap)
                _threshold = .allocate(capacity: cells.threshold.count)
                _ = _threshold.initialize(from: cells.threshold)
                return
            }
            bits += 1
        }
    }

    /// The table of a walk over `agents` agents from −1 (gaps up to
    /// `N + 1`): `table` when it was built for the same, else a new one.
    public static func forWalk(overAgents agents: Int, activity: Double, reusing table: ActivityGapTable?) -> ActivityGapTable {
        if let table, table.activity == activity, table.limit == agents + 1 { return table }
        return ActivityGapTable(activity: activity, limit: agents + 1)
    }

    deinit {
        _gap.deallocate()
        _threshold.deallocate()
    }

    /// Number of cells in the table.
    public var cellCount: Int { _gap.count }

    /// The gap `G(u)` of every lane, as a double in `0…limit`.
    /// - Parameter u: every lane's draw, in `[2⁻⁵³, 1]` (as
    ///   ``Philox4x32/unitInterval(hi:lo:)`` gives them).
    @inlinable @inline(__always)
    public func gap<V: LaneVector>(forDraw u: V) -> V {
        // Draws below the first cell (none of `unitInterval`'s) count as in
        // it; clamped as doubles, so the cell index is never negative.
        let inTable = V.maximum(u, V(repeating: _firstDraw))
        let cell = (inTable.bitPattern &>> V.Bits(repeating: _shift)) &- V.Bits(repeating: _firstCell)
        let gaps = _gap.baseAddress!
        let thresholds = _threshold.baseAddress!
        var gap = V(), threshold = V()
        for lane in 0..<V.scalarCount {
            let c = Int(truncatingIfNeeded: cell[lane])
            gap[lane] = gaps[c]
            threshold[lane] = thresholds[c]
        }
        return gap - V(repeating: 1).replacing(with: 0, where: u .<= threshold)
    }

    /// `G(u)` by its definition, a scan of the thresholds (the oracle the
    /// table is checked against).
    public func gapByScan(forDraw u: Double) -> Int {
        var g = 0
        while g < limit && u <= thresholds[g + 1] { g += 1 }
        return g
    }

    /// `t_g = exp(g·ln(1 − p))` for `g = 0…limit`, `t₀ = 1`, made
    /// non-increasing (every `t_g` is then a probability and `G` well defined).
    static func thresholds(activity: Double, limit: Int) -> [Double] {
        let logInactivity = log1p(-activity)
        var t = [Double](repeating: 1, count: limit + 1)
        var g = 1
        while g <= limit {
            // Eight at a time through the lane exponential.
            var x = SIMD8<Double>()
            for lane in 0..<8 { x[lane] = Double(g + lane) * logInactivity }
            // −∞·0 never occurs (g ≥ 1); p = 1 gives exp(−∞) = 0.
            let e = LaneMath.exp(x)
            for lane in 0..<8 where g + lane <= limit { t[g + lane] = min(e[lane], t[g + lane - 1]) }
            g += 8
        }
        return t
    }

    /// The cells for `shift`, or nil when some cell's draws span more than
    /// two gaps.
    static func cells(thresholds t: [Double], shift: UInt64) -> (first: UInt64, gap: [Double], threshold: [Double])? {
        let limit = t.count - 1
        let smallestDraw = 0x1p-53
        let first = max(t[limit], smallestDraw).bitPattern >> shift
        let last = (1.0).bitPattern >> shift
        var gap = [Double](), threshold = [Double]()
        gap.reserveCapacity(Int(last - first + 1))
        threshold.reserveCapacity(Int(last - first + 1))
        // G(a) for increasing a only falls: walk g down as the cells rise.
        var g = limit
        for cell in first...last {
            let low = Double(bitPattern: cell << shift)
            let high = Double(bitPattern: ((cell + 1) << shift) - 1)
            while g > 0 && low > t[g] { g -= 1 }
            // Every draw of the cell must have gap g or g − 1.
            if g > 0 && high > t[g - 1] { return nil }
            gap.append(Double(g))
            threshold.append(t[g])
        }
        return (first, gap, threshold)
    }
}
