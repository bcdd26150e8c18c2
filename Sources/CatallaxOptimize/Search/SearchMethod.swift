/// A minimizer driven from outside by ask and tell: it proposes a batch of
/// points, the caller evaluates them (in parallel, with replicates, on
/// common random numbers) and reports the values in the same order.
///
/// ```
/// while !search.isFinished {
///     let points = search.ask()          // a batch, inside the bounds
///     search.tell(points.map(f))         // f(points[k]) at index k
/// }
/// search.incumbent                       // argmin over every evaluation
/// ```
///
/// CMA-ES (``CMAES``, ``CMAESSearch``), ``RandomSearch`` and
/// ``LatinHypercubeSearch`` conform, so one evaluation loop serves all and
/// methods can be compared at equal budget. Every method is deterministic:
/// its points are a function of its seed and of the values told.
public protocol SearchMethod {
    /// The next batch of points to evaluate; empty once the search is finished.
    ///
    /// Asking again before telling returns the same batch.
    mutating func ask() -> [[Double]]

    /// Reports the values of the batch last asked, in its order.
    ///
    /// - Parameter values: `f` at each point of the batch; NaN ranks worst.
    mutating func tell(_ values: [Double])

    /// The best point evaluated so far, or `nil` before any evaluation.
    var incumbent: Incumbent? { get }

    /// The number of points evaluated so far.
    var evaluations: Int { get }

    /// Whether the search has stopped (budget spent or converged).
    var isFinished: Bool { get }
}

extension SearchMethod {
    /// Runs the search to its end on a plain function, one batch at a time.
    ///
    /// ```
    /// repeat { tell(ask().map(f)) } until isFinished
    /// ```
    ///
    /// For simulation-backed objectives drive ``ask()`` and ``tell(_:)``
    /// directly, so a batch can be evaluated in parallel.
    /// - Parameter objective: The function to minimize.
    /// - Returns: The best point evaluated, or `nil` if none was.
    /// - Complexity: the evaluations' cost plus the method's own per batch.
    @discardableResult
    public mutating func minimize(_ objective: ([Double]) -> Double) -> Incumbent? {
        while !isFinished {
            let points = ask()
            if points.isEmpty { break }
            tell(points.map(objective))
        }
        return incumbent
    }
}
