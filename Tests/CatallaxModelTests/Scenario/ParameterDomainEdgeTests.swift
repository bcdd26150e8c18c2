import _CatallaxTestSupport
import CatallaxModel
import Foundation
import PropertyBased
import Testing

/// Every parameter of every scenario, at the edges of the domain it
/// declares: what help and error messages promise must be what assignment
/// does, so a value just inside is never refused for its range and a value
/// just outside is always refused naming its key.
@Suite struct ParameterDomainEdgeTests {
    /// Assigns `value` to the parameter; returns the error, if any.
    static func refusal(_ parameter: DeclaredParameter, _ value: ParameterValue) -> ParameterError? {
        do {
            _ = try parameter.scenario.parameters(assigning: parameter.assignments(value))
            return nil
        } catch {
            return error
        }
    }

    @Test func everyScenarioDeclaresParameters() {
        #expect(DeclaredParameter.all.count >= 60)
        #expect(Set(DeclaredParameter.all.map(\.scenario.name)) == Set(Scenario.all.map(\.name)))
    }

    @Test(arguments: DeclaredParameter.all)
    func valuesJustInsideTheDomainAreAccepted(_ parameter: DeclaredParameter) {
        for value in parameter.justInside {
            switch Self.refusal(parameter, value) {
            case nil:
                break
            case .inconsistent(let keys, _)?:
                // Valid alone but contradicting another parameter's default (shares summing past 1, say):
                // refused as a pair that names this key, never as out of range.
                #expect(keys.contains(parameter.descriptor.key), "\(parameter) = \(value)")
            case let error?:
                Issue.record("\(parameter) = \(value) is inside \(parameter.descriptor.domain.described(as: parameter.descriptor.key)) but was refused: \(error)")
            }
        }
    }

    @Test(arguments: DeclaredParameter.all)
    func valuesJustOutsideTheDomainAreRefusedNamingTheKey(_ parameter: DeclaredParameter) {
        for value in parameter.justOutside {
            let error = Self.refusal(parameter, value)
            #expect(error?.key == parameter.descriptor.key, "\(parameter) = \(value): \(String(describing: error))")
            #expect(error?.description.contains("'\(parameter.descriptor.key)'") == true)
        }
    }

    /// Seeded draws over many magnitudes and both signs, whole and
    /// fractional: assignment accepts exactly the numbers the declared domain contains.
    @Test(arguments: DeclaredParameter.all.filter { if case .choice = $0.descriptor.domain { false } else { true } })
    func assignmentAcceptsExactlyTheDeclaredDomain(_ parameter: DeclaredParameter) {
        var random = Xoshiro(seed: (0x5EED, 1, 2, 3))
        for _ in 0..<200 {
            let bits = random.next()
            var x = pow(10, Double(bits >> 11) / 0x1p53 * 24 - 12)   // 10^-12 … 10^12
            if bits & 1 == 0 { x = x.rounded() }
            if bits & 2 == 0 { x = -x }
            let error = Self.refusal(parameter, .number(x))
            if parameter.descriptor.domain.contains(x) {
                if case .outOfDomain? = error { Issue.record("\(parameter) = \(x) is in the domain but refused: \(error!)") }
            } else {
                #expect(error?.key == parameter.descriptor.key, "\(parameter) = \(x) is outside the domain: \(String(describing: error))")
            }
        }
    }
}
