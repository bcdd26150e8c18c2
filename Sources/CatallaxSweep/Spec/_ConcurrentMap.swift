import Dispatch
import Synchronization

/// `transform` of every element of `items`, in order, computed over every
/// core a chunk of `chunkSize` elements at a time: a spec of a million
/// points builds and spells each point independently, so its decoding
/// takes a core's share of the time.
///
/// When `transform` throws, the error thrown is that of the first element
/// (in order) that throws, as a serial `map` would throw it; elements after
/// it in the same chunk are not transformed.
/// - Complexity: O(n) calls of `transform`, spread over the cores.
func _concurrentMap<T: Sendable, R: Sendable, E: Error>(
    _ items: [T], chunkSize: Int = 4096, _ transform: @Sendable (T) throws(E) -> R
) throws(E) -> [R] {
    let chunks = (items.count + chunkSize - 1) / chunkSize
    guard chunks > 1 else { return try items.map(transform) }
    let results = Mutex<[Int: Result<[R], E>]>([:])
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let range = c * chunkSize ..< min(items.count, (c + 1) * chunkSize)
        let result = Result { () throws(E) -> [R] in try items[range].map(transform) }
        results.withLock { $0[c] = result }
    }
    var mapped: [R] = []
    mapped.reserveCapacity(items.count)
    for c in 0..<chunks {
        guard let result = results.withLock({ $0.removeValue(forKey: c) }) else { continue }
        mapped += try result.get()
    }
    return mapped
}
