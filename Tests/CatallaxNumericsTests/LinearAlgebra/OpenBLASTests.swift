import CatallaxNumerics
import Testing

@Suite("OpenBLAS threading")
struct OpenBLASTests {
    @Test func useSingleThreadSetsThreadCountToOne() {
        OpenBLAS.useSingleThread()
        #expect(OpenBLAS.threadCount == 1)
        OpenBLAS.useSingleThread()  // idempotent
        #expect(OpenBLAS.threadCount == 1)
    }
}
