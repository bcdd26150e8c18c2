extension _TOMLReader {
    /// Opens the table named by a `[a.b.c]` header, creating it and any
    /// missing parents, and starts a new section.
    /// - Throws: ``TOMLSyntaxError`` when the table was already defined (by
    ///   a header or by dotted keys), is an array of tables, or a parent is
    ///   a value.
    mutating func defineTable(_ path: [_TOMLKey]) throws(TOMLSyntaxError) -> Int {
        startSection()
        let parent = try headerParent(of: path)
        guard let last = path.last else { return parent }
        guard let entry = nodes[parent].entries[last.name] else {
            return try addTable(last, to: parent, state: .explicit)
        }
        switch entry.slot {
        case .table(let child) where nodes[child].state == .implicit:
            nodes[child].state = .explicit
            return child
        case .table(let child):
            let how = nodes[child].state == .explicit ? "" : ", first by dotted keys"
            throw conflict("table [\(Self.display(path))] defined twice\(how)", with: entry, at: last)
        case .tables:
            throw conflict("cannot define table [\(Self.display(path))]: it is an array of tables", with: entry, at: last)
        case .value(let value):
            throw conflict("cannot define table [\(Self.display(path))]: the key holds \(Self.article(value))", with: entry, at: last)
        }
    }

    /// Appends a new table to the array of tables named by a `[[a.b.c]]`
    /// header, creating the array and any missing parents, and starts a
    /// new section.
    /// - Throws: ``TOMLSyntaxError`` when the key holds a table, a static
    ///   array or another value.
    mutating func appendTable(_ path: [_TOMLKey]) throws(TOMLSyntaxError) -> Int {
        startSection()
        let parent = try headerParent(of: path)
        guard let last = path.last else { return parent }
        guard let entry = nodes[parent].entries[last.name] else {
            let child = try newNode(state: .explicit, under: parent, at: last)
            tableArrays.append([child])
            nodes[parent].entries[last.name] = _TOMLNode.Entry(slot: .tables(tableArrays.count - 1), offset: last.offset)
            return child
        }
        switch entry.slot {
        case .tables(let list):
            let child = try newNode(state: .explicit, under: parent, at: last)
            tableArrays[list].append(child)
            return child
        case .table:
            throw conflict("cannot append to [[\(Self.display(path))]]: it is a table", with: entry, at: last)
        case .value(.array):
            throw conflict("cannot append to the statically defined array '\(Self.display(path))'", with: entry, at: last)
        case .value(let value):
            throw conflict("cannot append to [[\(Self.display(path))]]: the key holds \(Self.article(value))", with: entry, at: last)
        }
    }

    /// Stores `value` at the dotted key `path` relative to table `table`,
    /// creating the intermediate tables of the dotted key.
    /// - Throws: ``TOMLSyntaxError`` for a duplicate key, or a dotted key
    ///   passing through a value, an array of tables, or a table defined
    ///   elsewhere.
    mutating func insert(_ value: TOML.Value, at path: [_TOMLKey], into table: Int) throws(TOMLSyntaxError) {
        guard let last = path.last else { return }
        var node = table
        for (position, key) in path.dropLast().enumerated() {
            guard let entry = nodes[node].entries[key.name] else {
                node = try addTable(key, to: node, state: .dotted(section: section))
                continue
            }
            let name = Self.display(path[...position])
            switch entry.slot {
            case .table(let child):
                switch nodes[child].state {
                case .implicit:
                    nodes[child].state = .dotted(section: section)
                case .dotted(let owner) where owner == section:
                    break
                default:
                    throw conflict("cannot add to table '\(name)' with dotted keys: it is defined elsewhere", with: entry, at: key)
                }
                node = child
            case .tables:
                throw conflict("cannot add to array of tables '\(name)' with dotted keys", with: entry, at: key)
            case .value(.table):
                throw conflict("cannot extend inline table '\(name)'", with: entry, at: key)
            case .value(let held):
                throw conflict("key '\(name)' holds \(Self.article(held)), not a table", with: entry, at: key)
            }
        }
        if let entry = nodes[node].entries[last.name] {
            throw conflict("duplicate key '\(Self.display(path))'", with: entry, at: last)
        }
        nodes[node].entries[last.name] = _TOMLNode.Entry(slot: .value(value), offset: last.offset)
    }

    /// The finished table of node `node`, containers converted to values.
    /// - Complexity: O(size of the subtree); recursion depth at most
    ///   ``TOMLParser/maximumDepth``.
    func tableValue(of node: Int) -> TOML.Table {
        var table = TOML.Table()
        table.entries.reserveCapacity(nodes[node].entries.count)
        for (key, entry) in nodes[node].entries {
            switch entry.slot {
            case .table(let child): table.entries[key] = .table(tableValue(of: child))
            case .tables(let list): table.entries[key] = .array(tableArrays[list].map { .table(tableValue(of: $0)) })
            case .value(let value): table.entries[key] = value
            }
        }
        return table
    }

    /// Starts a new section: tables made by earlier dotted keys are closed.
    mutating func startSection() {
        sectionCount += 1
        section = sectionCount
    }

    /// A new empty node one level below `parent`.
    /// - Throws: ``TOMLSyntaxError`` beyond ``TOMLParser/maximumDepth``.
    mutating func newNode(state: _TOMLNode.State, under parent: Int, at key: _TOMLKey) throws(TOMLSyntaxError) -> Int {
        let depth = nodes[parent].depth + 1
        guard depth <= TOMLParser.maximumDepth else { throw tooDeep(at: key.offset) }
        nodes.append(_TOMLNode(state: state, depth: depth))
        return nodes.count - 1
    }

    /// The error for nesting beyond ``TOMLParser/maximumDepth``.
    func tooDeep(at offset: Int) -> TOMLSyntaxError {
        failure("nesting deeper than \(TOMLParser.maximumDepth) levels", at: offset)
    }

    /// The table that holds the last key of a header `path`, walking (and
    /// creating as implicit) its parents; an array of tables on the way
    /// stands for its last element.
    /// - Throws: ``TOMLSyntaxError`` when a parent holds a value.
    private mutating func headerParent(of path: [_TOMLKey]) throws(TOMLSyntaxError) -> Int {
        var node = 0
        for (position, key) in path.dropLast().enumerated() {
            guard let entry = nodes[node].entries[key.name] else {
                node = try addTable(key, to: node, state: .implicit)
                continue
            }
            switch entry.slot {
            case .table(let child):
                node = child
            case .tables(let list):
                guard let last = tableArrays[list].last else { throw failure("internal error: empty array of tables", at: key.offset) }
                node = last
            case .value(let value):
                throw conflict("cannot define a table under '\(Self.display(path[...position]))': it holds \(Self.article(value))", with: entry, at: key)
            }
        }
        return node
    }

    /// Adds a new table under key `key` of `parent` and answers its node.
    private mutating func addTable(_ key: _TOMLKey, to parent: Int, state: _TOMLNode.State) throws(TOMLSyntaxError) -> Int {
        let child = try newNode(state: state, under: parent, at: key)
        nodes[parent].entries[key.name] = _TOMLNode.Entry(slot: .table(child), offset: key.offset)
        return child
    }

    /// The error `message` at `key`, naming the line where the key it
    /// clashes with, `entry`, was first defined.
    private func conflict(_ message: String, with entry: _TOMLNode.Entry, at key: _TOMLKey) -> TOMLSyntaxError {
        failure("\(message) (first defined on line \(location(of: entry.offset).line))", at: key.offset)
    }

    /// "an integer", "an inline table": the type of a value written after
    /// `=`, with its article.
    static func article(_ value: TOML.Value) -> String {
        let name = value.table == nil ? value.typeName : "inline table"
        let vowel = name.first.map { "aeiou".contains($0) } ?? false
        return (vowel ? "an " : "a ") + name
    }
}
