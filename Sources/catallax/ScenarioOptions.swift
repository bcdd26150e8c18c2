import ArgumentParser
import CatallaxModel
import CatallaxSweep
import Foundation

/// One `--set key=value` assignment.
struct Assignment: ExpressibleByArgument {
    var key: String
    var value: ParameterValue

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        key = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        value = ParameterValue(parsing: String(argument[argument.index(after: equals)...]))
        guard !key.isEmpty else { return nil }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// The scenario to run and its parameters, shared by the commands that run one point.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "The scenario to run (see `catallax scenarios`).")
    var scenario: String = Scenario.all[0].name

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Sets a scenario parameter, as key=value; repeat for several (see `catallax run NAME --help`).",
        valueName: "key=value"))
    var assignments: [Assignment] = []

    /// The validated parameters of the point.
    func parameters() throws -> ScenarioParameters {
        let chosen = try Scenario(named: scenario)
        do {
            return try ScenarioParameters(chosen, assigning: assignments.map { ($0.key, $0.value) })
        } catch {
            throw BadInput(message: "--set: \(error.description)")
        }
    }
}

/// How to spread the work over the machine.
struct ExecutionOptions: ParsableArguments {
    @Option(name: .customLong("threads"), help: "Worker threads (default: every core).")
    var requestedThreads: Int?

    /// The worker threads to use.
    var threads: Int { requestedThreads ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(name: .customLong("lane-width"),
            help: "Replicates run in lockstep per batch, one per SIMD lane: 2, 4 or 8 (default: 8, or the widest the scenario gains from). Results do not depend on it.")
    var requestedLaneWidth: Int?

    /// The lane width asked for, or the build's default for `scenario`.
    func laneWidth(for scenario: Scenario) -> Int { requestedLaneWidth ?? LaneWidth.standard(for: scenario).rawValue }

    /// The lane width chosen.
    func lanes(for scenario: Scenario) -> LaneWidth { LaneWidth(rawValue: laneWidth(for: scenario)) ?? .standard(for: scenario) }

    func validate() throws {
        if let requestedThreads, requestedThreads < 1 {
            throw ValidationError("--threads must be at least 1, got \(requestedThreads).")
        }
        if let requestedLaneWidth, LaneWidth(rawValue: requestedLaneWidth) == nil {
            throw ValidationError("--lane-width must be 2, 4 or 8, got \(requestedLaneWidth).")
        }
    }
}
