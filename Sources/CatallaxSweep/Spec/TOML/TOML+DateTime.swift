extension TOML {
    /// A TOML date, time or date-time, kept as its validated source text.
    ///
    /// The parser checks every field (month 1–12, the day against the month
    /// and leap years, hour 0–23, minute 0–59, second 0–60, offset ±hh:mm) but
    /// converts nothing: the sweep spec never does calendar arithmetic, and the
    /// text keeps every digit of a fractional second that a `Date` would round.
    package struct DateTime: Equatable, Sendable {
        /// Which of TOML's four date-time forms the text is.
        enum Kind: Equatable, Sendable {
            /// `1979-05-27T07:32:00Z` or `1979-05-27 00:32:00.999-07:00`.
            case offsetDateTime
            /// `1979-05-27T07:32:00`, with no offset.
            case localDateTime
            /// `1979-05-27`.
            case localDate
            /// `07:32:00.5`.
            case localTime

            /// The name the TOML specification uses, for messages.
            var name: String {
                switch self {
                case .offsetDateTime: "offset date-time"
                case .localDateTime: "local date-time"
                case .localDate: "local date"
                case .localTime: "local time"
                }
            }
        }

        /// The source text exactly as written (separator and `Z` case kept).
        let text: String
        /// The form of `text`.
        let kind: Kind
    }
}
