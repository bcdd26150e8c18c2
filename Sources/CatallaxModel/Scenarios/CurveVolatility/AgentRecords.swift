import CatallaxNumerics

/// Every agent's account in every lane of a batch, one 32-byte record per
/// lane and agent, laid out `[lane][agent]`:
/// ```
/// record (lane, i) at  (lane·rows + i)·4:   B_i, H_i, 1/V_i, (unused)
/// ```
/// where `rows = N + 1` (row `N` is the scratch row lanes past their last
/// agent of a step read and write) and `1/V_i` is the reciprocal of the
/// fundamentalist's belief (1 for the other agents, whose decisions never
/// use it), so a decision multiplies instead of dividing.
///
/// Why records and not one `[agent]` of lanes buffer per quantity: an
/// order reads its agent's balance, holdings and belief and writes the
/// first two, and the eight lanes of an iteration are eight different
/// agents. With one buffer per quantity each lane's order touched three
/// cache lines (64 bytes of 8 lanes, of which it used 8); with records it
/// touches one, aligned to 32 bytes so a record never straddles two lines.
/// The step's records then fit the level-1 cache far better (about 100
/// orders of 8 lanes: 25 KB instead of 150 KB).
@usableFromInline
struct _AgentRecords<V: LaneVector> {
    /// Doubles per record.
    @usableFromInline static var fields: Int { 4 }
    /// Where `B_i` sits in a record.
    @usableFromInline static var balance: Int { 0 }
    /// Where `H_i` sits in a record.
    @usableFromInline static var holdings: Int { 1 }
    /// Where `1/V_i` sits in a record.
    @usableFromInline static var inverseBelief: Int { 2 }

    /// The first record's first double, 64-byte aligned.
    @usableFromInline let base: UnsafeMutablePointer<Double>
    /// Rows (agents and the scratch row) the storage holds per lane.
    @usableFromInline let capacity: Int

    /// Room for `rows` records in each of `V.scalarCount` lanes.
    @usableFromInline
    init(rows: Int) {
        let count = V.scalarCount * rows * Self.fields
        base = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Double>.stride, alignment: 64)
            .bindMemory(to: Double.self, capacity: count)
        capacity = rows
    }

    /// Frees the storage; the records must not be used afterwards.
    @usableFromInline
    func deallocate() {
        base.deallocate()
    }

    /// The offset of agent `i`'s record in `lane`, in doubles, when each
    /// lane holds `rows` rows.
    @inlinable @inline(__always)
    static func offset(lane: Int, agent i: Int, rows: Int) -> Int {
        (lane * rows + i) * fields
    }

    /// `(lane·rows, …)`: where each lane's rows start, as doubles, for
    /// ``offsets(ofAgents:lastRow:laneStarts:)``.
    @inlinable
    static func laneStarts(rows: Int) -> V {
        var starts = V()
        for lane in 0..<V.scalarCount { starts[lane] = Double(lane * rows) }
        return starts
    }

    /// Every lane's record offset, in doubles, of its agent `i` (or of row
    /// `lastRow` for lanes past it):
    /// ```
    /// offset = (lane·rows + min(i, lastRow))·4
    /// ```
    /// as integers in 64-bit lanes, computed on the vector
    /// (`LaneVector.exactIntegerBits`).
    @inlinable @inline(__always)
    static func offsets(ofAgents agent: V, lastRow: Double, laneStarts: V) -> V.Bits {
        let row = V.minimum(agent, V(repeating: lastRow))
        return ((row + laneStarts) * Double(fields)).exactIntegerBits
    }
}
