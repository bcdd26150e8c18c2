import CatallaxSweep

/// libFuzzer's entry point: one input is the bytes of one sweep file, taken
/// through everything `catallax sweep --dry-run` does before it runs a
/// kernel — UTF-8 check, TOML parse, decoding, validation of every point,
/// canonical text, and the plan of every shard of a three-way split.
///
/// A refusal is the expected outcome for most inputs; what must never
/// happen is a trap, a hang, or a refusal that does not name the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func specReaderFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = "fuzz.toml"
    let spec: SweepSpec
    do {
        spec = try SweepSpec(decoding: UnsafeBufferPointer(start: data, count: size), file: file)
    } catch {
        let message = error.description
        if !message.contains(file) { fatalError("a refusal that does not name the file: \(message)") }
        return 0
    }
    var planned = 0
    for index in 0..<3 {
        let shard = Shard(index: index, count: 3)
        planned += Plan.runCount(points: spec.points.count, replicates: spec.replicates, shard: shard)
    }
    if planned != spec.runCount { fatalError("shards plan \(planned) runs of \(spec.runCount)") }
    if spec.runCount <= 4096 {
        let plan = Plan(points: spec.points.count, replicates: spec.replicates, batchSize: 16)
        if plan.runCount != spec.runCount { fatalError("plan of \(plan.runCount) runs for \(spec.runCount)") }
    }
    return spec.canonicalText.isEmpty ? 1 : 0
}
