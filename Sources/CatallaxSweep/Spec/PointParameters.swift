import CatallaxModel

/// The parameters of a sweep's points by index: either listed, or built
/// from a spec's ``SweepPoints`` one at a time when read (an executor
/// builds each point's once per batch instead of holding a boxed
/// parameter set for every point).
public struct PointParameters: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    /// Where the parameters come from.
    enum _Source: Sendable {
        case listed([ScenarioParameters])
        case built(SweepPoints)
    }
    let _source: _Source

    /// Parameters listed one by one.
    public init(_ listed: [ScenarioParameters]) { _source = .listed(listed) }

    /// The parameters of `points`, each built when read.
    public init(_ points: SweepPoints) { _source = .built(points) }

    /// Parameters listed one by one.
    public init(arrayLiteral elements: ScenarioParameters...) { self.init(elements) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch _source {
        case .listed(let listed): listed.count
        case .built(let points): points.count
        }
    }

    /// The parameters of point `index`.
    /// - Complexity: O(1) when listed; O(parameters) when built.
    public subscript(index: Int) -> ScenarioParameters {
        switch _source {
        case .listed(let listed): listed[index]
        case .built(let points): points.parameters(at: index)
        }
    }

    /// The family of point `index` (`nil` without families), read without
    /// building the point when it can be.
    public func family(at index: Int) -> ParameterFamily? {
        switch _source {
        case .listed(let listed): listed[index].family
        case .built(let points): points.family(at: index)
        }
    }

    /// Whether the parameters are listed rather than built when read.
    public var isListed: Bool {
        if case .listed = _source { return true }
        return false
    }

    /// The same parameters, listed: for many reads of few points.
    /// - Complexity: O(points · parameters) when built.
    public var listed: PointParameters { isListed ? self : PointParameters(Array(self)) }
}
