extension TestFunctionParameters {
    public static let name = "test-function"
    public static let summary =
        "Known test functions (sphere, ellipsoid, rosenbrock, ishigami, sobol-g) at x1…x8 with optional Gaussian noise: known minima and sensitivity indices."
    public static let parameterTitle = "Parameters of test-function"
    public static let defaultObjective = TestFunctionMetric.value

    /// Every parameter, in help order: the function, the dimension, the
    /// inputs, Ishigami's constants, Sobol-G's coefficients and the noise.
    public static let fields: [ParameterField<Self>] =
        [
            .choice("function", symbol: "f", "The function: sphere, ellipsoid, rosenbrock, ishigami or sobol-g.", name: "function f",
                    isHeadline: true, \.function),
            .integer("dimension", symbol: "n", "How many of x1…x8 count (rosenbrock needs 2 or more, ishigami exactly 3).",
                     name: "dimension n", unit: "count", range: 1...8, \.dimension),
        ]
        + (0..<8).map(Self._inputField)
        + [
            .real("a", symbol: "a", "Ishigami's a, the weight of sin² x2.", name: "Ishigami a", unit: "dimensionless",
                  domain: .anyFinite, \.ishigamiA),
            .real("b", symbol: "b", "Ishigami's b, the weight of x3⁴·sin x1.", name: "Ishigami b", unit: "dimensionless",
                  domain: .anyFinite, \.ishigamiB),
        ]
        + (0..<8).map(Self._sobolField)
        + [
            .real("noise", symbol: "σ", "Standard deviation of the Gaussian noise added to each evaluation.", name: "noise σ",
                  unit: "function value", domain: .atLeast(0), \.noise),
        ]

    /// `x1 … x8`: finite reals (each function's own box is checked by ``validate()``).
    static func _inputField(_ i: Int) -> ParameterField<Self> {
        .real("x\(i + 1)", symbol: "x\(_subscript(i + 1))",
              "Input \(i + 1); within −π…π for ishigami, 0…1 for sobol-g.",
              name: "input x\(_subscript(i + 1))", unit: "dimensionless", domain: .anyFinite, \.inputs[i])
    }

    /// `a1 … a8`: Sobol-G's coefficients.
    static func _sobolField(_ i: Int) -> ParameterField<Self> {
        .real("a\(i + 1)", symbol: "a\(_subscript(i + 1))", "Sobol-G's coefficient of input \(i + 1); small means important.",
              name: "Sobol-G a\(_subscript(i + 1))", unit: "dimensionless", domain: .atLeast(0), \.sobolCoefficients[i])
    }

    /// The subscript digit of `k` (0…9).
    static func _subscript(_ k: Int) -> String {
        String(UnicodeScalar(0x2080 + UInt32(k)).map(Character.init) ?? "?")
    }

    /// Each function at a point where its value is known, with `σ = 1` so
    /// that replicates differ.
    ///
    /// ```
    /// sphere, ellipsoid at x = 0: 0;  rosenbrock at x = 1: 0;
    /// ishigami at x = 0: 0;  sobol-g at x = 1/4: 1
    /// ```
    public static var referencePoints: [(label: String, point: Self)] {
        TestFunction.allCases.map { function in
            var p = Self()
            p.function = function
            p.noise = 1
            switch function {
            case .sphere, .ellipsoid, .ishigami: break
            case .rosenbrock: p.inputs = SIMD8(repeating: 1)
            case .sobolG: p.inputs = SIMD8(repeating: 0.25)
            }
            return ("function=\(function.word)", p)
        }
    }

    /// The point itself: a run is one evaluation, one step.
    public func shortened(toSteps steps: Int) -> Self { self }
}
