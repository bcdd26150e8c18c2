// swift-tools-version: 6.1
import PackageDescription

// The benchmark suite: its own package, so the engine's build and tests never
// fetch or compile the benchmark harness. Run it from this folder with
// `swift package benchmark` (see README.md).

// The benchmarks specialize the engine's generic lane code in their own
// modules, so they need the engine's code-generation flags too.
#if arch(x86_64)
let kernelFlags: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "haswell"]),
    .unsafeFlags(["-Xcc", "-fno-math-errno"]),
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]
#else
let kernelFlags: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]
#endif

/// One executable target per engine target, in `Benchmarks/<Name>/`, where
/// the benchmark plugin finds it.
func suite(_ name: String, _ engineTargets: [String], also others: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["BenchmarkRates", .product(name: "Benchmark", package: "benchmark")]
            + engineTargets.map { .product(name: $0, package: "Catallax") } + others,
        path: "Benchmarks/\(name)",
        swiftSettings: kernelFlags,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "CatallaxBenchmarks",
    dependencies: [
        .package(name: "Catallax", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // Measured against the engine's own cheapest paths (CheapestPathsBenchmarks.swift).
        .package(url: "https://github.com/davecom/SwiftGraph", from: "4.0.0"),
    ],
    targets: [
        .target(
            name: "BenchmarkRates",
            dependencies: [.product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/BenchmarkRates"
        ),
        suite("CatallaxNumericsBenchmarks", ["CatallaxNumerics"]),
        suite("CatallaxModelBenchmarks", ["CatallaxModel", "CatallaxNumerics"],
              also: [.product(name: "SwiftGraph", package: "SwiftGraph")]),
        suite("CatallaxSweepBenchmarks", ["CatallaxSweep", "CatallaxModel", "CatallaxReport", "CatallaxReduce"]),
        suite("CatallaxReduceBenchmarks", ["CatallaxReduce", "CatallaxSweep", "CatallaxModel"]),
    ]
)
