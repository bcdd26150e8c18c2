/// The first rows of Joe and Kuo's direction numbers `new-joe-kuo-6.21201`
/// (<https://web.maths.unsw.edu.au/~fkuo/sobol/new-joe-kuo-6.21201>), for
/// dimensions `d = 2 … 21`; dimension 1 needs no row.
///
/// Each row is `s` (degree of the primitive polynomial), `a` (its inner
/// coefficients as a binary number, highest first) and `m_1 … m_s` (the
/// initial direction numbers, odd, `m_k < 2^k`).
enum _JoeKuoDirections {
    /// One line of the published file.
    struct Row: Sendable {
        /// `s`: degree of the primitive polynomial.
        var degree: Int
        /// `a`: the polynomial's inner coefficients, bit `s − 1 − l` being `a_l`.
        var coefficients: Int
        /// `m_1 … m_s`.
        var initial: [UInt32]
    }

    /// Rows for `d = 2 … 21`, copied from the file's columns `s a m_i`.
    static let table: [Row] = [
        .init(degree: 1, coefficients: 0, initial: [1]), // d = 2
        .init(degree: 2, coefficients: 1, initial: [1, 3]), // d = 3
        .init(degree: 3, coefficients: 1, initial: [1, 3, 1]), // d = 4
        .init(degree: 3, coefficients: 2, initial: [1, 1, 1]), // d = 5
        .init(degree: 4, coefficients: 1, initial: [1, 1, 3, 3]), // d = 6
        .init(degree: 4, coefficients: 4, initial: [1, 3, 5, 13]), // d = 7
        .init(degree: 5, coefficients: 2, initial: [1, 1, 5, 5, 17]), // d = 8
        .init(degree: 5, coefficients: 4, initial: [1, 1, 5, 5, 5]), // d = 9
        .init(degree: 5, coefficients: 7, initial: [1, 1, 7, 11, 19]), // d = 10
        .init(degree: 5, coefficients: 11, initial: [1, 1, 5, 1, 1]), // d = 11
        .init(degree: 5, coefficients: 13, initial: [1, 1, 1, 3, 11]), // d = 12
        .init(degree: 5, coefficients: 14, initial: [1, 3, 5, 5, 31]), // d = 13
        .init(degree: 6, coefficients: 1, initial: [1, 3, 3, 9, 7, 49]), // d = 14
        .init(degree: 6, coefficients: 13, initial: [1, 1, 1, 15, 21, 21]), // d = 15
        .init(degree: 6, coefficients: 16, initial: [1, 3, 1, 13, 27, 49]), // d = 16
        .init(degree: 6, coefficients: 19, initial: [1, 1, 1, 15, 7, 5]), // d = 17
        .init(degree: 6, coefficients: 22, initial: [1, 3, 1, 15, 13, 25]), // d = 18
        .init(degree: 6, coefficients: 25, initial: [1, 1, 5, 5, 19, 61]), // d = 19
        .init(degree: 7, coefficients: 1, initial: [1, 3, 7, 11, 23, 15, 103]), // d = 20
        .init(degree: 7, coefficients: 4, initial: [1, 3, 7, 13, 13, 15, 69]), // d = 21
    ]
}
