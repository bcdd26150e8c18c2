import Foundation

/// The canonical text of the spec a folder's sweep was run with
/// (``SweepSpec/canonicalText``), kept beside the journal in
/// `spec.canonical` so that a later run of a changed spec is told what
/// changed, not just that the hash differs.
///
/// It is written whole (``WholeFile``) when a sweep starts; it is trusted
/// only when it hashes to the hash the journal or summary names, so a file
/// left over from an earlier sweep is never shown as the folder's spec.
enum RecordedSpec {
    /// The file's name inside the output folder.
    static let fileName = "spec.canonical"

    /// The recorded canonical text in `folder`, if there is one and it
    /// hashes to `hash` (16 hexadecimal digits, as ``SweepSpec/hashHex``).
    static func text(in folder: URL, hashing hash: String) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return UInt64(hash, radix: 16) == SweepSpec.fnv1a64(text) ? text : nil
    }

    /// Records `text` in `folder`, unless it is already there.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    static func record(_ text: String, in folder: URL) throws(SweepError) {
        let url = folder.appendingPathComponent(fileName)
        // Compared and written without a copy of the text: tens of megabytes for a million points.
        if let recorded = FileManager.default.contents(atPath: url.path), _isSame(text, recorded) { return }
        try WholeFile.write(to: url) { $0.write(text) }
    }

    /// Whether `bytes` are `text`'s UTF-8, compared a block of memory at a
    /// time (byte by byte through `Data`'s iterator, 63 MB took 0.6 s).
    static func _isSame(_ text: String, _ bytes: Data) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        let compared = text.utf8.withContiguousStorageIfAvailable { ours in
            bytes.withUnsafeBytes { theirs in ours.isEmpty || memcmp(ours.baseAddress!, theirs.baseAddress!, ours.count) == 0 }
        }
        return compared ?? text.utf8.elementsEqual(bytes)
    }
}
