import COpenBLAS

/// Control of OpenBLAS's own thread pool.
///
/// The sweep executor owns the cores: it runs one batch per core, so an
/// OpenBLAS call that spawned its own threads would oversubscribe them and
/// make timing erratic. The engine calls ``useSingleThread()`` once at start.
public enum OpenBLAS {
    /// Makes every later BLAS/LAPACK call in this process run on the calling
    /// thread only (`openblas_set_num_threads(1)`).
    ///
    /// ```
    /// threadCount ← 1
    /// ```
    ///
    /// Safe to call repeatedly. It also makes results independent of how many
    /// threads OpenBLAS would otherwise have chosen (a multi-threaded `dgemm`
    /// may split sums differently).
    public static func useSingleThread() {
        openblas_set_num_threads(1)
    }

    /// The kernel set the engine has OpenBLAS use on every x86-64 CPU
    /// (`OPENBLAS_CORETYPE`): OpenBLAS picks its kernels for the CPU it
    /// finds, and its Haswell and SkylakeX kernels round differently (the
    /// multi-asset scenario's LU and CMA-ES's eigendecomposition differ in
    /// the last bits), so a cluster whose nodes differ would not agree.
    /// Haswell's run on every CPU the engine runs on (it needs AVX2 itself)
    /// and are what OpenBLAS picks on this project's Intel Xeon (AVX-512).
    public static let reproducibleCoreType = "Haswell"

    /// The kernel set OpenBLAS chose at load time (`openblas_get_corename()`).
    public static var coreName: String {
        String(cString: openblas_get_corename())
    }

    /// The number of threads OpenBLAS uses for one call
    /// (`openblas_get_num_threads()`), `≥ 1`.
    public static var threadCount: Int {
        Int(openblas_get_num_threads())
    }
}
