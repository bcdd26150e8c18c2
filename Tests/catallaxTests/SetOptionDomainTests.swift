import _CatallaxTestSupport
import CatallaxModel
import Testing

/// `--set key=value` for every parameter of every scenario, through the
/// command line: the value nearest each edge of the declared domain but
/// outside it is refused with exit status 2, nothing on standard output and
/// a message naming the key. (Values just inside, and the whole domain, are
/// checked in-process by `ParameterDomainEdgeTests`.)
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

    @Test(arguments: DeclaredParameter.all)
    func aValueJustOutsideTheDomainIsRefusedNamingTheKey(_ parameter: DeclaredParameter) throws {
        let context = parameter.context.flatMap { ["--set", "\($0.key)=\($0.value)"] }
        for text in Self.nearestOutside(parameter) {
            let result = try CommandRunner.run(["run", parameter.scenario.name] + context
                                               + ["--set", "\(parameter.descriptor.key)=\(text)", "--replicates", "1"])
            #expect(result.status == 2, "\(parameter) = \(text)")
            #expect(result.output.isEmpty)
            #expect(result.error.contains("error: --set: '\(parameter.descriptor.key)'"), "\(parameter) = \(text): \(result.error)")
        }
    }
}
