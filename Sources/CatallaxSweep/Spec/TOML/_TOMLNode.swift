/// A table under construction, with what TOML's redefinition rules need to
/// know about how it came to exist.
///
/// Tables live in the reader's `nodes` array and refer to each other by
/// index, so that "the table the current header opened" is a plain `Int`
/// and no nested value has to be rebuilt on every insertion.
struct _TOMLNode {
    /// How a table was created, which decides what may still define or
    /// extend it.
    enum State: Equatable {
        /// Created only as the parent of a header (`a` in `[a.b]`): a later
        /// `[a]` may still define it, and dotted keys may pass through it.
        case implicit
        /// Defined by a `[header]`, as an element of `[[array]]`, or the
        /// root: no header may define it again and dotted keys may not
        /// pass through it.
        case explicit
        /// Created (or first passed through) by dotted keys in `section`:
        /// only dotted keys of that same section may extend it, and no
        /// header may define it.
        case dotted(section: Int)
    }

    /// What a key of a table holds.
    enum Slot {
        /// A table, by node index.
        case table(Int)
        /// An array of tables made by `[[header]]`s, by its index in the
        /// reader's `tableArrays` (kept there so that appending does not
        /// copy it); later headers may append to it.
        case tables(Int)
        /// A value written after `=`, including inline tables and arrays,
        /// which are immutable.
        case value(TOML.Value)
    }

    /// A key's slot and where the key was first written.
    struct Entry {
        /// What the key holds.
        var slot: Slot
        /// The byte offset of the key's first definition.
        let offset: Int
    }

    /// The entries by key.
    var entries: [String: Entry] = [:]
    /// How the table came to exist.
    var state: State
    /// The number of tables and arrays enclosing it (the root is 0).
    let depth: Int
}
