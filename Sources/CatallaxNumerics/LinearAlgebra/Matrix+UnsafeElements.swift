extension Matrix {
    /// Calls `body` with the column-major entries, writable in place.
    ///
    /// ```
    /// A[i, j] = buffer[i + j · rows]
    /// ```
    ///
    /// For filling a preallocated matrix in a hot loop (learning agents'
    /// features every step) without a bounds-checked subscript call per
    /// entry; the storage is not reallocated when the matrix is uniquely
    /// held, so nothing is allocated.
    ///
    /// - Parameter body: Reads and writes the `rows · columns` entries; it
    ///   must not let the buffer escape.
    /// - Returns: What `body` returns.
    public mutating func withUnsafeMutableElements<Result>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> Result
    ) rethrows -> Result {
        try elements.withUnsafeMutableBufferPointer { try body($0) }
    }
}
