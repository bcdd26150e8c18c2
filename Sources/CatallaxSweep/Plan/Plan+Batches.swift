extension Plan {
    /// A plan's batches, stored in 24 bytes each: a batch's replicates are
    /// nearly always evenly spaced (`r, r + 1, …` for the whole sweep,
    /// `r, r + n, …` for shard `k/n`), so they are kept as a first replicate,
    /// a step and a count, and listed only otherwise (a resumed point's
    /// leftovers). A sweep of ten million runs plans 625 000 batches of 16:
    /// as arrays of replicates they took 250 MB.
    ///
    /// `batches[i]` builds batch `i` on access.
    public struct Batches: RandomAccessCollection, Sendable {
        /// One batch: its point and replicates `first, first + step, …`
        /// (`count` of them); `step = 0`: `count` entries of ``_listed`` from `first`.
        struct _Record: Sendable {
            var point: Int
            var first: Int
            var count: Int32
            var step: Int32
        }
        var _records: [_Record] = []
        /// The replicates of batches that are not evenly spaced.
        var _listed: [Int] = []

        public var startIndex: Int { 0 }
        public var endIndex: Int { _records.count }

        /// Batch `index`.
        public subscript(index: Int) -> Batch {
            let record = _records[index]
            let count = Int(record.count)
            let replicates = record.step == 0 ? Array(_listed[record.first..<record.first + count])
                : (0..<count).map { record.first + $0 * Int(record.step) }
            return Batch(index: index, point: record.point, replicates: replicates)
        }

        /// Appends a batch of `point` running `replicates` (ascending).
        mutating func append(point: Int, replicates: [Int]) {
            guard let first = replicates.first else {
                _records.append(_Record(point: point, first: 0, count: 0, step: 1))
                return
            }
            let step = replicates.count > 1 ? replicates[1] - replicates[0] : 1
            let even = step > 0 && step <= Int(Int32.max) && replicates.count <= Int(Int32.max)
                && zip(replicates, replicates.dropFirst()).allSatisfy { $1 - $0 == step }
            if even {
                _records.append(_Record(point: point, first: first, count: Int32(replicates.count), step: Int32(step)))
            } else {
                _records.append(_Record(point: point, first: _listed.count, count: Int32(replicates.count), step: 0))
                _listed += replicates
            }
        }
    }
}
