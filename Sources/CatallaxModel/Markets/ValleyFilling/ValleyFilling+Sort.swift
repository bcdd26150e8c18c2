// An in-place heapsort for the valley-filling level. The standard library's
// `sort()` may allocate a merge buffer, and the level is computed inside the
// kernel's step loop, which allocates nothing. Heapsort needs no extra
// memory and runs in O(H log H) for any input (a block has at most 512 steps).

extension ValleyFilling {
    /// Sorts `values` ascending in place.
    ///
    /// ```
    /// build a max-heap;  repeat: swap the root to the end, shrink, sift down
    /// ```
    /// - Parameter values: Finite values (NaN has no place in the order).
    /// - Complexity: O(n log n), no allocation.
    internal static func _sortAscending(_ values: UnsafeMutableBufferPointer<Double>) {
        let count = values.count
        guard count > 1 else { return }
        var root = count / 2
        while root > 0 {
            root -= 1
            _siftDown(values, from: root, end: count)
        }
        var end = count
        while end > 1 {
            end -= 1
            values.swapAt(0, end)
            _siftDown(values, from: 0, end: end)
        }
    }

    /// Restores the max-heap order of `values[..<end]` below `root`, whose
    /// children are heaps.
    internal static func _siftDown(_ values: UnsafeMutableBufferPointer<Double>, from root: Int, end: Int) {
        let value = values[root]
        var parent = root
        while true {
            var child = 2 * parent + 1
            if child >= end { break }
            if child + 1 < end && values[child] < values[child + 1] { child += 1 }
            if !(value < values[child]) { break }
            values[parent] = values[child]
            parent = child
        }
        values[parent] = value
    }
}
