@testable import CatallaxReport
import CatallaxSweep
import Foundation
import Testing

@Suite struct PathsFileTests {
    @Test func rowsArePointReplicateStepPriceInRunOrder() {
        let text = PathsFile.text([RunID(point: 1, replicate: 0): [1, 0.5], RunID(point: 0, replicate: 2): [2, 0.1 + 0.2]])
        #expect(text == "point,replicate,step,price\n0,2,0,2.0\n0,2,1,0.30000000000000004\n1,0,0,1.0\n1,0,1,0.5\n")
    }

    @Test func readingGivesBackTheSameBits() throws {
        let folder = try ReportFixture.temporaryFolder()
        let paths: [RunID: [Double]] = [RunID(point: 3, replicate: 1): [1, .pi, 1e-300, 0.1 + 0.2], RunID(point: 0, replicate: 0): [5]]
        try PathsFile.write(paths, to: folder)
        #expect(try PathsFile.read(from: folder) == paths)
    }

    @Test func aFolderWithoutTheFileHasNoPaths() throws {
        #expect(try PathsFile.read(from: ReportFixture.temporaryFolder()).isEmpty)
    }

    @Test func writingNoPathsRemovesAStaleFile() throws {
        let folder = try ReportFixture.temporaryFolder()
        try PathsFile.write([RunID(point: 0, replicate: 0): [1]], to: folder)
        try PathsFile.write([:], to: folder)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("paths.csv").path))
    }

    @Test func aMalformedLineIsRefusedWithItsNumber() throws {
        let folder = try ReportFixture.temporaryFolder()
        try "point,replicate,step,price\n0,0,0,1.0\n0,0,2,1.0\n".write(to: folder.appendingPathComponent("paths.csv"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try PathsFile.read(from: folder) }
        do { _ = try PathsFile.read(from: folder) } catch { #expect(error.description.contains("line 3")) }
    }

    @Test func onePointsRowsAreReplicateStepPrice() {
        let text = PathsFile.text(replicatePaths: [[1, 0.5], [2, 0.1 + 0.2]])
        #expect(text == "replicate,step,price\n0,0,1.0\n0,1,0.5\n1,0,2.0\n1,1,0.30000000000000004\n")
    }

    @Test func onePointsFileIsWrittenWithNothingElseInItsFolder() throws {
        let folder = try ReportFixture.temporaryFolder()
        let url = folder.appendingPathComponent("prices.csv")
        try PathsFile.write(replicatePaths: [[1, .pi]], to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "replicate,step,price\n0,0,1.0\n0,1,3.141592653589793\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["prices.csv"])
    }

    @Test func onePointsFileInAMissingFolderIsAnError() {
        #expect(throws: (any Error).self) {
            try PathsFile.write(replicatePaths: [[1]], to: URL(fileURLWithPath: "/nonexistent-folder/prices.csv"))
        }
    }
}
