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
