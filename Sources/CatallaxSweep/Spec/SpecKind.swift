/// What a spec file describes, which decides what its blocks are.
public enum SpecKind: Sendable, Equatable {
    /// A sweep: every block expands to points (a grid or a sampled design).
    case sweep
    /// A search (an optimization): every block is one search space —
    /// fixed values, an anchor and the `bounds` of the searched parameters —
    /// standing for the one point at the centre of its bounds; `tables` are
    /// the extra top-level tables the search reads itself (`optimize`).
    case search(tables: [String])
}
