extension LaneVector {
    /// The IEEE-754 bit pattern of every lane.
    @inlinable @inline(__always)
    public var bitPattern: Bits {
        var bits = Bits()
        for i in indices { bits[i] = self[i].bitPattern }
        return bits
    }

    /// Lanes whose IEEE-754 bit patterns are `bits`.
    @inlinable @inline(__always)
    public init(bitPattern bits: Bits) {
        self.init()
        for i in indices { self[i] = Double(bitPattern: bits[i]) }
    }
}
