/// Why a TOML document could not be read, and where.
///
/// `line` and `column` are 1-based. Lines are separated by LF (a CRLF
/// counts once). Columns count Unicode scalars from the start of the line,
/// so a `é` before the error moves it one column, not two; in the bytes
/// entry, where the input may be invalid UTF-8, every byte that is not a
/// UTF-8 continuation byte counts as one column.
struct TOMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the offending character.
    let line: Int
    /// The 1-based column, in Unicode scalars, of the offending character.
    let column: Int
    /// A plain English sentence saying what is wrong
    /// ("expected a value after '='").
    let message: String

    /// `line L, column C: message`.
    var description: String {
        "line \(line), column \(column): \(message)"
    }
}
