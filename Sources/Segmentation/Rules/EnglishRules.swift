/// The English rules, embedded so that a statically linked `textpipe` needs no
/// resource bundle. The same JSON, saved to a file, is what `language: path`
/// accepts; start another language from a copy of it (the format is described
/// on `SegmentationRules`).
enum EnglishRules {
    static let json = #"""
{
  "language": "en",
  "name": "English",
  "terminals": [".", "?", "!", "…", "‼", "⁇", "⁈", "⁉"],
  "unspaced_terminals": ["。", "！", "？"],
  "opening_marks": ["\"", "'", "“", "‘", "«", "‹", "„", "(", "[", "{"],
  "closing_marks": ["\"", "'", "”", "’", "»", "›", ")", "]", "}"],
  "bullets": ["•", "⁃", "◦", "‣", "▪", "▫", "●", "○", "■", "□", "►", "▶", "✓", "✔", "·"],
  "line_bullets": ["-", "*", "–", "—", "+", ">"],
  "apostrophes": ["'", "’"],
  "clitics": ["'s", "n't", "'re", "'ve", "'ll", "'d", "'m"],
  "abbreviations": {
    "title": [
      "Mr.", "Mrs.", "Ms.", "Mx.", "Messrs.", "Mmes.", "Mme.", "Mlle.", "Dr.", "Drs.",
      "Prof.", "Profs.", "Rev.", "Revs.", "Fr.", "Msgr.", "Hon.", "Rt.", "Pres.",
      "Gen.", "Gens.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Comdr.", "Adm.",
      "Brig.", "Sgt.", "Cpl.", "Pvt.", "Pfc.", "Spc.", "Ens.", "Cmdt.", "Lieut.",
      "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Amb.", "Atty.", "Dist.",
      "Supt.", "Insp.", "Det.", "Ofc.", "Sec.", "Secy.", "Treas.", "Ald.", "Asst.", "Dep.", "Tpr.", "Cllr.", "Eng.", "Engr.",
      "Mt.", "Ft.", "Pt."
    ],
    "inner": [
      "e.g.", "i.e.", "vs.", "v.", "d.", "cf.", "viz.", "a.k.a.", "aka.", "approx.", "appr.",
      "incl.", "esp.", "ca.", "resp.", "orig.", "est.", "N.B.", "n.b.",
      "Blk.", "Bldg.", "Ste.", "Apt.", "Rm.", "Dept.", "Univ.", "Inst.", "Assn.",
      "Assoc.", "Natl.", "Intl.", "Mgr.", "Asst."
    ],
    "number": [
      "No.", "no.", "N°.", "Nº.", "Nos.", "nos.", "Nr.", "nr.", "Vol.", "vol.", "Vols.", "vols.",
      "p.", "pp.", "b.", "para.", "paras.", "Fig.", "fig.", "Figs.", "figs.", "Ch.", "ch.",
      "Chap.", "chap.", "Art.", "art.", "Arts.", "Sect.", "sect.", "Ref.", "ref.",
      "Op.", "op.", "Tel.", "tel.", "Ext.", "ext.", "Ed.", "ed.", "Eds.", "eds.",
      "Hwy.", "Rte.", "Pct.", "Exh.", "Ex.", "Tab.",
      "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
      "Nov.", "Dec.",
      "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun."
    ],
    "may_end": [
      "U.S.", "U.S.A.", "U.K.", "U.N.", "E.U.", "U.A.E.", "U.S.S.R.", "D.C.",
      "Inc.", "Corp.", "Co.", "Cos.", "Ltd.", "Plc.", "LLC.", "L.L.C.", "L.P.", "LLP.",
      "Bros.", "Mfg.", "Pty.", "S.A.", "A.G.", "N.V.", "GmbH.",
      "Jr.", "Sr.", "Esq.", "Ret.", "Ph.D.", "M.D.",
      "al.", "seq.",
      "St.", "st.", "Ave.", "Av.", "Blvd.", "Rd.", "Ln.", "Pl.", "Sq.", "Pkwy.", "Ct.", "Cir.",
      "Hts.", "Mtn.",
      "Ala.", "Ariz.", "Del.", "Ark.", "Calif.", "Cal.", "Colo.", "Conn.", "Fla.", "Ga.",
      "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.",
      "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.",
      "N.C.", "N.D.", "Okla.", "Ore.", "Oreg.", "Pa.", "Penn.", "R.I.", "S.C.", "S.D.",
      "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "Wis.", "Wisc.", "W.Va.", "Wyo.",
      "Alta.", "Ont.", "Que.", "Sask.",
      "lbs.", "lb.", "oz.", "ft.", "yds.", "yd.", "mi.", "hrs.", "hr.", "mins.",
      "secs.", "sq.", "cu.", "deg.",
      "dept.", "govt.", "misc.", "min.", "max.", "avg.", "yr.", "yrs.", "mo.", "mos.",
      "wk.", "wks.", "qtr.", "jr.", "sr.", "bros.", "co.", "corp.", "inc.", "ltd."
    ],
    "often_ends": [
      "etc.", "ibid.", "a.m.", "p.m.", "A.M.", "P.M."
    ]
  },
  "continuations": [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii", "Greenwich",
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
    "AKST", "HST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "KST",
    "AEST", "AEDT", "WIB", "Zulu"
  ],
  "sentence_starters": [
    "A", "An", "The", "This", "That", "These", "Those", "He", "She", "It", "They",
    "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "There",
    "Here", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "For", "From",
    "By", "With", "Without", "After", "Before", "During", "Since", "Until", "While",
    "When", "Where", "Why", "How", "What", "Who", "Whom", "Whose", "Which", "Whether",
    "If", "Although", "Though", "Because", "As", "Also", "However", "Meanwhile",
    "Still", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Earlier", "Later",
    "Some", "Many", "Most", "Several", "Few", "All", "Both", "Each", "Every", "None",
    "Other", "Others", "Such", "According", "Despite", "Under", "Among", "Instead",
    "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Thus", "Therefore",
    "Indeed", "Finally", "First", "Second", "Third", "Last", "Next", "Once", "Only",
    "Even", "Just", "Not", "No", "Yes", "Perhaps", "Maybe", "Please", "Let", "Do",
    "Does", "Did", "Is", "Are", "Was", "Were", "Would", "Could",
    "Should", "Shall", "Might", "Must", "Has", "Have", "Had", "One",
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    "Unlike", "Like", "Asked", "Overall", "Often", "Sometimes", "Recently"
  ],
  "speech_verbs": [
    "said", "says", "say", "asked", "asks", "added", "adds", "told", "tells",
    "wrote", "writes", "replied", "replies", "answered", "answers", "explained",
    "explains", "noted", "notes", "stated", "states", "insisted", "insists", "warned",
    "warns", "cautioned", "argued", "argues", "claimed", "claims", "continued",
    "recalled", "recalls", "remarked", "responded", "shouted", "yelled", "cried",
    "exclaimed", "wondered", "wonders", "whispered", "muttered", "demanded",
    "declared", "announced", "admitted", "acknowledged", "conceded", "tweeted",
    "posted", "quipped", "joked", "laughed", "sighed", "screamed", "pleaded", "urged",
    "countered", "protested", "observed", "suggested", "concluded", "agreed",
    "complained", "boasted", "snapped", "interjected", "mused", "pressed"
  ],
  "subject_pronouns": ["I", "you", "he", "she", "it", "we", "they"],
  "conjunctions": ["and", "or", "nor", "but", "then", "plus"],
  "not_after_ellipsis": ["I"]
}
"""#
}
