import CGLPK

/// A minimizing linear program with fixed rows, solved by GLPK's primal
/// simplex (`glp_simplex`), its terminal output off: the oracle of
/// `docs/ResourceArbitrage.md`, known answer (c).
///
/// ```
/// minimize Σ_j c_j x_j   subject to   Σ_j a_ij x_j = b_i,   0 ≤ x_j ≤ u_j (u_j = ∞ allowed)
/// ```
struct LinearProgram {
    /// A column: its cost, upper bound and nonzero entries `(row, a_ij)`.
    struct Column {
        var cost: Double
        var upper: Double
        var entries: [(row: Int, coefficient: Double)]
    }

    /// `b_i` of every row.
    var rightSides: [Double]
    var columns: [Column] = []

    /// What GLPK found.
    struct Solution {
        var objective: Double
        var primal: [Double]
        /// GLPK's row duals `π_i`: `d_j = c_j − Σ_i a_ij π_i`.
        var rowDuals: [Double]
    }

    /// Solves the program.
    /// - Returns: the optimum, or `nil` unless GLPK reports an optimal basic solution.
    func solve() -> Solution? {
        glp_term_out(GLP_OFF)
        guard let lp = glp_create_prob() else { return nil }
        defer { glp_delete_prob(lp) }
        glp_set_obj_dir(lp, GLP_MIN)
        glp_add_rows(lp, Int32(rightSides.count))
        for (i, b) in rightSides.enumerated() { glp_set_row_bnds(lp, Int32(i + 1), GLP_FX, b, b) }
        glp_add_cols(lp, Int32(columns.count))
        // GLPK's sparse matrix is 1-based: entry 0 of each array is unused.
        var rows: [Int32] = [0], cols: [Int32] = [0], values: [Double] = [0]
        for (j, column) in columns.enumerated() {
            let index = Int32(j + 1)
            if column.upper.isInfinite {
                glp_set_col_bnds(lp, index, GLP_LO, 0, 0)
            } else if column.upper == 0 {
                glp_set_col_bnds(lp, index, GLP_FX, 0, 0)
            } else {
                glp_set_col_bnds(lp, index, GLP_DB, 0, column.upper)
            }
            glp_set_obj_coef(lp, index, column.cost)
            for entry in column.entries {
                rows.append(Int32(entry.row + 1))
                cols.append(index)
                values.append(entry.coefficient)
            }
        }
        glp_load_matrix(lp, Int32(rows.count - 1), &rows, &cols, &values)
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.msg_lev = GLP_MSG_OFF
        // The dual simplex with the long-step ratio test: the step economy has
        // thousands of boxed blocks, and a basis with every block at the bound
        // its cost favours is dual feasible, so most blocks only flip bounds.
        parm.meth = GLP_DUALP
        parm.r_test = GLP_RT_FLIP
        guard glp_simplex(lp, &parm) == 0, glp_get_status(lp) == GLP_OPT else { return nil }
        return Solution(
            objective: glp_get_obj_val(lp),
            primal: (0..<columns.count).map { glp_get_col_prim(lp, Int32($0 + 1)) },
            rowDuals: (0..<rightSides.count).map { glp_get_row_dual(lp, Int32($0 + 1)) })
    }
}
