/// A population of tabular Q-learners sharing one finite state space and
/// one action space: the action values `Q_i(s, a)` of `n` agents, laid out
/// `[agent][state][action]`, with each row's greedy action and maximum
/// kept beside it (Watkins and Dayan 1992, "Q-learning", *Machine
/// Learning* 8; ε-greedy as in Sutton and Barto 2018, ch. 2 and 6).
///
/// ```
/// choose:  a = u < ε ? uniform action : g_i(s),     g_i(s) = lowest argmax_a Q_i(s, a)
/// update:  Q_i(s, a) ← (1 − α)·Q_i(s, a) + α·(r + δ·max_a' Q_i(s', a'))
/// ```
/// The tables are sized by ``reset(agents:states:actions:initialRows:)``,
/// outside any step loop, and keep their capacity. The step loop works on
/// ``TabularQTables``, an unsafe view over them (``withTables(_:)``), so
/// choosing and bootstrapping cost O(1) and an update rescans a row only
/// when it lowers the greedy action's value.
public struct TabularQLearner: Sendable {
    /// `n`, the agents.
    public private(set) var agents = 0
    /// `S`, the states.
    public private(set) var states = 0
    /// `A`, the actions.
    public private(set) var actions = 0
    /// `Q_i(s, a)` at `(i·S + s)·A + a`.
    @usableFromInline var _values: [Double] = []
    /// `g_i(s)` at `i·S + s`.
    @usableFromInline var _greedy: [Int32] = []
    /// `max_a Q_i(s, a)` at `i·S + s`.
    @usableFromInline var _best: [Double] = []

    /// An empty population, sized by ``reset(agents:states:actions:initialRows:)``.
    public init() {}

    /// Sets every agent's table to `S` copies of its initial row:
    /// `Q_i(s, a) = initialRows[i·A + a]` for every `s`.
    /// - Complexity: O(n·S·A).
    public mutating func reset(agents n: Int, states s: Int, actions a: Int, initialRows: [Double]) {
        precondition(n >= 1 && s >= 1 && a >= 1 && initialRows.count == n * a, "initial rows must be agents × actions")
        agents = n
        states = s
        actions = a
        _values.removeAll(keepingCapacity: true)
        _greedy.removeAll(keepingCapacity: true)
        _best.removeAll(keepingCapacity: true)
        for i in 0..<n {
            let row = initialRows[(i * a)..<((i + 1) * a)]
            var g = 0
            for k in 1..<a where row[row.startIndex + k] > row[row.startIndex + g] { g = k }
            for _ in 0..<s {
                _values.append(contentsOf: row)
                _greedy.append(Int32(g))
                _best.append(row[row.startIndex + g])
            }
        }
    }

    /// `Q_i(s, a)`.
    @inlinable public func value(agent i: Int, state s: Int, action a: Int) -> Double { _values[(i * states + s) * actions + a] }
    /// `g_i(s)`, the lowest action of highest value.
    @inlinable public func greedyAction(agent i: Int, state s: Int) -> Int { Int(_greedy[i * states + s]) }
    /// `max_a Q_i(s, a)`.
    @inlinable public func maxValue(agent i: Int, state s: Int) -> Double { _best[i * states + s] }

    /// Sets `Q_i(s, a) = value` and recomputes the row's greedy action and
    /// maximum (for constructing tables in tests and set-up).
    public mutating func setValue(_ value: Double, agent i: Int, state s: Int, action a: Int) {
        let row = i * states + s
        _values[row * actions + a] = value
        withTables { $0._rescan(row: row) }
    }

    /// The first row whose greedy action or maximum is not its lowest
    /// argmax and maximum, or a non-finite value, in words; `nil` if none.
    public func violatedInvariant() -> String? {
        for row in 0..<(agents * states) {
            var g = 0
            for a in 0..<actions {
                let q = _values[row * actions + a]
                if !q.isFinite { return "Q of agent \(row / states), state \(row % states), action \(a) is \(q)" }
                if q > _values[row * actions + g] { g = a }
            }
            if Int(_greedy[row]) != g || _best[row] != _values[row * actions + g] {
                return "agent \(row / states), state \(row % states): greedy \(_greedy[row]) with max \(_best[row]), the row's is \(g)"
            }
        }
        return nil
    }

    /// Runs `body` on an unsafe view of the tables, for a step loop.
    @inlinable
    public mutating func withTables<R>(_ body: (inout TabularQTables) -> R) -> R {
        let (s, a) = (states, actions)
        return _values.withUnsafeMutableBufferPointer { values in
            _greedy.withUnsafeMutableBufferPointer { greedy in
                _best.withUnsafeMutableBufferPointer { best in
                    var view = TabularQTables(
                        values: values.baseAddress!, greedy: greedy.baseAddress!, best: best.baseAddress!, states: s, actions: a)
                    return body(&view)
                }
            }
        }
    }
}

/// An unsafe view of a ``TabularQLearner``'s tables for the step loop,
/// valid only inside ``TabularQLearner/withTables(_:)``.
public struct TabularQTables {
    @usableFromInline let _values: UnsafeMutablePointer<Double>
    @usableFromInline let _greedy: UnsafeMutablePointer<Int32>
    @usableFromInline let _best: UnsafeMutablePointer<Double>
    /// `S` and `A`.
    public let states: Int, actions: Int

    @inlinable
    init(values: UnsafeMutablePointer<Double>, greedy: UnsafeMutablePointer<Int32>, best: UnsafeMutablePointer<Double>,
         states: Int, actions: Int) {
        _values = values
        _greedy = greedy
        _best = best
        self.states = states
        self.actions = actions
    }

    /// `Q_i(s, a)`.
    @inlinable @inline(__always)
    public func value(agent i: Int, state s: Int, action a: Int) -> Double { _values[(i &* states &+ s) &* actions &+ a] }

    /// `g_i(s)`.
    @inlinable @inline(__always)
    public func greedyAction(agent i: Int, state s: Int) -> Int { Int(_greedy[i &* states &+ s]) }

    /// `max_a Q_i(s, a)`.
    @inlinable @inline(__always)
    public func maxValue(agent i: Int, state s: Int) -> Double { _best[i &* states &+ s] }

    /// The ε-greedy choice: `randomAction` if the agent explores, else `g_i(s)`.
    @inlinable @inline(__always)
    public func choose(agent i: Int, state s: Int, explores: Bool, randomAction: Int) -> Int {
        explores ? randomAction : greedyAction(agent: i, state: s)
    }

    /// The Q-learning update of agent `i` after action `a` in state `s`,
    /// given `target = r + δ·max_a' Q_i(s', a')` (read before the update):
    ///
    /// ```
    /// Q_i(s, a) ← keep·Q_i(s, a) + rate·target,     keep = 1 − α,  rate = α
    /// ```
    /// Then the row's greedy action and maximum: a non-greedy action that
    /// rises above the maximum (or ties it at a lower index) becomes greedy;
    /// the greedy action keeps its place if it does not fall; if it falls,
    /// the row is rescanned (`A` values).
    /// - Returns: whether `g_i(s)` changed.
    @inlinable @inline(__always)
    public func update(agent i: Int, state s: Int, action a: Int, target: Double, keep: Double, rate: Double) -> Bool {
        let row = i &* states &+ s
        let cell = row &* actions &+ a
        let q = keep * _values[cell] + rate * target
        _values[cell] = q
        let g = Int(_greedy[row])
        if a == g {
            if q >= _best[row] {
                _best[row] = q
                return false
            }
            _rescan(row: row)
            return Int(_greedy[row]) != g
        }
        if q > _best[row] || (q == _best[row] && a < g) {
            _greedy[row] = Int32(truncatingIfNeeded: a)
            _best[row] = q
            return true
        }
        return false
    }

    /// Recomputes row `row`'s greedy action (lowest argmax) and maximum.
    @inlinable
    func _rescan(row: Int) {
        let base = _values + row &* actions
        var g = 0
        var best = base[0]
        for k in 1..<actions where base[k] > best {
            g = k
            best = base[k]
        }
        _greedy[row] = Int32(truncatingIfNeeded: g)
        _best[row] = best
    }
}
