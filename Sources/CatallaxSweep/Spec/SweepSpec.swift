import CatallaxModel
import Foundation
import Synchronization

/// A sweep of one scenario, decoded once from a TOML
/// sweep file (`docs/SWEEPS.md`) into checked, typed values: every point's
/// parameters have passed their domains before any run starts, and nothing
/// downstream sees a key string.
///
/// ```
/// points = block₀ points ++ block₁ points ++ …
/// grid block points = fixed × axis₁ × axis₂ × … (last axis fastest; zipped axes together)
/// sampled block points = fixed × design(samples, bounds, seed)
/// runs = points × replicates
/// ```
public struct SweepSpec: Sendable, Equatable {
    /// The sweep's name (results go to `results/<name>/`).
    public let name: String
    /// The scenario every point runs.
    public let scenario: Scenario
    /// The sweep seed `s`: with the point and replicate index it keys every
    /// run's random streams, and it seeds the sampled designs.
    public let seed: UInt64
    /// Replicates per point, ≥ 1.
    public let replicates: Int
    /// The metric the points are ranked by.
    public let objective: Metric
    /// Whether the ranking puts the lowest or the highest mean first.
    public let objectiveOrder: ObjectiveOrder
    /// The precision target (`[precision]`): when set, ``replicates`` is
    /// where each point starts, and it adds replicates until the target
    /// metric's interval is tight enough or it reaches
    /// ``Precision/maxReplicates``.
    public let precision: Precision?
    /// How many replicates per point keep their price paths (`[paths]`), 0 … ``replicates``.
    public let pathsReplicates: Int
    /// The file the spec was read from, as given.
    public let file: String
    /// The coordinate columns of result files: every key a block sets
    /// (block-level fixed values, axes, bounds, anchored levels), in order
    /// of first appearance over the points.
    public let coordinateColumns: [String]
    /// Every metric of the scenario that some point reports (shock metrics
    /// only when some point has a shock), in the scenario's order.
    public let reportedMetrics: [Metric]
    /// Each point's values in ``coordinateColumns``, as result files write
    /// them (``SweepPoint/coordinates``), spelled once when the spec is read.
    public let coordinates: PointCoordinates
    /// Each point's agent-steps a run (``ScenarioParameters/agentSteps``),
    /// found when the spec is read: an estimate needs them for every point,
    /// which it would otherwise build again one by one.
    public let agentStepsPerRun: [Double]
    /// The points, in order, built when read (``SweepPoints``).
    public let points: SweepPoints
    /// The spec in one canonical text form (described in `docs/SWEEPS.md`):
    /// equal for files that decode to the same sweep, whatever their layout.
    /// Spelled anew on each access (tens of megabytes for a million points,
    /// not held for the whole of a sweep): only its ``hash`` is kept.
    /// - Complexity: O(points · parameters), over every core.
    public var canonicalText: String {
        if let kept = _kept?.text.withLock({ $0 }) { return kept }
        var text = _canonicalHead
        do { _ = try Self.forEachCanonicalPiece(of: points) { text += String(decoding: $0.text.bytes, as: UTF8.self) } } catch {
            preconditionFailure("SweepSpec: its points passed their checks when it was read, yet now \(error)")
        }
        return text
    }
    /// The canonical text's lines before the points'.
    let _canonicalHead: String
    /// The whole canonical text, from a load asked to keep it, until taken.
    let _kept: _KeptText?

    /// A text kept for one taker (shared by the spec's copies).
    final class _KeptText: Sendable {
        let text: Mutex<String?>
        init(_ text: String) { self.text = Mutex(text) }
    }

    /// ``canonicalText``, taken from a load that kept it (which keeps it no
    /// longer: tens of megabytes for a million points), else spelled anew.
    public func takeCanonicalText() -> String {
        _kept?.text.withLock { text in
            defer { text = nil }
            return text
        } ?? canonicalText
    }
    /// 64-bit FNV-1a of ``canonicalText``'s UTF-8 bytes (deterministic across processes and machines, unlike `Hasher`).
    public let hash: UInt64
    /// What the file describes: a sweep, or a search whose blocks are search spaces.
    public let kind: SpecKind
    /// The decoded top level and the scenario's keys, kept to build a
    /// search space's points on demand (a search builds thousands: the keys
    /// are worked out once).
    let _builder: _PointBuilder
    /// The decoded top level.
    var _header: _SpecHeader { _builder.header }
    /// The parsed file, for the tables a search reads itself (``SpecKind/search(tables:)``).
    package let document: TOML.Table

    /// ``hash`` as 16 lower-case hexadecimal digits.
    public var hashHex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Total runs, `points × replicates` (the least, with a precision target).
    public var runCount: Int { points.count * replicates }

    /// The most replicates a point can have: ``Precision/maxReplicates``
    /// with a precision target, else ``replicates``.
    public var maximumReplicates: Int { precision?.maxReplicates ?? replicates }

    /// Reads and decodes the sweep file at `path`.
    /// - Parameter path: a TOML sweep file (`Sweeps/<name>.toml`).
    /// - Returns: the decoded, checked sweep.
    /// - Throws: ``SpecError/unreadableFile(file:reason:)`` when the file
    ///   cannot be read, and every error of ``init(parsing:file:)``.
    /// - Complexity: O(points · parameters).
    /// - Parameter keepingCanonicalText: keeps the canonical text spelled
    ///   for the hash until ``takeCanonicalText()`` takes it (a sweep about
    ///   to record it in its folder), instead of spelling it again then.
    public static func load(contentsOf path: String, kind: SpecKind = .sweep,
                            keepingCanonicalText: Bool = false) throws(SpecError) -> SweepSpec {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file"
            throw .unreadableFile(file: path, reason: reason)
        }
        return try SweepSpec(document: try Self._parse(path) { () throws(TOMLSyntaxError) in try TOMLParser.parse(bytes: bytes) },
                             file: path, kind: kind, keepingCanonicalText: keepingCanonicalText)
    }

    /// Decodes a sweep from the bytes of a sweep file, which must be UTF-8 text.
    /// - Throws: ``SpecError/syntax(file:line:column:message:)`` at the first
    ///   byte that is not UTF-8, and every error of ``init(parsing:file:)``.
    public init(decoding bytes: some Collection<UInt8>, file: String, kind: SpecKind = .sweep) throws(SpecError) {
        try self.init(document: try Self._parse(file) { () throws(TOMLSyntaxError) in try TOMLParser.parse(bytes: bytes) },
                      file: file, kind: kind)
    }

    /// Decodes a sweep from TOML text.
    /// - Parameters:
    ///   - text: the sweep file's contents.
    ///   - file: the path to name in errors and in ``file``.
    /// - Throws: ``SpecError`` for the first problem found: TOML syntax,
    ///   unknown keys, wrong types, bad ranges, zips or orders, values
    ///   outside a parameter's domain at any point, an unknown scenario or
    ///   objective, no blocks.
    /// - Complexity: O(points · parameters).
    public init(parsing text: String, file: String, kind: SpecKind = .sweep) throws(SpecError) {
        try self.init(document: try Self._parse(file) { () throws(TOMLSyntaxError) in try TOMLParser.parse(text) },
                      file: file, kind: kind)
    }

    /// A parse whose syntax error becomes the spec's, naming the file.
    static func _parse(_ file: String, _ parse: () throws(TOMLSyntaxError) -> TOML.Table) throws(SpecError) -> TOML.Table {
        do { return try parse() } catch {
            throw .syntax(file: file, line: error.line, column: error.column, message: error.message)
        }
    }

    init(document: TOML.Table, file: String, kind: SpecKind, keepingCanonicalText: Bool = false) throws(SpecError) {
        let header = try _SpecHeader(decoding: document, file: file, kind: kind)
        let builder = _PointBuilder(header: header)
        let points = try builder.points()
        let head = Self.canonicalHead(header: header, columns: points.columns, kind: kind)
        var hash = Self.fnv1a64(head)
        var kept = keepingCanonicalText ? head : ""
        // Every point is built once here, checked and spelled, then let go: the hash needs each one's line.
        let metrics = header.scenario.metrics
        let required = metrics.map { $0 == header.objective || $0 == header.precision?.metric }
        var coordinates = PointCoordinates()
        var agentSteps: [Double] = []
        agentSteps.reserveCapacity(points.count)
        let coverage = try Self.forEachCanonicalPiece(of: points, metrics: metrics, required: required) { piece in
            coordinates.append(contentsOf: piece.coordinates)
            agentSteps += piece.agentSteps
            hash = Self.fnv1a64(continuing: hash, bytes: piece.text.bytes)
            guard keepingCanonicalText else { return }
            // Room for every piece at the first one's size (a doubling string would reach twice the text).
            if kept.utf8.count == head.utf8.count {
                kept.reserveCapacity(kept.utf8.count + piece.text.bytes.count * (points.count / 2048 + 2))
            }
            kept += String(decoding: piece.text.bytes, as: UTF8.self)
        }
        func firstMissing(_ metric: Metric) -> SweepPoint? {
            metrics.firstIndex(of: metric).flatMap { coverage.firstMissing[$0] }.map { points[$0] }
        }
        try builder.requireEveryPoint(reports: header.objective, missing: firstMissing(header.objective),
                                      keyPath: "objective", role: "the objective")
        if let precision = header.precision {
            try builder.requireEveryPoint(reports: precision.metric, missing: firstMissing(precision.metric),
                                          keyPath: "precision.metric", role: "the precision's metric")
        }
        reportedMetrics = zip(metrics, coverage.reported).filter(\.1).map(\.0)
        self.name = header.name
        self.scenario = header.scenario
        self.seed = header.seed
        self.replicates = header.replicates
        self.objective = header.objective
        self.objectiveOrder = header.objectiveOrder
        self.pathsReplicates = header.pathsReplicates
        self.precision = header.precision
        self.file = file
        self.coordinateColumns = points.columns
        self.coordinates = coordinates
        self.agentStepsPerRun = agentSteps
        self.points = points
        self.kind = kind
        self._builder = builder
        self.document = document
        self.hash = hash
        _canonicalHead = head
        _kept = keepingCanonicalText ? _KeptText(kept) : nil
    }

    /// Two specs are equal when they decode to the same sweep (the file
    /// they came from does not count).
    public static func == (lhs: SweepSpec, rhs: SweepSpec) -> Bool {
        lhs.hash == rhs.hash && lhs.canonicalText == rhs.canonicalText
    }
}
