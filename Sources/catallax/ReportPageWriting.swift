import CatallaxReport
import CatallaxSweep
import Foundation

/// The report page a command writes at the end of its results.
enum ReportPageWriting {
    /// Runs `write`, which writes a report page into `folder`; a failure is
    /// a failed write (``SweepError/cannotWrite(path:reason:)``), not a bad
    /// input, whatever the report's own wording.
    static func write(into folder: URL, _ write: () throws(ReportError) -> Void) throws {
        do { try write() } catch {
            switch error {
            case let .unreadable(_, reason), let .missingFile(_, reason):
                throw SweepError.cannotWrite(path: folder.appendingPathComponent(ReportPage.pageName).path, reason: reason)
            default:
                throw error
            }
        }
    }
}
