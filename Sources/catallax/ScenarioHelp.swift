import CatallaxModel

/// What the command line says about scenarios, built from their
/// declarations alone: the list of `catallax scenarios`, one scenario in
/// full for `catallax scenarios NAME`, and the parameter section that
/// `catallax run NAME --help` appends to the run command's help.
enum ScenarioHelp {
    /// The column where summaries and details start.
    static let column = 22

    /// `run --help`'s discussion: the scenario names and where their
    /// parameters are described.
    static var runDiscussion: String {
        """
        Scenarios: \(Scenario.all.map(\.name).joined(separator: ", ")).
        `catallax run NAME --help` lists the parameters of scenario NAME (set them with --set key=value);
        `catallax scenarios NAME` shows the scenario in full, with its metrics.
        """
    }

    /// `catallax scenarios`: each scenario's name, summary, metrics and
    /// parameter keys, then how to see one in full.
    static var list: String {
        var lines: [String] = []
        for scenario in Scenario.all {
            lines.append("\(scenario.name): \(scenario.summary)")
            lines.append("  metrics: \(scenario.metrics.map(\.name).joined(separator: ", "))")
            lines.append("  parameters: \(scenario.descriptors.map(\.key).joined(separator: ", "))")
        }
        lines += ["", "`catallax scenarios NAME` shows one scenario in full: its metrics and each parameter's unit, default and domain."]
        return lines.joined(separator: "\n")
    }

    /// `catallax scenarios NAME`: the summary, the metrics, the parameters
    /// and how to run it.
    static func full(_ scenario: Scenario, width: Int) -> String {
        var lines = HangingText.lines("\(scenario.name): ", scenario.summary, width: width, indent: 2)
        lines += ["", "Metrics:"]
        for metric in scenario.metrics {
            lines += entry(metric.name, [metricDetails(metric)], width: width)
        }
        if !scenario.designQuantities.isEmpty {
            lines += ["", "Design quantities (a search can bound them: [[optimize.constraint]] design = NAME):"]
            for quantity in scenario.designQuantities {
                lines += entry(quantity.name, [quantity.summary], width: width)
            }
        }
        return (lines + ["", parameters(of: scenario, width: width), "",
                         "Run it with `catallax run \(scenario.name) --set key=value …`."]).joined(separator: "\n")
    }

    /// The parameters of `scenario` in the groups it declares: each one's
    /// key, symbol and summary, then unit, default and allowed values.
    static func parameters(of scenario: Scenario, width: Int) -> String {
        scenario.parameterGroups.map { title, descriptors in
            var lines = [title + ":"]
            for d in descriptors {
                let unit = d.unit.isEmpty ? "" : "unit: \(d.unit); "
                let details = unit + "default \(d.defaultDescription); allowed: \(d.domain.described(as: d.key))"
                lines += entry("\(d.key) (\(d.symbol))", [d.summary, details], width: width)
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// A metric's title, unit, better direction and condition, in words.
    static func metricDetails(_ metric: Metric) -> String {
        let better = switch metric.better {
        case .lower: "lower is better"
        case .higher: "higher is better"
        case .neither: "neither direction is better"
        }
        let condition = metric.condition.map { "; only for \($0)" } ?? ""
        return "\(metric.titleWithUnit); \(better)\(condition)"
    }

    /// One entry: `label` indented by 2, then each paragraph from
    /// ``column`` (on the label's line when the label leaves room), wrapped
    /// to `width`.
    static func entry(_ label: String, _ paragraphs: [String], width: Int) -> [String] {
        let head = "  " + label
        var lines: [String] = []
        var rest = paragraphs[...]
        if head.count < column, let first = rest.popFirst() {
            lines += HangingText.lines(head.padding(toLength: column, withPad: " ", startingAt: 0), first, width: width, indent: column)
        } else {
            lines.append(head)
        }
        for paragraph in rest {
            lines += HangingText.lines(String(repeating: " ", count: column), paragraph, width: width, indent: column)
        }
        return lines
    }
}
