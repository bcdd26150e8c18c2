import CatallaxSweep
import Dispatch
import Foundation
import Synchronization

/// SIGINT and SIGTERM during a sweep. The first asks the sweep to stop
/// (``stop``): no new batch starts, the batches in flight finish and are
/// journaled, and the command then exits through ``exit(afterStopping:)``.
/// A second signal abandons the batches in flight and exits at once; the
/// journal is valid anyway, since each record is one `write`.
///
/// Both exit with the shell's status for death by that signal, `128 + n`
/// (130 for SIGINT, 143 for SIGTERM), so scripts see an interruption.
///
/// The signals are ignored (`SIG_IGN`) and watched with dispatch sources,
/// so nothing runs in an asynchronous signal handler: the handlers run on
/// their own serial queue, which a busy `concurrentPerform` does not starve.
struct Interruption {
    /// Requested on the first signal.
    let stop = StopRequest()
    /// The first signal's number, 0 before any.
    let _first: _FirstSignal
    let _sources: [any DispatchSourceSignal]

    /// The number of the first signal received, shared with the handlers.
    final class _FirstSignal: Sendable {
        let number = Atomic<Int32>(0)
    }

    /// Starts watching SIGINT and SIGTERM.
    /// - Parameter resumeCommand: the command that continues the sweep,
    ///   shown when the second signal abandons it.
    init(resumeCommand: String) {
        let stop = self.stop
        let first = _FirstSignal()
        let queue = DispatchQueue(label: "catallax.interruption")
        _first = first
        _sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                // Record the signal before stopping, so that it is known once the sweep has stopped.
                if first.number.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent).exchanged {
                    stop.request()
                    return
                }
                let signal = first.number.load(ordering: .sequentiallyConsistent)
                Self._say("\(Self.name(of: number)) again: abandoned the runs in flight; the journal holds every finished batch. Resume with: \(resumeCommand)")
                _exit(128 + signal)
            }
            source.resume()
            return source
        }
    }

    /// Says why the sweep stopped and how to go on, then exits with the
    /// status for the first signal.
    func exit(afterStopping done: Int, of total: Int, folder: String, resumeCommand: String) -> Never {
        let signal = _first.number.load(ordering: .sequentiallyConsistent)
        Self._say("interrupted by \(Self.name(of: signal)) after \(done) of \(total) runs; the journal in '\(folder)' holds them. Resume with: \(resumeCommand)")
        Foundation.exit(128 + signal)
    }

    /// `SIGINT`, `SIGTERM`, or `signal n`.
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }

    static func _say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
