import CatallaxModel

/// The slots the executor's workers write their batches' outcomes into.
///
/// Each batch owns a disjoint range of slots, so concurrent writes never
/// touch the same memory; that is why the wrapper may be `@unchecked Sendable`.
final class SharedOutcomes: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<RunOutcome?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The outcomes, all written.
    var outcomes: [RunOutcome] { slots.map { $0! } }
}

/// The slots the executor's workers write recorded price paths into, one
/// per run (disjoint per batch, like ``SharedOutcomes``).
final class SharedPaths: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<[Double]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
