import Foundation

/// Text broken at spaces into lines of at most a given width, every line
/// after the first indented: how help lists wrap their entries.
enum HangingText {
    /// `prefix` followed by the words of `text`, broken at spaces into lines
    /// of at most `width` characters, each continuation line starting with
    /// `indent` spaces; a word longer than a line stays whole.
    /// - Complexity: O(|prefix| + |text|).
    static func lines(_ prefix: String = "", _ text: String, width: Int, indent: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = prefix
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = margin + word
            } else {
                line += (lineHasWord ? " " : "") + word
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// The width of the terminal on standard output: `COLUMNS` when set,
    /// else the terminal's own, else 100 (for files and pipes); at least 60.
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return max(60, columns)
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(60, Int(size.ws_col)) }
        return 100
    }
}
