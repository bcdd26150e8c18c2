extension Machine {
    /// Hands the memory freed so far back to the system (glibc's
    /// `malloc_trim`), so that a step's peak is not carried into the next:
    /// decoding a spec of a million points builds and drops hundreds of
    /// megabytes of drafts over every core, and glibc keeps what a thread's
    /// arena freed for that thread's later use. Nothing elsewhere.
    public static func releaseFreedMemory() {
        #if canImport(Glibc)
        _ = _mallocTrim(0)
        #endif
    }
}

#if canImport(Glibc)
/// glibc's `int malloc_trim(size_t pad)` (`<malloc.h>`, which the Glibc module leaves out).
@_silgen_name("malloc_trim")
private func _mallocTrim(_ pad: Int) -> Int32
#endif
