import CatallaxReport
import CatallaxSweep
import Foundation
import Synchronization

/// The sweep's progress on the terminal's standard error: runs done of
/// total, agent-steps per second, time left. Silent when standard error is
/// not a terminal, so logs and pipes stay clean.
final class ProgressBar: Sendable {
    let enabled: Bool
    let lastDrawn = Mutex<UInt64>(0)

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: SweepSession.Progress) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        let due = lastDrawn.withLock { last in
            guard now - last > 100_000_000 || progress.runsDone == progress.runsTotal else { return false }
            last = now
            return true
        }
        guard due else { return }
        let fraction = Double(progress.runsDone) / Double(max(progress.runsTotal, 1))
        let width = 30
        let filled = Int(fraction * Double(width))
        let rate = progress.seconds > 0 ? progress.agentSteps / progress.seconds : 0
        let done = Double(progress.runsDone)
        let left = done > 0 && fraction < 1 ? progress.seconds * (1 - fraction) / fraction : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(bar) \(progress.runsDone)/\(progress.runsTotal) runs  \(NumberFormat.significant(rate)) agent-steps/s  \(Int(left.rounded())) s left "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
