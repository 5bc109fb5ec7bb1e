/// The four labels of the schema, small enough to keep in every mention.
enum EntityLabel: UInt8, Sendable, CaseIterable {
    case person, org, loc, norp

    var name: String {
        switch self {
        case .person: return "PERSON"
        case .org: return "ORG"
        case .loc: return "LOC"
        case .norp: return "NORP"
        }
    }

    init?(name: String) {
        switch name.uppercased() {
        case "PERSON", "PER": self = .person
        case "ORG": self = .org
        case "LOC", "GPE", "FAC": self = .loc
        case "NORP": self = .norp
        default: return nil
        }
    }
}
