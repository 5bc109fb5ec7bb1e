import TextPipe

/// Typed reading of the rules object with messages that name the key.
struct RulesReader {
    let object: JSONObject
    let source: String

    func string(_ key: String) throws(RulesError) -> String {
        guard let s = try optionalString(key) else {
            throw RulesError(source: source, "missing \"\(key)\" (a string)")
        }
        return s
    }

    func optionalString(_ key: String) throws(RulesError) -> String? {
        guard let v = object[key], !v.isNull else { return nil }
        guard let s = v.stringValue, !s.isEmpty else {
            throw RulesError(source: source, "\"\(key)\" must be a non-empty string, found \(v.typeName)")
        }
        return s
    }

    func strings(_ key: String, required: Bool = true) throws(RulesError) -> [String] {
        guard let v = object[key], !v.isNull else {
            if required { throw RulesError(source: source, "missing \"\(key)\" (a list of strings)") }
            return []
        }
        return try wordList(v, key: key)
    }

    func wordList(_ v: JSONValue, key: String) throws(RulesError) -> [String] {
        guard let items = v.arrayValue else {
            throw RulesError(source: source, "\"\(key)\" must be a list of strings, found \(v.typeName)")
        }
        var result: [String] = []
        for (i, item) in items.enumerated() {
            guard let s = item.stringValue, !s.isEmpty else {
                throw RulesError(source: source, "\"\(key)\"[\(i)] must be a non-empty string, found \(item.typeName)")
            }
            result.append(s)
        }
        return result
    }

    /// A list of single characters.
    func scalars(_ key: String, required: Bool = true) throws(RulesError) -> [UInt32] {
        var result: [UInt32] = []
        for (i, s) in try strings(key, required: required).enumerated() {
            let scalars = Array(s.unicodeScalars)
            guard scalars.count == 1 else {
                throw RulesError(source: source, "\"\(key)\"[\(i)] must be a single character, found \"\(s)\"")
            }
            result.append(scalars[0].value)
        }
        if required && result.isEmpty {
            throw RulesError(source: source, "\"\(key)\" must list at least one character")
        }
        return result
    }

    func table(_ key: String, required: Bool = true) throws(RulesError) -> WordTable<Bool> {
        var table = WordTable<Bool>()
        for word in try strings(key, required: required) {
            if word.unicodeScalars.contains(where: { Scalars.isSpace($0.value) }) {
                throw RulesError(source: source, "\"\(key)\" entries must be single words, found \"\(word)\"")
            }
            table.insert(word, true)
        }
        return table
    }
}
