/// The list items of one line: where a new item starts mid-line ("1) eggs
/// 2) milk", "• one • two"), and which periods belong to item markers ("1.",
/// "b.") rather than ending a sentence.
struct ListMarkers {
    /// Positions a new sentence must start at, ascending.
    var splits: [Int] = []
    /// Positions of periods that are part of a marker, ascending.
    var markerPeriods: [Int] = []

    var isEmpty: Bool { splits.isEmpty && markerPeriods.isEmpty }

    func isMarkerPeriod(_ position: Int) -> Bool {
        !markerPeriods.isEmpty && markerPeriods.contains(position)
    }

    private struct Marker {
        enum Kind { case number, letter, roman }
        var kind: Kind
        var value: Int
        var start: Int
        /// The marker's period, if it has one.
        var period: Int?
        /// At the start of the line or right after a bullet: an item head by position alone.
        var isHead: Bool
    }

    /// Finds the markers of the trimmed line `s[lo..<hi]`.
    static func find(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, marks: Marks, rules: SegmentationRules) -> ListMarkers {
        var result = ListMarkers()
        var markers: [Marker] = []
        var headPosition = lo
        var p = lo
        while p < hi {
            let c = s[p]
            if Scalars.isSpace(c) {
                p += 1
                continue
            }
            // A word starts at p.
            let followedBySpace = p + 1 >= hi || Scalars.isSpace(s[p + 1])
            let isBullet = marks.bullets.contains(c) || (p == lo && marks.lineBullets.contains(c))
            if isBullet && (followedBySpace || parseMarker(s, p + 1, hi, isHead: true) != nil) {
                if p > lo { result.splits.append(p) }
                var q = p + 1
                while q < hi && Scalars.isSpace(s[q]) { q += 1 }
                headPosition = q
                p = q
                continue
            }
            if let marker = parseMarker(s, p, hi, isHead: p == headPosition) {
                markers.append(marker)
            }
            while p < hi && !Scalars.isSpace(s[p]) { p += 1 }
        }
        guard !markers.isEmpty else { return result }

        // Chains of consecutive numbers (or letters): 1, 2, 3 or a, b, c.
        var chainOf = [Int](repeating: -1, count: markers.count)
        var chains: [[Int]] = []
        var expecting: [Int: Int] = [:]  // (kind, next value) key -> chain index
        for (index, marker) in markers.enumerated() where marker.kind != .roman {
            let key = (marker.kind == .number ? 0 : 1_000_000) + marker.value
            if let chain = expecting.removeValue(forKey: key) {
                chains[chain].append(index)
                chainOf[index] = chain
                expecting[key + 1] = chain
            } else {
                chains.append([index])
                chainOf[index] = chains.count - 1
                expecting[key + 1] = chains.count - 1
            }
        }
        var accepted = [Bool](repeating: false, count: markers.count)
        var runIn = [Bool](repeating: false, count: markers.count)
        for chain in chains where chain.count >= 2 {
            let first = markers[chain[0]]
            if first.value == 1 || first.isHead {
                // "were: 1. a ceasefire, 2. aid access and 3. talks" is one
                // sentence: its items are joined by commas or conjunctions.
                let joined = chain.dropFirst().contains { isJoined(s, lo, before: markers[$0].start, rules: rules) }
                for index in chain {
                    accepted[index] = true
                    runIn[index] = joined
                }
            }
        }
        for (index, marker) in markers.enumerated() {
            if accepted[index] {
                if marker.start > lo && !marker.isHead && !runIn[index] { result.splits.append(marker.start) }
                if let period = marker.period { result.markerPeriods.append(period) }
            } else if marker.isHead, let period = marker.period {
                result.markerPeriods.append(period)
            }
        }
        result.splits.sort()
        result.markerPeriods.sort()
        return result
    }

    /// Whether the text before a marker ends in a comma, a semicolon or a
    /// conjunction from the rules.
    private static func isJoined(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, before start: Int, rules: SegmentationRules) -> Bool {
        var e = start
        while e > lo && Scalars.isSpace(s[e - 1]) { e -= 1 }
        guard e > lo else { return false }
        if s[e - 1] == 0x2C || s[e - 1] == 0x3B { return true }
        var w = e
        while w > lo && Scalars.isLetter(s[w - 1]) { w -= 1 }
        return w < e && rules.conjunctions.contains(s, w, e)
    }

    /// Whether the trimmed line may open with a bullet or an item marker
    /// ("iv.", "(a)"), a cheap test before `find`.
    static func mayStartWithMarker(_ s: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, marks: Marks) -> Bool {
        let c = s[lo]
        if c == 0x28 || marks.bullets.contains(c) || marks.lineBullets.contains(c) { return true }
        var p = lo
        while p < hi && p - lo < 7 && (Scalars.isLetter(s[p]) || Scalars.isASCIIDigit(s[p])) { p += 1 }
        return p > lo && p < hi && (s[p] == Scalars.period || s[p] == 0x29)
    }

    /// "12." "12)" "12.)" "(12)" "b." "b)" "(b)", and at a line's head "iv." "IV)".
    private static func parseMarker(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ hi: Int, isHead: Bool) -> Marker? {
        var p = start
        let parenthesized = s[p] == 0x28
        if parenthesized { p += 1 }
        guard p < hi else { return nil }
        var kind: Marker.Kind
        var value = 0
        let bodyStart = p
        if Scalars.isASCIIDigit(s[p]) {
            kind = .number
            while p < hi && Scalars.isASCIIDigit(s[p]) && p - bodyStart < 3 {
                value = value * 10 + Int(s[p] - 0x30)
                p += 1
            }
        } else if s[p] &- 0x61 < 26 && (p + 1 >= hi || !Scalars.isLetter(s[p + 1])) {
            kind = .letter
            value = Int(s[p] - 0x60)
            p += 1
        } else if isHead && isRoman(s[p]) {
            kind = .roman
            while p < hi && isRoman(s[p]) && p - bodyStart < 6 { p += 1 }
        } else {
            return nil
        }
        // The markers' punctuation, then a space.
        var period: Int?
        if parenthesized {
            guard p < hi, s[p] == 0x29 else { return nil }
            p += 1
        } else {
            guard p < hi else { return nil }
            if s[p] == Scalars.period {
                period = p
                p += 1
                if p < hi && s[p] == 0x29 { p += 1 }
            } else if s[p] == 0x29 {
                p += 1
            } else {
                return nil
            }
        }
        guard p < hi, Scalars.isSpace(s[p]) else { return nil }
        // A lone letter with a period mid-line is usually an initial or an
        // abbreviation; it counts only inside a chain, which `find` checks.
        return Marker(kind: kind, value: value, start: start, period: period, isHead: isHead)
    }

    private static func isRoman(_ c: UInt32) -> Bool {
        switch c {
        case 0x69, 0x76, 0x78, 0x49, 0x56, 0x58: return true  // i v x I V X
        default: return false
        }
    }
}
