/// Words that say someone is speaking or writing, built for this project from
/// English news usage: reporting verbs as lemmas with all their forms, and the
/// nouns and phrases that introduce a source.
enum SpeechCues {
    /// Reporting verbs: lemma and irregular forms (the regular -s/-ed/-ing forms
    /// are derived when none are given). A lemma listed twice merges.
    static let lemmaList: KeyValuePairs<String, [String]> = [
        "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"], "write": ["wrote", "writes", "writing", "written"],
        "speak": ["spoke", "speaks", "speaking", "spoken"], "tweet": [], "post": [], "state": [], "note": [], "warn": [],
        "insist": [], "concede": [], "quip": ["quipped", "quipping", "quips"], "add": [], "explain": [], "remark": [],
        "argue": [], "claim": [], "contend": [], "declare": [], "announce": [], "assert": [], "acknowledge": [], "admit": ["admitted", "admitting", "admits"],
        "observe": [], "comment": [], "reply": ["replied", "replies", "replying"], "respond": [], "answer": [], "ask": [],
        "caution": [], "suggest": [], "predict": [], "recall": [], "continue": [], "conclude": [], "emphasize": [],
        "emphasise": [], "stress": [], "describe": [], "call": [], "lament": [], "complain": [], "boast": [], "joke": [],
        "muse": [], "mutter": [], "shout": [], "scream": [], "yell": [], "whisper": [], "cry": ["cried", "cries", "crying"],
        "exclaim": [], "repeat": [], "reiterate": [], "confirm": [], "deny": ["denied", "denies", "denying"], "maintain": [],
        "urge": [], "plead": ["pled", "pleaded", "pleads", "pleading"], "demand": [], "promise": [], "vow": [], "pledge": [], "threaten": [], "agree": [],
        "counter": [], "retort": [], "interject": [], "offer": [], "propose": [], "recount": [], "report": [], "testify": ["testified", "testifies", "testifying"],
        "inform": [], "advise": [], "recommend": [], "forecast": ["forecast", "forecasts", "forecasting", "forecasted"], "estimate": [], "speculate": [], "wonder": [],
        "question": [], "challenge": [], "dismiss": [], "reject": [], "criticize": [], "criticise": [], "praise": [],
        "laud": [], "hail": [], "welcome": [], "condemn": [], "denounce": [], "blast": [], "slam": ["slammed", "slamming", "slams"],
        "accuse": [], "charge": [], "allege": [], "hint": [], "indicate": [], "signal": ["signalled", "signalling", "signaled", "signaling", "signals"], "reveal": [],
        "disclose": [], "elaborate": [], "clarify": ["clarified", "clarifies", "clarifying"], "affirm": [], "reaffirm": [],
        "reassure": [], "assure": [], "opine": [], "reason": [], "grumble": [], "snap": ["snapped", "snapping", "snaps"],
        "gush": [], "rave": [], "marvel": ["marvelled", "marvelling", "marveled", "marveling", "marvels"], "enthuse": [], "sigh": [], "laugh": [], "scoff": [],
        "concur": ["concurred", "concurring", "concurs"], "object": [], "protest": [], "declare": [], "proclaim": [],
        "pronounce": [], "announce": [], "tout": [], "acknowledge": [], "confess": [], "point": [], "explain": [],
        "underscore": [], "underline": [], "highlight": [], "summarize": [], "summarise": [], "describe": [], "label": ["labelled", "labelling", "labeled", "labeling", "labels"],
        "brand": [], "term": [], "dub": ["dubbed", "dubbing", "dubs"], "characterize": [], "characterise": [], "believe": [],
        "think": ["thought", "thinks", "thinking"], "feel": ["felt", "feels", "feeling"], "fear": [], "worry": ["worried", "worries", "worrying"],
        "hope": [], "expect": [], "announce": [], "pray": [], "beg": ["begged", "begging", "begs"], "implore": [], "counsel": ["counselled", "counselling", "counseled", "counseling", "counsels"],
        "instruct": [], "order": [], "command": [], "decry": ["decried", "decries", "decrying"], "lambast": [], "blame": [],
        "thank": [], "congratulate": [], "apologize": [], "apologise": [], "regret": ["regretted", "regretting", "regrets"],
        "recount": [], "relate": [], "narrate": [], "inform": [], "notify": ["notified", "notifies", "notifying"],
        "mention": [], "cite": [], "quote": [], "echo": ["echoed", "echoes", "echoing"], "chime": [], "interrupt": [],
        "begin": ["began", "begun", "begins", "beginning"], "start": [], "finish": [], "end": [], "sum": ["summed", "summing", "sums"],
        "wonder": [], "ponder": [], "muse": [], "reflect": [], "recollect": [], "reminisce": [], "assert": [], "aver": ["averred", "averring", "avers"],
        "insist": [], "posit": [], "theorize": [], "hypothesize": [], "surmise": [], "guess": [], "reckon": [], "figure": [],
        "conclude": [], "determine": [], "find": ["found", "finds", "finding"], "rule": [], "decide": [], "announce": [],
        "read": ["read", "reads", "reading"], "text": [], "email": [], "message": [], "blog": ["blogged", "blogging", "blogs"],
        "shoot": ["shot", "shoots", "shooting"], "fire": [], "hit": ["hit", "hits", "hitting"], "rebut": ["rebutted", "rebutting", "rebuts"],
        "dispute": [], "contradict": [], "correct": [], "maintain": [], "uphold": ["upheld", "upholding", "upholds"], "defend": [], "justify": ["justified", "justifies", "justifying"],
        "concede": [], "grant": [], "allow": [], "permit": ["permitted", "permitting", "permits"], "acknowledge": [],
        "chant": [], "sing": ["sang", "sung", "sings", "singing"], "cheer": [], "jeer": [], "fume": [], "rage": [],
        "thunder": [], "scrawl": [], "bellow": [], "roar": [], "wail": [], "sob": ["sobbed", "sobbing", "sobs"],
        "stammer": [], "stutter": [], "drawl": [], "murmur": [], "quote": [], "relay": [], "vent": [], "gloat": [],
        "crow": [], "brag": ["bragged", "bragging", "brags"], "swear": ["swore", "sworn", "swears", "swearing"],
        "rule": [], "warn": [], "add": [], "rejoin": [], "rumble": [], "express": [], "share": [], "confide": [],
        "gripe": [], "tease": [], "talk": [], "rue": ["rued", "rues", "ruing", "rueing"], "beam": [], "grin": ["grinned", "grinning", "grins"],
        "query": ["queried", "queries", "querying"],
    ]

    static let lemmas: [String: [String]] = Dictionary(lemmaList.map { ($0.key, $0.value) }, uniquingKeysWith: { $0 + $1 })

    /// Every form of every reporting verb, lower-cased.
    static let verbForms: Set<String> = {
        var forms = Set<String>()
        for (lemma, irregular) in lemmas {
            forms.insert(lemma)
            forms.formUnion(irregular)
            if irregular.isEmpty { forms.formUnion(regularForms(lemma)) }
        }
        return forms
    }()

    /// Verbs that make a clause reported speech strongly enough to attribute a
    /// direct quote next to them; the weaker ones (think, find, begin…) only
    /// count next to a quote, never to attribute a partial quote.
    static let weak: Set<String> = [
        "believe", "think", "feel", "fear", "worry", "hope", "expect", "find", "decide", "determine", "begin", "start",
        "finish", "end", "read", "shoot", "fire", "hit", "grant", "allow", "permit", "figure", "guess", "reckon", "order",
        "command", "correct", "point", "text", "message", "email", "charge",
    ]

    /// Verbs of answering: their subject pronoun is the one just asked.
    static let replyVerbs: Set<String> = ["replied", "replies", "answered", "answers", "responded", "responds"]

    static let weakForms: Set<String> = {
        var forms = Set<String>()
        for lemma in weak {
            forms.insert(lemma)
            if let irregular = lemmas[lemma], !irregular.isEmpty { forms.formUnion(irregular) } else { forms.formUnion(regularForms(lemma)) }
        }
        return forms
    }()

    static func regularForms(_ lemma: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var s = lemma + "s", ed = lemma + "ed", ing = lemma + "ing"
        if lemma.hasSuffix("e") {
            ed = lemma + "d"
            ing = String(lemma.dropLast()) + "ing"
        } else if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) {
            ed = String(lemma.dropLast()) + "ied"
            s = String(lemma.dropLast()) + "ies"
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            s = lemma + "es"
        }
        return [s, ed, ing]
    }

    /// Abbreviated titles written with a period before a name ("Dr. Luz Arroyo").
    static let abbreviatedTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
        "rev", "fr", "sr", "jr", "st", "hon", "amb", "pres", "supt", "insp", "det", "cpl", "pvt", "asst", "dep", "atty",
        "sec", "ofc", "tpr", "cpt", "pfc", "spc", "dist", "brig", "comdr", "cmdt", "lieut", "ens", "msgr", "ald", "secy", "treas",
        "eng", "engr",
    ]

    /// Capitalised words that are titles, not first names, before a name.
    /// A word of a role before a name: "president and chief executive officer Hank Hollinger".
    static func isRoleWord(_ w: String) -> Bool {
        sourceNounsWithPlurals.contains(w) || titleWords.contains(w) || roleModifiers.contains(w)
    }

    static let roleModifiers: Set<String> = ["senior", "deputy", "former", "acting", "vice", "assistant", "associate", "executive",
                                             "operating", "financial"]

    /// Title words that name a department rather than a rank ("Health Minister",
    /// "director of public health").
    static let portfolioWords: Set<String> = ["foreign", "defense", "defence", "interior", "finance", "health", "home", "state", "national"]

    static let titleWords: Set<String> = [
        "president", "secretary", "minister", "prime", "deputy", "senator", "sen", "representative", "rep", "governor",
        "gov", "mayor", "general", "gen", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant", "major",
        "admiral", "commander", "chief", "director", "chairman", "chairwoman", "chair", "commissioner", "ambassador",
        "judge", "justice", "chancellor", "king", "queen", "prince", "princess", "pope", "bishop", "cardinal", "rabbi",
        "imam", "father", "sister", "brother", "dr", "doctor", "professor", "prof", "mr", "mrs", "ms", "sir", "dame",
        "lord", "lady", "attorney", "officer", "agent", "detective", "inspector", "speaker", "leader", "whip", "eng", "engr", "spokesman",
        "spokeswoman", "spokesperson", "ceo", "founder", "coach", "editor", "foreign", "defense", "defence", "interior",
        "finance", "health", "home", "state", "national", "former", "acting", "vice", "senior", "first", "lady",
        "sheriff", "assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman", "councillor",
        "councilor", "alderman", "congressman", "congresswoman", "delegate", "premier", "envoy", "superintendent",
        "adviser", "advisor", "trooper", "constable", "marshal", "corporal", "sgt", "principal", "dean", "pastor",
        "reverend", "rev", "manager", "mp", "mep", "msp", "lawmaker", "legislator", "det", "insp", "supt", "cllr",
        "dci", "dcs", "pc", "td", "mla", "mpp", "mec", "cr",
    ]

    /// Nouns for documents that "say" things; a quote attributed to one is
    /// traced to who issued it when the sentence says so.
    static let documentNouns: Set<String> = [
        "statement", "letter", "release", "report", "filing", "complaint", "lawsuit", "indictment", "memo", "document",
        "documents", "records", "study", "survey", "post", "tweet", "email", "message", "note", "ruling", "order",
        "affidavit", "transcript", "announcement", "decision", "judgment", "judgement", "verdict", "notice",
        "website", "blog", "advisory",
    ]

    /// Relative pronouns and conjunctions a speaker phrase never runs across.
    static let clauseWords: Set<String> = [
        "that", "what", "who", "whom", "which", "whose", "and", "but", "or", "while", "as", "if", "when", "because",
        "after", "before", "since", "although", "though", "where", "whether", "so", "than",
    ]

    /// Auxiliaries and adverbs that may stand between a speaker and the verb ("has repeatedly said").
    /// Heads of phrases that stand for someone the article will not name:
    /// "the source said" is still the source, not the last person named.
    static let anonymousNouns: Set<String> = [
        "source", "insider", "person", "witness", "resident", "eyewitness", "bystander", "caller", "user", "commenter",
        "patient", "victim", "relative", "kin", "neighbor", "neighbour", "passenger", "passerby",
        // "the man wrote": news names a person it has introduced; "the man" is someone unnamed.
        "man", "woman", "boy", "girl", "child", "teenager", "teen",
    ]

    /// Heads that refer back to the organisation just named: "the company said".
    static let companyNouns: Set<String> = [
        "company", "firm", "bank", "retailer", "automaker", "carmaker", "airline", "carrier", "startup", "insurer",
        "lender", "broker", "brokerage", "publisher", "chain", "manufacturer", "developer", "studio", "network",
    ]

    /// Nouns for what someone said, owned by its speaker: "Trump’s remarks",
    /// "the minister’s description of the plan as “…”".
    static let statementNouns: Set<String> = [
        "remarks", "comments", "comment", "words", "claim", "claims", "warning", "warnings", "description", "assertion",
        "promise", "pledge", "vow", "threat", "threats", "characterization", "characterisation", "admission", "response",
        "accusation", "accusations", "allegation", "allegations", "insistence", "suggestion", "denial", "criticism",
    ]

    /// What comes "from" a speaker in the sentence after a quote: "That was the message from X".
    static let messageNouns: Set<String> = statementNouns.union(["message", "word", "verdict", "reaction", "advice", "reply", "answer", "retort"])

    /// Months and days: capitalised, never a speaker.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Verbs of judging that quote a characterisation after "as": "sees X as
    /// its “Achilles heel”", "regarded it as “a disaster”".
    static let judgingVerbs: Set<String> = [
        "see", "sees", "saw", "seen", "view", "views", "viewed", "regard", "regards", "regarded", "consider", "considers",
        "considered", "treat", "treats", "treated", "cast", "casts", "frame", "frames", "framed", "portray", "portrays",
        "portrayed", "depict", "depicts", "depicted", "paint", "paints", "painted", "brand", "brands", "branded",
        "branding", "denigrate", "denigrates", "denigrated", "denigrating", "dismiss", "dismisses", "dismissed",
        "dismissing", "hail", "hails", "hailed", "hailing", "praise", "praises", "praised", "praising", "tout", "touts",
        "touted", "touting", "picked", "singled",
    ]

    /// Words that open an introductory phrase before a clause's subject
    /// ("Earlier this year, GateHouse laid off …").
    static let introductoryWords: Set<String> = [
        "at", "in", "on", "after", "before", "during", "since", "despite", "following", "meanwhile", "however",
        "earlier", "later", "last", "next", "yesterday", "today", "tonight", "previously", "recently", "separately",
        "still", "instead", "initially", "eventually", "finally", "ultimately", "overall", "elsewhere", "similarly",
        "likewise", "nevertheless", "moreover", "indeed", "already", "now", "then", "once", "back",
        "amid", "among", "under", "with", "without", "for", "from", "by", "as", "through", "over", "across", "within",
        "against", "toward", "towards", "following", "given", "unlike", "like", "besides", "almost", "soon", "shortly",
        "immediately", "afterwards", "afterward", "also", "again", "additionally", "furthermore", "meantime",
        "amidst", "throughout", "upon", "beyond", "outside", "inside", "near", "behind", "around", "along", "amongst",
    ]

    /// Words after which a bare verb lemma is still a verb ("people call it",
    /// "to call it"); after other singular nouns it is a noun ("conference call").
    static let subjectsBeforeBareVerb: Set<String> = [
        "i", "you", "we", "they", "people", "who", "that", "which", "to", "will", "would", "could", "should", "may",
        "might", "can", "must", "did", "do", "does", "not", "also", "often", "never", "always", "sometimes", "police",
        "staff", "children", "men", "women", "and", "or", "percent", "majority", "minority", "public",
    ]

    /// Prepositions: a noun phrase after one is no clause's subject ("During
    /// the call, …", "the research published in the journal … argued").
    static let prepositions: Set<String> = [
        "in", "of", "at", "for", "with", "from", "by", "on", "to", "during", "after", "before", "since", "about", "within",
    ]

    /// Heads of phrases that say a speaker's gender, for "he"/"she" when no
    /// person is named: "the victim’s mother … she said".
    static let femaleNouns: Set<String> = [
        "mother", "woman", "wife", "daughter", "sister", "girl", "grandmother", "aunt", "niece", "widow", "girlfriend",
        "actress", "businesswoman", "spokeswoman", "congresswoman", "chairwoman", "mom",
    ]
    static let maleNouns: Set<String> = [
        "father", "man", "husband", "son", "brother", "boy", "grandfather", "uncle", "nephew", "widower", "boyfriend",
        "businessman", "spokesman", "congressman", "chairman", "dad",
    ]

    static let betweenSpeakerAndVerb: Set<String> = [
        "has", "had", "have", "was", "is", "were", "are", "will", "would", "could",
        "also", "later", "then", "again", "once", "previously", "earlier", "recently", "repeatedly", "often", "frequently",
        "simply", "flatly", "bluntly", "quietly", "angrily", "firmly", "publicly", "privately", "reportedly", "separately",
        "further", "only", "just", "did", "does", "not", "never", "already", "subsequently", "however", "too", "allegedly",
        "since", "meanwhile", "likewise", "nonetheless", "nevertheless", "yesterday", "today", "apparently", "first", "finally", "still", "even", "instead", "soon", "'d", "'ll", "'ve",
    ]

    /// Company suffixes that end a name after a comma or a period: "Dräger, Inc.", "Acme Corp.".
    static let companySuffixes: Set<String> = ["inc", "ltd", "llc", "corp", "co", "plc", "gmbh", "ag", "sa"]

    /// The words in a body's name that "the ministry", "the agency" … stand for:
    /// an agency may be named an administration, a service or a bureau.
    static let bodyHeads: [String: Set<String>] = {
        var heads: [String: Set<String>] = ["agency": ["agency", "administration", "service", "bureau", "authority", "commission"]]
        for h in ["ministry", "department", "office", "committee", "council", "court", "commission", "authority", "board",
                  "union", "administration", "panel"] {
            heads[h] = [h]
        }
        return heads
    }()

    /// Verbs that put out a document: "issued the following statement:".
    static let issuingVerbs: Set<String> = [
        "issued", "issues", "released", "releases", "published", "publishes", "sent", "sends", "gave", "gives", "provided",
        "provides", "shared", "shares", "delivered", "delivers", "put", "puts", "posted", "posts", "emailed", "e-mailed",
    ]

    /// Words in the names of public bodies, which "the company" never stands for.
    static let publicBodyHeads: Set<String> = bodyHeads.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        .union(["ministry", "department", "police", "parliament", "congress", "senate", "government", "university", "school"])

    /// Heads of a group named after a person: "the Smith family", "the Jackson estate".
    static let groupNouns: Set<String> = ["family", "families", "relatives", "estate", "camp", "team"]

    /// Words for a share of a group before "of": "one of the protesters".
    static let quantifiers: Set<String> = ["one", "some", "many", "several", "two", "three", "four", "most", "all", "both", "few", "none"]

    // nounsInLy (nouns ending in "-ly") is generated from WordNet: NounsInLy.swift.

    /// Reporting verbs whose object is the one spoken to: "told the court:", "asked her:".
    static let addresseeVerbs: Set<String> = ["told", "tell", "tells", "telling", "asked", "ask", "asks", "asking"]

    /// Verbs of habit or effort that take "to" before a reporting verb: "our
    /// teacher used to say", "he went on to say".
    static let catenatives: Set<String> = [
        "used", "going", "want", "wants", "wanted", "likes", "liked", "loves", "loved", "tried", "tries", "seemed", "seems",
        "continued", "continues", "went", "goes",
    ]

    /// Words that open a subordinate clause: its subject yields to the main clause's.
    static let subordinators: Set<String> = [
        "after", "when", "while", "although", "though", "because", "since", "before", "until", "if", "once", "whereas", "as",
    ]

    /// Words after which an -s form is a plural noun: "her closing remarks", "these reports".
    static let pluralNounOpeners: Set<String> = [
        "his", "her", "their", "its", "my", "our", "your", "the", "these", "those", "such", "several", "many",
    ]

    /// Verbs that, after a form of "be", make their subject the one spoken to: "residents were told".
    static let passiveSpeechVerbs: Set<String> = ["told", "asked", "urged", "ordered", "advised", "instructed", "informed", "warned"]
    /// Verbs of asking whose passive names the asker: "was asked by", "was pressed by".
    static let questioningVerbs: Set<String> = ["asked", "questioned", "pressed"]

    /// Forms of the verbs of saying, without those of writing or thinking: they report a
    /// straight single-quoted stretch after them ("said it was 'deeply concerned'").
    static let sayingForms: Set<String> = [
        "said", "says", "told", "tells", "called", "calls", "described", "describes", "added", "adds", "warned", "warns",
        "insisted", "insists", "stated", "states", "claimed", "claims", "admitted", "admits", "declared", "declares",
        "branded", "brands", "vowed", "vows", "promised", "promises",
    ]

    /// Adjectives of a firm stance that report what their subject said when "that" follows:
    /// "Ames was adamant that “…”".
    static let stanceAdjectives: Set<String> = [
        "adamant", "insistent", "emphatic", "categorical", "unequivocal", "confident", "certain", "convinced", "clear",
    ]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are", "get", "got"]

    /// Nouns for a kind of group that stand before its name: "the campaign group Friends of the Earth".
    static let kindsOfGroup: Set<String> = [
        "group", "movement", "organisation", "organization", "faction", "coalition", "alliance", "network",
    ]

    /// Verbs that stand before another verb: a noun phrase ends before them.
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "should",
        "shall", "does", "did", "do",
    ]

    /// Verbs of perceiving or recording someone: "were heard saying", "a video showed him
    /// saying". Their object (or their passive subject) is who speaks in the participle after them.
    static let perceptionVerbs: Set<String> = [
        "heard", "overheard", "seen", "saw", "caught", "filmed", "recorded", "captured", "pictured", "shown", "showed",
        "spotted", "quoted", "cited", "videotaped", "photographed", "observed", "watched",
    ]

    /// Heads of source phrases that name an institution, not a person: never resolved as an epithet.
    static let institutionNouns: Set<String> = [
        "office", "ministry", "department", "agency", "government", "police", "military", "army", "company", "firm",
        "media", "outlet", "newspaper", "broadcaster", "union", "group", "committee", "council", "court", "board",
        "panel", "commission", "authority", "party", "campaign", "administration", "statement", "report",
        "embassy", "consulate",
    ]

    /// Words that never end a speaker phrase (prepositions, articles, pronouns, auxiliaries).
    static let functionWords: Set<String> = [
        "in", "on", "at", "of", "to", "for", "from", "with", "by", "about", "into", "over", "under", "after", "before",
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
        "not", "no", "all", "some", "any", "each", "every", "there", "here", "we", "you", "i", "me", "us", "our",
        "your", "my", "his", "her", "their", "them", "him", "than", "then", "also", "very", "more", "most", "much",
    ]

    static let malePronouns: Set<String> = ["he", "him", "his"]
    static let femalePronouns: Set<String> = ["she", "her", "hers"]
    static let pluralPronouns: Set<String> = ["they", "them"]

    /// Heads of noun phrases that name a source without naming them ("a senior official").
    static let sourceNouns: Set<String> = [
        "someone", "somebody", "official", "officials", "source", "sources", "spokesperson", "spokesman", "spokeswoman", "spokespeople",
        "curator", "meteorologist", "forecaster", "coroner", "paramedic", "ranger", "surgeon", "inspector", "co-owner", "monk", "nun",
        "rapper", "striker", "goalkeeper", "quarterback", "pitcher", "midfielder", "defender", "winger", "announcer",
        "narrator", "presenter",
        "analyst", "analysts", "expert", "experts", "diplomat", "diplomats", "minister", "officer", "officers", "aide",
        "aides", "adviser", "advisers", "advisor", "advisors", "lawmaker", "lawmakers", "senator", "president",
        "chairman", "chairwoman", "chair", "director", "executive", "ceo", "chief", "commander", "general", "researcher",
        "researchers", "scientist", "scientists", "economist", "economists", "professor", "investigator", "investigators",
        "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney", "advocate", "counsel", "judge", "witness", "witnesses", "resident",
        "residents", "worker", "workers", "voter", "voters", "protester", "protesters", "activist", "activists",
        "representative", "representatives", "member", "members", "leader", "leaders", "secretary", "ambassador",
        "envoy", "mayor", "governor", "premier", "chancellor", "statement", "report", "ministry", "department",
        "agency", "government", "police", "military", "army", "company", "firm", "media", "outlet", "newspaper",
        "broadcaster", "agency", "observer", "observers", "critic", "critics", "supporter", "supporters", "campaigner",
        "campaigners", "insider", "insiders", "person", "people", "man", "woman", "doctor", "nurse", "teacher",
        "student", "student", "fellow", "veteran", "negotiator", "negotiators", "strategist", "strategists", "planner",
        "planners", "commentator", "commentators", "columnist", "editor", "reporter", "correspondent", "host",
        "author", "writer", "founder", "owner", "manager", "administrator", "coach", "player", "captain", "candidate",
        "nominee", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor",
        "neighbour", "survivor", "victim", "victims", "relative", "relatives", "organizer", "organizers", "organiser",
        "physician", "physicians", "doctors", "teachers", "nurses", "parents", "students", "lawmaker", "legislators",
        "legislator", "prosecutors", "attorneys", "lawyers", "judges", "scientists", "authorities", "police", "officials",
        "protesters", "demonstrators", "soldiers", "troops", "citizens", "fans", "users", "customers", "employees",
        "staff", "union", "group", "committee", "council", "court", "board", "panel", "commission", "authority",
        "party", "campaign", "administration", "office", "spokesman", "source", "mayor", "chief", "head",
        "user", "commenter", "poster", "blogger", "viewer", "reader", "listener", "caller", "passenger", "driver",
        "shopper", "tourist", "visitor", "patient", "client", "consumer", "fan", "volunteer", "villager", "farmer",
        "tenant", "landlord", "homeowner", "parent", "child", "teen", "teenager", "kid", "local", "onlooker",
        "bystander", "eyewitness", "customer", "employee", "executive", "analyst", "trader", "investor",
        "partner", "associate", "colleague", "specialist", "staffer", "contractor", "consultant", "delegate", "agent",
        "guard", "engineer", "technician", "official",
        "actor", "actress", "singer", "star", "artist", "musician", "athlete", "pilot", "soldier", "sergeant", "detective",
        "sheriff", "deputy", "trooper", "firefighter", "chef", "designer", "architect", "entrepreneur", "banker",
        "historian", "journalist", "photographer", "filmmaker", "comedian", "priest", "pastor", "rabbi", "imam", "bishop",
        "councillor", "councilman", "councilwoman", "commissioner", "superintendent", "principal", "dean", "treasurer",
        "clerk", "attendant", "buyer", "seller", "miner", "fisherman", "rancher", "grower", "merchant", "shopkeeper",
        "colonel", "lieutenant", "admiral", "sailor", "widow", "mom", "dad", "grandmother", "grandfather", "boy", "girl",
        "uncle", "aunt", "cousin", "niece", "nephew", "boyfriend", "girlfriend", "roommate", "classmate", "teammate",
        "coworker", "co-worker", "sibling", "spouse", "daughter-in-law", "son-in-law", "family", "families",
    ]

    /// Adjectives that attach a preposition to a source noun: "a source familiar
    /// with the talks", "people close to the family", "officials briefed on the plan".
    static let sourceQualifiers: Set<String> = [
        "familiar", "close", "briefed", "involved", "knowledgeable", "aware", "opposed", "loyal", "sympathetic",
        "connected", "linked", "allied", "responsible", "present", "critical",
    ]

    /// Source nouns with their plurals ("author" and "authors").
    static let sourceNounsWithPlurals: Set<String> = {
        var all = sourceNouns
        for n in sourceNouns where !n.hasSuffix("s") { all.insert(n.hasSuffix("y") ? String(n.dropLast()) + "ies" : n + "s") }
        // "the ex-mayor", "an ex-minister": one word in the quote tokens.
        for n in Array(all) { all.insert("ex-" + n) }
        return all
    }()

    /// Words that begin a source phrase.
    static let determiners: Set<String> = [
        "a", "an", "the", "one", "another", "two", "three", "several", "some", "many", "other", "senior", "top", "this",
        "that", "these", "those", "its", "their", "our", "my", "your",
    ]

    /// Words before a quotation that mark it as a title, nickname or term rather than speech.
    static let mentionMarkers: Set<String> = [
        "so-called", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named", "term", "terms", "word",
        "words", "phrase", "slogan", "hashtag", "motto", "label", "moniker", "nickname", "branded", "billed", "tagline",
        "catchphrase",
        "diagnosed",  // "diagnosed with “feather-duvet lung”": a condition's name
    ]

    /// The forms of "call", which gives names ("call the area “the Hole”") as well as judgements.
    static let callForms: Set<String> = Set(["call"] + regularForms("call"))

    /// Small words a name may hold in lower case: "the Bank of England", "Casa de Campo".
    static let titleSmallWords: Set<String> = ["the", "of", "and", "a", "an", "to", "in", "on", "for", "de"]

    /// "his lawyer", "her husband": the possessive pronouns not among the determiners.
    static let possessivePronouns: Set<String> = ["his", "her"]

    /// Kinds of works whose titles are quoted ("the film “Oppenheimer”").
    static let workNouns: Set<String> = [
        "film", "movie", "book", "novel", "song", "album", "single", "series", "show", "play", "musical", "article",
        "essay", "poem", "documentary", "podcast", "programme", "program", "episode", "painting", "exhibition",
        "operation", "campaign", "initiative", "column", "headline", "game", "slogan", "hashtag", "motto",
    ]
}
