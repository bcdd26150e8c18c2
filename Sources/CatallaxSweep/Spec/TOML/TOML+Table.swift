extension TOML {
    /// A TOML table: string keys, each naming one value.
    ///
    /// Key order is not kept: ``keys`` is sorted, so that callers reporting
    /// "the first unknown key" name the same key on every run and platform.
    package struct Table: Equatable, Sendable {
        /// The entries by key.
        var entries: [String: TOML.Value]

        /// A table holding `entries` (empty by default).
        init(_ entries: [String: TOML.Value] = [:]) {
            self.entries = entries
        }

        /// The value at `key`, if present.
        package subscript(key: String) -> TOML.Value? {
            entries[key]
        }

        /// The keys, in ascending `String` order (`<`).
        /// - Complexity: O(*n* log *n*) for *n* keys.
        package var keys: [String] {
            entries.keys.sorted()
        }

        /// Whether the table has no keys.
        var isEmpty: Bool {
            entries.isEmpty
        }

        /// The number of keys.
        var count: Int {
            entries.count
        }
    }
}
