/// A stored property of a point, read and written at its byte offset when
/// it has one.
///
/// `point[keyPath: property]` goes through the runtime's generic key-path
/// projection, which looks type metadata up on every access; a sweep reads
/// every field of every point to spell its canonical line and assigns a
/// point's fields each time it builds one, so those look-ups were a large
/// share of a sweep of many small points (`docs/PERFORMANCE.md`, "Many small
/// points"). A stored property of a trivial type (a `Double`, `Int` or
/// `Bool` field, directly or inside a nested struct) sits at a fixed offset
/// in the point (`MemoryLayout.offset(of:)`), where its bytes are loaded
/// and stored as they are; any other key path is used as it is.
struct _StoredProperty<Point, Value>: @unchecked Sendable {
    // @unchecked: a key path is immutable, and the offset a plain number.
    /// The property.
    let keyPath: WritableKeyPath<Point, Value>
    /// Its byte offset in `Point`, when it is stored there and `Value` is trivial.
    let offset: Int?

    /// The property `keyPath`.
    init(_ keyPath: WritableKeyPath<Point, Value>) {
        self.keyPath = keyPath
        offset = _isPOD(Value.self) ? MemoryLayout<Point>.offset(of: keyPath) : nil
    }

    /// The property's value at `point`.
    func read(_ point: Point) -> Value {
        guard let offset else { return point[keyPath: keyPath] }
        return withUnsafeBytes(of: point) { $0.loadUnaligned(fromByteOffset: offset, as: Value.self) }
    }

    /// Sets the property of `point` to `value`.
    func write(_ value: Value, to point: inout Point) {
        guard let offset else { return point[keyPath: keyPath] = value }
        withUnsafeMutableBytes(of: &point) { $0.storeBytes(of: value, toByteOffset: offset, as: Value.self) }
    }
}
