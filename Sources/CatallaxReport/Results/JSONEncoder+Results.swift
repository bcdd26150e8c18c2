import Foundation

extension JSONEncoder {
    /// The encoder of every JSON Catallax writes for people and tools:
    /// pretty-printed, keys sorted (so files compare byte for byte), and
    /// non-finite numbers as the strings `inf`, `-inf`, `nan`.
    public static var results: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }
}
