@testable import CatallaxModel

/// The test-function point given by `assignments` over the defaults.
func testFunctionPoint(_ assignments: [(key: String, value: ParameterValue)]) throws -> TestFunctionParameters {
    try TestFunctionParameters(assigning: assignments)
}

/// `f` at `x` (coordinates `x1…`) in dimension `x.count` unless given.
func exactValue(_ function: String, _ x: [Double], dimension: Int? = nil,
                _ more: [(key: String, value: ParameterValue)] = []) throws -> Double {
    let inputs = x.enumerated().map { (key: "x\($0.offset + 1)", value: ParameterValue.number($0.element)) }
    return try testFunctionPoint([("function", .word(function)), ("dimension", .number(Double(dimension ?? x.count)))] + inputs + more)
        .exactValue
}
