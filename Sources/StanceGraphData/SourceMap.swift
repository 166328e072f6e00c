import StanceCore

/// Where each entity and field of a graph was read from, so validation can point at it.
struct SourceMap {
    private var locations: [String: FileLocation] = [:]

    private static func key(_ kind: Graph.Target.Kind, _ id: Slug, _ field: String) -> String {
        "\(kind.rawValue):\(id.rawValue)/\(field)"
    }

    mutating func record(_ kind: Graph.Target.Kind, _ id: Slug, _ field: String, _ at: FileLocation) {
        locations[SourceMap.key(kind, id, field)] = at
    }

    /// The location of `field` of the entity, falling back to the entity's start.
    func location(_ kind: Graph.Target.Kind, _ id: Slug, _ field: String) -> FileLocation {
        locations[SourceMap.key(kind, id, field)] ?? locations[SourceMap.key(kind, id, "")]
            ?? FileLocation(file: "graph-data", line: 1, column: 1)
    }
}
