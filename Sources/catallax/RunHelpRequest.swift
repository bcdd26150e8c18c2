import CatallaxModel

/// Recognizes a request for one scenario's run help in the raw arguments:
/// `run NAME --help`, `run NAME -h` (in any order, with other options) and
/// `help run NAME`.
enum RunHelpRequest {
    /// The registered scenario whose run help `arguments` (without the
    /// program name) ask for, if they ask for one.
    static func scenario(in arguments: [String]) -> Scenario? {
        let names = Scenario.all.map(\.name)
        let words: ArraySlice<String>
        switch arguments.first {
        case "run":
            // Arguments after `--` are never flags.
            let options = arguments.dropFirst().prefix { $0 != "--" }
            guard options.contains("--help") || options.contains("-h") else { return nil }
            words = options
        case "help":
            guard arguments.count >= 3, arguments[1] == "run" else { return nil }
            words = arguments.dropFirst(2)
        default:
            return nil
        }
        return words.first(where: names.contains).flatMap { try? Scenario(named: $0) }
    }
}
