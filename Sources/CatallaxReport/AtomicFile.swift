import CatallaxSweep
import Foundation

/// Writing a file so that it is either absent or complete: the bytes go to a
/// temporary name in the same folder, which is then renamed over the target;
/// if the write or the rename fails, the temporary file is removed.
public enum AtomicFile {
    /// Writes `data` to `url` atomically.
    /// - Throws: `SweepError.cannotWrite` naming the file and the system's
    ///   reason when the folder is missing or not writable, the disk is full
    ///   or a file-size limit is hit.
    public static func write(_ data: Data, to url: URL) throws {
        // One implementation for every target: the sweep's journal needs it too.
        try WholeFile.write(data, to: url)
    }
}
