/// Horizontal bars grouped by category — one bar per series in each group,
/// from 0 to its value — each with its interval as an error bar, and a legend.
///
/// ```
/// bar (category c, series s): [0, v_cs] on a linear axis that includes 0
/// error bar:                   [low_cs, high_cs] across the bar's middle, with caps
/// ```
/// Categories run top to bottom in the order given. A value that is not a
/// number has no bar; `n/a` is written at 0 instead. Every bar is one
/// `<rect>` in the group `bars`, so a test or a reader can count them.
package struct IntervalBarChart: Sendable {
    /// One bar.
    package struct Bar: Sendable {
        /// Its value.
        package var value: Double
        /// Its interval's ends, when known.
        package var low: Double?, high: Double?
        /// What hovering it shows.
        package var tooltip: String

        /// A bar of `value` with the interval `low … high`.
        package init(value: Double, low: Double?, high: Double?, tooltip: String) {
            (self.value, self.low, self.high, self.tooltip) = (value, low, high, tooltip)
        }
    }

    /// One bar per category, in one colour.
    package struct Series: Sendable {
        /// The legend's label.
        package var name: String
        /// The bars' colour.
        package var color: Color
        /// One bar per category, in the categories' order.
        package var bars: [Bar]

        /// A series of `bars` named `name`.
        package init(name: String, color: Color, bars: [Bar]) {
            (self.name, self.color, self.bars) = (name, color, bars)
        }
    }

    /// The chart's title.
    package var title: String
    /// A line under the title.
    package var subtitle: String?
    /// The categories, top to bottom.
    package var categories: [String]
    /// The value axis's title, and the categories' title.
    package var valueTitle: String, categoryTitle: String
    /// What the error bars are, for the legend.
    package var intervalLabel: String
    /// The series, drawn top to bottom within each category.
    package var series: [Series]
    /// Width in user units (the height follows from the categories).
    package var width = 640.0

    /// A chart of `series` over `categories`.
    package init(title: String, subtitle: String? = nil, categories: [String], valueTitle: String, categoryTitle: String,
                 intervalLabel: String, series: [Series]) {
        (self.title, self.subtitle, self.categories, self.valueTitle) = (title, subtitle, categories, valueTitle)
        (self.categoryTitle, self.intervalLabel, self.series) = (categoryTitle, intervalLabel, series)
    }

    /// The height of one category's group of bars.
    var groupHeight: Double { Double(max(1, series.count)) * 14 + 14 }

    /// The drawn chart.
    package func canvas() -> SVGCanvas {
        let top = subtitle == nil ? 40.0 : 54.0
        let height = max(260, top + Double(categories.count) * groupHeight + 58)
        var canvas = SVGCanvas(width: width, height: height, title: title,
                               summary: "\(valueTitle) of \(categories.count) \(categoryTitle), \(series.map(\.name).joined(separator: " and ")), with \(intervalLabel).")
        let area = PlotArea(left: 120, top: top, right: width - 150, bottom: height - 58)
        let values = series.flatMap { $0.bars.flatMap { [$0.value, $0.low, $0.high].compactMap { $0 } } }
        let x = AxisScale.fitting(values, rangeStart: area.left, rangeEnd: area.right, logarithmic: false, includeZero: true, padding: 0.04)
        let bands = BandScale(count: categories.count, rangeStart: area.top, rangeEnd: area.bottom)
        PlotArea.drawTitle(title, subtitle: subtitle, on: &canvas)
        area.drawXAxis(x, title: valueTitle, on: &canvas)
        area.drawYCategories(bands, labels: categories, title: categoryTitle, on: &canvas)
        let zero = x.position(of: 0)
        canvas.line(x1: zero, y1: area.top, x2: zero, y2: area.bottom, stroke: Palette.frame)
        let thickness = min(12, (bands.bandwidth - 8) / Double(max(1, series.count)))
        func middle(_ category: Int, _ s: Int) -> Double {
            bands.center(of: category) + (Double(s) - Double(series.count - 1) / 2) * thickness
        }
        canvas.beginGroup("bars")
        for (s, one) in series.enumerated() {
            for (c, bar) in one.bars.enumerated() where c < categories.count {
                let y = middle(c, s)
                guard bar.value.isFinite else {
                    canvas.text("n/a", x: zero + 4, y: y, size: 10, fill: Palette.muted, centered: true)
                    continue
                }
                let end = x.position(of: bar.value)
                canvas.rect(x: min(zero, end), y: y - thickness * 0.42, width: abs(end - zero), height: thickness * 0.84,
                            fill: one.color, opacity: 0.8, tooltip: bar.tooltip)
            }
        }
        canvas.endGroup()
        canvas.beginGroup("intervals")
        for (s, one) in series.enumerated() {
            for (c, bar) in one.bars.enumerated() where c < categories.count {
                guard let low = bar.low, let high = bar.high, low.isFinite, high.isFinite else { continue }
                canvas.errorBar(from: x.position(of: low), to: x.position(of: high), at: middle(c, s), vertical: false, cap: 3.5,
                                color: Palette.text)
            }
        }
        canvas.endGroup()
        var entries = series.map { Legend.Entry(label: $0.name, swatch: .area($0.color, opacity: 0.8)) }
        entries.append(.init(label: intervalLabel, swatch: .line(Palette.text, nil, dash: nil)))
        Legend(title: nil, entries: entries).draw(atX: area.right + 14, y: area.top, on: &canvas)
        return canvas
    }
}
