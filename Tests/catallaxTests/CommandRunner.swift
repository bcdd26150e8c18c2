import Foundation
import _CatallaxTestSupport

/// Runs the built `catallax` executable and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `catallax` binary next to the test bundle.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("catallax"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("catallax"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("catallax"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `catallax arguments…`, in `directory` if given.
    /// - Parameter fileSizeLimit: when given, the process runs under
    ///   `ulimit -f` with that many blocks (of 512 bytes under `/bin/sh`),
    ///   so that a write past it fails with EFBIG as on a full disk.
    /// - Parameter environment: more variables for the process, over `COLUMNS` and `PATH`.
    static func run(_ arguments: [String], in directory: URL? = nil, fileSizeLimit: Int? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -f \(fileSizeLimit) && exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.environment = ["COLUMNS": "100", "PATH": "/usr/bin:/bin"].merging(environment) { _, given in given }
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: String(decoding: outData, as: UTF8.self),
                      error: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh empty folder for a test's files.
    static func temporaryFolder() throws -> URL {
        try TestSupport.temporaryFolder()
    }
}
