import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The invariant check is no formality: a state broken in any of the ways
/// `docs/SlaMarket.md` rules out is reported.
@Suite struct SlaMarketInvariantCheckTests {
    /// A small run after `steps` steps, with open contracts.
    static func run(steps: Int = 5) -> SlaMarketRun {
        let p = slaPoint([("requesters", 12), ("providers", 4), ("steps", Double(steps)), ("request_rate", 1), ("duration", 2)])
        var run = SlaMarketRun()
        run.start(p, key: RunKey(seed: 15, replicate: 0).words)
        for t in 0..<steps { run.step(t) }
        return run
    }

    @Test func aSoundRunPasses() {
        let run = Self.run()
        #expect(run.violatedInvariant() == nil)
        #expect(run.ringProvider.contains { $0 >= 0 }, "the run has open contracts to break")
    }

    @Test func everyKindOfBreakageIsReported() throws {
        let sound = Self.run()
        let open = try #require(sound.ringProvider.firstIndex { $0 >= 0 })
        let j = Int(sound.ringProvider[open])
        var breakages: [(String, (inout SlaMarketRun) -> Void)] = [
            ("money created", { $0.providerWallet[0] += 0.5 }),
            ("negative wallet", { $0.requesterWallet[0] = -1; $0.protocolAccount += 1 }),
            ("contract lost", { $0.ringProvider[open] = -1 }),
            ("contract kept past its settlement", { $0.ringSignedAt[open] -= 2 * $0.point.duration }),
            ("open count off", { $0.openCount[j] += 1 }),
            ("a leaver holding a contract", { $0.hasLeft[j] = true }),
            ("reputation without a settlement", { $0.reputation[j].successes += 1 }),
            ("a request lost", { $0.tally.requests += 1 }),
        ]
        breakages.append(("capacity exceeded", { run in
            run.point.capacity = 0
        }))
        for (name, breakage) in breakages {
            var broken = sound
            breakage(&broken)
            #expect(broken.violatedInvariant() != nil, "\(name) passed")
        }
    }
}
