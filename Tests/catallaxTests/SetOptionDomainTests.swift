import _CatallaxTestSupport
@testable import catallax
import CatallaxModel
import Testing

/// `--set key=value` for every parameter of every scenario: the value
/// nearest each edge of the declared domain but outside it is refused with
/// a message naming the key. Every parameter goes through the command's own
/// options (`ScenarioOptions`, as `catallax run` parses and validates them);
/// one parameter of each scenario goes through the command line itself, for
/// exit status 2, nothing on standard output and the message on standard
/// error. (Values just inside, and the whole domain, are checked by
/// `ParameterDomainEdgeTests`.)
@Suite struct SetOptionDomainTests {
    /// The values nearest the domain's edges from outside, as typed on a command line.
    static func nearestOutside(_ parameter: DeclaredParameter) -> [String] {
        parameter.justOutside.filter { value in
            switch value {
            case .number(let x): x.isFinite
            case .word(let word): !word.isEmpty
            }
        }.map(\.description)
    }

    /// The arguments of `catallax run` that set `parameter` to `text`.
    static func runArguments(_ parameter: DeclaredParameter, _ text: String) -> [String] {
        [parameter.scenario.name] + parameter.context.flatMap { ["--set", "\($0.key)=\($0.value)"] }
            + ["--set", "\(parameter.descriptor.key)=\(text)"]
    }

    @Test(arguments: DeclaredParameter.all)
    func aValueJustOutsideTheDomainIsRefusedNamingTheKey(_ parameter: DeclaredParameter) throws {
        for text in Self.nearestOutside(parameter) {
            let options = try ScenarioOptions.parse(Self.runArguments(parameter, text))
            do {
                let accepted = try options.parameters()
                Issue.record("\(parameter) = \(text) was accepted: \(accepted)")
            } catch let error as BadInput {
                #expect(error.message.hasPrefix("--set: '\(parameter.descriptor.key)'"), "\(parameter) = \(text): \(error.message)")
            }
        }
    }

    /// The first parameter of each scenario that has a value outside its domain.
    static var oneParameterOfEachScenario: [DeclaredParameter] {
        var seen: Set<String> = []
        return DeclaredParameter.all.filter { !nearestOutside($0).isEmpty && seen.insert($0.scenario.name).inserted }
    }

    @Test(arguments: oneParameterOfEachScenario)
    func theCommandLineExitsWithTwoNamingTheKey(_ parameter: DeclaredParameter) throws {
        for text in Self.nearestOutside(parameter) {
            let result = try CommandRunner.run(["run"] + Self.runArguments(parameter, text) + ["--replicates", "1"])
            #expect(result.status == 2, "\(parameter) = \(text)")
            #expect(result.output.isEmpty)
            #expect(result.error.hasPrefix("error: --set: '\(parameter.descriptor.key)'"), "\(parameter) = \(text): \(result.error)")
        }
    }
}
