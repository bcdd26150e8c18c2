/// The identity of an order submitted to a ``ContinuousDoubleAuction``.
///
/// ```
/// sequence = the order's arrival number in its book, 0, 1, 2, …
/// ```
///
/// The sequence number is unique for the life of the book and orders time
/// priority: of two orders at the same price, the one with the smaller
/// sequence number trades first. The identity also carries the storage slot
/// of a resting order, so cancelling is O(1); the book checks the sequence
/// number before touching the slot, so an identity whose order has already
/// been filled or cancelled (and whose slot has been reused) is harmless.
public struct OrderID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The order's arrival number in its book, from 0.
    public let sequence: UInt64
    /// The storage slot of the order while it rests; `-1` for an order that
    /// never rested (a market order, or a limit order filled on arrival).
    @usableFromInline internal let _slot: Int32

    @inlinable
    internal init(sequence: UInt64, slot: Int32) {
        self.sequence = sequence
        self._slot = slot
    }

    /// Orders identities by arrival: `a < b` when `a` arrived first.
    ///
    /// ```
    /// a < b  ⇔  a.sequence < b.sequence
    /// ```
    @inlinable
    public static func < (a: OrderID, b: OrderID) -> Bool {
        a.sequence < b.sequence
    }

    /// Two identities are equal when they name the same order (the same
    /// arrival number); the slot is a lookup hint, not part of the identity.
    ///
    /// ```
    /// a == b  ⇔  a.sequence == b.sequence
    /// ```
    @inlinable
    public static func == (a: OrderID, b: OrderID) -> Bool {
        a.sequence == b.sequence
    }

    /// Hashes the arrival number only, consistently with `==`.
    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(sequence)
    }

    /// `#` followed by the sequence number, for example `#17`.
    public var description: String { "#\(sequence)" }
}
