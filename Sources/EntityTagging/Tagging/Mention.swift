/// A candidate entity found by the sentence rules, before the document-level
/// pass links and labels it.
struct Mention: Sendable {
    /// Token range in the document's token array, half-open.
    var first: Int32
    var end: Int32
    /// nil while no rule could say what it is; the linker may still.
    var label: EntityLabel?
    var strength: Strength
    var sentence: Int32
    /// From a title before it: "Mr.", "Queen".
    var gender: Gender?
    /// The gazetteer's canonical name, an index into `Lexicon.canonicals`.
    var canonical: Int32 = -1
    var tags: Lexicon.PhraseTags = []
    var facts: Facts = []
    /// The rule that gave the label, reported with `explain: true`.
    var rule: Rule = .unknown

    struct Facts: OptionSet, Sendable {
        let rawValue: UInt8
        /// Its only word starts the sentence and is an ordinary word ("Brooks", "Will").
        static let initialCommon = Facts(rawValue: 1 << 0)
        /// "in", "near", "across" comes before it.
        static let afterPlacePreposition = Facts(rawValue: 1 << 1)
        /// Found in a sentence without case information (all capitals, headline).
        static let caseless = Facts(rawValue: 1 << 2)
        static let acronym = Facts(rawValue: 1 << 3)
        /// A title word stood right before it.
        static let titled = Facts(rawValue: 1 << 4)
        /// Some word of it is an ordinary English word ("Blue Origin", "Eagles").
        static let hasOrdinaryWord = Facts(rawValue: 1 << 5)
        /// Shaped like a person's name: a given name first, or only surnames
        /// and unknown words ("Timothy Weeks", "Peskov").
        static let personShaped = Facts(rawValue: 1 << 6)
        /// It names an event: a disease's word follows it ("Ebola outbreak",
        /// "Lassa fever") or a storm's precedes it ("Hurricane Harvey"). The
        /// linker drops every mention of that name.
        static let namesEvent = Facts(rawValue: 1 << 7)
    }

    var tokenCount: Int { Int(end - first) }
}

/// Which rule labelled a mention; `explain: true` writes it into each entity.
enum Rule: UInt8, Sendable {
    case unknown, gazetteer, title, orgHead, companySuffix, placeHead, givenName, koreanName, surname, compassRegion,
         hyphenRegion, acronym, caseless, roleNoun, appositive, speechVerb, placeNoun, demonymPlace, linkedPerson,
         linkedOrg, beforeTitle, userGazetteer, guess, brandCase, chineseName, teamName, nickname, dateline, listItem, outlet, credit, age, relative

    var name: String {
        switch self {
        case .unknown: return "unknown"
        case .gazetteer: return "gazetteer"
        case .title: return "title"
        case .orgHead: return "org_head"
        case .companySuffix: return "company_suffix"
        case .placeHead: return "place_head"
        case .givenName: return "given_name"
        case .koreanName: return "korean_name"
        case .surname: return "surname"
        case .compassRegion: return "compass_region"
        case .hyphenRegion: return "hyphen_region"
        case .acronym: return "acronym"
        case .caseless: return "caseless_gazetteer"
        case .roleNoun: return "role_noun"
        case .appositive: return "appositive"
        case .speechVerb: return "speech_verb"
        case .placeNoun: return "place_noun"
        case .demonymPlace: return "demonym_place"
        case .linkedPerson: return "linked_person"
        case .linkedOrg: return "linked_org"
        case .beforeTitle: return "before_title"
        case .userGazetteer: return "user_gazetteer"
        case .guess: return "guess"
        case .brandCase: return "brand_case"
        case .chineseName: return "chinese_name"
        case .teamName: return "team_name"
        case .nickname: return "nickname"
        case .dateline: return "dateline"
        case .listItem: return "list_item"
        case .age: return "age"
        case .relative: return "relative"
        case .outlet: return "outlet"
        case .credit: return "credit"
        }
    }
}

/// How sure the rule that labelled a mention is; the linker's votes weigh by it.
enum Strength: UInt8, Sendable, Comparable {
    /// Nothing but its capital letter.
    case unknown = 0
    /// An ambiguous gazetteer entry or a guess.
    case weak = 1
    /// A single-word gazetteer entry, an acronym, a speech verb.
    case fair = 2
    /// A multi-word gazetteer entry, a country, an appositive.
    case good = 3
    /// A head word or suffix, a known given name.
    case strong = 4
    /// A title right before the name.
    case certain = 5

    static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
}

enum Gender: UInt8, Sendable {
    case male, female

    var name: String { self == .male ? "male" : "female" }
}
