import CatallaxModel
import CatallaxReduce
import CatallaxSweep

/// Everything the result files of a sweep say: what was swept, every run's
/// outcome, the statistics, and how the machine ran it.
public struct SweepRecord: Sendable {
    /// The sweep's name (the default output folder's name).
    public var name: String
    /// The scenario.
    public var scenario: Scenario
    /// The spec file as given.
    public var specFile: String
    /// The spec's text as read.
    public var specText: String
    /// The spec's hash.
    public var specHash: String
    /// The sweep's seed.
    public var seed: UInt64
    /// Replicates per point (the least, with a precision target).
    public var replicates: Int
    /// The precision target whose points add replicates past ``replicates``, if any.
    public var precision: Precision?
    /// The names of the coordinate columns, in order.
    public var columns: [String]
    /// Each point's coordinate values, as written in the files, per column.
    public var coordinates: PointCoordinates
    /// Each point's parameters: listed for a sweep the report charts point
    /// by point, built when read for a larger one (``PointParameters``).
    public var points: PointParameters
    /// Every run's outcome; in the record of a streamed sweep
    /// (``ResultStream``), whose runs are in `runs.csv`, only those of the
    /// best points, which the report's distributions draw.
    public var outcomes: [RunID: RunOutcome]
    /// The first ``failureSampleLimit`` failed runs in run order, with their
    /// reasons (the report lists them; ``SweepReduction/failedRuns`` counts them all).
    public var firstFailures: [(run: RunID, failure: String)]
    /// The statistics.
    public var reduction: SweepReduction
    /// The objective's order.
    public var order: Ranking.Order
    /// The shard the record holds (`0/1`: the whole sweep).
    public var shard: Shard
    /// How the machine ran it.
    public var timing: Timing

    /// How the sweep ran: everything that may differ between two runs of
    /// the same spec, kept apart so results compare byte for byte without it.
    public struct Timing: Codable, Sendable {
        /// The engine's version.
        public var engineVersion: String
        /// Cores of the machine.
        public var cores: Int
        /// The CPU's model name.
        public var cpu: String
        /// Worker threads.
        public var threads: Int
        /// Replicates per kernel call.
        public var laneWidth: Int
        /// Replicates per batch.
        public var batchSize: Int
        /// Wall-clock seconds of the run (this process only when resumed).
        public var wallSeconds: Double
        /// Agent-steps run by this process per second.
        public var agentStepsPerSecond: Double
        /// Runs found in the journal instead of run now.
        public var resumedRuns: Int

        /// Creates a timing record.
        public init(engineVersion: String, cores: Int, cpu: String, threads: Int, laneWidth: Int, batchSize: Int,
                    wallSeconds: Double, agentStepsPerSecond: Double, resumedRuns: Int) {
            self.engineVersion = engineVersion
            self.cores = cores
            self.cpu = cpu
            self.threads = threads
            self.laneWidth = laneWidth
            self.batchSize = batchSize
            self.wallSeconds = wallSeconds
            self.agentStepsPerSecond = agentStepsPerSecond
            self.resumedRuns = resumedRuns
        }
    }

    /// Creates a record.
    public init(name: String, scenario: Scenario, specFile: String, specText: String, specHash: String, seed: UInt64,
                replicates: Int, columns: [String], coordinates: PointCoordinates, points: PointParameters,
                outcomes: [RunID: RunOutcome], reduction: SweepReduction, order: Ranking.Order, shard: Shard, timing: Timing,
                precision: Precision? = nil) {
        self.name = name
        self.scenario = scenario
        self.specFile = specFile
        self.specText = specText
        self.specHash = specHash
        self.seed = seed
        self.replicates = replicates
        self.columns = columns
        self.coordinates = coordinates
        self.points = points
        self.outcomes = outcomes
        self.firstFailures = outcomes.filter { $0.value.failure != nil }.sorted { $0.key < $1.key }
            .prefix(Self.failureSampleLimit).map { ($0.key, $0.value.failure!) }
        self.reduction = reduction
        self.order = order
        self.shard = shard
        self.timing = timing
        self.precision = precision
    }

    /// How many failed runs ``firstFailures`` lists at most.
    public static let failureSampleLimit = 10

    /// The replicates of a point, for sentences ("mean over \(…) replicates
    /// per point"): `16`, or `16 to 1024` with a precision target.
    public var replicatesPerPoint: String {
        precision.map { "\(replicates) to \($0.maxReplicates)" } ?? "\(replicates)"
    }

    /// The sweep's design in words: `16 replicates`, or with a precision
    /// target `16 to 1024 replicates, until the 95% CI of mean volatility is within ±1% of it`.
    public var replicatesText: String {
        guard let precision else { return "\(replicates) replicates" }
        let target = switch precision.halfWidth {
        case .relative(let rho): "±\(NumberFormat.significant(rho * 100))% of it"
        case .absolute(let epsilon): "±\(NumberFormat.significant(epsilon))"
        }
        return "\(replicatesPerPoint) replicates, until the 95% CI of mean \(precision.metric.name) is within \(target)"
    }
}
