@testable import CatallaxSweep
import Foundation
import _CatallaxTestSupport
import Testing

/// What a folder's recorded spec says changed: settings by key, points by
/// the keys that changed, capped at a few lines.
@Suite struct RecordedSpecTests {
    static let old = """
        catallax-sweep-spec 1
        name = tiny
        seed = 1
        replicates = 8
        columns = m fee
        point 0 block 0: curve=linear m=1e-06 fee=0
        point 1 block 0: curve=linear m=1e-06 fee=0.01

        """

    @Test func changedSettingsShowOldThenNew() {
        let new = Self.old.replacingOccurrences(of: "seed = 1", with: "seed = 2")
            .replacingOccurrences(of: "replicates = 8", with: "replicates = 16")
        #expect(RecordedSpec.changes(from: Self.old, to: new) == ["seed = 1 → 2", "replicates = 8 → 16"])
    }

    @Test func aChangedPointNamesOnlyItsChangedKeys() {
        let new = Self.old.replacingOccurrences(of: "m=1e-06 fee=0.01", with: "m=2e-06 fee=0.02")
        #expect(RecordedSpec.changes(from: Self.old, to: new) == ["point 1 block 0: m = 1e-06 → 2e-06, fee = 0.01 → 0.02"])
    }

    @Test func pointsOnOneSideOnlyAreNamed() {
        let new = Self.old.replacingOccurrences(of: "point 1 block 0: curve=linear m=1e-06 fee=0.01\n", with: "")
            + "point 2 block 1: curve=sigmoid k=2\n"
        #expect(RecordedSpec.changes(from: Self.old, to: new) == [
            "point 2 block 1: only in this spec", "point 1 block 0: only in the folder's spec",
        ])
    }

    @Test func aPointWithOtherKeysShowsBothLines() {
        let new = Self.old.replacingOccurrences(of: "curve=linear m=1e-06 fee=0.01", with: "curve=sigmoid k=2")
        #expect(RecordedSpec.changes(from: Self.old, to: new) == ["point 1 block 0: curve=linear m=1e-06 fee=0.01 → curve=sigmoid k=2"])
    }

    @Test func manyChangesAreCutAfterTheLimit() {
        let old = (0..<9).map { "point \($0) block 0: m=1\n" }.joined()
        let new = old.replacingOccurrences(of: "m=1", with: "m=2")
        let changes = RecordedSpec.changes(from: old, to: new, limit: 5)
        #expect(changes.count == 6)
        #expect(changes.first == "point 0 block 0: m = 1 → 2")
        #expect(changes.last == "and 4 more")
    }

    @Test func equalTextsHaveNoChanges() {
        #expect(RecordedSpec.changes(from: Self.old, to: Self.old).isEmpty)
    }

    @Test func aRecordIsTrustedOnlyWhenItHashesToTheFoldersHash() throws {
        let folder = try TestSupport.temporaryFolder(prefix: "catallax-spec")
        try RecordedSpec.record(Self.old, in: folder)
        let hash = String(SweepSpec.fnv1a64(Self.old), radix: 16)
        #expect(RecordedSpec.text(in: folder, hashing: hash) == Self.old)
        #expect(RecordedSpec.text(in: folder, hashing: "0123456789abcdef") == nil)
    }

    @Test func theRecordedTextIsComparedByteForByte() {
        let text = Self.old + "point 2 block 0: note=€\n"
        #expect(RecordedSpec._isSame(text, Data(text.utf8)))
        #expect(RecordedSpec._isSame("", Data()))
        #expect(!RecordedSpec._isSame(text, Data(text.utf8.dropLast())))
        #expect(!RecordedSpec._isSame(text, Data(text.replacingOccurrences(of: "€", with: "£").utf8)))
        #expect(!RecordedSpec._isSame(text, Data((text.dropLast() + "\r").utf8)))
    }
}
