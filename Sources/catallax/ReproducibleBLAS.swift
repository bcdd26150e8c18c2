import CatallaxNumerics
import Foundation

/// Makes this process's OpenBLAS use ``OpenBLAS/reproducibleCoreType``'s
/// kernels whatever the CPU, so that results are bit-identical across the
/// nodes of a cluster (AVX2 or AVX-512).
///
/// OpenBLAS reads `OPENBLAS_CORETYPE` once, when the library is loaded —
/// before any of the program's code runs — so the variable cannot simply be
/// set here: when it is not already what it must be, the process sets it
/// and replaces itself with a fresh copy of the same executable and
/// arguments (`execv` of `/proc/self/exe`), which costs a few milliseconds
/// once. Intel's MKL offers the same guarantee as a setting (`MKL_CBWR`);
/// OpenBLAS has none.
///
/// The same restart sets `OPENBLAS_NUM_THREADS=1` where it is unset.
/// Catallax's BLAS calls all run single-threaded on their sweep worker
/// (``OpenBLAS/useSingleThread()``), but the library starts a pool of one
/// thread per core when it loads, and those threads spin on
/// `sched_yield` before they sleep: measured, 17% of a 1.5 s one-thread
/// run's samples were a pool thread yielding on the other core, which the
/// second worker of a two-core run needs.
enum ReproducibleBLAS {
    /// Re-executes the process with the kernel set pinned and BLAS's own
    /// thread pool off, unless they already are.
    static func pinKernels() {
        #if arch(x86_64) && os(Linux)
        let wanted = OpenBLAS.reproducibleCoreType
        let environment = ProcessInfo.processInfo.environment
        let threadsUnset = environment["OPENBLAS_NUM_THREADS"] == nil
        guard environment["OPENBLAS_CORETYPE"] != wanted || threadsUnset else { return }
        setenv("OPENBLAS_CORETYPE", wanted, 1)
        if threadsUnset { setenv("OPENBLAS_NUM_THREADS", "1", 1) }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Only reached when the exec failed: results stay right on this machine, but may differ on another CPU.
        FileHandle.standardError.write(Data("warning: could not restart with OPENBLAS_CORETYPE=\(wanted) (\(String(cString: strerror(errno)))); BLAS results may differ in the last bits on other CPUs\n".utf8))
        #endif
    }
}
