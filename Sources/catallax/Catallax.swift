import ArgumentParser
import CatallaxModel
import CatallaxReport
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
        subcommands: [Run.self, Sweep.self, Optimize.self, Sensitivity.self, Merge.self, Report.self, Scenarios.self, Bench.self]
    )

    /// Runs the command, mapping every bad-input error, and every failure to
    /// write, to exit status 2 in one place (ArgumentParser's own default for
    /// usage errors is 64). The only other statuses are 0 and, for a sweep
    /// stopped by a signal, 130 (SIGINT) and 143 (SIGTERM).
    ///
    /// `catallax run NAME --help` is answered here: ArgumentParser shows help
    /// before it parses arguments, so it could not add NAME's parameters.
    static func main() {
        ReproducibleBLAS.pinKernels()
        // Past a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ, which
        // kills the process by default; ignored, the write fails with EFBIG
        // instead and the sweep stops with a message, its journal intact.
        signal(SIGXFSZ, SIG_IGN)
        if let scenario = RunHelpRequest.scenario(in: Array(CommandLine.arguments.dropFirst())) {
            print(helpMessage(for: Run.self))
            print(ScenarioHelp.parameters(of: scenario, width: HangingText.terminalWidth))
            Foundation.exit(0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as BadInput {
            fail(error.message, status: 2)
        } catch let error as SweepError {
            fail(error.description, status: 2)
        } catch let error as ParameterError {
            fail(error.description, status: 2)
        } catch let error as SpecError {
            fail(error.description, status: 2)
        } catch let error as ReportError {
            fail(error.description, status: 2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// Writes `error: message` to standard error and exits with `status`.
    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(status)
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
