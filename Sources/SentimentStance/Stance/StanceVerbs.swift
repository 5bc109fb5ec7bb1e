/// Verbs whose grammatical object receives the subject's stance: "praised the
/// deal" is in favour of the deal, "condemned the attack" against it,
/// whatever the rest of the clause's tone.
enum StanceVerbs {
    enum Kind: Sendable { case favor, against }

    struct Entry: Sendable {
        var kind: Kind
        /// The form is also a common noun or particle verb ("support", "back"):
        /// it counts only after a pronoun, an auxiliary, "to" or "not".
        var ambiguous: Bool
        /// The verb needs a particle to take a stance ("warn against").
        var particle: String?
        /// Particles that make it another verb ("back away", "back down").
        var notBefore: Set<String> = []
    }

    static let table: [String: Entry] = {
        var t: [String: Entry] = [:]
        func add(_ kind: Kind, _ forms: String, ambiguous: Set<String> = [], particle: String? = nil,
                 notBefore: Set<String> = []) {
            for form in forms.split(separator: " ").map(String.init) {
                t[form] = Entry(kind: kind, ambiguous: ambiguous.contains(form), particle: particle, notBefore: notBefore)
            }
        }
        add(.favor, "praise praised praises praising", ambiguous: ["praise"])
        add(.favor, "back backed backs backing", ambiguous: ["back", "backs", "backing"],
            notBefore: ["away", "down", "off", "out", "up", "into", "to", "from", "in", "on"])
        add(.favor, "welcome welcomed welcomes welcoming", ambiguous: ["welcome"])
        add(.favor, "support supported supports supporting", ambiguous: ["support", "supports"])
        add(.favor, "endorse endorsed endorses endorsing")
        add(.favor, "applaud applauded applauds applauding")
        add(.favor, "commend commended commends commending")
        add(.favor, "hail hailed hails hailing", ambiguous: ["hail"])
        add(.favor, "laud lauded lauds lauding")
        add(.favor, "champion championed champions championing", ambiguous: ["champion", "champions"])
        add(.favor, "defend defended defends defending")
        add(.favor, "congratulate congratulated congratulates congratulating")
        add(.favor, "salute saluted salutes saluting", ambiguous: ["salute"])
        add(.favor, "embrace embraced embraces embracing", ambiguous: ["embrace"])
        add(.against, "accuse accused accuses accusing")
        add(.against, "condemn condemned condemns condemning")
        add(.against, "blame blamed blames blaming", ambiguous: ["blame"])
        add(.against, "criticize criticized criticizes criticizing criticise criticised criticises criticising")
        add(.against, "denounce denounced denounces denouncing")
        add(.against, "oppose opposed opposes opposing")
        add(.against, "reject rejected rejects rejecting")
        add(.against, "slam slammed slams slamming", ambiguous: ["slam"])
        add(.against, "decry decried decries decrying")
        add(.against, "deplore deplored deplores deploring")
        add(.against, "censure censured censures censuring", ambiguous: ["censure"])
        add(.against, "rebuke rebuked rebukes rebuking", ambiguous: ["rebuke"])
        add(.against, "assail assailed assails assailing")
        add(.against, "castigate castigated castigates castigating")
        add(.against, "lambaste lambasted lambastes lambasting")
        add(.against, "chastise chastised chastises chastising")
        add(.against, "warn warned warns warning", particle: "against")
        add(.against, "protest protested protests protesting", particle: "against")
        return t
    }()

    /// Words after which an ambiguous form is a verb ("we support", "will back", "to welcome").
    static let verbContext: Set<String> = [
        "i", "we", "you", "they", "he", "she", "it", "who", "will", "would", "should", "could", "can", "may", "might",
        "must", "shall", "to", "not", "also", "do", "does", "did", "strongly", "fully", "firmly", "still", "never",
    ]

    /// Auxiliaries that make a following -ed form passive ("was condemned by").
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "get", "got"]
}
