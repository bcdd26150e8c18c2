import CatallaxModel
import Foundation

/// Puts a running sweep's finished runs back in point order: batches finish
/// in whatever order the workers take and end them, but result files list
/// points in order. A point's runs wait in ``pending`` until the last one
/// is in; its prepared chunk then waits in ``ready`` until every earlier
/// point has been handed on. Only points in flight (a few per worker) are
/// held, so memory does not grow with the number of runs.
///
/// Lives inside the session's mutex; ``take(upTo:)`` and the ``handing``
/// flag make one thread at a time hand points on, in order.
struct _PointOrder<Chunk: Sendable>: Sendable {
    /// One point ready to hand on.
    enum Item: Sendable {
        /// Prepared by the worker that finished it: its compact journal line
        /// (`nil` when it has no runs) and its chunk.
        case prepared(line: Data?, chunk: Chunk)
        /// Complete but not prepared (a point resumed whole from the journal,
        /// one outside the shard, or every point of a sweep with a precision
        /// target): the thread handing it on prepares it.
        case complete(FinishedPoint)
    }

    /// The sweep's points.
    let pointCount: Int
    /// Replicates per point, for the runs a point has in the shard.
    let replicates: Int
    /// The shard run.
    let shard: Shard
    /// Whether how many runs a point has is known only once every round has
    /// run (a precision target): points are then handed on after the last round.
    let adaptive: Bool
    /// Set after the last round of a sweep with a precision target: every point's runs are in.
    var final = false
    /// Runs of points not all in yet, in arrival order.
    var pending: [Int: [(replicate: Int, outcome: RunOutcome)]] = [:]
    /// Prepared points waiting for an earlier one.
    var ready: [Int: Item] = [:]
    /// The first point not handed on yet.
    var next = 0
    /// Whether some thread is handing points on.
    var handing = false

    /// The runs point `point` has in the shard; `nil` while unknown.
    func expected(_ point: Int) -> Int? {
        if adaptive { return final ? pending[point]?.count ?? 0 : nil }
        return Plan.runCount(ofPoint: point, replicates: replicates, shard: shard)
    }

    /// Adds runs of `point` (`replicates` ascending); returns the point once
    /// its last run is in (taken out of ``pending``), with whether these
    /// runs were all of it.
    mutating func add(point: Int, replicates: [Int], outcomes: [RunOutcome]) -> (FinishedPoint, whole: Bool)? {
        // The common case, a batch that is the whole point, touches nothing.
        if pending[point] == nil && replicates.count == expected(point) {
            return (FinishedPoint(point: point, replicates: replicates, outcomes: outcomes), true)
        }
        pending[point, default: []].append(contentsOf: zip(replicates, outcomes).lazy.map { ($0, $1) })
        guard let all = pending[point], all.count == expected(point) else { return nil }
        pending[point] = nil
        return (Self._finished(point, all), false)
    }

    /// The points that can be handed on now, in order, at most `limit`;
    /// `nil` (and ``handing`` cleared) when there are none. The caller hands
    /// them on, then calls again.
    mutating func take(upTo limit: Int) -> [Item]? {
        var items: [Item] = []
        while next < pointCount && items.count < limit {
            if let item = ready.removeValue(forKey: next) {
                items.append(item)
                next += 1
            } else if let point = takeComplete() {
                items.append(.complete(point))
            } else {
                break
            }
        }
        handing = !items.isEmpty
        return items.isEmpty ? nil : items
    }

    /// The next point to hand on, taken out of ``pending`` (``next`` moves
    /// past it), when every run it has is there; else `nil`. The one test
    /// of a whole point, for ``take(upTo:)`` and the session's start.
    mutating func takeComplete() -> FinishedPoint? {
        guard next < pointCount, let expected = expected(next), (pending[next]?.count ?? 0) == expected else { return nil }
        defer { next += 1 }
        return Self._finished(next, pending.removeValue(forKey: next) ?? [])
    }

    static func _finished(_ point: Int, _ runs: [(replicate: Int, outcome: RunOutcome)]) -> FinishedPoint {
        let sorted = runs.sorted { $0.replicate < $1.replicate }
        return FinishedPoint(point: point, replicates: sorted.map(\.replicate), outcomes: sorted.map(\.outcome))
    }
}
