/// A stage's options after validation: every declared option present (from the
/// pipeline file or its default) and of its declared type, so the accessors
/// need not throw.
public struct StageOptions: Sendable {
    public let values: JSONObject
    /// The pipeline file's folder; relative paths in options are resolved against it.
    public let baseDirectory: String

    public init(_ values: JSONObject = JSONObject(), baseDirectory: String = ".") {
        self.values = values
        self.baseDirectory = baseDirectory
    }

    /// Options filled in with the declared defaults (for tests and examples).
    public static func defaults(for description: StageDescription, overriding given: JSONObject = JSONObject(),
                                baseDirectory: String = ".") -> StageOptions {
        var values = JSONObject()
        for option in description.options { values[option.name] = given[option.name] ?? option.defaultValue }
        for (k, v) in given where values[k] == nil { values[k] = v }
        return StageOptions(values, baseDirectory: baseDirectory)
    }

    public subscript(name: String) -> JSONValue? { values[name] }

    public func bool(_ name: String) -> Bool { values[name]?.boolValue ?? false }
    public func int(_ name: String) -> Int { values[name]?.intValue ?? 0 }
    public func double(_ name: String) -> Double { values[name]?.doubleValue ?? 0 }
    public func string(_ name: String) -> String? { values[name]?.stringValue }
    public func strings(_ name: String) -> [String] { values[name]?.arrayValue?.compactMap(\.stringValue) ?? [] }

    /// A path option made absolute against the pipeline file's folder.
    public func path(_ name: String) -> String? {
        guard let p = string(name), !p.isEmpty else { return nil }
        return resolve(p)
    }

    public func paths(_ name: String) -> [String] { strings(name).map(resolve) }

    private func resolve(_ p: String) -> String {
        Paths.join(baseDirectory, p)
    }
}
