extension Array {
    /// Makes the array `count` copies of `value`, keeping its capacity: how
    /// the per-lane runs reset their buffers when a run starts, so later runs
    /// of the same size allocate nothing.
    /// - Complexity: O(`count`).
    @inlinable
    mutating func _refill(_ count: Int, with value: Element) {
        removeAll(keepingCapacity: true)
        append(contentsOf: repeatElement(value, count: count))
    }
}
