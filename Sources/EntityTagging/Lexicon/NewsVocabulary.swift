/// The closed vocabulary the rules are written in: titles, the head words of
/// organisation and place names, connectors, speech verbs, pronouns. These are
/// part of the rules, not data about the world, so they live in code; the open
/// lists (places, names, nouns) come from the registries through
/// scripts/data/build_entities.py.
enum NewsVocabulary {
    static let entries: [(words: String, flags: WordFlags)] = [
        ("""
         a an the this that these those in on at by for with from to of and but or nor if while whilst whereas when where
         after before since until as because although though despite during amid amidst among between into
         onto over under about against without within through throughout toward towards upon according
         however meanwhile moreover furthermore also still yet so then thus there here it its he she they
         we you i his her their our your my him them us me who whom whose which what why how all both each
         every some any no not many much more most other such only even just either neither one two three
         four five six seven eight nine ten hundreds thousands dozens several few can could would should may
         might must will shall do does did is are was were be been being has have had not nor unless whether
         whatever whoever whichever once now today yesterday tomorrow tonight ago oh ah wow hey yeah okay
         everybody everyone somebody someone anybody anyone nobody everything something anything nothing
         i'm i've i'll i'd i’m i’ve i’ll i’d
         """, .function),
        ("a an the", .determiner),
        ("""
         president vice prime minister secretary chancellor premier governor gov. senator sen. representative
         rep. congressman congresswoman mayor ambassador judge justice chairman chairwoman chair ceo cfo
         director commissioner spokesman spokeswoman spokesperson general gen. lieutenant lt. colonel col.
         major maj. captain capt. sergeant sgt. sgt admiral adm. commander cmdr. marshal corporal cpl. private
         det det. insp insp. supt supt. cllr cllr. cr cr. coun dci dcs pc asst. asst dep. atty. ofc. tpr. cpt cpt.
         pvt. officer detective inspector chief constable gda garda trooper nurse matron dr. dr doctor prof. prof professor cj harbourmaster harbormaster headmaster headmistress headteacher coroner magistrate mr. mrs. ms. mr mrs ms miss mx.
         sir dame lord lady king queen prince princess emperor empress pope cardinal archbishop bishop rev.
         reverend father rabbi imam sheikh ayatollah sultan emir leader speaker whip attorney treasurer coach eng. engr. engr
         manager deputy undersecretary under-secretary envoy councillor councilman councilwoman alderman alderwoman alderperson dean
         provost founder co-founder chairperson economist analyst strategist researcher lawmaker legislator
         diplomat negotiator commentator columnist correspondent reporter editor anchor host pastor
         superintendent sheriff prosecutor counsel adviser advisor aide president-elect secretary-general
         chief-of-staff minister-president crown administrator executive exec mp mps td tds mla mlas mpp msp mec
         tem tempore
         defenseman defender winger goalie goalkeeper goaltender quarterback linebacker cornerback striker
         midfielder pitcher shortstop outfielder infielder
         justices senators sens. representatives reps. presidents governors judges generals ministers
         """, .title),
        ("""
         ceo cfo coo cto chairman chairwoman chairperson chief executive founder co-founder spokesman spokeswoman
         spokesperson director administrator analyst economist strategist researcher leader
         coach captain manager defenseman defender winger goalie goalkeeper goaltender quarterback striker
         midfielder pitcher td tds mla mlas mpp msp mec
         """, .orgTitle),
        ("mr mr. sir lord king prince emperor sultan emir pope father brother duke baron", .honorificMale),
        ("mrs mrs. ms ms. miss madam madame mme mme. dame lady queen princess empress sister duchess baroness",
         .honorificFemale),
        ("""
         ministry council institute institution university college school academy party committee commission
         agency department dept. bank corporation corp. corp company co. inc. inc incorporated ltd. ltd
         limited llc plc group holdings association foundation organization organisation union court
         tribunal army navy marines corps forces force guard police command brigade battalion regiment board
         office bureau service services center centre network church federation league club fund authority
         administration parliament congress senate assembly sabha cabinet secretariat directorate chamber society
         trust alliance coalition movement front caucus times post journal herald tribune gazette telegraph
         chronicle observer examiner inquirer courier courant register globe monitor star sun bee news media broadcasting airlines airways motors industries technologies systems labs
         laboratories pharmaceuticals partners capital ventures hospital clinic museum library reserve
         exchange observatory consortium cooperative railways railway studios records entertainment initiative
         airline house brotherhood centers centres forum legislature fed project sports insider press infirmary laboratory
         theater theatre brothers sisters endowment constabulary railroad express treasury body
         watch international brigades commando militia government embassy consulate mission
         """, .orgHead),
        ("""
         river sea ocean mountains mountain hills island islands isles peninsula gulf bay strait straits
         channel valley desert plateau basin coast canal province region county district oblast krai
         prefecture governorate territory territories heights strip street avenue road square airport bridge
         beach falls springs harbor harbour city village republic kingdom emirates forest glacier reservoir
         dam raion municipality highlands lowlands plains delta lagoon arena stadium amphitheatre amphitheater
         pavilion auditorium coliseum statehouse capitol prison jail penitentiary drive lane boulevard parkway
         highway freeway expressway turnpike hotel tower towers casino mall park side hall station base
         dome garden gardens cathedral mosque synagogue basilica abbey chapel plaza terminal pier wharf
         speedway raceway ballpark racecourse velodrome field inn motel resort courthouse cemetery memorial monument
         crater craters canyon gorge volcano creek cove reef peak ridge range ranges fjord marsh swamp wetlands point
         estuary bight hemisphere parish nagar lake building complex
         """, .locHead),
        ("air agence partido partito parti partei", .orgHeadFirst),
        ("center centre observatory laboratory infirmary theater theatre hospital", .facilityHead),
        ("""
         international national policy research studies strategic law rights justice public data
         """, .institutional),
        ("""
         users user account accounts feed feeds followers subscribers channel channels app apps platform platforms
         shares stock stockholders shareholders executives employees spokesperson spokesman spokeswoman party workers
         """, .orgModified),
        ("jr jr. sr sr. ii iii iv", .personSuffix),
        ("administration presidency campaign regime government", .personOwned),
        ("""
         province region county district oblast prefecture governorate territory prison jail penitentiary
         settlement camp airport stadium arena river valley mountains mountain hills cave caves desert border area
         regions plateau basin village enclave peninsula neighbourhood neighborhood suburb suburbs
         """, .placeAfter),
        ("""
         robotics aerospace dynamics solutions software networks therapeutics biosciences semiconductors electronics
         communications telecom securities equities investments bancorp financial insurance logistics enterprises management protection
         brands foods beverages petroleum mining automotive analytics healthcare pharma motor workers employees
         stores supermarkets trucks seafoods farms mills breweries brewery dairies wineries bakeries
         """, .orgHead),
        ("mount mt. lake cape port fort ft. gulf bay isle saint st. san santa sao são", .locHeadFirst),
        ("""
         of for and & on the de del della di da du van von der den ter ten la le al el bin ibn ben bint y upon au
         aux des dos das zu
         """, .connector),
        ("de del della di da du van von der den ter ten la le al el bin ibn ben bint abu dos das zu af ap", .particle),
        ("""
         said says say told tells added adds stated noted notes explained explains cautioned cautions remarked
         argued argues warned warns wrote writes asked asks replied replies insisted insists suggested
         suggests claimed claims acknowledged admitted announced announces declared emphasized emphasised
         stressed recalled continued concluded testified tweeted posted confirmed denied reported
         """, .speechVerb),
        ("in into near across throughout within outside inside around via from to toward towards", .locPreposition),
        ("via from to toward towards", .directional),
        ("""
         north south east west northeast northwest southeast southwest central northern southern eastern
         western northeastern northwestern southeastern southwestern upper lower greater inner outer sub-saharan
         """, .compass),
        ("""
         mr mrs ms mx dr prof gen lt col maj capt sgt adm cmdr cpl pvt rev sen rep gov gens sens reps st mt ft
         inc corp co ltd jr sr dept no vs jan feb mar apr jun jul aug sep sept oct nov dec
         """, .abbreviation),
        ("he him his himself", .pronounMale),
        ("son father husband brother uncle nephew grandson grandfather boyfriend widower stepson stepfather man boy", .maleNoun),
        ("daughter mother wife sister aunt niece granddaughter grandmother girlfriend widow stepdaughter stepmother actress woman girl",
         .femaleNoun),
        ("she her hers herself", .pronounFemale),
        ("""
         monday tuesday wednesday thursday friday saturday sunday january february march april may june july
         august september october november december christmas easter ramadan eid hanukkah thanksgiving
         passover diwali jan jan. feb feb. mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
         nov nov. dec dec. nasdaq nikkei stoxx ftse dax kospi sensex nifty
         """, .nonEntity),
        ("""
         ceo cfo coo cto gdp gnp ai tv pc ok id pm am bc ad dna rna hiv aids covid covid-19 nft ipo etf vat phd
         vip faq pdf url usb gps suv atm ufo cctv lgbt lgbtq lgbtq+ icbm uav aka diy asap rip fyi ev it co2 uv
         usd eur gbp mph km kg mw gw q1 q2 q3 q4 ii iii iv vi vii viii ix xi xii ok. ceo's am. pm. tbd vr ebitda
         ep lp ceos pr ok gmt utc est edt cst cdt pst pdt bst cet ist rs et pt dvd vod hvac
         aedt aest acdt acst awst nzdt nzst hd hp mvp dvr ivf ip iq hq rsvp bbq vcr mp mps a.m. p.m. o.k. p.o. ngo ngos icu nicu pac pacs reit reits cio jv er ems cbd ed eez
         """, .stopAcronym),
        ("who whose", .relative),
        ("indo euro afro sino trans asia africa mid", .regionPrefix),
        ("peninsula", .demonymPlace),
        ("""
         based led backed born owned run made linked allied aligned funded style era bound controlled
         occupied held registered listed born-and-raised sponsored supported
         """, .nameSuffix),
    ]
}
