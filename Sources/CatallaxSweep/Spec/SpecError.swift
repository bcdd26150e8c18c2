/// A sweep file that cannot be run, found while decoding it and before any
/// run starts.
///
/// Every case names the file, the key path of the problem
/// (`block[2].axes.k.count`; blocks count from 0, an empty path means the
/// whole file), the value found and what is allowed; ``description`` says
/// all of that in one sentence.
public enum SpecError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadableFile(file: String, reason: String)
    /// The text is not valid TOML; `line` and `column` count from 1.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A key that means nothing at that place, with the nearest allowed key
    /// when one is close enough to be a misspelling.
    case unknownKey(file: String, keyPath: String, allowed: [String], suggestion: String?)
    /// A required key is absent.
    case missingKey(file: String, keyPath: String, allowed: String)
    /// The value has the wrong TOML type (a string where a number belongs).
    case wrongType(file: String, keyPath: String, value: String, allowed: String)
    /// A word that is not one of the allowed words (scenario, objective,
    /// design, spacing, anchor), with the nearest one when it is close.
    case unknownChoice(file: String, keyPath: String, value: String, allowed: [String], suggestion: String?)
    /// A number outside what the key or the parameter's domain allows.
    case outOfDomain(file: String, keyPath: String, value: String, allowed: String)
    /// A range or bound that is empty or inverted: `count < 1`, `from > to`,
    /// a geometric range with an end ≤ 0, an empty list.
    case invalidRange(file: String, keyPath: String, value: String, allowed: String)
    /// Zipped axes whose value lists differ in length.
    case unequalZip(file: String, keyPath: String, value: String, allowed: String)
    /// Two keys that cannot both be given (the same parameter set twice in
    /// a block, an anchor over a level set by hand, axes in a sampled block).
    case conflict(file: String, keyPath: String, otherKeyPath: String, allowed: String)
    /// Values that are each valid but do not fit together at one point.
    case inconsistent(file: String, keyPath: String, value: String, allowed: String)
    /// The file defines no blocks, so no points.
    case noPoints(file: String, keyPath: String, allowed: String)

    /// The sweep file's path, as given to the loader.
    public var file: String {
        switch self {
        case .unreadableFile(let file, _), .syntax(let file, _, _, _), .unknownKey(let file, _, _, _),
             .missingKey(let file, _, _), .wrongType(let file, _, _, _), .unknownChoice(let file, _, _, _, _),
             .outOfDomain(let file, _, _, _), .invalidRange(let file, _, _, _), .unequalZip(let file, _, _, _),
             .conflict(let file, _, _, _), .inconsistent(let file, _, _, _), .noPoints(let file, _, _):
            file
        }
    }

    /// The key path of the problem (`""` for the whole file).
    public var keyPath: String {
        switch self {
        case .unreadableFile, .syntax: ""
        case .unknownKey(_, let path, _, _), .missingKey(_, let path, _), .wrongType(_, let path, _, _),
             .unknownChoice(_, let path, _, _, _), .outOfDomain(_, let path, _, _), .invalidRange(_, let path, _, _),
             .unequalZip(_, let path, _, _), .conflict(_, let path, _, _), .inconsistent(_, let path, _, _),
             .noPoints(_, let path, _):
            path
        }
    }

    /// The offending value as written (for a missing key, `"nothing"`).
    public var value: String {
        switch self {
        case .unreadableFile(let file, _): file
        case .syntax(_, let line, let column, _): "line \(line), column \(column)"
        case .unknownKey(_, let path, _, _): String(path.split(separator: ".").last ?? "")
        case .missingKey, .noPoints: "nothing"
        case .wrongType(_, _, let value, _), .unknownChoice(_, _, let value, _, _), .outOfDomain(_, _, let value, _),
             .invalidRange(_, _, let value, _), .unequalZip(_, _, let value, _), .inconsistent(_, _, let value, _):
            value
        case .conflict(_, _, let other, _): other
        }
    }

    /// What would be accepted instead.
    public var allowed: String {
        switch self {
        case .unreadableFile: "a readable TOML file"
        case .syntax: "TOML 1.0 (https://toml.io/en/v1.0.0)"
        case .unknownKey(_, _, let keys, _), .unknownChoice(_, _, _, let keys, _): keys.joined(separator: ", ")
        case .missingKey(_, _, let allowed), .wrongType(_, _, _, let allowed), .outOfDomain(_, _, _, let allowed),
             .invalidRange(_, _, _, let allowed), .unequalZip(_, _, _, let allowed), .conflict(_, _, _, let allowed),
             .inconsistent(_, _, _, let allowed), .noPoints(_, _, let allowed):
            allowed
        }
    }

    /// One sentence naming the file, the key path, the value and what is
    /// allowed, such as "In sweep file 'Sweeps/x.toml',
    /// 'block[2].axes.k.count' = 0 is not a valid range; count must be ≥ 1."
    public var description: String {
        let place = "In sweep file '\(file)', "
        switch self {
        case let .unreadableFile(file, reason):
            return "Cannot read sweep file '\(file)' (\(reason)); give the path of a readable TOML file."
        case let .syntax(file, line, column, message):
            return "Sweep file '\(file)' is not valid TOML at line \(line), column \(column): \(message); it must be TOML 1.0 (https://toml.io/en/v1.0.0)."
        case let .unknownKey(_, path, allowed, suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return place + "key '\(path)' is not allowed there\(hint); allowed keys: \(allowed.joined(separator: ", "))."
        case let .missingKey(_, path, allowed):
            return place + "the required key '\(path)' is missing; it must be \(allowed)."
        case let .wrongType(_, path, value, allowed):
            return place + "'\(path)' = \(value) has the wrong type; it must be \(allowed)."
        case let .unknownChoice(_, path, value, allowed, suggestion):
            let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
            return place + "'\(path)' = \"\(value)\" is not a known choice\(hint); allowed: \(allowed.joined(separator: ", "))."
        case let .outOfDomain(_, path, value, allowed):
            return place + "'\(path)' = \(value) is out of range; allowed: \(allowed)."
        case let .invalidRange(_, path, value, allowed):
            return place + "'\(path)' = \(value) is not a valid range; \(allowed)."
        case let .unequalZip(_, path, value, allowed):
            return place + "the zipped axes of '\(path)' have unequal lengths (\(value)); \(allowed)."
        case let .conflict(_, path, other, allowed):
            return place + "'\(path)' conflicts with '\(other)'; \(allowed)."
        case let .inconsistent(_, path, value, allowed):
            return place + "'\(path)' gives \(value), which does not fit together: \(allowed)."
        case let .noPoints(_, path, allowed):
            let subject = path.isEmpty ? "the file" : "'\(path)'"
            return place + "\(subject) gives no runnable points; \(allowed)."
        }
    }
}
