/// One option a stage accepts under `with:` in a pipeline file.
public struct StageOption: Sendable {
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        case bool
        case int(min: Int?, max: Int?)
        case double(min: Double?, max: Double?)
        case string
        case stringList
        /// One of a fixed set of strings.
        case choice([String])
        /// A file path, resolved against the pipeline file's folder.
        case path
        /// A list of paths, resolved the same way.
        case pathList
        /// Any JSON value; the stage checks it itself.
        case any

        public static let int = Kind.int(min: nil, max: nil)
        public static let double = Kind.double(min: nil, max: nil)

        public var description: String {
            switch self {
            case .bool: return "boolean"
            case .int(let lo, let hi): return "integer" + Kind.bounds(lo, hi)
            case .double(let lo, let hi): return "number" + Kind.bounds(lo, hi)
            case .string: return "string"
            case .stringList: return "list of strings"
            case .choice(let values): return values.map { "\"\($0)\"" }.joined(separator: " | ")
            case .path: return "path"
            case .pathList: return "list of paths"
            case .any: return "any"
            }
        }

        private static func bounds<T: Comparable>(_ lo: T?, _ hi: T?) -> String {
            switch (lo, hi) {
            case let (l?, h?): return " \(l)...\(h)"
            case let (l?, nil): return " >= \(l)"
            case let (nil, h?): return " <= \(h)"
            default: return ""
            }
        }
    }

    public var name: String
    public var kind: Kind
    public var defaultValue: JSONValue
    public var doc: String

    public init(_ name: String, _ kind: Kind, default defaultValue: JSONValue, doc: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.doc = doc
    }

    /// Checks a value from a pipeline file; returns the problem in words, or nil.
    public func check(_ value: JSONValue) -> String? {
        func expected() -> String { "expected \(kind), found \(value.typeName) \(JSONWriter.string(value))" }
        switch kind {
        case .any:
            return nil
        case .bool:
            return value.boolValue == nil ? expected() : nil
        case .int(let lo, let hi):
            guard let v = value.intValue else { return expected() }
            if let lo, v < lo { return "must be at least \(lo), found \(v)" }
            if let hi, v > hi { return "must be at most \(hi), found \(v)" }
            return nil
        case .double(let lo, let hi):
            guard let v = value.doubleValue else { return expected() }
            if let lo, v < lo { return "must be at least \(lo), found \(v)" }
            if let hi, v > hi { return "must be at most \(hi), found \(v)" }
            return nil
        case .string, .path:
            return value.stringValue == nil ? expected() : nil
        case .stringList, .pathList:
            guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else { return expected() }
            return nil
        case .choice(let values):
            guard let s = value.stringValue else { return expected() }
            return values.contains(s) ? nil : "expected one of \(kind), found \"\(s)\""
        }
    }
}
