import Foundation
import Testing

/// Every bad input: one clear message naming the key and what is allowed, exit status 2.
@Suite struct BadInputTests {
    static let cases: [([String], String)] = [
        (["run", "nope"], "error: There is no scenario 'nope'. Allowed: curve-volatility, market-clearing, zero-intelligence, multi-asset, resource-economy, payment-channels, sla-market, resource-arbitrage, heterogeneous-beliefs, evolutionary-games, algorithmic-collusion, token-launch, market-manipulation, cobweb, learning-traders, test-function."),
        (["run", "multi-asset", "--set", "gamma=1"], "error: --set: 'gamma' = 1 is not allowed: 0 ≤ gamma < 1, finite."),
        (["run", "multi-asset", "--set", "asset=3"], "error: --set: 'asset' is not a parameter here. Did you mean 'assets'?"),
        (["run", "market-clearing", "--set", "mechanism=auction"], "error: --set: 'mechanism' = auction is not allowed: mechanism one of continuous, call, tatonnement."),
        (["run", "market-clearing", "--set", "lamda=1e-4"], "error: --set: 'lamda' is not a parameter here. Did you mean 'lambda'?"),
        (["run", "market-clearing", "--set", "tick=0.03"], "error: --set: 'p0' and 'tick' do not fit together: p0 = 1.0 is not a whole number of ticks of 0.03."),
        (["run", "zero-intelligence", "--set", "traders=zix"], "error: --set: 'traders' = zix is not allowed: traders one of zic, ziu."),
        (["run", "zero-intelligence", "--set", "trader=zic"], "error: --set: 'trader' is not a parameter here. Did you mean 'traders'?"),
        (["run", "zero-intelligence", "--set", "fee=0.01"], "error: --set: 'fee' is not a parameter here."),
        (["run", "--set", "fe=0.1"], "error: --set: 'fe' is not a parameter here. Did you mean 'fee'?"),
        (["run", "--set", "fee=-0.1"], "error: --set: 'fee' = -0.1 is not allowed: 0 ≤ fee < 1, finite."),
        (["run", "--set", "kappa=0"], "error: --set: 'kappa' = 0 is not allowed: 0 < kappa, finite."),
        (["run", "--set", "agents=0"], "error: --set: 'agents' = 0 is not allowed: agents a whole number in 1…10000000."),
        (["run", "--set", "fee=nan"], "error: --set: 'fee' = nan is not allowed: 0 ≤ fee < 1, finite."),
        (["run", "--set", "s_init=inf"], "error: --set: 's_init' = inf is not allowed: 0 < s_init, finite."),
        (["run", "--set", "curve=cubic"], "error: --set: 'curve' = cubic is not allowed: curve one of linear, exponential, sigmoid, power, root, inverse, step, segmented."),
        (["run", "--set", "f_noise=0.9", "--set", "f_mom=0.2"], "error: --set: 'f_noise' and 'f_mom' do not fit together"),
        (["run", "--replicates", "0"], "--replicates must be at least 1, got 0."),
        (["run", "--threads", "0"], "--threads must be at least 1, got 0."),
        (["run", "--lane-width", "3"], "--lane-width must be 2, 4 or 8, got 3."),
        (["run", "--bogus"], "Unknown option '--bogus'"),
        (["run", "--set", "novalue"], "The value 'novalue' is invalid for '--set <key=value>'"),
    ]

    @Test(arguments: cases)
    func badInputExitsWithTwoAndSaysWhatIsAllowed(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func unwritablePathsFileIsBadInputAndWritesNothing() throws {
        let result = try CommandRunner.run(["run", "--replicates", "2", "--set", "agents=20", "--set", "steps=20",
                                            "--paths", "/nonexistent-folder/paths.csv"])
        #expect(result.status == 2)
        #expect(result.error.contains("--paths: cannot write '/nonexistent-folder/paths.csv'"))
    }
}
