import Foundation

/// The test functions of global sensitivity analysis, on unit-cube rows,
/// with their analytical indices.
enum SensitivityTestFunctions {
    /// Ishigami & Homma (1990): `sin x₁ + a sin² x₂ + b x₃⁴ sin x₁`,
    /// `xᵢ = −π + 2π uᵢ`.
    static func ishigami(_ u: [Double], a: Double = 7, b: Double = 0.1) -> Double {
        let x = u.map { -Double.pi + 2 * Double.pi * $0 }
        return sin(x[0]) + a * sin(x[1]) * sin(x[1]) + b * pow(x[2], 4) * sin(x[0])
    }

    /// Ishigami's indices from the closed forms
    /// `V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2`, `V₁ = (1 + bπ⁴/5)²/2`,
    /// `V₂ = a²/8`, `V₁₃ = b²π⁸(1/18 − 1/50)`.
    static func ishigamiIndices(a: Double = 7, b: Double = 0.1) -> (first: [Double], total: [Double]) {
        let pi4 = pow(Double.pi, 4)
        let pi8 = pow(Double.pi, 8)
        let v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5
        let v1 = (1 + b * pi4 / 5) * (1 + b * pi4 / 5) / 2
        let v2 = a * a / 8
        let v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50)
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v])
    }

    /// Sobol′'s G function: `Π (|4uᵢ − 2| + aᵢ)/(1 + aᵢ)`.
    static func g(_ u: [Double], a: [Double]) -> Double {
        zip(u, a).reduce(1) { $0 * (abs(4 * $1.0 - 2) + $1.1) / (1 + $1.1) }
    }

    /// G's indices: `Vᵢ = (1/3)/(1 + aᵢ)²`, `V = Π(1 + Vᵢ) − 1`,
    /// `Sᵢ = Vᵢ/V`, `STᵢ = Vᵢ Π_{j≠i}(1 + V_j)/V`.
    static func gIndices(a: [Double]) -> (first: [Double], total: [Double]) {
        let partial = a.map { (1.0 / 3) / ((1 + $0) * (1 + $0)) }
        let product = partial.reduce(1) { $0 * (1 + $1) }
        let v = product - 1
        return (partial.map { $0 / v }, partial.map { $0 * product / (1 + $0) / v })
    }

    /// `Σ aᵢ uᵢ`.
    static func linear(_ u: [Double], a: [Double]) -> Double {
        zip(u, a).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
