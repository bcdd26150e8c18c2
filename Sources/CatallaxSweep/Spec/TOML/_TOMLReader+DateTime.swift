extension _TOMLReader {
    /// Reads a date-time token (RFC 3339 as restricted by TOML 1.0):
    ///
    /// ```
    /// local date       YYYY-MM-DD
    /// local time       hh:mm:ss[.fraction]
    /// local date-time  date (T | t | space) time
    /// offset date-time date-time (Z | z | ±hh:mm)
    /// ```
    ///
    /// with month 1–12, day 1–28/29/30/31 by month and leap year, hour
    /// 0–23, minute 0–59, second 0–60 (a leap second), offset hour 0–23.
    /// - Throws: ``TOMLSyntaxError`` for a malformed or impossible date-time.
    func readDateTime(_ token: ArraySlice<UInt8>, at start: Int) throws(TOMLSyntaxError) -> TOML.DateTime {
        var rest = token
        // Built only when thrown: locating an error scans the file so far.
        var invalid: TOMLSyntaxError { failure("invalid date-time \(Self.quote(token))", at: start) }
        var hasDate = false
        if Self.isDate(rest.prefix(10)) {
            hasDate = true
            guard let year = Self.number(rest, 0, 4), let month = Self.number(rest, 5, 2), let day = Self.number(rest, 8, 2),
                  (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
            else { throw failure("impossible date \(Self.quote(token))", at: start) }
            rest = rest.dropFirst(10)
            guard let separator = rest.first else {
                return TOML.DateTime(text: Self.text(token), kind: .localDate)
            }
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " ") else {
                throw invalid
            }
            rest = rest.dropFirst()
        }
        guard rest.count >= 8, rest[rest.startIndex + 2] == UInt8(ascii: ":"), rest[rest.startIndex + 5] == UInt8(ascii: ":"),
              let hour = Self.number(rest, 0, 2), let minute = Self.number(rest, 3, 2), let second = Self.number(rest, 6, 2)
        else { throw invalid }
        guard hour <= 23, minute <= 59, second <= 60 else { throw failure("impossible time \(Self.quote(token))", at: start) }
        rest = rest.dropFirst(8)
        if rest.first == UInt8(ascii: ".") {
            let fraction = rest.dropFirst().prefix { Self.isDigit($0) }
            guard !fraction.isEmpty else { throw invalid }
            rest = rest.dropFirst(1 + fraction.count)
        }
        guard hasDate else {
            guard rest.isEmpty else { throw invalid }
            return TOML.DateTime(text: Self.text(token), kind: .localTime)
        }
        guard let offset = rest.first else {
            return TOML.DateTime(text: Self.text(token), kind: .localDateTime)
        }
        if offset == UInt8(ascii: "Z") || offset == UInt8(ascii: "z") {
            guard rest.count == 1 else { throw invalid }
        } else {
            guard offset == UInt8(ascii: "+") || offset == UInt8(ascii: "-"), rest.count == 6,
                  rest[rest.startIndex + 3] == UInt8(ascii: ":"),
                  let hours = Self.number(rest, 1, 2), let minutes = Self.number(rest, 4, 2)
            else { throw invalid }
            guard hours <= 23, minutes <= 59 else { throw failure("impossible time offset \(Self.quote(token))", at: start) }
        }
        return TOML.DateTime(text: Self.text(token), kind: .offsetDateTime)
    }

    /// The decimal number of the `count` digits at `offset` in `token`, or
    /// `nil` if any is not a digit or the token is too short.
    private static func number(_ token: ArraySlice<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        guard token.count >= offset + count else { return nil }
        var value = 0
        for byte in token.dropFirst(offset).prefix(count) {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The days of `month` in `year` of the proleptic Gregorian calendar.
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The token as a `String`.
    private static func text(_ token: ArraySlice<UInt8>) -> String {
        String(decoding: token, as: UTF8.self)
    }
}
