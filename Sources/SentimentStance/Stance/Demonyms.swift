/// Whether a nationality ("North Korean", NORP) names the people of a place
/// ("North Korea", LOC), so that both are one stance target: a reader asking
/// where a speaker stands on North Korea means "North Korean troops" too.
enum Demonyms {
    /// Irregular pairs; regular ones follow from the endings below.
    private static let irregular: [String: Set<String>] = [
        "American": ["U.S.", "US", "United States", "America", "United States of America"],
        "British": ["Britain", "United Kingdom", "U.K.", "UK", "Great Britain"],
        "French": ["France"], "Dutch": ["Netherlands", "the Netherlands"], "Afghan": ["Afghanistan"],
        "Filipino": ["Philippines", "the Philippines"], "Swiss": ["Switzerland"], "Spanish": ["Spain"],
        "Polish": ["Poland"], "Turkish": ["Turkey", "Türkiye"], "Swedish": ["Sweden"], "Danish": ["Denmark"],
        "Finnish": ["Finland"], "Irish": ["Ireland"], "Greek": ["Greece"], "Welsh": ["Wales"],
        "Scottish": ["Scotland"], "Saudi": ["Saudi Arabia"], "Emirati": ["United Arab Emirates", "UAE"],
        "Palestinian": ["Palestine", "Gaza", "West Bank"], "Soviet": ["Soviet Union", "USSR"],
        "European": ["Europe", "European Union", "EU"],
    ]

    private static let endings = ["n", "an", "ian", "ese", "i", "ish", "ic", "er"]

    static func isDemonym(_ nationality: String, of place: String) -> Bool {
        if let places = irregular[nationality], places.contains(place) { return true }
        guard nationality.count > place.count - 2, let first = place.first, nationality.first == first else { return false }
        for ending in endings where nationality == place + ending { return true }
        if let last = place.last, "aeyo".contains(last) {
            let stem = String(place.dropLast())
            if nationality == stem { return true }
            for ending in endings where nationality == stem + ending { return true }
        }
        return false
    }
}
