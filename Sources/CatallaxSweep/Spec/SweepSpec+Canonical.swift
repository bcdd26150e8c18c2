import CatallaxModel

extension SweepSpec {
    /// The version line that opens every canonical text; raised whenever
    /// the form changes, so old hashes never collide with new ones.
    static let canonicalVersion = "catallax-sweep-spec 1"

    /// The canonical text of a decoded sweep: the settings, the coordinate
    /// columns and every point with every parameter it has (for a curve, those of its family),
    /// one line each, `\n`-terminated:
    /// ```
    /// catallax-sweep-spec 1
    /// name = <name>
    /// scenario = <scenario>
    /// seed = <s>
    /// replicates = <n>
    /// objective = <metric>
    /// objective_order = ascending|descending
    /// paths.replicates = <k>
    /// precision = <metric> relative_half_width=<ρ>|half_width=<ε> max_replicates=<n>   (with [precision] only)
    /// columns = <key> <key> …
    /// search block <b>: <key>=<from>…<to> <spacing> …   (a search only)
    /// point <i> block <b>: <key>=<value> …   (the point's keys in catalog order)
    /// ```
    /// Comments, whitespace, key order, `1` versus `1.0`, a list versus an
    /// equal range, and the file's path do not change it; any change to a
    /// point's parameters does.
    /// This function spells the lines before the points'; ``forEachCanonicalPiece(of:_:)`` the points'.
    static func canonicalHead(header: _SpecHeader, columns: [String], kind: SpecKind) -> String {
        var lines = [
            canonicalVersion,
            "name = \(header.name)",
            "scenario = \(header.scenario.name)",
            "seed = \(header.seed)",
            "replicates = \(header.replicates)",
            "objective = \(header.objective.name)",
            "objective_order = \(header.objectiveOrder.rawValue)",
            "paths.replicates = \(header.pathsReplicates)",
            "columns = " + columns.joined(separator: " "),
        ]
        // Only a sweep with a target says so: the hashes of every other sweep stay what they were.
        if let precision = header.precision { lines.insert("precision = \(precision.description)", at: lines.count - 1) }
        // A search's blocks stand for their centres; their bounds are what is searched, so they belong in its identity.
        if case .search = kind {
            for block in header.blocks {
                let bounds = block.bounds.map { "\($0.key)=\($0.from)…\($0.to) \($0.spacing.rawValue)" }
                lines.append("search block \(block.index): " + bounds.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Which points report which metrics, found while checking every point.
    struct _Coverage: Sendable {
        /// Per metric, the first point that does not report it (sought for the required metrics).
        var firstMissing: [Int?]
        /// Per metric, whether some point reports it.
        var reported: [Bool]

        /// No point seen yet, for `count` metrics.
        init(count: Int) {
            firstMissing = Array(repeating: nil, count: count)
            reported = Array(repeating: false, count: count)
        }

        /// Adds what the points after those seen so far show.
        mutating func add(_ later: _Coverage) {
            for m in reported.indices {
                if firstMissing[m] == nil { firstMissing[m] = later.firstMissing[m] }
                reported[m] = reported[m] || later.reported[m]
            }
        }
    }

    /// A run of consecutive points' lines of the canonical text, with what
    /// else the spec keeps of those points.
    struct _Piece: Sendable {
        /// The points' lines.
        var text = ByteText()
        /// The points' coordinates.
        var coordinates = PointCoordinates()
        /// Each point's agent-steps a run.
        var agentSteps: [Double] = []
    }

    /// Calls `body` with the point lines of the canonical text, in order, a
    /// few thousand lines at a time: a large sampled design has a million
    /// point lines (tens of megabytes), spelled over every core a window of
    /// pieces at a time, so that hashing them never holds them all. Each
    /// point is built and checked on its way, and `body` gets the pieces'
    /// points' coordinates and agent-steps with them.
    /// - Parameters:
    ///   - metrics: the metrics to look for at the points.
    ///   - required: whether each of `metrics` must be reported by every
    ///     point (its first point without it is sought), else by one.
    /// - Returns: which points report `metrics`.
    /// - Throws: ``SpecError`` for the first point (in order) whose parameters fail their checks.
    static func forEachCanonicalPiece(of points: SweepPoints, metrics: [Metric] = [], required: [Bool] = [],
                                      _ body: (_Piece) -> Void) throws(SpecError) -> _Coverage {
        let chunk = 2048, window = 32
        var coverage = _Coverage(count: metrics.count)
        for first in stride(from: 0, to: points.count, by: chunk * window) {
            let starts = Array(stride(from: first, to: min(points.count, first + chunk * window), by: chunk))
            let pieces = try _concurrentMap(starts, chunkSize: 1) { (start) throws(SpecError) -> (_Piece, _Coverage) in
                var piece = _Piece()
                var seen = _Coverage(count: metrics.count)
                for index in start..<min(points.count, start + chunk) {
                    let point = try points._point(at: index)
                    // Each metric is asked until it is known to be reported (and, if required, until some point lacks it).
                    for m in metrics.indices where !seen.reported[m] || (required[m] && seen.firstMissing[m] == nil) {
                        if point.parameters.reports(metrics[m]) { seen.reported[m] = true }
                        else if seen.firstMissing[m] == nil { seen.firstMissing[m] = index }
                    }
                    appendLine(of: point, to: &piece.text)
                    piece.coordinates.append(point.coordinates.map(\.value))
                    piece.agentSteps.append(point.parameters.agentSteps)
                }
                return (piece, seen)
            }
            for (piece, seen) in pieces {
                body(piece)
                coverage.add(seen)
            }
        }
        return coverage
    }

    /// Appends `point <i> block <b>: <key>=<value> …\n`: every key of the
    /// point in catalog order, the coordinate the block gave where it gave
    /// one (not empty), else the point's own value.
    static func appendLine(of point: SweepPoint, to text: inout ByteText) {
        text.write("point ")
        text.write(integer: point.index)
        text.write(" block ")
        text.write(integer: point.block)
        text.write(ascii: UInt8(ascii: ":"))
        point.parameters.appendKeyedTexts(to: &text, replacing: point.coordinates)
        text.write("\n")
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `text`:
    /// ```
    /// h ← 0xCBF29CE484222325
    /// for each byte c: h ← (h ⊕ c) · 0x100000001B3   (mod 2⁶⁴)
    /// ```
    /// G. Fowler, L. C. Noll, K.-P. Vo; <http://www.isthe.com/chongo/tech/comp/fnv/>.
    /// Not a cryptographic hash: it tells sweeps apart, it does not defend
    /// against forgery. Deterministic across runs and machines, unlike
    /// Swift's `Hasher`, which is seeded per process.
    package static func fnv1a64(_ text: String) -> UInt64 {
        fnv1a64(continuing: 0xCBF2_9CE4_8422_2325, text)
    }

    /// ``fnv1a64(_:)`` of a text whose earlier part hashed to `h`, continued
    /// over `text`: the hash of a text read in pieces.
    package static func fnv1a64(continuing h: UInt64, _ text: String) -> UInt64 {
        fnv1a64(continuing: h, bytes: text.utf8)
    }

    /// ``fnv1a64(continuing:_:)`` over UTF-8 `bytes`.
    static func fnv1a64(continuing h: UInt64, bytes: some Sequence<UInt8>) -> UInt64 {
        var h = h
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
