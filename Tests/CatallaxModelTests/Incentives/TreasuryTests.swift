import Testing
@testable import CatallaxModel

/// The treasury never goes negative; what it cannot pay is counted.
@Suite struct TreasuryTests {
    @Test func aPaymentBeyondTheBalanceIsRefusedAndCounted() {
        var t = Treasury(balance: 10)
        let first = t.pay(4), second = t.pay(7)
        #expect(first && !second)
        #expect(t.balance == 6 && t.unpaid == 7 && t.refusals == 1 && t.lowest == 6)
        let paid = t.payUpTo(9)
        #expect(paid == 6 && t.balance == 0 && t.lowest == 0)
        t.receive(2.5)
        #expect(t.balance == 2.5 && t.lowest == 0)
    }
}
