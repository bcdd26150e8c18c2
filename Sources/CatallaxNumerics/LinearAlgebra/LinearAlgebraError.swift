/// Why a dense linear-algebra routine could not return a result.
///
/// Shapes are validated in Swift before any BLAS or LAPACK call, so a bad
/// shape is reported here rather than crashing inside the library.
/// `description` is a whole sentence naming the routine and the offending
/// values.
public enum LinearAlgebraError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The operands' shapes do not fit together.
    ///
    /// - `routine`: the BLAS/LAPACK routine that was to run (`"dgemm"`).
    /// - `shapes`: the operands' shapes, in argument order.
    /// - `requirement`: what the shapes must satisfy, as a clause.
    case dimensionMismatch(routine: String, shapes: [Matrix.Shape], requirement: String)

    /// A flat array did not hold `rows · columns` entries (or a dimension was
    /// negative).
    case elementCountMismatch(shape: Matrix.Shape, count: Int)

    /// Row `row` of a nested array has `count` entries, but the first row
    /// has `columns`.
    case raggedRows(row: Int, count: Int, columns: Int)

    /// A factorization met an exactly zero pivot: the matrix is singular
    /// (`dgesv`: `U[pivot, pivot] = 0` in `PA = LU`) or, for least squares,
    /// rank-deficient (`dgels`: `R[pivot, pivot] = 0` in `A = QR`). `pivot`
    /// counts from 0.
    case singular(routine: String, pivot: Int)

    /// An iterative eigenvalue computation did not converge; `info` is
    /// LAPACK's positive status code.
    case didNotConverge(routine: String, info: Int)

    /// LAPACKE rejected argument number `argument` (counting from 1, as the
    /// C prototype does). LAPACKE reports a NaN in an input matrix this way;
    /// otherwise it indicates a bug in the wrapper. `argument` is `1010`
    /// when LAPACKE could not allocate its workspace.
    case illegalArgument(routine: String, argument: Int)

    /// A sentence describing the failure.
    public var description: String {
        switch self {
        case let .dimensionMismatch(routine, shapes, requirement):
            let list = shapes.map(\.description).joined(separator: ", ")
            return "\(routine) cannot take operands of shapes \(list): \(requirement)."
        case let .elementCountMismatch(shape, count):
            if shape.rows < 0 || shape.columns < 0 {
                return "A matrix cannot have the negative shape \(shape)."
            }
            return "A \(shape) matrix needs \(shape.rows * shape.columns) entries, but \(count) were given."
        case let .raggedRows(row, count, columns):
            return "Row \(row) has \(count) entries, but the first row has \(columns); all rows must have the same length."
        case let .singular(routine, pivot) where routine == "dgels":
            return "dgels found the matrix rank-deficient: R[\(pivot), \(pivot)] of A = QR is exactly zero, so the least-squares solution is not unique."
        case let .singular(routine, pivot):
            return "\(routine) found the matrix singular: U[\(pivot), \(pivot)] of PA = LU is exactly zero, so the system has no unique solution."
        case let .didNotConverge(routine, info):
            return "\(routine) did not converge (LAPACK info = \(info))."
        case let .illegalArgument(routine, argument) where argument == 1010 || argument == 1011:
            return "LAPACKE_\(routine) could not allocate its workspace."
        case let .illegalArgument(routine, argument):
            return "LAPACKE_\(routine) rejected argument \(argument); an input matrix contains NaN, or the wrapper passed a bad argument."
        }
    }
}

extension LinearAlgebraError {
    /// Converts a dimension to LAPACK's 32-bit integer, or throws when it does
    /// not fit (LP64 OpenBLAS and LAPACKE take `int`).
    internal static func _lapackInt(_ value: Int, routine: String, shapes: [Matrix.Shape]) throws(LinearAlgebraError) -> Int32 {
        guard let narrow = Int32(exactly: value) else {
            throw .dimensionMismatch(routine: routine, shapes: shapes, requirement: "every dimension must be at most \(Int32.max)")
        }
        return narrow
    }

    /// Maps a LAPACKE status code to an error; `positive` says what `info > 0`
    /// means for the routine.
    internal static func _check(info: Int32, routine: String, positive: (Int) -> LinearAlgebraError) throws(LinearAlgebraError) {
        if info < 0 { throw .illegalArgument(routine: routine, argument: Int(-info)) }
        if info > 0 { throw positive(Int(info)) }
    }
}
