@testable import CatallaxModel

/// A deliberately naive order book, the oracle of the property tests: resting
/// orders in one array in arrival order, the best counterparty found by a
/// linear scan for the best price and then the earliest arrival.
struct ReferenceOrderBook {
    struct Entry {
        var sequence: UInt64
        var side: OrderSide
        var tick: Int
        var quantity: Int
        var trader: Int
    }

    /// A trade as plain values, comparable with the book's `Trade`.
    struct Execution: Equatable, CustomStringConvertible {
        var tick: Int
        var quantity: Int
        var buyer: Int
        var seller: Int
        var buySequence: UInt64
        var sellSequence: UInt64
        var aggressor: OrderSide

        init(tick: Int, quantity: Int, buyer: Int, seller: Int, buySequence: UInt64, sellSequence: UInt64, aggressor: OrderSide) {
            self.tick = tick
            self.quantity = quantity
            self.buyer = buyer
            self.seller = seller
            self.buySequence = buySequence
            self.sellSequence = sellSequence
            self.aggressor = aggressor
        }

        init(_ trade: Trade) {
            self.init(
                tick: trade.tick, quantity: trade.quantity, buyer: trade.buyer, seller: trade.seller,
                buySequence: trade.buyOrder.sequence, sellSequence: trade.sellOrder.sequence,
                aggressor: trade.aggressor)
        }

        var description: String {
            "\(quantity)@\(tick) b\(buyer)#\(buySequence) s\(seller)#\(sellSequence) \(aggressor)"
        }
    }

    var entries: [Entry] = []
    var nextSequence: UInt64 = 0

    /// Matches an incoming order up to `limit` (nil: market) and returns the
    /// units left and the executions.
    mutating func submit(_ side: OrderSide, limit: Int?, quantity: Int, trader: Int) -> (sequence: UInt64, left: Int, executions: [Execution]) {
        let sequence = nextSequence
        nextSequence += 1
        var left = quantity
        var executions: [Execution] = []
        while left > 0 {
            var best: Int? = nil
            for (i, e) in entries.enumerated() where e.side == side.opposite {
                if let limit, side == .buy ? e.tick > limit : e.tick < limit { continue }
                if let b = best {
                    let better = side == .buy ? e.tick < entries[b].tick : e.tick > entries[b].tick
                    if better { best = i }  // equal ticks keep the earlier arrival
                } else {
                    best = i
                }
            }
            guard let b = best else { break }
            let fill = min(left, entries[b].quantity)
            let resting = entries[b]
            executions.append(
                Execution(
                    tick: resting.tick, quantity: fill,
                    buyer: side == .buy ? trader : resting.trader, seller: side == .buy ? resting.trader : trader,
                    buySequence: side == .buy ? sequence : resting.sequence,
                    sellSequence: side == .buy ? resting.sequence : sequence, aggressor: side))
            left -= fill
            entries[b].quantity -= fill
            if entries[b].quantity == 0 { entries.remove(at: b) }
        }
        if let limit, left > 0 {
            entries.append(Entry(sequence: sequence, side: side, tick: limit, quantity: left, trader: trader))
        }
        return (sequence, left, executions)
    }

    mutating func cancel(sequence: UInt64) -> Int {
        guard let i = entries.firstIndex(where: { $0.sequence == sequence }) else { return 0 }
        return entries.remove(at: i).quantity
    }

    mutating func cancelAll() { entries.removeAll() }

    var bestBid: Int? { entries.filter { $0.side == .buy }.map(\.tick).max() }
    var bestAsk: Int? { entries.filter { $0.side == .sell }.map(\.tick).min() }

    func depth(_ side: OrderSide, atTick tick: Int) -> Int {
        entries.filter { $0.side == side && $0.tick == tick }.reduce(0) { $0 + $1.quantity }
    }

    func restingQuantity(_ side: OrderSide) -> Int {
        entries.filter { $0.side == side }.reduce(0) { $0 + $1.quantity }
    }
}
