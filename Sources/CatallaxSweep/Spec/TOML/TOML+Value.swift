extension TOML {
    /// One value of a TOML document: a leaf (string, integer, float, boolean,
    /// date-time) or a container (array, table).
    ///
    /// Arrays may mix types, as TOML 1.0 allows. Equality is structural, so a
    /// `.float(.nan)` is not equal to itself, exactly as `Double.nan` is not.
    package enum Value: Equatable, Sendable {
        /// A basic or literal string, single- or multi-line, escapes resolved.
        case string(String)
        /// A 64-bit integer written in decimal, hex, octal or binary.
        case integer(Int)
        /// A float, including `inf` and `nan`.
        case float(Double)
        /// `true` or `false`.
        case boolean(Bool)
        /// An offset or local date-time, local date or local time.
        case dateTime(TOML.DateTime)
        /// An array, from `[ … ]` or from `[[array.of.tables]]` headers.
        case array([TOML.Value])
        /// A table, from a `[header]`, dotted keys or an inline `{ … }`.
        case table(TOML.Table)
    }
}

extension TOML.Value {
    /// The string, if this is a string.
    package var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, if this is an integer (a float such as `16.0` is not).
    package var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The float, if this is a float (an integer is not converted).
    package var float: Double? {
        if case .float(let value) = self { return value }
        return nil
    }

    /// The boolean, if this is a boolean.
    package var boolean: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    /// The date-time, if this is one of the four date-time kinds.
    package var dateTime: TOML.DateTime? {
        if case .dateTime(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    package var array: [TOML.Value]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The table, if this is a table.
    package var table: TOML.Table? {
        if case .table(let value) = self { return value }
        return nil
    }

    /// The TOML name of this value's type, for messages ("integer",
    /// "local date", "table").
    package var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .dateTime(let value): value.kind.name
        case .array: "array"
        case .table: "table"
        }
    }
}
