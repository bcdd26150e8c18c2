import PropertyBased

/// Property-test inputs: eight uniformly random words (the library has no `simd8`).
enum WordLanes {
    static var eight: Generator<SIMD8<UInt32>, some Sequence & SendableMetatype> {
        Gen.uint32().simd4.pair.map { SIMD8(lowHalf: $0, highHalf: $1) }
    }
}
