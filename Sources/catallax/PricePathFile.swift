import CatallaxReport
import Foundation

/// The CSV of price paths written by `catallax run --paths`: one row per
/// replicate and step, `replicate,step,price`.
struct PricePathFile {
    var paths: [[Double]]

    /// Writes the file under a temporary name and renames it, so a reader
    /// never sees half a file.
    func write(to url: URL) throws {
        var text = "replicate,step,price\n"
        for (replicate, path) in paths.enumerated() {
            for (step, price) in path.enumerated() {
                text += "\(replicate),\(step),\(NumberFormat.exact(price))\n"
            }
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: url)
        } catch {
            throw BadInput(message: "--paths: cannot write '\(url.path)': \(error.localizedDescription)")
        }
    }
}
