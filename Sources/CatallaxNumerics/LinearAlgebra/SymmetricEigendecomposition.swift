/// The eigenvalues and orthonormal eigenvectors of a real symmetric matrix.
///
/// ```
/// A = V · diag(λ) · Vᵀ,   Vᵀ V = I,   λ₀ ≤ λ₁ ≤ … ≤ λₙ₋₁
/// A vⱼ = λⱼ vⱼ   where vⱼ is column j of V
/// ```
///
/// Each eigenvector is determined only up to sign (and, for a repeated
/// eigenvalue, up to a rotation within its eigenspace); callers must not
/// depend on the sign LAPACK happens to choose.
public struct SymmetricEigendecomposition: Hashable, Sendable {
    /// The eigenvalues `λ` in ascending order.
    public var eigenvalues: [Double]
    /// The `n × n` orthonormal matrix `V` whose column `j` is the unit
    /// eigenvector for `eigenvalues[j]`.
    public var eigenvectors: Matrix

    /// Creates a decomposition from its parts (as returned by
    /// ``Matrix/symmetricEigendecomposition()``).
    public init(eigenvalues: [Double], eigenvectors: Matrix) {
        self.eigenvalues = eigenvalues
        self.eigenvectors = eigenvectors
    }
}
