import Testing

/// One test per rule of the entities stage, on sentences written for textpipe.
@Suite struct RuleTests {
    @Test func capitalisedSpansJoinThroughConnectors() throws {
        let t = try Tagged("The Bank of England raised rates. Officials at the Ministry of Foreign Affairs met Charles de Gaulle’s heirs. Bosnia and Herzegovina voted.")
        #expect(t.label("Bank of England") == "ORG")
        #expect(t.label("Ministry of Foreign Affairs") == "ORG")
        #expect(t.label("Charles de Gaulle") == "PERSON")
        #expect(t.label("Bosnia and Herzegovina") == "LOC")
    }

    @Test func andDoesNotJoinTwoNames() throws {
        let t = try Tagged("Talks between Russia and Ukraine stalled. Gannett and GateHouse Media merged.")
        #expect(t.label("Russia") == "LOC")
        #expect(t.label("Ukraine") == "LOC")
        #expect(t.label("GateHouse Media") == "ORG")
        #expect(!t.texts.contains("Gannett and GateHouse Media"))
    }

    @Test func sentenceInitialWordsAreCheckedAgainstTheLexicon() throws {
        let t = try Tagged("Despite the rain, Moscow stayed calm. Brooks flow into the river. Reading is fun. Pyongyang denied it.")
        #expect(t.label("Moscow") == "LOC")
        #expect(t.label("Pyongyang") == "LOC")
        #expect(!t.texts.contains("Despite"))
        #expect(!t.texts.contains("Brooks"), "an ordinary word at the start of a sentence")
        #expect(!t.texts.contains("Reading"))
    }

    @Test func sentenceInitialSurnameIsKeptWhenTheTextNamesThePerson() throws {
        let t = try Tagged("The report was written by Evelyn Brooks of the Atlantic Council. Brooks also cautioned against haste.")
        #expect(t.entities.filter { $0.text == "Brooks" }.count == 1)
        #expect(t.sameCluster("Evelyn Brooks", "Brooks"))
    }

    @Test(arguments: [
        ("U.S. Defense Secretary Lloyd Austin spoke.", "Lloyd Austin"),
        ("Gen. Mark Milley spoke.", "Mark Milley"),
        ("Yesterday Dr. Jane Okafor spoke.", "Jane Okafor"),
        ("Prime Minister Rishi Sunak spoke.", "Rishi Sunak"),
        ("Kremlin spokesperson Dmitry Peskov spoke.", "Dmitry Peskov"),
        ("South Korea’s President Yoon Suk-yeol spoke.", "Yoon Suk-yeol"),
        ("Secretary of State Antony Blinken spoke.", "Antony Blinken"),
    ])
    func titlesAndRolesBeforeNamesMakePeople(_ text: String, _ name: String) throws {
        let t = try Tagged(text)
        #expect(t.label(name) == "PERSON", "\(t.entities.map { ($0.text, $0.label) })")
        #expect(!t.texts.contains { $0.contains("Secretary") || $0.contains("Minister") || $0.contains("President") || $0.hasPrefix("Gen") || $0.hasPrefix("Dr") })
    }

    @Test func placesBeforeTheTitleKeepTheirLabel() throws {
        let t = try Tagged("U.S. Defense Secretary Lloyd Austin met South Korean Defense Minister Kim Yong-hyun.")
        #expect(t.label("U.S.") == "LOC")
        #expect(t.label("South Korean") == "NORP")
        #expect(t.label("Kim Yong-hyun") == "PERSON")
        #expect(!t.texts.contains("Defense"))
    }

    @Test func organisationTitlesMakeTheUnknownNameBeforeThemAnOrganisation() throws {
        let t = try Tagged("Zentrova CEO Mara Lindqvist resigned.")
        #expect(t.label("Zentrova") == "ORG")
        #expect(t.label("Mara Lindqvist") == "PERSON")
    }

    @Test func headWordsAndSuffixesMakeOrganisations() throws {
        let t = try Tagged("Joseph Park is a fellow at the Asia-Pacific Security Institute. Brantwell Widgets Inc. hired him from Harvard University and the Democratic Party.")
        #expect(t.label("Asia-Pacific Security Institute") == "ORG")
        #expect(t.label("Brantwell Widgets Inc.") == "ORG")
        #expect(t.label("Harvard University") == "ORG")
        #expect(t.label("Democratic Party") == "ORG")
    }

    @Test func placeHeadsMakePlaces() throws {
        let t = try Tagged("Troops crossed the Dnipro River near Kursk Oblast and reached Mount Elbrus.")
        #expect(t.label("Dnipro River") == "LOC")
        #expect(t.label("Kursk Oblast") == "LOC")
        #expect(t.label("Mount Elbrus") == "LOC")
    }

    @Test func demonymsAndGroupsAreNORP() throws {
        let t = try Tagged("Russian and North Korean troops met Ukrainian forces while Americans, Muslims and Republicans watched Western leaders.")
        for name in ["Russian", "North Korean", "Ukrainian", "Americans", "Muslims", "Republicans", "Western"] {
            #expect(t.label(name) == "NORP", "\(name)")
        }
    }

    @Test func regionsCombineCompassAndHyphens() throws {
        let t = try Tagged("Tension is rising in Northeast Asia, the Indo-Pacific and the Asia-Pacific region, and on the Korean peninsula.")
        #expect(t.label("Northeast Asia") == "LOC")
        #expect(t.label("Indo-Pacific") == "LOC")
        #expect(t.label("Asia-Pacific") == "LOC")
        #expect(t.label("Korean peninsula") == "LOC")
    }

    @Test func hyphenatedPlacesSplit() throws {
        let t = try Tagged("The Russia-Ukraine war worried a Kyiv-based analyst.")
        #expect(t.label("Russia") == "LOC")
        #expect(t.label("Ukraine") == "LOC")
        #expect(t.label("Kyiv") == "LOC")
    }

    @Test func appositivesLabelTheNameBeforeThem() throws {
        let t = try Tagged("“It will spread,” said Aleksandr Vetrov, a Kyiv-based security analyst. Zorvath, a company based in Oslo, agreed. Norvik, a city in the north, was quiet.")
        #expect(t.label("Aleksandr Vetrov") == "PERSON")
        #expect(t.label("Zorvath") == "ORG")
        #expect(t.label("Norvik") == "LOC")
        #expect(t.label("Oslo") == "LOC")
    }

    @Test func acronymsJoinTheirExpansions() throws {
        let t = try Tagged("The North Atlantic Treaty Organization met in Brussels. NATO said the U.S. and the UN agreed. The Ministry of Defence (MOD) left.")
        #expect(t.label("NATO") == "ORG")
        #expect(t.sameCluster("NATO", "North Atlantic Treaty Organization"))
        #expect(t.cluster(of: "NATO")?.canonical == "North Atlantic Treaty Organization")
        #expect(t.label("U.S.") == "LOC")
        #expect(t.cluster(of: "U.S.")?.canonical == "United States")
        #expect(t.label("UN") == "ORG")
        #expect(t.sameCluster("MOD", "Ministry of Defence"))
    }

    @Test func possessivesAreSplitOff() throws {
        let t = try Tagged("North Korea’s army and Brooks' book and the Kremlin's view differ.")
        let korea = try #require(t.entities.first { $0.text == "North Korea" })
        #expect(korea.start == 0 && korea.end == 11)
        #expect(t.label("Kremlin") == "ORG")
        #expect(!t.texts.contains { $0.contains("’") || $0.contains("'") })
    }

    @Test func clustersLinkFullNameSurnameAndTitle() throws {
        let t = try Tagged("Lloyd Austin arrived. Mr. Austin said he was tired. Later, Austin left Austin, Texas. Evelyn Brooks stayed; Ms. Brooks said she would.")
        let austins = t.entities.filter { $0.text == "Austin" }
        #expect(austins.filter { $0.label == "PERSON" }.count == 2)
        #expect(austins.contains { $0.label == "LOC" }, "“left Austin, Texas” is the city")
        #expect(t.cluster(of: "Lloyd Austin")?.gender == "male")
        #expect(t.cluster(of: "Evelyn Brooks")?.gender == "female")
        #expect(t.sameCluster("Evelyn Brooks", "Brooks"))
    }

    @Test func koreanNamesLinkByFamilyName() throws {
        let t = try Tagged("Defense Minister Kim Yong-hyun spoke first. Kim said the risk was high.")
        #expect(t.sameCluster("Kim Yong-hyun", "Kim"))
    }

    @Test func canonicalLabelIsTheTypedFullForm() throws {
        // "Jordan" alone would be the country; the person named in full wins.
        let t = try Tagged("Coach Michael Jordan arrived. Jordan said the team was ready.")
        #expect(t.label("Jordan") == "PERSON")
        #expect(t.sameCluster("Michael Jordan", "Jordan"))
    }

    @Test func daysMonthsAndCommonAcronymsAreNotEntities() throws {
        let t = try Tagged("On Monday in March the CEO cited GDP data on TV.")
        #expect(t.entities.isEmpty, "\(t.texts)")
    }

    @Test func companyNamesWithAmpersands() throws {
        let t = try Tagged("Customers of Pacific Gas & Electric Co. and AT&T lost power.")
        #expect(t.label("Pacific Gas & Electric Co.") == "ORG")
        #expect(t.label("AT&T") == "ORG")
    }
}
