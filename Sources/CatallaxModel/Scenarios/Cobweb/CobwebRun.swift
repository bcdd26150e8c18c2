import CatallaxNumerics

/// One run of the `cobweb` scenario: a lane's firms, their expectation or
/// their genetic populations, the price and the tallies. The GA's picks
/// and mutations are sequential per population, so a run is scalar code
/// over its own arrays and a kernel keeps one per lane (`docs/Cobweb.md`,
/// "Layout and speed").
///
/// Arrays are sized when a run starts and keep their capacity for later
/// runs; the step loop allocates nothing.
@usableFromInline struct CobwebRun {
    /// The point being run.
    @usableFromInline var point = CobwebParameters()
    /// The lane's Philox key.
    @usableFromInline var key = RunKey(words: SIMD2<UInt32>())
    /// `p*`, `q*`, `π*`.
    @usableFromInline var equilibrium = CobwebEquilibrium(demandIntercept: 1, demandSlope: 1, costLinear: 0, costQuadratic: 1, firms: 1)
    /// Strings decode to `[0, q̄]`.
    @usableFromInline var encoding = BitStringEncoding(bits: 2, lowerBound: 0, upperBound: 1)
    /// `κ`, `μ`, election.
    @usableFromInline var operators = GeneticOperators(bits: 2, crossoverRate: 0, mutationRate: 0, election: false)
    /// The generation's scratch.
    @usableFromInline var generation = GeneticGeneration()

    /// `q_i`, each firm's quantity this period.
    @usableFromInline var quantities: [Double] = []
    /// The string each GA firm produced from this period (its quantity's source).
    @usableFromInline var usedStrings: [UInt64] = []
    /// Under `ga-multi`, the index in its population of the string each firm used.
    @usableFromInline var chosen: [Int] = []
    /// The populations side by side: population `g` at `g·n ..< (g + 1)·n`.
    @usableFromInline var strings: [UInt64] = []
    /// Each string's fitness at the last price.
    @usableFromInline var fitness: [Double] = []
    /// `p^e`, the naive or adaptive firms' expected price.
    @usableFromInline var expectedPrice = 0.0
    /// `p_t`, the last price (`A` before the first period: nothing produced).
    @usableFromInline var price = 0.0

    /// The last step run (−1 before the first).
    @usableFromInline var lastStep = -1
    /// The window's sums.
    @usableFromInline var tally = CobwebTally()

    /// An empty run, sized by ``start(_:key:)``.
    @inlinable init() {}

    /// Sets the firms up: the expectation `p^e_0 = p₀·(1 + σ₀·(2u − 1))`,
    /// `u` word 0 of `(0, 0, belief, 1)`, and every string drawn uniformly
    /// from `(0, g·n + s, belief, 0)` (`docs/Cobweb.md`, "Draw order").
    @inlinable mutating func start(_ p: CobwebParameters, key: SIMD2<UInt32>) {
        point = p
        self.key = RunKey(words: key)
        equilibrium = p.equilibrium
        encoding = BitStringEncoding(bits: p.bits, lowerBound: 0, upperBound: p.quantityBound)
        operators = GeneticOperators(bits: p.bits, crossoverRate: p.crossover, mutationRate: p.mutation, election: p.election)
        quantities._refill(p.firms, with: 0)
        usedStrings._refill(p.expectations.isGenetic ? p.firms : 0, with: 0)
        chosen._refill(p.expectations == .gaMulti ? p.firms : 0, with: 0)
        let n = p.populationSize, total = p.populationCount * n
        strings.removeAll(keepingCapacity: true)
        for a in 0..<total {
            let block = self.key.block(step: 0, agent: a, purpose: .belief, index: 0)
            strings.append((UInt64(block[0]) | UInt64(block[1]) &<< 32) & encoding.mask)
        }
        fitness._refill(total, with: 0)
        // One word of (0, 0, belief, 1): the strings' blocks use index 0, so no GA draw moves.
        let u = Double(self.key.block(step: 0, agent: 0, purpose: .belief, index: 1)[0]) * 0x1p-32
        expectedPrice = p.initialSpread == 0 ? p.initialPrice : p.initialPrice * (1 + p.initialSpread * (2 * u - 1))
        price = p.demandIntercept
        lastStep = -1
        tally = CobwebTally()
    }
}

/// The potential fitness of a string at price `p`: the profit a price
/// taker would make, `π(q, p) = (p − x)·q − ½·y·m·q²`, `q = decode(s)`.
@usableFromInline struct CobwebProfit: StringFitness {
    @usableFromInline let encoding: BitStringEncoding
    /// `p − x`.
    @usableFromInline let margin: Double
    /// `½·y·m`.
    @usableFromInline let curvature: Double

    @inlinable init(encoding: BitStringEncoding, price: Double, point p: CobwebParameters) {
        self.encoding = encoding
        margin = price - p.costLinear
        curvature = 0.5 * p.costQuadratic * Double(p.firms)
    }

    /// `π(q, p)` for a quantity.
    @inlinable func profit(quantity q: Double) -> Double { margin * q - curvature * q * q }

    @inlinable func fitness(of s: UInt64) -> Double { profit(quantity: encoding.decode(s)) }
}

/// The window's sums a run's metrics are made of (`docs/Cobweb.md`, "Metrics").
@usableFromInline struct CobwebTally {
    /// Steps in the window; `Σ e_t`; steps with `e_t ≤ ε`; `Σ p_t`.
    @usableFromInline var steps = 0.0, errorSum = 0.0, convergedSteps = 0.0, priceSum = 0.0
    /// Price changes `(p_t − p_{t−1})/p*` seen in the window: count, sum, sum of squares.
    @usableFromInline var changes = 0.0, changeSum = 0.0, changeSquares = 0.0
    /// `Σ std_i(q_i)/q*`; `Σ_t Σ_i π_i/π*`; steps with a quantity at a bound.
    @usableFromInline var dispersionSum = 0.0, profitSum = 0.0, clippedSteps = 0.0

    @inlinable init() {}
}
