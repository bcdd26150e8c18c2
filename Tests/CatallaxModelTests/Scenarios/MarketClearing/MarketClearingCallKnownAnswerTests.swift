import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

/// The call auction's run outcomes, bit for bit, as the per-lane
/// `CallAuction` path computed them before the clearing was vectorized
/// across lanes: `N = T = 200`, intervals 1 and 7, ticks 0.01 and 0.001,
/// replicates 0…7 (seed 7) in `SIMD4` batches. Every metric is stored as its
/// IEEE bit pattern; the run must reproduce all of them exactly.
@Suite struct MarketClearingCallKnownAnswerTests {
    /// (interval, tick, metric bit patterns in `MarketClearingMetric.allCases` order, passed).
    static let known: [(Int, Double, [UInt64?], Bool)] = [
        (1, 0.01, [0x3f87c74f37a69585, 0x3fcb9611a7b96118, 0x3fc418b2e73e5307, 0x40b63b3851eb851c, 0x3f8c83b6b99a81cc, 0x3f8a6f4de9789669, 0x4042371c71c71c72, 0x3fe32df7e1437ea0, 0x3ff0000000000000], true),
        (1, 0.01, [0x3f8504b75d1f3f8c, 0x3fce9585a9e9585c, 0x3fa414bcc0a3665d, 0x40b2a9e147ae1479, 0x3f837d15b3a4bc02, 0x3f891dc0bddf697e, 0x4044968a7725080d, 0x3fe1bbf86f54d342, 0x3ff0000000000000], true),
        (1, 0.01, [0x3f882fd52f329561, 0x3fc95e8efdb195ec, 0x0, 0x40b4e57851eb8520, 0x3f7e8731b808f031, 0x3f880cb1c7427e8a, 0x40447d89d89d89d9, 0x3fe230cb92ca0364, 0x3ff0000000000000], true),
        (1, 0.01, [0x3f89ef1dcf656e0b, 0x3fc999999999999c, 0xbf94b004bce0abf7, 0x40b655570a3d70a7, 0x3f83c6e959a66d2b, 0x3f887a37f007f26b, 0x4043631188c46231, 0x3fe311ef12b22432, 0x3ff0000000000000], true),
        (1, 0.01, [0x3f8796c0e3a7089d, 0x3fca0d97c9a0d980, 0x3fb60fbdd2fffc37, 0x40b3f028f5c28f5a, 0x3f823e734834e631, 0x3f8a22c32387a68a, 0x404345a8ecd7f211, 0x3fe228fe8ac35dbd, 0x3ff0000000000000], true),
        (1, 0.01, [0x3f8862fb99e25339, 0x3fd08d3dcb08d3dc, 0xbfbaf8e8210a415c, 0x40b6c27333333333, 0x3f8a2f1804e4d181, 0x3f88323f00a73304, 0x4044988c46231189, 0x3fe2b1ef2387e20c, 0x3ff0000000000000], true),
        (1, 0.01, [0x3f86711a75226820, 0x3fd06cbe4d06cbe6, 0x3fb3b3b802beeb93, 0x40b3e4c28f5c28f5, 0x3f83d565d7789512, 0x3f8904dcd201b749, 0x4044952fab4152fb, 0x3fe1e9a9538bd6e6, 0x3ff0000000000000], true),
        (1, 0.01, [0x3f886f73bab9c971, 0x3fcd49c34115b1e4, 0x3fc418b2e73e5307, 0x40b4dff333333330, 0x3f8636fbbc7ec599, 0x3f87615d9562ba77, 0x40437b7603a196b2, 0x3fe22ce5786765cf, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8eb11e12fc4ae4, 0x3fce8f8071625344, 0x3fc513cbbd2948f0, 0x40b91e4978d4fdf4, 0x3f92e8d1114a44e3, 0x3f7b260a3702c54a, 0x404066a749814470, 0x3fe4a7904a7904a8, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8e0d0a4a64fa67, 0x3fd118d904c98470, 0x3fb2fd6bc93203e9, 0x40b84b69fbe76c8f, 0x3f8f466cf7628cb6, 0x3f7be3813c6724d5, 0x403fce4a9027c459, 0x3fe46fbe6c129b72, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8e24d8446ddd06, 0x3fcd9df51b3bea38, 0xbfa4e69ed6d80eb3, 0x40b89f3d2f1a9fc2, 0x3f8931d3cd8c59b0, 0x3f774221b7c0257b, 0x404190bf66e0e5af, 0x3fe44082f47288e1, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8d1756cd187d23, 0x3fce0f15bd72e95c, 0xbfb062a73f0427c6, 0x40b800a872b020ca, 0x3f883f1a9260ac9b, 0x3f7ae76554af884b, 0x403f7ec1dd3431b5, 0x3fe429add316b134, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8c72037beacdc9, 0x3fd1c3ec45f0c1ae, 0x3fa8fb063ef2c7f0, 0x40b633466666666a, 0x3f868b7ccc63d970, 0x3f7dbbc3bf0f502f, 0x4040b77777777777, 0x3fe3b025a481eedb, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8eda2a410ea19c, 0x3fd190776ff8f96a, 0x3fc18e203abf3d6b, 0x40ba2d3ba5e353fa, 0x3f95ba859584ab3a, 0x3f774c4a58a61eaa, 0x4040286bca1af287, 0x3fe4940d87961511, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8f128a13f8a934, 0x3fd09c1be0681296, 0xbfc3c0abd8072670, 0x40b6bb8a3d70a3d4, 0x3f8cd1a807d267b3, 0x3f791d0deb12c84c, 0x40407d5555555555, 0x3fe3b32c21eaf080, 0x3ff0000000000000], true),
        (1, 0.001, [0x3f8ddb4e8e2136b5, 0x3fd3576e12dea9d6, 0x3faf47db5b647bef, 0x40b8f487ef9db231, 0x3f8b8c741bf2e4d6, 0x3f7abe81489c1ec6, 0x4040100000000000, 0x3fe45022b1479aef, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f604defe75c0f80, 0x3f94141414141420, 0x3f944723d272a7f6, 0x40aad3ae147ae147, 0x3f57ea206582696b, 0x3f84718935a71542, 0x40699a7b9611a7b9, 0x3fe127966ed86991, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f63bce3276f43bb, 0x3fa9999999999990, 0xbf9f30b2d0091d8a, 0x40ac93ccccccccce, 0x3f44de2e41028378, 0x3f8518eca675fe41, 0x406b234f72c234f7, 0x3fe171e384c0c938, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f5777067b82b293, 0x3f947ae147ae1480, 0xbf94b004bce0abf7, 0x40ab5a8000000000, 0x3f4425d99ad6db75, 0x3f84c391718f46f3, 0x406aec234f72c235, 0x3fe10586722fe288, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f56ffc4e37053f3, 0x3f8446f86562da00, 0x3f944723d272a7f6, 0x40a8f3c7ae147ae3, 0x3f4df3ba4237e672, 0x3f845813b3f414a7, 0x406ac469ee58469f, 0x3fe02da7f2f49603, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f59ba14dcb24974, 0x3f94141414141420, 0x3f8460d6ccca367c, 0x40a9ff8a3d70a3d8, 0x3f24c3df97cac8df, 0x3f84fbe624c209ce, 0x40698f72c234f72c, 0x3fe0d6101ec4784a, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f606d9a1cb0edd4, 0x3f947ae147ae1480, 0x3f944723d272a7f6, 0x40ab4028f5c28f5c, 0x3f5bb2d5935e7073, 0x3f847a7848d2dcf8, 0x406abdcb08d3dcb1, 0x3fe0ef550c64dc87, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f607785767410be, 0x3f847ae147ae1480, 0x0, 0x40aa5975c28f5c29, 0x3f3f755b76c9301b, 0x3f8493bf5bd233c6, 0x406a38469ee5846a, 0x3fe0dcbe15760933, 0x3ff0000000000000], true),
        (7, 0.01, [0x3f599ff8c430c820, 0x3f84141414141400, 0x3f8460d6ccca367c, 0x40a9f2c7ae147ae1, 0x3f3331430fd43355, 0x3f843a1e9aec4848, 0x406a772c234f72c2, 0x3fe08a9308a9308b, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f5bfe1e60f25785, 0x3f916872b020c4a0, 0x3f9648a4fe0e19b1, 0x40aca3f851eb851f, 0x3f5c32e5ec394918, 0x3f5c408680559353, 0x40678c234f72c235, 0x3fe2576825ec4749, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f6110b3bded8998, 0x3fa5810624dd2f10, 0xbf95bba621d90435, 0x40ae259604189373, 0x3f506162597b9a3a, 0x3f6060ace8c88c48, 0x4068034f72c234f7, 0x3fe2d8a794dcd912, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f57da97aeaa68f4, 0x3f9c9613e884b900, 0xbf99ece955321b71, 0x40ac6deb020c49b8, 0x3f4d9f6ba9c2dce8, 0x3f5caca8cba1cea8, 0x4069269ee58469ee, 0x3fe1dd3b216e873d, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f57397df44afa14, 0x3f8bf901bf901b80, 0x3f95480498779a2c, 0x40ab49c49ba5e355, 0x3f46e6ed5e335aa0, 0x3f5e2d7b8d27c7b8, 0x4068258469ee5847, 0x3fe1ab9ba5780a26, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f59132f8fd0a235, 0x3f8626c3d6b7c1c0, 0x3f8460d6ccca367c, 0x40abc36978d4fdf3, 0x3f1c7b71e198c47a, 0x3f5dacf1f280b5b1, 0x4067a11a7b9611a8, 0x3fe1fc7b8575d609, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f58d22fe6316986, 0x3f95810624dd2f20, 0x3f8667ade57a9160, 0x40ad4b5db22d0e58, 0x3f55b122f0981d09, 0x3f5aac69733f2026, 0x406838469ee5846a, 0x3fe254e2c04e76bf, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f5a51de444046be, 0x3f9360e4764f8dc0, 0xbf5064670d979b73, 0x40ac7e0e56041893, 0x3f3d4ef0c6906c83, 0x3f5fd6ef7e1c8292, 0x40677cb08d3dcb09, 0x3fe25e2fac6bd5f8, 0x3ff0000000000000], true),
        (7, 0.001, [0x3f5a83f7bd8c1419, 0x3f90000000000000, 0x3f9949052e1d202e, 0x40abc527ef9db22f, 0x3f504dbd4ebf3507, 0x3f588b7578c58e69, 0x40687cb08d3dcb09, 0x3fe1af3e2680fa4c, 0x3ff0000000000000], true),
    ]

    @Test(arguments: [(1, 0.01), (1, 0.001), (7, 0.01), (7, 0.001)])
    func theVectorizedCallReproducesThePerLaneAuction(interval: Int, tick: Double) {
        var p = MarketClearingTestSupport.smallPoint(.call, agents: 200, steps: 200, interval: interval)
        p.tickSize = tick
        let runs = MarketClearingTestSupport.outcomes(p, lanes: SIMD4<Double>.self, replicates: 0..<8)
        let expected = Self.known.filter { $0.0 == interval && $0.1 == tick }
        #expect(runs.count == 8)
        #expect(expected.count == 8)
        for (run, answer) in zip(runs, expected) {
            #expect(run.values.map { $0?.bitPattern } == answer.2)
            #expect((run.failure == nil) == answer.3)
        }
    }
}
