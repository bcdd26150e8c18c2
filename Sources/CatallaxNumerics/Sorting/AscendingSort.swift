/// Ascending order of doubles, as the standard library's `sort()` gives
/// it, by sorting their bit patterns where that is exact.
///
/// For non-negative doubles that are not NaN (`+0`, subnormals, normals and
/// `+∞`), the order of the values is the order of their bit patterns as
/// unsigned integers, and equal values have equal bit patterns, so sorting
/// the patterns gives exactly the array `sort()` gives. Long arrays are
/// sorted by a least-significant-digit radix sort: up to eight passes of one
/// byte each, lowest first, each a stable counting sort; a pass whose byte
/// is the same in every value (the exponent bytes of values of one
/// magnitude, say) is skipped. For the thousand wealths of a run's Gini
/// coefficient it took 1.9% of the curve kernel's samples where the
/// standard sort took 2–3% (`docs/PERFORMANCE.md`). Short arrays are sorted
/// by insertion (``insertionSortLimit``). Arrays with a negative value, a
/// `−0` or a NaN, whose patterns do not sort as their values, are left to
/// `sort()`.
public enum AscendingSort {
    /// The longest array sorted by insertion. The radix sort's fixed cost
    /// (clearing 2 048 counters, a prefix sum over 256 buckets per pass)
    /// outweighs its linear work on short arrays: for the ten wealths of a
    /// ten-agent run it was a third of the curve kernel's time.
    public static let insertionSortLimit = 64

    /// Sorts `values` in ascending order.
    /// - Parameters:
    ///   - values: the values, sorted in place.
    ///   - scratch: room for exactly `values.count` doubles, overwritten.
    /// - Complexity: O(n) for more than ``insertionSortLimit`` non-negative
    ///   values, O(n log n) for values with a sign bit or a NaN.
    public static func sort(_ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>) {
        let n = values.count
        precondition(scratch.count == n, "the scratch must hold exactly the values' count")
        guard n > 1 else { return }
        // Every pattern above +∞'s has the sign bit set or is a NaN.
        let largestSortable = Double.infinity.bitPattern
        var sortable = true
        for value in values { sortable = sortable && value.bitPattern <= largestSortable }
        guard sortable else {
            var unsortable = values
            unsortable.sort()
            return
        }
        if n <= insertionSortLimit {
            _sortByInsertion(values)
        } else {
            _sortByRadix(values, scratch: scratch)
        }
    }

    /// Sorts sortable `values` (see ``sort(_:scratch:)``) by inserting each
    /// pattern among the sorted ones before it.
    static func _sortByInsertion(_ values: UnsafeMutableBufferPointer<Double>) {
        for i in 1..<values.count {
            let pattern = values[i].bitPattern
            var j = i
            while j > 0, values[j - 1].bitPattern > pattern {
                values[j] = values[j - 1]
                j -= 1
            }
            values[j] = Double(bitPattern: pattern)
        }
    }

    /// Sorts sortable `values` (see ``sort(_:scratch:)``) by the radix of
    /// their patterns, one byte a pass.
    static func _sortByRadix(_ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>) {
        let n = values.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * 256) { counts in
            counts.initialize(repeating: 0)
            for value in values {
                let bits = value.bitPattern
                for digit in 0..<8 {
                    let shift = UInt64(8 &* digit)
                    let byte = Int((bits &>> shift) & 0xFF)
                    counts[digit &* 256 &+ byte] &+= 1
                }
            }
            var from = values, to = scratch
            for digit in 0..<8 {
                let shift = UInt64(8 * digit)
                let bucketsStart = digit * 256
                // Every value shares this byte: the pass would move nothing.
                if counts[bucketsStart + Int((from[0].bitPattern &>> shift) & 0xFF)] == n { continue }
                var start = 0
                for bucket in bucketsStart..<(bucketsStart + 256) {
                    let count = counts[bucket]
                    counts[bucket] = start
                    start += count
                }
                for value in from {
                    let bucket = bucketsStart &+ Int((value.bitPattern &>> shift) & 0xFF)
                    to[counts[bucket]] = value
                    counts[bucket] &+= 1
                }
                swap(&from, &to)
            }
            if from.baseAddress != values.baseAddress {
                _ = values.update(fromContentsOf: from[0..<n])
            }
        }
    }
}
