/// A dense real matrix stored column by column, the layout BLAS and LAPACK use.
///
/// ```
/// A[i, j] = elements[i + j · rows],   0 ≤ i < rows,  0 ≤ j < columns
/// ```
///
/// A plain value type: copies share storage until one is written (copy on
/// write), so the wrappers can hand LAPACK a private copy to overwrite
/// without disturbing the caller's matrix.
///
/// Numerical trap avoided: storing column-major means no routine has to ask
/// LAPACKE to transpose (LAPACKE's row-major path allocates and copies every
/// matrix twice per call).
public struct Matrix: Hashable, Sendable {
    /// The number of rows, `m ≥ 0`.
    public let rows: Int
    /// The number of columns, `n ≥ 0`.
    public let columns: Int
    /// The `rows · columns` entries in column-major order: `A[i, j]` is
    /// `elements[i + j · rows]`.
    public internal(set) var elements: [Double]

    /// The shape of a matrix, `rows × columns`, as error messages report it.
    public struct Shape: Hashable, Sendable, CustomStringConvertible {
        /// The number of rows.
        public var rows: Int
        /// The number of columns.
        public var columns: Int

        /// Creates the shape `rows × columns`.
        public init(rows: Int, columns: Int) {
            self.rows = rows
            self.columns = columns
        }

        /// The shape written as `rows×columns`, for example `3×4`.
        public var description: String { "\(rows)×\(columns)" }
    }

    /// This matrix's shape, `rows × columns`.
    public var shape: Shape { Shape(rows: rows, columns: columns) }

    /// Creates a `rows × columns` matrix with every entry equal to `value`.
    ///
    /// ```
    /// A[i, j] = value   for all i, j
    /// ```
    ///
    /// - Parameters:
    ///   - rows: The number of rows, `≥ 0` (a negative count is a programming
    ///     error and traps, as for `Array(repeating:count:)`).
    ///   - columns: The number of columns, `≥ 0`.
    ///   - value: The value of every entry.
    /// - Complexity: O(rows · columns).
    public init(rows: Int, columns: Int, repeating value: Double) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative, got \(rows)×\(columns).")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: rows * columns)
    }

    /// Creates a matrix from entries already in column-major order.
    ///
    /// ```
    /// A[i, j] = columnMajor[i + j · rows]
    /// ```
    ///
    /// - Parameters:
    ///   - rows: The number of rows, `≥ 0`.
    ///   - columns: The number of columns, `≥ 0`.
    ///   - columnMajor: Exactly `rows · columns` entries, column after column.
    /// - Throws: `LinearAlgebraError.elementCountMismatch` when the count is
    ///   not `rows · columns` or a dimension is negative.
    /// - Complexity: O(1) (the array is adopted, not copied).
    public init(rows: Int, columns: Int, columnMajor: [Double]) throws(LinearAlgebraError) {
        guard rows >= 0, columns >= 0, rows.multipliedReportingOverflow(by: columns) == (columnMajor.count, false) else {
            throw .elementCountMismatch(shape: Shape(rows: rows, columns: columns), count: columnMajor.count)
        }
        self.rows = rows
        self.columns = columns
        self.elements = columnMajor
    }

    /// Creates a matrix from entries written row by row, as matrices are
    /// printed.
    ///
    /// ```
    /// A[i, j] = rowMajor[i · columns + j]
    /// ```
    ///
    /// - Parameters:
    ///   - rows: The number of rows, `≥ 0`.
    ///   - columns: The number of columns, `≥ 0`.
    ///   - rowMajor: Exactly `rows · columns` entries, row after row.
    /// - Throws: `LinearAlgebraError.elementCountMismatch` when the count is
    ///   not `rows · columns` or a dimension is negative.
    /// - Complexity: O(rows · columns).
    public init(rows: Int, columns: Int, rowMajor: [Double]) throws(LinearAlgebraError) {
        guard rows >= 0, columns >= 0, rows.multipliedReportingOverflow(by: columns) == (rowMajor.count, false) else {
            throw .elementCountMismatch(shape: Shape(rows: rows, columns: columns), count: rowMajor.count)
        }
        self.init(rows: rows, columns: columns, repeating: 0)
        for i in 0..<rows {
            for j in 0..<columns { elements[i + j * rows] = rowMajor[i * columns + j] }
        }
    }

    /// Creates a matrix from its rows, as matrices are printed:
    /// `Matrix(rowMajor: [[1, 2], [3, 4]])` is `[1 2; 3 4]`.
    ///
    /// ```
    /// A[i, j] = rowMajor[i][j]
    /// ```
    ///
    /// - Parameter rowMajor: The rows, all of the same length. No rows gives
    ///   the `0×0` matrix.
    /// - Throws: `LinearAlgebraError.raggedRows` when a row's length differs
    ///   from the first row's.
    /// - Complexity: O(rows · columns).
    public init(rowMajor: [[Double]]) throws(LinearAlgebraError) {
        let columns = rowMajor.first?.count ?? 0
        if let row = rowMajor.firstIndex(where: { $0.count != columns }) {
            throw .raggedRows(row: row, count: rowMajor[row].count, columns: columns)
        }
        self.init(rows: rowMajor.count, columns: columns, repeating: 0)
        for (i, row) in rowMajor.enumerated() {
            for (j, value) in row.enumerated() { elements[i + j * rows] = value }
        }
    }

    /// The `order × order` identity matrix.
    ///
    /// ```
    /// I[i, j] = 1 if i = j, else 0
    /// ```
    ///
    /// - Parameter order: The number of rows and columns, `≥ 0`.
    /// - Returns: The identity matrix of that order.
    /// - Complexity: O(order²).
    public static func identity(order: Int) -> Matrix {
        var identity = Matrix(rows: order, columns: order, repeating: 0)
        for i in 0..<order { identity.elements[i + i * order] = 1 }
        return identity
    }

    /// The entry in row `row` and column `column`, both counted from 0.
    ///
    /// ```
    /// A[row, column] = elements[row + column · rows]
    /// ```
    ///
    /// An index outside `0..<rows` or `0..<columns` traps, as an array index
    /// out of range does.
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition((0..<rows).contains(row) && (0..<columns).contains(column), "Index (\(row), \(column)) is outside the \(shape) matrix.")
            return elements[row + column * rows]
        }
        set {
            precondition((0..<rows).contains(row) && (0..<columns).contains(column), "Index (\(row), \(column)) is outside the \(shape) matrix.")
            elements[row + column * rows] = newValue
        }
    }
}
