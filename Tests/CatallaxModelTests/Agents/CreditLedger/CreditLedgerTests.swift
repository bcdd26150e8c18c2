import CatallaxModel
import CatallaxNumerics
import Testing

/// The ledger's buffer layout.
@Suite struct CreditLedgerTests {
    @Test func ringOffsetFollowsTheAgentResourceSlotLayout() {
        #expect(CreditLedger.ringOffset(agent: 0, resource: 0, resourceCount: 4, expiry: 48) == 0)
        #expect(CreditLedger.ringOffset(agent: 0, resource: 3, resourceCount: 4, expiry: 48) == 144)
        #expect(CreditLedger.ringOffset(agent: 2, resource: 1, resourceCount: 4, expiry: 48) == (2 * 4 + 1) * 48)
    }
}
