import ArgumentParser
import CatallaxModel
import CatallaxSweep
import Foundation

/// The `catallax` command: simulate token economies of autonomous agents and
/// measure which designs are stable.
@main
struct Catallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catallax",
        abstract: "Monte Carlo engine for agent-based token economies.",
        version: EngineVersion.current,
        subcommands: [Run.self, Sweep.self, Merge.self, Report.self, Scenarios.self, Bench.self]
    )

    /// Runs the command, mapping every bad-input error to exit status 2 in
    /// one place (ArgumentParser's own default for usage errors is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as BadInput {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch let error as SweepError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            if case .cannotWrite = error { Foundation.exit(1) }
            Foundation.exit(2)
        } catch let error as ParameterError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// A bad input the user must fix, with the whole sentence to show.
struct BadInput: Error {
    var message: String
}

/// The engine's version, recorded in every result.
enum EngineVersion {
    static let current = "0.1.0"
}
