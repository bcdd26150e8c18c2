// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Builds target x86-64-v3 (spelled `haswell` for swiftc: AVX2, FMA, BMI2) unless CATALLAX_TARGET_CPU names
// another LLVM CPU: Swift's default x86 target is SSE2 only, about 3x slower for the kernel. scripts/setup
// sets CATALLAX_TARGET_CPU=skylake-avx512 where the CPU has AVX-512; results are bit-identical either way
// (scripts/cpu-identity-check). The flags are host-conditional so the package still builds elsewhere.
#if arch(x86_64)
let targetCPU = ProcessInfo.processInfo.environment["CATALLAX_TARGET_CPU"] ?? "haswell"
let kernelFlags: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", targetCPU]),

    // Without it, squareRoot() on Linux is a scalar sqrt plus a branch to
    // libm per lane (to set errno); with it, one vector instruction.
    .unsafeFlags(["-Xcc", "-fno-math-errno"]),
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
    // The kernel is generic SIMD code that is 100-1000x slower unoptimized;
    // optimizing it in debug builds keeps the tests (which run sweeps) fast.
    .unsafeFlags(["-O"], .when(configuration: .debug)),
]
#else
let kernelFlags: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]
#endif

let package = Package(
    name: "Catallax",
    products: [
        .executable(name: "catallax", targets: ["catallax"]),
        .library(name: "CatallaxNumerics", targets: ["CatallaxNumerics"]),
        .library(name: "CatallaxModel", targets: ["CatallaxModel"]),
        .library(name: "CatallaxSweep", targets: ["CatallaxSweep"]),
        .library(name: "CatallaxReduce", targets: ["CatallaxReduce"]),
        .library(name: "CatallaxReport", targets: ["CatallaxReport"]),
        .library(name: "CatallaxOptimize", targets: ["CatallaxOptimize"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Tests only: its Dijkstra is the routing tests' second oracle (docs/PaymentChannels.md).
        .package(url: "https://github.com/davecom/SwiftGraph", from: "4.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        // Tests only: GLPK solves the linear programs of docs/ResourceArbitrage.md, known answer (c).
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // The lane arithmetic's vector operations (header-only; see its header for why they are C).
        .target(name: "CLaneArithmetic"),
        .target(
            name: "CatallaxNumerics",
            dependencies: ["COpenBLAS", "CLaneArithmetic"],
            swiftSettings: kernelFlags
        ),
        .target(
            name: "CatallaxModel",
            dependencies: ["CatallaxNumerics"],
            swiftSettings: kernelFlags
        ),
        .target(
            name: "CatallaxSweep",
            dependencies: ["CatallaxModel"],
            swiftSettings: kernelFlags
        ),
        .target(
            name: "CatallaxReduce",
            dependencies: ["CatallaxSweep"],
            swiftSettings: kernelFlags
        ),
        .target(
            name: "CatallaxOptimize",
            dependencies: ["CatallaxNumerics", "CatallaxModel", "CatallaxSweep", "CatallaxReduce", "CatallaxReport"],
            swiftSettings: kernelFlags
        ),
        .target(
            name: "CatallaxReport",
            dependencies: ["CatallaxReduce", "CatallaxSweep", "CatallaxModel", "CatallaxNumerics"]
        ),
        .executableTarget(
            name: "catallax",
            dependencies: [
                "CatallaxModel", "CatallaxSweep", "CatallaxReduce", "CatallaxReport", "CatallaxOptimize",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: kernelFlags
        ),
        // The tests' invariant runs: kernels specialized with an invariant observer, optimized, in a module
        // that needs only the model, so the build compiles it alongside the sweep module.
        .target(
            name: "_CatallaxTestKernels",
            dependencies: ["CatallaxNumerics", "CatallaxModel"],
            path: "Tests/_CatallaxTestKernels",
            swiftSettings: kernelFlags
        ),
        .target(
            name: "_CatallaxTestSupport",
            dependencies: ["CatallaxNumerics", "CatallaxModel", "CatallaxSweep", "_CatallaxTestKernels"],
            path: "Tests/_CatallaxTestSupport",
            // Optimized, so that its reference implementations and runners run at speed for tests compiled
            // without optimization (the runners' kernels are specialized in CatallaxSweep and _CatallaxTestKernels).
            swiftSettings: kernelFlags
        ),
        // Without the test support, which these tests do not use: the build need not wait for the sweep module.
        .testTarget(
            name: "CatallaxNumericsTests",
            dependencies: [
                "CatallaxNumerics",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CatallaxModelTests",
            dependencies: [
                "CatallaxModel", "_CatallaxTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "SwiftGraph", package: "SwiftGraph"),
                "CGLPK",
            ]
        ),
        .testTarget(
            name: "CatallaxSweepTests",
            dependencies: [
                "CatallaxSweep", "_CatallaxTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CatallaxReduceTests",
            dependencies: [
                "CatallaxReduce", "_CatallaxTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CatallaxOptimizeTests",
            dependencies: [
                "CatallaxOptimize", "_CatallaxTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CatallaxReportTests",
            dependencies: ["CatallaxReport", "_CatallaxTestSupport"]
        ),
        .testTarget(
            name: "catallaxTests",
            dependencies: ["catallax", "_CatallaxTestSupport"],
            resources: [.copy("Snapshots")]
        ),
    ]
)

// The spec reader's libFuzzer harness (`scripts/fuzz`): compiled only when asked, and linked by the script
// against libFuzzer's own `main`, which SwiftPM's executable targets cannot use.
if ProcessInfo.processInfo.environment["CATALLAX_FUZZ"] != nil {
    package.targets.append(
        .target(
            name: "CatallaxSpecFuzz",
            dependencies: ["CatallaxSweep"],
            path: "Fuzz/SpecReader",
            exclude: ["corpus", "regressions", "spec.dict"]
        )
    )
}
