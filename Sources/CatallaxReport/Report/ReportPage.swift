import Foundation

/// The frame every report page shares — a sweep's, a search's, a
/// sensitivity analysis's: one self-contained HTML file, inline CSS and
/// SVG, no scripts, a content security policy that forbids fetching
/// anything, links to the sections, each chart inline with its caption and
/// a link to its own `.svg` file, a facts table and a footer.
///
/// ```
/// <folder>/report.html
/// <folder>/figures/<chart>.svg
/// ```
package struct ReportPage: Sendable {
    /// One section of the page: an anchor, a heading and its HTML.
    package struct Section: Sendable {
        /// The anchor (`id`) the navigation links to.
        package var id: String
        /// The heading.
        package var heading: String
        /// The section's HTML, already escaped.
        package var body: String

        /// A section `id` headed `heading` holding `body`.
        package init(id: String, heading: String, body: String) {
            (self.id, self.heading, self.body) = (id, heading, body)
        }
    }

    /// The `<title>` and the heading.
    package var title: String
    /// The page's kind in the `<title>` (`search report`).
    package var kind: String
    /// The sentence under the heading.
    package var summary: String
    /// The sections, in page order.
    package var sections: [Section]
    /// The footer's sentence.
    package var footer: String

    /// A page of `sections`.
    package init(title: String, kind: String, summary: String, sections: [Section], footer: String) {
        (self.title, self.kind, self.summary, self.sections, self.footer) = (title, kind, summary, sections, footer)
    }

    /// The page's file name.
    package static let pageName = "report.html"
    /// The folder of the charts' `.svg` files.
    package static let figuresFolder = "figures"

    /// The page's HTML.
    package var html: String {
        let e = SVGCanvas.escaped
        var page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(e(title)) — Catallax \(e(kind))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        <main>
        <header>
        <h1>\(e(title))</h1>
        <p>\(e(summary))</p>
        </header>
        <nav>\(sections.map { "<a href=\"#\(e($0.id))\">\(e($0.heading))</a>" }.joined(separator: "\n"))</nav>

        """
        for section in sections {
            page += "<section id=\"\(e(section.id))\">\n<h2>\(e(section.heading))</h2>\n\(section.body)</section>\n"
        }
        page += "<footer>\(e(footer))</footer>\n</main>\n</body>\n</html>\n"
        return page
    }

    /// A note above a section's charts, then the charts two to a row, each
    /// inline with its caption and a link to its `.svg` file.
    package static func figuresHTML(_ figures: [Figure], note: String) -> String {
        let e = SVGCanvas.escaped
        var html = note.isEmpty ? "" : "<p class=\"note\">\(e(note))</p>\n"
        guard !figures.isEmpty else { return html }
        html += "<div class=\"figures\">\n"
        for figure in figures {
            html += "<figure id=\"figure-\(e(figure.id))\">\n" + figure.canvas.svg(id: figure.id, standalone: false)
                + "<figcaption>\(e(figure.caption)) <a href=\"\(figuresFolder)/\(e(figure.fileName))\">SVG</a></figcaption>\n</figure>\n"
        }
        return html + "</div>\n"
    }

    /// A table of facts, a row each: name and value, the value marked `bad` when it is.
    package static func factsHTML(_ rows: [(name: String, value: String, bad: Bool)]) -> String {
        let e = SVGCanvas.escaped
        var html = "<table class=\"facts\">\n"
        for row in rows {
            html += "<tr><th>\(e(row.name))</th><td\(row.bad ? " class=\"bad\"" : "")>\(e(row.value))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// A folded block holding `text` as it was read (a spec file).
    package static func detailsHTML(summary: String, text: String) -> String {
        "<details><summary>\(SVGCanvas.escaped(summary))</summary>\n<pre>\(SVGCanvas.escaped(text))</pre>\n</details>\n"
    }

    /// A table with a header row; each cell's text is escaped, numbers
    /// (`numeric` columns) right-aligned, a cell may carry a second, smaller
    /// line (an interval), and the `marked` rows are shaded.
    package static func tableHTML(header: [String], numeric: Set<Int>, rows: [[(text: String, small: String?)]],
                                  marked: Set<Int> = []) -> String {
        let e = SVGCanvas.escaped
        func attributes(_ column: Int, _ row: Int?) -> String {
            let classes = (numeric.contains(column) ? ["num"] : []) + (row.map(marked.contains) == true ? ["objective"] : [])
            return classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        }
        var html = "<div class=\"scroll\"><table class=\"ranking\">\n<tr>"
        for (i, name) in header.enumerated() { html += "<th\(attributes(i, nil))>\(e(name))</th>" }
        html += "</tr>\n"
        for (r, row) in rows.enumerated() {
            html += "<tr>"
            for (i, cell) in row.enumerated() {
                html += "<td\(attributes(i, r))>\(e(cell.text))" + (cell.small.map { "<small>\(e($0))</small>" } ?? "") + "</td>"
            }
            html += "</tr>\n"
        }
        return html + "</table></div>\n"
    }

    /// Writes the page and every figure's `.svg` file into `folder`
    /// (creating `figures/`), each under a temporary name then renamed.
    /// - Returns: the paths written, the page first.
    /// - Throws: ``ReportError/unreadable(path:reason:)`` when a file cannot be written.
    @discardableResult
    package func write(_ figures: [Figure], to folder: URL) throws(ReportError) -> [String] {
        try Self.write(html: html, figures: figures, to: folder)
    }

    /// Writes the page `html` and every figure's `.svg` file into `folder`
    /// (creating `figures/`), each under a temporary name then renamed.
    /// - Returns: the paths written, the page first.
    /// - Throws: ``ReportError/unreadable(path:reason:)`` when a file cannot be written.
    static func write(html: String, figures: [Figure], to folder: URL) throws(ReportError) -> [String] {
        let figureFolder = folder.appendingPathComponent(figuresFolder)
        var written: [String] = []
        do {
            try FileManager.default.createDirectory(at: figureFolder, withIntermediateDirectories: true)
            let page = folder.appendingPathComponent(pageName)
            try AtomicFile.write(Data(html.utf8), to: page)
            written.append(page.path)
            for figure in figures {
                let url = figureFolder.appendingPathComponent(figure.fileName)
                try AtomicFile.write(Data(figure.canvas.svg(id: figure.id, standalone: true).utf8), to: url)
                written.append(url.path)
            }
        } catch {
            throw .unreadable(path: folder.path, reason: "cannot write the report (\(error.localizedDescription))")
        }
        return written
    }
}
