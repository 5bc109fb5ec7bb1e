/// Turns the date formats pages and feeds use into ISO 8601: `YYYY-MM-DD` when
/// only the day is known, `YYYY-MM-DDThh:mm:ss` plus `Z` or `±hh:mm` when the
/// time is. Understands ISO 8601 and its common sloppy forms, RFC 822/1123
/// (RSS `pubDate`), "November 19, 2019", "19 Nov 2019" and `2019/11/19`.
enum DateNormalizer {
    private static let months: [String: Int] = {
        let names = [
            ["jan", "january", "janvier", "januar", "enero", "gennaio"],
            ["feb", "february", "février", "fevrier", "februar", "febrero", "febbraio"],
            ["mar", "march", "mars", "märz", "marzo"],
            ["apr", "april", "avril", "abril", "aprile"],
            ["may", "mai", "mayo", "maggio"],
            ["jun", "june", "juin", "juni", "junio", "giugno"],
            ["jul", "july", "juillet", "juli", "julio", "luglio"],
            ["aug", "august", "août", "aout", "agosto"],
            ["sep", "sept", "september", "septembre", "septiembre", "settembre"],
            ["oct", "october", "octobre", "oktober", "octubre", "ottobre"],
            ["nov", "november", "novembre", "noviembre"],
            ["dec", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre"],
        ]
        var table: [String: Int] = [:]
        for (i, list) in names.enumerated() { for name in list { table[name] = i + 1 } }
        return table
    }()

    static func normalize(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: " \t\n\r")
        guard !s.isEmpty, s.count < 100 else { return nil }
        if let iso = iso(s) { return iso }
        return loose(s)
    }

    /// `2019-11-19`, `2019-11-19T10:20`, `2019-11-19 10:20:30.123+0100`, `20191119`.
    private static func iso(_ s: String) -> String? {
        let b = Array(s.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count else { return nil }
            var v = 0
            for i in at..<(at + n) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        var i = 0
        guard let year = digits(0, 4) else { return nil }
        i = 4
        let separated = i < b.count && (b[i] == 0x2D || b[i] == 0x2F || b[i] == 0x2E)
        if separated { i += 1 }
        guard let month = digits(i, 2) else { return nil }
        i += 2
        if separated {
            guard i < b.count, b[i] == b[4] else { return nil }
            i += 1
        }
        guard let day = digits(i, 2) else { return nil }
        i += 2
        guard valid(year, month, day) else { return nil }
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard i < b.count, b[i] == 0x54 || b[i] == 0x20 || b[i] == 0x74 else {
            return i == b.count ? date : nil
        }
        i += 1
        guard let hour = digits(i, 2), hour < 24 else { return date }
        i += 2
        if i < b.count && b[i] == 0x3A { i += 1 }
        guard let minute = digits(i, 2), minute < 60 else { return date }
        i += 2
        var second = 0
        if i < b.count && b[i] == 0x3A { i += 1 }
        if let sec = digits(i, 2), sec < 61 {
            second = min(sec, 59)
            i += 2
        }
        if i < b.count && (b[i] == 0x2E || b[i] == 0x2C) {
            i += 1
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        }
        let time = "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        while i < b.count && b[i] == 0x20 { i += 1 }
        guard i < b.count else { return date + time }
        if b[i] == 0x5A || b[i] == 0x7A { return date + time + "Z" }
        if b[i] == 0x2B || b[i] == 0x2D {
            let sign = b[i] == 0x2B ? "+" : "-"
            i += 1
            guard let oh = digits(i, 2) else { return date + time }
            i += 2
            if i < b.count && b[i] == 0x3A { i += 1 }
            let om = digits(i, 2) ?? 0
            if oh == 0 && om == 0 { return date + time + "Z" }
            return date + time + sign + pad(oh, 2) + ":" + pad(om, 2)
        }
        return date + time
    }

    /// Dates written with month names, and RFC 822.
    private static func loose(_ s: String) -> String? {
        var words: [String] = []
        for chunk in s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }) {
            let w = String(chunk)
            if (w.hasPrefix("+") || w.hasPrefix("-")) && w.dropFirst().allSatisfy({ $0.isNumber || $0 == ":" }) && w.count >= 5 {
                words.append(w.replacingColons())
                continue
            }
            for part in chunk.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." || $0 == "(" || $0 == ")" }) {
                words.append(String(part))
            }
        }
        var year: Int?
        var month: Int?
        var day: Int?
        var time: (Int, Int, Int)?
        var zone: String?
        for word in words {
            if let m = months[word] ?? months[String(word.prefix(3))], month == nil, word.allSatisfy(\.isLetter) {
                if months[word] != nil || word.count <= 4 { month = m }
                continue
            }
            var w = word
            for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) && w.dropLast(2).allSatisfy(\.isNumber) {
                w = String(w.dropLast(2))
            }
            if w.contains(":") {
                let parts = w.split(separator: ":").map { Int($0) }
                if parts.count >= 2, let h = parts[0], let m = parts[1], h < 24, m < 60 {
                    time = (h, m, parts.count > 2 ? (parts[2] ?? 0) : 0)
                }
                continue
            }
            if (w.hasPrefix("+") || w.hasPrefix("-")) && w.count == 5, let v = Int(w.dropFirst()) {
                zone = v == 0 ? "Z" : String(w.prefix(1)) + pad(v / 100, 2) + ":" + pad(v % 100, 2)
                continue
            }
            if w == "gmt" || w == "utc" || w == "z" {
                zone = "Z"
                continue
            }
            if let v = Int(w), w.allSatisfy(\.isNumber) {
                if w.count == 4 && year == nil {
                    year = v
                } else if v >= 1 && v <= 31 && day == nil && w.count <= 2 {
                    day = v
                }
            }
        }
        guard let y = year, let m = month, let d = day, valid(y, m, d) else { return nil }
        let date = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        guard let (h, mi, se) = time else { return date }
        return date + "T" + pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(min(se, 59), 2) + (zone ?? "")
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= 31
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

private extension String {
    /// `+01:00` → `+0100`.
    func replacingColons() -> String { String(filter { $0 != ":" }) }
}
