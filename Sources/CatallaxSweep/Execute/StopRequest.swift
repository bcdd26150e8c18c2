import Synchronization

/// A request that a running sweep stop: once made, the executor takes no
/// new batch, lets the batches in flight finish (and be journaled) and
/// returns. Thread-safe; made from a signal handler's queue or a worker.
///
/// A request may follow a parent: it counts as made when either is, so a
/// session can stop its executor on its own (a journal write failed) without
/// marking the caller's request (which the caller reads as "interrupted").
public final class StopRequest: Sendable {
    let _made = Atomic<Bool>(false)
    let _parent: StopRequest?

    /// A request not yet made, counting as made once `parent` is.
    public init(following parent: StopRequest? = nil) {
        _parent = parent
    }

    /// Makes the request.
    /// - Returns: `true` the first time it is made on this instance.
    @discardableResult
    public func request() -> Bool {
        !_made.exchange(true, ordering: .acquiringAndReleasing)
    }

    /// Whether the request, or its parent's, has been made.
    public var isRequested: Bool {
        _made.load(ordering: .acquiring) || (_parent?.isRequested ?? false)
    }
}
