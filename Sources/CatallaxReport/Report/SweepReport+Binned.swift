import CatallaxModel
import CatallaxReduce
import Foundation

extension SweepReport {
    /// Bins of a line chart's axis, and of each heatmap axis, for a sweep
    /// too large to chart point by point (``chartedPointLimit``).
    static let lineBinCount = 32, heatmapBinCount = 16

    /// The line charts of a sweep too large to chart point by point: per
    /// family with a main axis (or, without families, against the numeric
    /// column with the most values), the points binned along the axis, each
    /// bin drawn at the median of its points' means with the band from their
    /// 25% to their 75% quantile; every family on one vertical scale.
    func binnedLineFigures(_ numbers: _CoordinateNumbers) -> [Figure] {
        var groups: [(family: ParameterFamily?, indices: [Int], key: String, id: String)] = []
        if let declared = record.scenario.families {
            for family in families {
                guard let key = family.mainAxisKey else { continue }
                groups.append((family, points(of: family), key, "\(_metric.name)-by-\(declared.mainAxisName)-\(family.word)"))
            }
        } else if let key = _binnedAxes(numbers).first {
            groups.append((nil, Array(record.points.indices), key, "\(_metric.name)-by-\(key)"))
        }
        let binned = groups.compactMap { group -> (group: (family: ParameterFamily?, indices: [Int], key: String, id: String),
                                                   points: [LineChart.Point], count: Int)? in
            let pairs = group.indices.compactMap { p -> (x: Double, y: Double)? in
                guard let x = numbers.value(ofPoint: p, key: group.key), let mean = summary(p).mean else { return nil }
                return (x, mean)
            }
            let bins = _Binning(pairs.map(\.x), count: Self.lineBinCount)
            guard bins.centers.count >= 2 else { return nil }
            var means = Array(repeating: [Double](), count: bins.centers.count)
            for (x, y) in pairs { means[bins.bin(of: x)].append(y) }
            let points = means.indices.compactMap { b -> LineChart.Point? in
                let sorted = means[b].sorted()
                guard let median = Quantiles.linear(ofSorted: sorted, at: 0.5) else { return nil }
                let low = Quantiles.linear(ofSorted: sorted, at: 0.25), high = Quantiles.linear(ofSorted: sorted, at: 0.75)
                return LineChart.Point(x: bins.centers[b], y: median, low: low, high: high,
                                       tooltip: "\(group.key) ≈ \(NumberText.significant(bins.centers[b])): \(sorted.count) points, "
                                           + "median of their mean \(labels.name(_metric)) \(NumberText.significant(median))")
            }
            return (group, points, pairs.count)
        }
        let shared = binned.flatMap { $0.points.flatMap { [$0.y, $0.low, $0.high].compactMap { $0 } } }
        return binned.map { group, points, count in
            let family = group.family
            let keyName = labels.nameAndUnit(group.key, family: family).0
            let what = family.map { "\($0.title) \(record.scenario.families?.key ?? "") \($0.formula): " } ?? ""
            let chart = LineChart(
                title: "\(what)median of the mean \(labels.name(_metric)) by \(keyName)",
                subtitle: "aggregated: \(count) points in \(points.count) bins of \(keyName); each point the mean over \(record.replicatesPerPoint) replicates",
                xTitle: labels.title(group.key, family: family), yTitle: labels.title(_metric), legendTitle: nil,
                bandLabel: "25–75% of the points' means",
                series: [LineChart.Series(name: "median of the points' means", color: ColorMap.viridis.colors(count: 1)[0],
                                          marker: MarkerShape.allCases[0], points: points)],
                sharedYValues: shared)
            return Figure(id: group.id, section: .curves,
                          caption: "\(what)mean \(labels.name(_metric)) against \(keyName), aggregated over \(count) points "
                              + "in \(points.count) bins: the line joins each bin's median of the points' means, the band spans their 25–75% quantiles.",
                          canvas: chart.canvas())
        }
    }

    /// The heatmap of a sweep too large to chart point by point: the two
    /// numeric columns with the most values (or the axes asked for), each cut
    /// into ``heatmapBinCount`` bins, each cell the average of its points' means.
    func binnedHeatmapFigures(_ numbers: _CoordinateNumbers) -> [Figure] {
        let axes = _binnedAxes(numbers)
        let x = options.heatmapX.flatMap { axes.contains($0) ? $0 : nil } ?? axes.first
        let y = options.heatmapY.flatMap { axes.contains($0) ? $0 : nil } ?? axes.first { $0 != x }
        guard let x, let y, x != y else { return [] }
        let cells = record.points.indices.compactMap { p -> (x: Double, y: Double, mean: Double)? in
            guard let u = numbers.value(ofPoint: p, key: x), let v = numbers.value(ofPoint: p, key: y), let mean = summary(p).mean else { return nil }
            return (u, v, mean)
        }
        let columns = _Binning(cells.map(\.x), count: Self.heatmapBinCount), rows = _Binning(cells.map(\.y), count: Self.heatmapBinCount)
        guard !columns.centers.isEmpty, !rows.centers.isEmpty else { return [] }
        var sums = Array(repeating: Array(repeating: (sum: 0.0, count: 0), count: columns.centers.count), count: rows.centers.count)
        for cell in cells {
            let i = rows.bin(of: cell.y), j = columns.bin(of: cell.x)
            sums[i][j].sum += cell.mean
            sums[i][j].count += 1
        }
        let metric = labels.name(_metric)
        let xLabels = columns.centers.map { NumberText.significant($0) }, yLabels = rows.centers.map { NumberText.significant($0) }
        let panel = Heatmap.Panel(
            title: "All points", xTitle: labels.title(x, family: nil), xLabels: xLabels,
            yTitle: labels.title(y, family: nil), yLabels: yLabels,
            values: sums.map { $0.map { $0.count > 0 ? $0.sum / Double($0.count) : nil } },
            tooltips: sums.enumerated().map { i, row in
                row.enumerated().map { j, cell in
                    "\(x) ≈ \(xLabels[j]), \(y) ≈ \(yLabels[i]): "
                        + (cell.count == 0 ? "no point" : "\(cell.count) points, average of their mean \(metric) \(NumberText.significant(cell.sum / Double(cell.count)))")
                }
            })
        var chart = Heatmap(
            title: "Mean \(metric) by \(labels.nameAndUnit(x, family: nil).0) and \(labels.nameAndUnit(y, family: nil).0)",
            subtitle: "aggregated: \(cells.count) points in \(columns.centers.count) × \(rows.centers.count) bins, each cell the average of its points' means",
            panels: [panel], valueTitle: "mean " + labels.title(_metric))
        chart.columns = 1
        return [Figure(id: "heatmap-\(_metric.name)", section: .heatmap,
                       caption: "Mean \(metric) over \(x) (across) and \(y) (up), aggregated over \(cells.count) points in bins "
                           + "(labelled by their centres); colour: viridis, " + (chart.colorScale.isLogarithmic ? "logarithmic" : "linear")
                           + " scale. Hover a cell for how many points it averages.",
                       canvas: chart.canvas())]
    }

    /// The numeric coordinate columns that vary, most values first (ties in
    /// column order), without a family's anchored levels (they follow its
    /// main axis) or the family column: the axes of the aggregated charts.
    func _binnedAxes(_ numbers: _CoordinateNumbers) -> [String] {
        let levels = Set((record.scenario.families?.members ?? []).flatMap(\.levelKeys) + [record.scenario.families?.key].compactMap { $0 })
        let counted = record.columns.enumerated().compactMap { c, key -> (key: String, count: Int)? in
            guard !levels.contains(key), numbers.allNumbers[c] else { return nil }
            let count = Set(numbers.values[c].lazy.compactMap { $0 }).count
            return count >= 2 ? (key, count) : nil
        }
        return counted.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element.key)
    }
}

/// The coordinates of a sweep too large to chart point by point, as
/// numbers: each column's texts parsed once
/// (``PointCoordinates/numbers(inColumn:)``), where the binned charts had
/// parsed each of a million points' values three times, most of the
/// report's time.
struct _CoordinateNumbers {
    /// The coordinate columns.
    let columns: [String]
    /// `values[c][p]`: point `p`'s value in column `c`, `nil` where it has no number.
    let values: [[Double?]]
    /// `allNumbers[c]`: whether every value column `c` has is a number.
    let allNumbers: [Bool]

    /// The numbers of `record`'s coordinates.
    init(_ record: SweepRecord) {
        columns = record.columns
        let parsed = record.columns.indices.map { record.coordinates.numbers(inColumn: $0) }
        values = parsed.map(\.values)
        allNumbers = parsed.map(\.allNumbers)
    }

    /// Point `p`'s value in column `key` as a number, if it has one.
    func value(ofPoint p: Int, key: String) -> Double? {
        columns.firstIndex(of: key).flatMap { values[$0][p] }
    }
}

/// Values cut into at most `count` bins: the distinct values themselves
/// when there are that few, else bins of equal width — in the logarithm
/// for a geometric axis (every value positive, the largest 20 or more times
/// the smallest, and the median nearer the geometric middle `√(lo·hi)`
/// than the arithmetic one `(lo + hi)/2`, in the logarithm), else in the
/// value (a fee drawn uniformly from 0 to 1% has a tiny smallest value but
/// its median in the arithmetic middle).
struct _Binning {
    /// Each bin's centre (geometric on a logarithmic axis), ascending.
    let centers: [Double]
    let _distinct: [Double]
    let _logarithmic: Bool
    let _start: Double, _width: Double

    init(_ values: [Double], count: Int) {
        let distinct = Set(values).sorted()
        guard distinct.count > count, let low = distinct.first, let high = distinct.last else {
            centers = distinct
            _distinct = distinct
            _logarithmic = false
            _start = 0
            _width = 0
            return
        }
        let median = distinct[distinct.count / 2]
        let logarithmic = low > 0 && high / low >= 20
            && abs(log(median) - (log(low) + log(high)) / 2) < abs(log(median) - log((low + high) / 2))
        let a = logarithmic ? log(low) : low, b = logarithmic ? log(high) : high
        let width = (b - a) / Double(count)
        centers = (0..<count).map { k in
            let t = a + (Double(k) + 0.5) * width
            return logarithmic ? exp(t) : t
        }
        _distinct = []
        _logarithmic = logarithmic
        _start = a
        _width = width
    }

    /// The bin of `x`, one of the values binned.
    func bin(of x: Double) -> Int {
        if _width == 0 {
            // The distinct values themselves: a binary search.
            var low = 0, high = _distinct.count - 1
            while low < high {
                let mid = (low + high) / 2
                if _distinct[mid] < x { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let t = _logarithmic ? log(x) : x
        return min(centers.count - 1, max(0, Int((t - _start) / _width)))
    }
}
