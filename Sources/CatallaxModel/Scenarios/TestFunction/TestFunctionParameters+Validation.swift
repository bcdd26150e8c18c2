extension TestFunctionParameters {
    /// Checks what single domains cannot: the function's dimension and input
    /// box, and that every value a run reports is finite.
    ///
    /// ```
    /// n ∈ function.dimensions              (rosenbrock n ≥ 2, ishigami n = 3)
    /// xᵢ ∈ function.inputDomain, i ≤ n      (ishigami [−π, π], sobol-g [0, 1])
    /// f(x) finite,  |f(x)| + 8.58·σ finite  (|z| ≤ 8.57)
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the
    ///   key at fault, then `function` (on overflow: every key the function
    ///   reads, or `noise`).
    public func validate() throws(ParameterError) {
        let function = self.function, word = function.word
        if !function.dimensions.contains(dimension) {
            let allowed = function.dimensions.count == 1 ? "exactly \(function.dimensions.lowerBound)"
                : "\(function.dimensions.lowerBound)…\(function.dimensions.upperBound)"
            throw .inconsistent(keys: ["dimension", "function"],
                                reason: "\(word) needs dimension \(allowed), but dimension = \(dimension)")
        }
        if let box = function.inputDomain, let i = (0..<dimension).first(where: { !box.contains(inputs[$0]) }) {
            throw .inconsistent(keys: ["x\(i + 1)", "function"],
                                reason: "\(word)'s inputs lie in \(function._inputDomainText), and x\(i + 1) = \(inputs[i]) does not")
        }
        let exact = exactValue
        if !exact.isFinite {
            throw .inconsistent(keys: _keysRead + ["function"],
                                reason: "\(word) evaluates to \(exact) here; bring the inputs or constants closer to 0")
        }
        if !(exact.magnitude + Self.largestDeviate * noise).isFinite {
            throw .inconsistent(keys: ["noise", "function"],
                                reason: "f(x) = \(exact) plus noise of up to \(Self.largestDeviate)·noise overflows; lower noise")
        }
    }

    /// The keys `f` reads at this point: the inputs up to the dimension and
    /// the function's own constants.
    var _keysRead: [String] {
        let inputs = (1...dimension).map { "x\($0)" }
        switch function {
        case .sphere, .ellipsoid, .rosenbrock: return inputs
        case .ishigami: return inputs + ["a", "b"]
        case .sobolG: return inputs + (1...dimension).map { "a\($0)" }
        }
    }
}
