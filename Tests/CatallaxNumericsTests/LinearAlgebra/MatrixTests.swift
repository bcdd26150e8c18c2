import CatallaxNumerics
import Testing

@Suite("Matrix")
struct MatrixTests {
    @Test func rowMajorFlatAndNestedAgreeAndStoreColumnMajor() throws {
        let flat = try Matrix(rows: 2, columns: 3, rowMajor: [1, 2, 3, 4, 5, 6])
        let nested = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        #expect(flat == nested)
        #expect(flat.elements == [1, 4, 2, 5, 3, 6])
        #expect(flat[1, 0] == 4 && flat[0, 2] == 3)
    }

    @Test func columnMajorInitAdoptsLayout() throws {
        let a = try Matrix(rows: 2, columns: 2, columnMajor: [1, 3, 2, 4])
        #expect(a == (try Matrix(rowMajor: [[1, 2], [3, 4]])))
    }

    @Test func subscriptSetWritesOneEntry() {
        var a = Matrix(rows: 2, columns: 2, repeating: 7)
        a[1, 0] = -1
        #expect(a.elements == [7, -1, 7, 7])
    }

    @Test func identityHasOnesOnTheDiagonalOnly() {
        let i = Matrix.identity(order: 3)
        #expect(i.elements == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(Matrix.identity(order: 0).shape == Matrix.Shape(rows: 0, columns: 0))
    }

    @Test func wrongElementCountThrows() {
        #expect(throws: LinearAlgebraError.elementCountMismatch(shape: .init(rows: 2, columns: 3), count: 5)) {
            try Matrix(rows: 2, columns: 3, rowMajor: [1, 2, 3, 4, 5])
        }
        #expect(throws: LinearAlgebraError.elementCountMismatch(shape: .init(rows: -1, columns: 3), count: 0)) {
            try Matrix(rows: -1, columns: 3, columnMajor: [])
        }
    }

    @Test func raggedRowsThrowNamingTheRow() {
        #expect(throws: LinearAlgebraError.raggedRows(row: 1, count: 3, columns: 2)) {
            try Matrix(rowMajor: [[1, 2], [3, 4, 5], [6]])
        }
    }

    @Test func errorDescriptionsAreSentences() {
        let errors: [LinearAlgebraError] = [
            .dimensionMismatch(routine: "dgemm", shapes: [.init(rows: 2, columns: 3), .init(rows: 4, columns: 1)], requirement: "x"),
            .elementCountMismatch(shape: .init(rows: 2, columns: 3), count: 5),
            .raggedRows(row: 1, count: 3, columns: 2),
            .singular(routine: "dgesv", pivot: 1),
            .singular(routine: "dgels", pivot: 0),
            .didNotConverge(routine: "dsyevd", info: 3),
            .illegalArgument(routine: "dgesv", argument: 4),
        ]
        for error in errors {
            #expect(error.description.hasSuffix("."))
        }
        #expect(errors[0].description == "dgemm cannot take operands of shapes 2×3, 4×1: x.")
        #expect(errors[1].description == "A 2×3 matrix needs 6 entries, but 5 were given.")
        #expect(errors[3].description.contains("U[1, 1]"))
    }
}
