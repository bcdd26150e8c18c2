/// The best point a search has evaluated so far.
///
/// ```
/// incumbent = argmin { f(x) : x evaluated },   ties to the earliest evaluation
/// ```
public struct Incumbent: Hashable, Sendable {
    /// The point as evaluated (inside the bounds, if any).
    public var point: [Double]
    /// Its objective value `f(point)`.
    public var value: Double
    /// Its evaluation's number, counting from 1 over the whole search.
    public var evaluation: Int

    /// An incumbent: `point`, its `value`, and the `evaluation` that found it.
    public init(point: [Double], value: Double, evaluation: Int) {
        self.point = point
        self.value = value
        self.evaluation = evaluation
    }
}

extension Optional where Wrapped == Incumbent {
    /// Replaces the incumbent by the best of `points`, if it beats it.
    ///
    /// ```
    /// k = argmin_k values[k];  replace when values[k] < incumbent.value
    /// ```
    /// A NaN value never becomes the incumbent; a tie keeps the earlier point.
    /// - Parameters:
    ///   - points: The points just evaluated, in evaluation order.
    ///   - values: Their values.
    ///   - firstEvaluation: The evaluation number of `points[0]`.
    internal mutating func _improve(with points: [[Double]], values: [Double], firstEvaluation: Int) {
        for k in values.indices where !values[k].isNaN {
            if let best = self, !(values[k] < best.value) { continue }
            self = Incumbent(point: points[k], value: values[k], evaluation: firstEvaluation + k)
        }
    }
}
