import Testing
import TextPipe
import QuoteAttribution

/// One sentence or short passage per attribution pattern: the quote found, its
/// kind, the speaker's canonical name (nil: unknown) and the rule that found it.
struct Case: CustomTestStringConvertible, Sendable {
    var marked: String
    var quote: String
    var kind: String
    var speaker: String?
    var method: String
    var testDescription: String { method + ": " + String(marked.prefix(50)) }
}

@Suite("quotes: attribution patterns")
struct AttributionPatternTests {
    static let cases: [Case] = [
        Case(marked: "“We will win,” ⟦Austin⟧ said.", quote: "We will win,", kind: "direct", speaker: "Austin", method: "said_after"),
        Case(marked: "“It is over,” ⟦Park⟧ says.", quote: "It is over,", kind: "direct", speaker: "Park", method: "said_after"),
        Case(marked: "\"We will win,\" ⟦Austin⟧ said.", quote: "We will win,", kind: "direct", speaker: "Austin", method: "said_after"),
        Case(marked: "“It is over,” said ⟦Joseph Park⟧.", quote: "It is over,", kind: "direct", speaker: "Joseph Park", method: "inverted"),
        Case(marked: "“It could mark a shift,” said ⟦Joseph Park⟧, a senior fellow at the ⟦Asia-Pacific Security Institute|ORG⟧.",
             quote: "It could mark a shift,", kind: "direct", speaker: "Joseph Park", method: "inverted_appositive"),
        Case(marked: "⟦Austin⟧ said: “We will not back down.”", quote: "We will not back down.", kind: "direct", speaker: "Austin", method: "said_before"),
        Case(marked: "⟦Austin⟧ said, “We will not back down.”", quote: "We will not back down.", kind: "direct", speaker: "Austin", method: "said_before"),
        Case(marked: "⟦Austin⟧’s statement was blunt: “We will not back down.”", quote: "We will not back down.", kind: "direct",
             speaker: "Austin", method: "colon_intro"),
        Case(marked: "“We are ready,” ⟦Austin⟧ told reporters on Tuesday.", quote: "We are ready,", kind: "direct", speaker: "Austin", method: "said_after"),
        // An appositive with commas of its own between the name and the verb.
        Case(marked: "“It worked,” ⟦Dylan Nelson⟧, a fellow at the ⟦Max Planck Institute|ORG⟧ in ⟦Munich|LOC⟧, ⟦Germany|LOC⟧, and co-author of the study, said in a statement.",
             quote: "It worked,", kind: "direct", speaker: "Dylan Nelson", method: "said_after"),
        // Inverted, with lower-case roles before the name.
        Case(marked: "“Organics matter,” said planetary geologist ⟦Rosaly Lopes⟧ of ⟦NASA|ORG⟧.", quote: "Organics matter,", kind: "direct",
             speaker: "Rosaly Lopes", method: "inverted_appositive"),
        // An epithet followed by the name is the name, not the last person mentioned.
        Case(marked: "⟦Guido Pella⟧ won easily. “I played unreal tennis,” the 14th-ranked ⟦Schwartzman⟧ said.", quote: "I played unreal tennis,",
             kind: "direct", speaker: "Schwartzman", method: "said_after"),
        Case(marked: "“I was unable to stand,” wrote 43-year-old ⟦Martin Taylor⟧ of ⟦Aberdeenshire|LOC⟧.", quote: "I was unable to stand,",
             kind: "direct", speaker: "Martin Taylor", method: "inverted"),
        // A report speaks for whoever issued it; "report" after "a" is a noun, not the verb.
        Case(marked: "“The market is recovering,” said a report from ⟦Kotak Institutional Equities|ORG⟧.", quote: "The market is recovering,",
             kind: "direct", speaker: "Kotak Institutional Equities", method: "organisation"),
        // "State" inside a name is no speech verb.
        Case(marked: "⟦Lamrani⟧ further described the idea that the ⟦U.S.|LOC⟧ is training the ⟦Islamic|NORP⟧ State as “certainly absurd.”",
             quote: "certainly absurd.", kind: "partial", speaker: "Lamrani", method: "partial_subject"),
        // "the source" stays anonymous: it is not an epithet of the last person named.
        Case(marked: "⟦Nisan Ahmado⟧ reported from the camp. “Nobody is stopping them,” the source said.", quote: "Nobody is stopping them,",
             kind: "direct", speaker: "the source", method: "anonymous"),
        // "it" speaks for the organisation last named, though it is a function word too.
        Case(marked: "The ⟦Electoral Commission|ORG⟧ met. Critically, however, it pointed out that it lacks “a role in regulating content.”",
             quote: "a role in regulating content.", kind: "partial", speaker: "Electoral Commission", method: "pronoun"),
        // After "with", a participle has its own subject, not the sentence's.
        Case(marked: "⟦Egypt|LOC⟧ and ⟦Jordan|LOC⟧ criticised the shift, with Foreign Minister ⟦Ayman Safadi⟧ warning of “dangerous consequences”.",
             quote: "dangerous consequences", kind: "partial", speaker: "Ayman Safadi", method: "partial_subject"),
        // A premodified subject ("Wild defenseman Ryan Suter") is still the subject a pronoun refers back to.
        Case(marked: "Barely a week ago, ⟦Parise⟧ had scored once. Wild defenseman ⟦Ryan Suter⟧, who joked about ⟦Parise⟧’s sticks, could see the frustration. “He’s used to scoring goals,” he said.",
             quote: "He’s used to scoring goals,", kind: "direct", speaker: "Ryan Suter", method: "pronoun"),
        // "the patient" is anonymous, not the doctor named before.
        Case(marked: "Dr. ⟦Owen Dempsey⟧ treated him. “It does not affect me now,” the patient wrote in the case study.",
             quote: "It does not affect me now,", kind: "direct", speaker: "the patient", method: "anonymous"),
        // "they" with no organisation named: the group that opened the sentence before; nothing if that is no speaker.
        Case(marked: "Local officials did not respond. “The situation is under control,” they said in a statement.",
             quote: "The situation is under control,", kind: "direct", speaker: "Local officials", method: "anonymous"),
        Case(marked: "The rooms were empty. “We left,” they said.", quote: "We left,", kind: "direct", speaker: nil, method: "unattributed"),
        // A nationality before a lower-case body names the body: the speaker is the phrase.
        Case(marked: "“We oppose it,” the ⟦Chinese|NORP⟧ foreign ministry said.", quote: "We oppose it,", kind: "direct",
             speaker: "the Chinese foreign ministry", method: "anonymous"),
        // The sentence after points back at the quote and names who spoke.
        Case(marked: "“It is over.” That is how ⟦John Smith⟧ described the deal.", quote: "It is over.", kind: "direct",
             speaker: "John Smith", method: "next_sentence"),
        // Coordinated modifiers stay in the group's phrase.
        Case(marked: "In a joint statement, the ⟦Russian|NORP⟧ and ⟦Syrian|NORP⟧ defense ministries accused ⟦U.S.|LOC⟧ forces of controlling “bandit formations.”",
             quote: "bandit formations.", kind: "partial", speaker: "the Russian and Syrian defense ministries", method: "anonymous"),
        // "label" is a verb too; after "the" it is the noun that speaks.
        Case(marked: "The label said in a statement that ⟦Swift⟧ had “every opportunity.”", quote: "every opportunity.", kind: "partial",
             speaker: "The label", method: "anonymous"),
        // "she" with no woman named: the phrase that spoke last, or one introduced just before, if its head says "she".
        Case(marked: "“It was horrible,” the victim’s mother told ⟦CBS News|ORG⟧. She said her son was “a good boy.”", quote: "a good boy.",
             kind: "partial", speaker: "the victim’s mother", method: "pronoun"),
        Case(marked: "Reporters spoke to one mother. “I am ahead,” she said.", quote: "I am ahead,", kind: "direct",
             speaker: "one mother", method: "pronoun"),
        // A title before the name is not part of the speaker, whether or not the name was tagged.
        Case(marked: "“We won’t roll the dice,” company CEO ⟦Craig Bethune⟧ said.", quote: "We won’t roll the dice,", kind: "direct",
             speaker: "Craig Bethune", method: "said_after"),
        Case(marked: "“We won’t roll the dice,” company CEO Craig Bethune said.", quote: "We won’t roll the dice,", kind: "direct",
             speaker: "Craig Bethune", method: "said_after"),
        Case(marked: "⟦Kim⟧ told ⟦Reuters|ORG⟧: “We are ready.”", quote: "We are ready.", kind: "direct", speaker: "Kim", method: "said_before"),
        Case(marked: "“The claims are false,” the ⟦Pentagon|ORG⟧ said.", quote: "The claims are false,", kind: "direct",
             speaker: "Pentagon", method: "organisation"),
        Case(marked: "“We were not told,” a senior official said.", quote: "We were not told,", kind: "direct", speaker: nil, method: "anonymous"),
        Case(marked: "“The claims are false,” a ⟦Pentagon|ORG⟧ spokesperson said.", quote: "The claims are false,", kind: "direct",
             speaker: nil, method: "anonymous"),
        Case(marked: "⟦Kim|PERSON|male⟧ met ⟦Evelyn Brooks|PERSON|female⟧ on Monday. “It was useful,” he said.", quote: "It was useful,",
             kind: "direct", speaker: "Kim", method: "pronoun"),
        Case(marked: "⟦Kim|PERSON|male⟧ met ⟦Evelyn Brooks|PERSON|female⟧ on Monday. “It was useful,” she said.", quote: "It was useful,",
             kind: "direct", speaker: "Evelyn Brooks", method: "pronoun"),
        Case(marked: "⟦Aleksandr Petrov⟧ has covered three wars. “We have seen this before,” the 62-year-old said.",
             quote: "We have seen this before,", kind: "direct", speaker: "Aleksandr Petrov", method: "epithet"),
        Case(marked: "“It is over,” ⟦Park⟧ said. “Nobody will win.”", quote: "Nobody will win.", kind: "direct", speaker: "Park", method: "carry_over"),
        Case(marked: "⟦Park⟧ said: “It is over.”\n“Nobody will win this war.”", quote: "Nobody will win this war.", kind: "direct",
             speaker: "Park", method: "carry_over"),
        Case(marked: "“The first half,” ⟦Evelyn Brooks⟧ said, “and the second half.”", quote: "The first half, and the second half.",
             kind: "split", speaker: "Evelyn Brooks", method: "split"),
        Case(marked: "“This is the first paragraph of a long statement.\n“And this is the second one,” said ⟦Joseph Park⟧.",
             quote: "This is the first paragraph of a long statement. And this is the second one,", kind: "multi_paragraph",
             speaker: "Joseph Park", method: "inverted"),
        Case(marked: "Speaking through an interpreter, ⟦Kim⟧ called this a “high possibility” and left.", quote: "high possibility",
             kind: "partial", speaker: "Kim", method: "partial_subject"),
        Case(marked: "These troops are part of what ⟦Lloyd Austin⟧ has described as a “dangerous and destabilizing development.”",
             quote: "dangerous and destabilizing development.", kind: "partial", speaker: "Lloyd Austin", method: "partial_subject"),
        Case(marked: "“The likelihood is pretty high” that they will fight, ⟦Austin⟧ stated, while noting the risks.",
             quote: "The likelihood is pretty high", kind: "partial", speaker: "Austin", method: "said_after"),
        Case(marked: "Meanwhile, ⟦North Korean|NORP⟧ state media lauded the deployment as solidarity with “like-minded nations” abroad.",
             quote: "like-minded nations", kind: "partial", speaker: "North Korean state media", method: "anonymous"),
        Case(marked: "According to ⟦Petrov⟧, the offensive “will not survive the winter.”", quote: "will not survive the winter.",
             kind: "partial", speaker: "Petrov", method: "according_to"),
        Case(marked: "“Why now?” ⟦Evelyn Brooks|PERSON|female⟧ asked.", quote: "Why now?", kind: "direct", speaker: "Evelyn Brooks", method: "said_after"),
        Case(marked: "⟦Brooks|PERSON|female⟧ was there. “Why now?” she asked.", quote: "Why now?", kind: "direct", speaker: "Brooks", method: "pronoun"),
        Case(marked: "⟦Park⟧ was not convinced by the plan. “Nothing has changed.”", quote: "Nothing has changed.", kind: "direct",
             speaker: "Park", method: "previous_sentence"),
        Case(marked: "The plan was published on Monday. “Nothing has changed.”", quote: "Nothing has changed.", kind: "direct",
             speaker: nil, method: "unattributed"),
        Case(marked: "‘We will win,’ ⟦Austin⟧ said.", quote: "We will win,", kind: "direct", speaker: "Austin", method: "said_after"),
        Case(marked: "“It is over,” ⟦Park⟧ added, “and everybody knows it.”", quote: "It is over, and everybody knows it.", kind: "split",
             speaker: "Park", method: "split"),
        Case(marked: "“We are ready,” ⟦Austin⟧ has repeatedly said.", quote: "We are ready,", kind: "direct", speaker: "Austin", method: "said_after"),
        Case(marked: "“We are ready,” ⟦Austin⟧ wrote on social media.", quote: "We are ready,", kind: "direct", speaker: "Austin", method: "said_after"),
        Case(marked: "“The markets will recover,” ⟦Anna Schmidt⟧ tweeted.", quote: "The markets will recover,", kind: "direct",
             speaker: "Anna Schmidt", method: "said_after"),
        // Coordinated titles with commas before the name.
        Case(marked: "“Our results reflected growth,” chairman, CEO and president ⟦Craig Menear⟧ said in the earnings release.",
             quote: "Our results reflected growth,", kind: "direct", speaker: "Craig Menear", method: "said_after"),
        // Inverted: lower-case roles before the name are not the speaker.
        Case(marked: "“Revenue has fallen every year,” says veteran industry analyst ⟦Ken Doctor⟧.", quote: "Revenue has fallen every year,",
             kind: "direct", speaker: "Ken Doctor", method: "inverted_appositive"),
        // A survey by someone speaks for its author.
        Case(marked: "According to a 2018 survey by ⟦Penelope Muse Abernathy⟧ of the ⟦University of North Carolina|ORG⟧, the firm tends to “consolidate copy editing” at a corporate center.",
             quote: "consolidate copy editing", kind: "partial", speaker: "Penelope Muse Abernathy", method: "according_to"),
        // "the man" is someone unnamed, not the last man named.
        Case(marked: "⟦Owen Dempsey⟧ treated him. “It does not affect me now,” the man wrote in the case report.",
             quote: "It does not affect me now,", kind: "direct", speaker: "the man", method: "anonymous"),
        // An "as" clause after the quote.
        Case(marked: "The “new Gannett,” as ⟦Reed⟧ dubbed the combination, will be the largest chain.", quote: "new Gannett,",
             kind: "partial", speaker: "Reed", method: "as_clause"),
        Case(marked: "⟦Anna Schmidt|PERSON|female⟧ was tired. The year was “a long slog,” as she put it.", quote: "a long slog,",
             kind: "partial", speaker: "Anna Schmidt", method: "pronoun"),
        // A signature on the next line, a name the entities stage missed.
        Case(marked: "Reviews poured in.\n“The show was really great.”\n– Man**\n“Very talented people!”\n— ⟦Ali Khan⟧",
             quote: "The show was really great.", kind: "direct", speaker: "Man**", method: "byline"),
        // After "told", the one spoken to; an adverb between subject and verb.
        Case(marked: "⟦Epstein⟧ visited him. ⟦Andrew⟧ instead told the ⟦BBC|ORG⟧ interviewer: “I took the judgement call.”",
             quote: "I took the judgement call.", kind: "direct", speaker: "Andrew", method: "said_before"),
        // A name opening the sentence before its appositive holds a second name.
        Case(marked: "Prince ⟦Andrew⟧, the younger brother of the heir to the British throne, ⟦Charles⟧, has reportedly told friends that the interview was a “great success”.",
             quote: "great success", kind: "partial", speaker: "Andrew", method: "partial_subject"),
        // A relative clause after the quoted words speaks only through a reporting verb.
        Case(marked: "⟦Trump⟧ hailed the “new era” that ⟦Xi⟧ promised in Beijing.", quote: "new era", kind: "partial",
             speaker: "Xi", method: "said_after"),
        Case(marked: "They are focused on their customers’ “financial health,” as one neo-bank CEO told me, and easing the “pain” that people feel around their money.",
             quote: "pain", kind: "partial", speaker: "one neo-bank CEO", method: "anonymous"),
        // A share of those polled speaks as a group.
        Case(marked: "Fifty-one percent say that “the president should be impeached.”", quote: "the president should be impeached.",
             kind: "partial", speaker: "Fifty-one percent", method: "anonymous"),
        // "they" after a plural subject named later than any organisation.
        Case(marked: "The ⟦Federal Capital Territory Command|ORG⟧ invited them.\nThe lawmakers, however, failed to answer the invitation. Instead, they are praying the court to direct the police to “pay the applicants.”",
             quote: "pay the applicants.", kind: "partial", speaker: "The lawmakers", method: "anonymous"),
        // A company suffix between commas belongs to the appositive; the name before it speaks.
        Case(marked: "⟦Steve Menet⟧, Senior Vice President of Sales for ⟦Dräger|ORG⟧, Inc., says: “Alarm management matters.”",
             quote: "Alarm management matters.", kind: "direct", speaker: "Steve Menet", method: "said_before"),
        Case(marked: "⟦Anna Berg⟧, a researcher at the institute in ⟦Munich|LOC⟧, ⟦Germany|LOC⟧, said: “We are pleased.”",
             quote: "We are pleased.", kind: "direct", speaker: "Anna Berg", method: "said_before"),
        // A lower-case predicate after "the program" is speech, not the programme's name.
        Case(marked: "Partners are “thrilled,” ⟦Smith⟧ said, noting that the program “pays off.”", quote: "pays off.",
             kind: "partial", speaker: "Smith", method: "partial_subject"),
        // A pronoun continues the subject pronoun before it when the person named since came after a preposition…
        Case(marked: "⟦Andrew|PERSON|male⟧ flew to New York in 2010.\nThe trip was short.\nDuring the visit, he was photographed having long chats with ⟦Epstein|PERSON|male⟧ in the park.\nHe instead told the interviewer: “I had to go and see him.”",
             quote: "I had to go and see him.", kind: "direct", speaker: "Andrew", method: "pronoun"),
        // …but not when the person is the object the sentence introduces.
        Case(marked: "⟦Bob Walker|PERSON|male⟧ is a reformer. He saw anew why reform is needed. This provoked ⟦Jack Brooks|PERSON|male⟧, the Texas Democrat who heads the committee. “We all voted for it,” he said.",
             quote: "We all voted for it,", kind: "direct", speaker: "Jack Brooks", method: "pronoun"),
        // A noun in -ly is no adverb, and "said" after a determiner's noun is the verb.
        Case(marked: "The family said: “We are grateful.”", quote: "We are grateful.", kind: "direct",
             speaker: "The family", method: "anonymous"),
        // A statement from someone speaks for whoever issued it.
        Case(marked: "A statement from the family said: “He was a kind man.”", quote: "He was a kind man.", kind: "direct",
             speaker: "the family", method: "anonymous"),
        // "So said X" in the next sentence.
        Case(marked: "“It is over.” So said ⟦Maria Lopez⟧, the mayor, on Monday.", quote: "It is over.", kind: "direct",
             speaker: "Maria Lopez", method: "next_sentence"),
        // A share of a group speaks as the group.
        Case(marked: "“Shame on you,” one of the protesters shouted.", quote: "Shame on you,", kind: "direct",
             speaker: "one of the protesters", method: "anonymous"),
        // A lone first name between commas after a relative is who speaks.
        Case(marked: "His daughter, Emily, said: “He loved this town.”", quote: "He loved this town.", kind: "direct",
             speaker: "Emily", method: "said_before"),
        // A lower-case role, then a capitalised title, then the name.
        Case(marked: "“We need answers,” said state Senator ⟦Maria Lopez⟧, D-Austin.", quote: "We need answers,", kind: "direct",
             speaker: "Maria Lopez", method: "inverted_appositive"),
        // A school or district named before the role, and a comma before the name.
        Case(marked: "“The vote was rushed,” said ⟦Oakridge|ORG⟧ parent, ⟦Dana Whitfield⟧.", quote: "The vote was rushed,", kind: "direct",
             speaker: "Dana Whitfield", method: "inverted_appositive"),
        Case(marked: "“We need new ideas,” said District 4 representative, Dr. ⟦Lena Ortiz⟧, who chairs the board.", quote: "We need new ideas,",
             kind: "direct", speaker: "Lena Ortiz", method: "inverted_appositive"),
        // An organisation named in the role is one unit, not a name the entities stage missed.
        Case(marked: "The outbreak is “alarming,” the head of the ⟦Agency for Rural Development|ORG⟧, ⟦Ann Lee⟧, said Friday.", quote: "alarming,",
             kind: "partial", speaker: "Ann Lee", method: "said_after"),
        Case(marked: "“We are in orbit,” the official account of the ⟦Lunar Relay Mission|ORG⟧ tweeted.", quote: "We are in orbit,", kind: "direct",
             speaker: "Lunar Relay Mission", method: "organisation"),
        // An adverb between the subject and the verb.
        Case(marked: "Foreign Secretary ⟦Ruth Hale⟧ meanwhile said she was “very worried” by the reports.", quote: "very worried",
             kind: "partial", speaker: "Ruth Hale", method: "partial_subject"),
        // The one an outlet quotes speaks, not the outlet.
        Case(marked: "⟦Reuters|ORG⟧ quoted Defence Minister ⟦Omar Reyes⟧ as saying the talks had “failed completely.”", quote: "failed completely.",
             kind: "partial", speaker: "Omar Reyes", method: "partial_subject"),
        // An office and the seat it is for is an epithet of the person named before.
        Case(marked: "⟦Helen Carter⟧ raised the matter in the chamber.\nThe MP for ⟦Stanley West|LOC⟧ said: “I have stopped it.”", quote: "I have stopped it.",
             kind: "direct", speaker: "Helen Carter", method: "epithet"),
        // A place or club before "man" or "woman" makes an epithet of the person named before.
        Case(marked: "⟦Brian Doyle⟧ was asked about the penalty. “So did I,” responded the ⟦Galway|LOC⟧ man.", quote: "So did I,",
             kind: "direct", speaker: "Brian Doyle", method: "epithet"),
        Case(marked: "⟦Brian Doyle⟧ was asked about the penalty. “So did I,” responded the ⟦Tom Kettle⟧ man.", quote: "So did I,",
             kind: "direct", speaker: "Brian Doyle", method: "epithet"),
        // Verbs of sports reports: "rued", "beamed".
        Case(marked: "“I thought he had a chance,” ⟦Doyle⟧ rued.", quote: "I thought he had a chance,", kind: "direct", speaker: "Doyle",
             method: "said_after"),
        // Someone named inside what another person is reported to have said is not who "he" is.
        Case(marked: "⟦Paul Novak⟧ said the fact that Judge ⟦Ed Barlow⟧ denied two motions tops the list.\n“We will appeal,” he said.",
             quote: "We will appeal,", kind: "direct", speaker: "Paul Novak", method: "pronoun"),
        // A quote-only paragraph (after a dateline) whose speaker opens the next paragraph, speaking.
        Case(marked: "BOSTON (CBS) — “I was asleep when it started.”\n⟦Maria Lopez⟧, still in hospital, spoke to CBS about that night.",
             quote: "I was asleep when it started.", kind: "direct", speaker: "Maria Lopez", method: "next_paragraph"),
        // A body's or a party's name among the lower-case roles of an inverted attribution.
        Case(marked: "“Today we are one,” said charismatic ⟦UNIDADE|ORG⟧ leader ⟦Rafael Nunes Filho⟧, addressing the crowd.", quote: "Today we are one,",
             kind: "direct", speaker: "Rafael Nunes Filho", method: "inverted_appositive"),
        Case(marked: "“We lost the vote,” said veteran Labour MP ⟦Diane Abbott⟧.", quote: "We lost the vote,",
             kind: "direct", speaker: "Diane Abbott", method: "inverted_appositive"),
        Case(marked: "“At last!” exclaims long-time ⟦Maple Grove|LOC⟧ resident ⟦Edna Pryce⟧.", quote: "At last!",
             kind: "direct", speaker: "Edna Pryce", method: "inverted_appositive"),
        // An epithet is the person the text described with its words, before anyone merely more recent.
        Case(marked: "“It is horrible,” said ⟦Idrissa Kone⟧, the top regional official for the ⟦UN|ORG⟧’s refugee agency.\nThe forces of General ⟦Omar Hadi⟧ advanced.\nMany lives have been “totally disrupted,” the UN official said.",
             quote: "totally disrupted,", kind: "partial", speaker: "Idrissa Kone", method: "epithet"),
        // An earlier quote of the sentence shares the epithet's attribution.
        Case(marked: "“It is horrible,” said ⟦Idrissa Kone⟧, the top regional official for the ⟦UN|ORG⟧’s refugee agency.\nThey are “proud people” whose lives have been “totally disrupted,” the UN official said.",
             quote: "proud people", kind: "partial", speaker: "Idrissa Kone", method: "same_sentence"),
        // (Not someone described with other words: the Russian ambassador is no Ukrainian one.)
        Case(marked: "⟦Russian|NORP⟧ ambassador ⟦Vassily Petrov⟧ spoke first.\n“It is too late,” the ⟦Ukrainian|NORP⟧ ambassador said.",
             quote: "It is too late,", kind: "direct", speaker: "the Ukrainian ambassador", method: "anonymous"),
        // (A party before the noun is news about the same person: "the DUP minister".)
        Case(marked: "Finance Minister ⟦Simon Hale⟧ announced the budget.\n“It protects key services,” said the ⟦DUP|NORP⟧ minister.",
             quote: "It protects key services,", kind: "direct", speaker: "Simon Hale", method: "epithet"),
        // An age epithet after a person named with the Arabic article.
        Case(marked: "⟦Nabil al-Sayegh⟧ thought he would go home after ⟦Tareq al-Haddad⟧ fell.\n“We were so happy,” the 40-year-old said.",
             quote: "We were so happy,", kind: "direct", speaker: "Nabil al-Sayegh", method: "epithet"),
        // A place after the speaker's name says where the speaker is; it does not speak.
        Case(marked: "⟦Maria Lopez⟧ of ⟦Austin|LOC⟧, ⟦Texas|LOC⟧ told ⟦KXAN|ORG⟧, “We lost everything.”", quote: "We lost everything.",
             kind: "direct", speaker: "Maria Lopez", method: "said_before"),
        // The agent of a passive reporting verb speaks; a question asked is the asker's, whatever verbs it holds.
        Case(marked: "The mayor was urged by Councillor ⟦Ann Brady⟧ to end the “shambles” at the depot.", quote: "shambles",
             kind: "partial", speaker: "Ann Brady", method: "partial_subject"),
        Case(marked: "In the chamber yesterday the premier was asked by opposition leader ⟦Mark Doyle⟧ if he had explained to them why “going it alone” was damaging.",
             quote: "going it alone", kind: "partial", speaker: "Mark Doyle", method: "partial_subject"),
        // A name alone between a quote's comma and a stop: the verb left out.
        Case(marked: "“This court will not tolerate it,” Judge ⟦Patrick Dolan⟧.", quote: "This court will not tolerate it,",
             kind: "direct", speaker: "Patrick Dolan", method: "said_after"),
        // A quote-only paragraph after a sentence that cites a person with "according to".
        Case(marked: "The ruling was widely criticised, according to ⟦Orla Brennan⟧, who heads the council.\n“We have had calls all day.",
             quote: "We have had calls all day.", kind: "direct", speaker: "Orla Brennan", method: "previous_paragraph"),
        // A document named after the verb that made it speaks for whoever made it.
        Case(marked: "Mayor ⟦Sandy Hale⟧ announced on Tuesday that she will seek a second term.\nThe announcement says the city is on “firm footing” now.",
             quote: "firm footing", kind: "partial", speaker: "Sandy Hale", method: "document"),
        // A thing before a participle does not speak; the sentence's subject does.
        Case(marked: "Last week, President ⟦Uhuru Kamau⟧ declared the floods a national emergency promising “swift relief”.",
             quote: "swift relief", kind: "partial", speaker: "Uhuru Kamau", method: "partial_subject"),
        // An age epithet that explained in the sentence before goes on speaking.
        Case(marked: "⟦Virat Rao⟧ led the side.\nThe 28-year-old explained that the young bowlers had done well. “Their form lets us rest the others.”",
             quote: "Their form lets us rest the others.", kind: "direct", speaker: "Virat Rao", method: "epithet"),
        // A body's possessive, then a title, then the name: the person speaks.
        Case(marked: "“It could be the coffee,” says The ⟦Westmarch University|ORG⟧'s Dr ⟦Nora Feld⟧.", quote: "It could be the coffee,",
             kind: "direct", speaker: "Nora Feld", method: "inverted_appositive"),
        // An office written after the name belongs to it.
        Case(marked: "“You are paid to keep inflation down,” ⟦Peter Hollis⟧ MP challenged the governor.", quote: "You are paid to keep inflation down,",
             kind: "direct", speaker: "Peter Hollis", method: "said_after"),
        // Words said before a quote are the speaker's, though an outlet reports them after it.
        Case(marked: "Prime Minister ⟦Kenji Mori⟧ spoke to reporters, saying: “We will act quickly,” ⟦JBC|ORG⟧ reported.",
             quote: "We will act quickly,", kind: "direct", speaker: "Kenji Mori", method: "said_before"),
        // "queried".
        Case(marked: "President ⟦Olena Marchuk⟧ spoke on Friday.\n“Where is he?” the President queried.", quote: "Where is he?",
             kind: "direct", speaker: "Olena Marchuk", method: "epithet"),
        Case(marked: "“Residents deserve a vote,” said ⟦Kingsport|LOC⟧ county councillor ⟦Colin Baird⟧.", quote: "Residents deserve a vote,",
             kind: "direct", speaker: "Colin Baird", method: "inverted_appositive"),
        // A lede's "a judge", named just after: by the title, or as the next sentence's opening name.
        Case(marked: "A judge has praised a garda for his “fine work” in a drugs case.\nJudge ⟦Patrick Dolan⟧ jailed the man for five years.",
             quote: "fine work", kind: "partial", speaker: "Patrick Dolan", method: "epithet"),
        Case(marked: "A department spokesman, ⟦Terry Ames⟧, regrets the losses and quips that “a new judge or two” is the best hope.\n⟦Carl Frey⟧ disagrees.",
             quote: "a new judge or two", kind: "partial", speaker: "Terry Ames", method: "epithet"),
        // An article before the role words of an inverted attribution.
        Case(marked: "“What a day,” tweeted the actor ⟦Tom Hanks⟧.", quote: "What a day,", kind: "direct",
             speaker: "Tom Hanks", method: "inverted_appositive"),
        // A role phrase, then the name between commas, then the verb.
        Case(marked: "“We’re devastated,” the victim’s father, ⟦Carlos Ruiz⟧, told KTLA.", quote: "We’re devastated,", kind: "direct",
             speaker: "Carlos Ruiz", method: "said_after"),
        // A body's name before a source noun: the phrase speaks.
        Case(marked: "“It’s a good start,” ⟦Goldman Sachs|ORG⟧ analysts wrote in a note to clients.", quote: "It’s a good start,",
             kind: "direct", speaker: "Goldman Sachs analysts", method: "anonymous"),
        // "was how X described it" after a quoted word that opens the sentence.
        Case(marked: "“Disgraceful” was how Senator ⟦Ann Lee⟧ described the vote.", quote: "Disgraceful", kind: "partial",
             speaker: "Ann Lee", method: "said_after"),
        // "came the reply from X".
        Case(marked: "“Absolutely,” came the reply from ⟦Tom Berg⟧.", quote: "Absolutely,", kind: "direct",
             speaker: "Tom Berg", method: "said_after"),
        // "put it" before a colon.
        Case(marked: "⟦Smith⟧ put it bluntly: “We failed.”", quote: "We failed.", kind: "direct", speaker: "Smith", method: "said_before"),
        // "For X, …:" introduces X's words.
        Case(marked: "For ⟦John Smith⟧, the answer is simple: “We build more homes.”", quote: "We build more homes.", kind: "direct",
             speaker: "John Smith", method: "colon_intro"),
        // "the ministry said", "the agency said": the body named just before whose name has that head.
        Case(marked: "The ⟦Interior Ministry|ORG⟧ issued a warning on Sunday.\n“Stay indoors,” the ministry said.", quote: "Stay indoors,",
             kind: "direct", speaker: "Interior Ministry", method: "organisation"),
        Case(marked: "The ⟦Federal Aviation Administration|ORG⟧ grounded the jets. “Safety comes first,” the agency said.",
             quote: "Safety comes first,", kind: "direct", speaker: "Federal Aviation Administration", method: "organisation"),
        // No body of that kind named: the phrase keeps its words.
        Case(marked: "⟦Reuters|ORG⟧ reported the raid. “Stay indoors,” the ministry said.", quote: "Stay indoors,",
             kind: "direct", speaker: "the ministry", method: "anonymous"),
        // A family named after a person speaks as the family.
        Case(marked: "“We are heartbroken,” the ⟦Jackson⟧ family said.", quote: "We are heartbroken,", kind: "direct",
             speaker: "the Jackson family", method: "anonymous"),
        // An age between commas right after the name: the name speaks.
        Case(marked: "⟦Jane Doe⟧, 41, said her son was “scared.”", quote: "scared.", kind: "partial", speaker: "Jane Doe",
             method: "partial_subject"),
        // "he" with nobody named: the subject after an opening clause in the sentence before.
        Case(marked: "Asked if he would run, the governor smiled. “Maybe,” he said.", quote: "Maybe,", kind: "direct",
             speaker: "the governor", method: "pronoun"),
        // Several appositives between the subject and the verb.
        Case(marked: "⟦John Smith⟧, 72, of ⟦Boston|LOC⟧, said the ruling was “a travesty.”", quote: "a travesty.", kind: "partial",
             speaker: "John Smith", method: "partial_subject"),
        Case(marked: "The official, 52, a veteran of the agency, said: “We will review it.”", quote: "We will review it.", kind: "direct",
             speaker: "The official", method: "anonymous"),
        // A word in capitals before the name is an office, not a first name.
        Case(marked: "“It's a disgrace,” said Labour MP ⟦Diane Abbott⟧, who called for an inquiry.", quote: "It's a disgrace,",
             kind: "direct", speaker: "Diane Abbott", method: "inverted"),
        // An "as" clause before the quote, ending right before it.
        Case(marked: "As one ⟦Weibo|ORG⟧ user put it, “Who will protect us?”", quote: "Who will protect us?",
             kind: "partial", speaker: "one Weibo user", method: "anonymous"),
        Case(marked: "The plan is, as ⟦Smith⟧ put it, “dead on arrival.”", quote: "dead on arrival.",
             kind: "partial", speaker: "Smith", method: "as_clause"),
        // "according to" at the end of a sentence covers its earlier partial quotes too.
        Case(marked: "The platform will be “fully integrated” by next year and “much cheaper” to run, according to ⟦Benioff⟧.",
             quote: "fully integrated", kind: "partial", speaker: "Benioff", method: "same_sentence"),
        // Two people joined by "and" speak together, the second one's title included.
        Case(marked: "⟦Tony Blair⟧ and ⟦US|LOC⟧ President ⟦George W Bush⟧ expressed “sympathy” with Israel.", quote: "sympathy",
             kind: "partial", speaker: "Tony Blair and US President George W Bush", method: "partial_subject"),
        Case(marked: "Here is how bad it got in the words of the patient: “I was unable to stand.”", quote: "I was unable to stand.",
             kind: "direct", speaker: "the patient", method: "anonymous"),
        // The subject of a relative clause speaks; "conference call" is a noun.
        Case(marked: "⟦Fortress|ORG⟧ will leave with a payout that investor ⟦Leon Cooperman⟧ blasted on an investor conference call as “morally wrong.”",
             quote: "morally wrong.", kind: "partial", speaker: "Leon Cooperman", method: "partial_subject"),
        // A phrase that says "she", introduced after the last person named, is who "she" is.
        Case(marked: "The report cited ⟦Michael Bloomberg⟧. Reporters spoke to one mother, who knew her son used the app. “I am ahead,” she said.",
             quote: "I am ahead,", kind: "direct", speaker: "one mother", method: "pronoun"),
        // A title before the name, the name between commas.
        Case(marked: "“The evidence is weak,” ⟦Sweden|LOC⟧’s deputy director of public prosecutions, ⟦Eva-Marie Persson⟧, said on Tuesday.",
             quote: "The evidence is weak,", kind: "direct", speaker: "Eva-Marie Persson", method: "said_after"),
        // An appositive whose closing comma is missing.
        Case(marked: "“The wind changed,” ⟦Kurinji Selvaraj⟧, a research analyst at the ⟦Council on Energy, Environment and Water|ORG⟧ think tank told ⟦CBS News|ORG⟧.",
             quote: "The wind changed,", kind: "direct", speaker: "Kurinji Selvaraj", method: "said_after"),
        // A clause ending in a colon introduces the next quote, not the one before it.
        Case(marked: "“It is a different muscle,” ⟦Kate York⟧ said. “You take yourself out of it.” ⟦Caitlyn Smith⟧ agreed: “It is a different job.”",
             quote: "You take yourself out of it.", kind: "direct", speaker: "Kate York", method: "carry_over"),
        // The period of "Jr." belongs to the name; an infinitive shares its sentence's subject.
        Case(marked: "U.S. Attorney ⟦James Kennedy Jr.⟧ said in the release that people may not “make threats to harm lawmakers.”",
             quote: "make threats to harm lawmakers.", kind: "partial", speaker: "James Kennedy Jr.", method: "partial_subject"),
        Case(marked: "⟦Delhi|LOC⟧’s Chief Minister ⟦Arvind Kejriwal⟧ turned to ⟦Twitter|ORG⟧ last month to describe his city as a “gas chamber.”",
             quote: "gas chamber.", kind: "partial", speaker: "Arvind Kejriwal", method: "partial_subject"),
        // "allowed X to claim": the name before "to" speaks; "Amid …," opens no subject.
        Case(marked: "Amid growing criticism, dropping likes allowed ⟦Adam Mosseri⟧ to claim that ⟦Instagram|ORG⟧ wants to be “a calmer space.”",
             quote: "a calmer space.", kind: "partial", speaker: "Adam Mosseri", method: "partial_subject"),
        // Someone named in a comparison is not who "she" is.
        Case(marked: "⟦Mary Steenburgen|PERSON|female⟧ moved to Nashville. She was more nervous than ⟦Rose-Lynn Harlan|PERSON|female⟧ has ever been. “It was terrifying,” she said.",
             quote: "It was terrifying,", kind: "direct", speaker: "Mary Steenburgen", method: "pronoun"),
        // A statement owned by a name speaks for it, even in a noun phrase.
        Case(marked: "Despite Mr. ⟦Trump⟧’s Oct. 11 announcement that the two sides had reached a “historic” trade agreement, no deal was signed.",
             quote: "historic", kind: "partial", speaker: "Trump", method: "partial_subject"),
        // A verb of judging with "as" before the quote.
        Case(marked: "⟦Lewis Ward⟧, research director at ⟦IDC|ORG⟧, sees the lineup as its “Achilles heel.”", quote: "Achilles heel.",
             kind: "partial", speaker: "Lewis Ward", method: "partial_subject"),
        // A relative clause after a name: the name speaks.
        Case(marked: "The plan was criticised by ⟦Jane Smith⟧, who called it “a disaster for everyone.”", quote: "a disaster for everyone.",
             kind: "partial", speaker: "Jane Smith", method: "partial_subject"),
        Case(marked: "⟦Jane Smith⟧’s remarks about a “historic step” drew scorn.", quote: "historic step",
             kind: "partial", speaker: "Jane Smith", method: "partial_subject"),
        // A parenthesis between the name and the verb; a name between commas after a role phrase.
        Case(marked: "Sen. ⟦Ted Cruz⟧ (R-Texas) said the plan was “unacceptable.”", quote: "unacceptable.",
             kind: "partial", speaker: "Ted Cruz", method: "partial_subject"),
        Case(marked: "⟦Mary Smith⟧’s lawyer, ⟦John Doe⟧, said his client was “innocent.”", quote: "innocent.",
             kind: "partial", speaker: "John Doe", method: "partial_subject"),
        // A relative clause inside the appositive holds verbs of its own.
        Case(marked: "“It was a mistake,” the official, who spoke on condition of anonymity, said.", quote: "It was a mistake,",
             kind: "direct", speaker: "the official", method: "anonymous"),
        // The sentence after names the source of the message.
        Case(marked: "“Stay home.” That was the message from Governor ⟦Jane Doe⟧ on Tuesday.", quote: "Stay home.",
             kind: "direct", speaker: "Jane Doe", method: "next_sentence"),
        // A partial quote that ends its sentence takes nothing from the next one.
        Case(marked: "Officials said the talks were “productive.” ⟦Mark Smith⟧, the mayor, agreed.", quote: "productive.",
             kind: "partial", speaker: "Officials", method: "anonymous"),
        // A quote-only paragraph after one whose subject is the only person named.
        Case(marked: "⟦Maria Lopez⟧ has lived on the street for 40 years.\n“I have never seen anything like this.”",
             quote: "I have never seen anything like this.", kind: "direct", speaker: "Maria Lopez", method: "previous_paragraph"),
        Case(marked: "Police arrested a man near ⟦John Doe⟧’s house.\n“I have never seen anything like this.”",
             quote: "I have never seen anything like this.", kind: "direct", speaker: nil, method: "unattributed"),
        // "the company" refers back to the organisation just named.
        Case(marked: "⟦Acme Holdings|ORG⟧ reported a loss. “We will recover,” the company said.", quote: "We will recover,",
             kind: "direct", speaker: "Acme Holdings", method: "organisation"),
        // A time adverb opening the sentence is no speaker; the parenthesis has its own
        // subject, "the firm", which is the organisation just named.
        Case(marked: "Earlier this year, ⟦GateHouse|ORG⟧ laid off 60 employees (the firm would not disclose the number but called it “immaterial”).",
             quote: "immaterial", kind: "partial", speaker: "GateHouse", method: "organisation"),
        // The speaker's organisation after "with" sits between the name and the verb.
        Case(marked: "“We will decide tomorrow,” Patrol Chief ⟦James Hall⟧ with the ⟦New York Police Department|ORG⟧ said Wednesday.",
             quote: "We will decide tomorrow,", kind: "direct", speaker: "James Hall", method: "said_after"),
        // A wire dateline opens the sentence; the subject comes after the dash.
        Case(marked: "⟦SEOUL|LOC⟧, Aug. 20 (⟦Yonhap|ORG⟧) -- ⟦North Korea|LOC⟧’s official newspaper blasted ⟦South Korea|LOC⟧, warning it will pay for such “stupid” acts.",
             quote: "stupid", kind: "partial", speaker: "North Korea", method: "partial_subject"),
        // A month is no speaker.
        Case(marked: "The reports went on. The December 12 email also called for attention to any “Russian citizens visiting the region”.",
             quote: "Russian citizens visiting the region", kind: "partial", speaker: nil, method: "unattributed"),
        // The American spelling of a reporting verb whose British forms are listed.
        Case(marked: "⟦James Hansen⟧ is a critic. In 2015, ⟦Hansen⟧ labeled the agreement “a fraud” because it set no tax.",
             quote: "a fraud", kind: "partial", speaker: "James Hansen", method: "partial_subject"),
        // A subject pronoun right before the verb, though a phrase opens the sentence.
        Case(marked: "⟦David Morales⟧ ran the firm. His orders came from an organization he described simply as “the American client.”",
             quote: "the American client.", kind: "partial", speaker: "David Morales", method: "pronoun"),
        // "her closing remarks" is a noun; the pronoun of the sentence speaks.
        Case(marked: "⟦Elizabeth Prelogar⟧ spoke first. Then she delivered her closing remarks in a sonnet form, “because pentameter is persuasive.”",
             quote: "because pentameter is persuasive.", kind: "partial", speaker: "Elizabeth Prelogar", method: "previous_sentence"),
        // A capitalised address ending in a comma is spoken, not a title.
        Case(marked: "“No, Justice ⟦Alito⟧,” ⟦Elizabeth Prelogar⟧ said.", quote: "No, Justice Alito,", kind: "direct",
             speaker: "Elizabeth Prelogar", method: "said_after"),
        // A quote-only paragraph after a question answers it: the other person of the exchange.
        Case(marked: "“That can be true,” ⟦Elizabeth Prelogar⟧ said.\n“But there is some risk,” ⟦Samuel Alito⟧ said. “Do you dispute that?”\n“There can be a very minimal risk.”",
             quote: "There can be a very minimal risk.", kind: "direct", speaker: "Elizabeth Prelogar", method: "answer"),
        // A partial quote belongs to the reporting verb before it, not to a clause after it.
        Case(marked: "In a bulletin, ⟦Morales⟧ urged “special attention” to ⟦Stella Morris⟧, a lawyer who recently revealed her plans.",
             quote: "special attention", kind: "partial", speaker: "Morales", method: "partial_subject"),
        // The role after a possessive name speaks, after an introductory adverb too.
        Case(marked: "Next, ⟦Sheldon Adelson⟧’s attorney accused the counsel of bias, claiming he had harassed ⟦Lahav⟧ with “insulting questions.”",
             quote: "insulting questions.", kind: "partial", speaker: nil, method: "anonymous"),
        // A subject that opens with an article is the subject, not an introductory phrase.
        Case(marked: "A spokesperson of the committee issued a statement Friday, saying talks were over and calling it a “senseless” hope.",
             quote: "senseless", kind: "partial", speaker: nil, method: "anonymous"),
        // "has since said": an adverb between the auxiliary and the verb.
        Case(marked: "Mr. ⟦Trump⟧ has since said that a signing would take place in ⟦United States|LOC⟧ “farm country,” but talks stalled.",
             quote: "farm country,", kind: "partial", speaker: "Trump", method: "partial_subject"),
        // A colon after a sentence whose subject is "she": the person she refers to.
        Case(marked: "Ms. ⟦Jane Doe⟧ took the stand. She was blunt about the plan: “It will fail.”",
             quote: "It will fail.", kind: "direct", speaker: "Jane Doe", method: "pronoun"),
        // Split quotes whose second half starts with a capital: "I", a name, or after a short first half.
        Case(marked: "“From now on,” ⟦Samuel Alito⟧ quipped, “I’m going to expect all the briefs in verse.”",
             quote: "From now on, I’m going to expect all the briefs in verse.", kind: "split", speaker: "Samuel Alito", method: "split"),
        Case(marked: "“At the time,” the employee testified, “⟦Morales⟧ deliberately indicated that he knew.”",
             quote: "At the time, Morales deliberately indicated that he knew.", kind: "split", speaker: nil, method: "anonymous"),
        // Two sentences before the attribution: the capital after it opens a quote of its own.
        Case(marked: "“There is a huge difference. Occupying more is no security,” ⟦Ori Givati⟧ says, “I don’t think so.”",
             quote: "There is a huge difference. Occupying more is no security,", kind: "direct", speaker: "Ori Givati", method: "said_after"),
        // A doubled opening mark (“”) opens one quote.
        Case(marked: "⟦Donald Trump⟧ weighed in. “”This is a very unfair trial,” ⟦Trump⟧ said.",
             quote: "This is a very unfair trial,", kind: "direct", speaker: "Donald Trump", method: "said_after"),
        // Straight single quotes as the primary marks.
        Case(marked: "'We will win,' ⟦John Smith⟧ said.", quote: "We will win,", kind: "direct", speaker: "John Smith", method: "said_after"),
        // "was the response from X" after the quote.
        Case(marked: "“Absolutely not,” was the response from ⟦John Smith⟧.", quote: "Absolutely not,", kind: "direct",
             speaker: "John Smith", method: "said_after"),
        // A statement nobody is said to have issued is the clause subject's.
        Case(marked: "⟦Jane Roe⟧ was “deeply saddened” by the news, according to a statement.", quote: "deeply saddened",
             kind: "partial", speaker: "Jane Roe", method: "according_to"),
        Case(marked: "⟦John Smith⟧ expressed “deep concern” about the situation.", quote: "deep concern",
             kind: "partial", speaker: "John Smith", method: "partial_subject"),
        // The subject of a subordinate clause yields to the main clause's.
        Case(marked: "After ⟦John Smith⟧ criticized him, ⟦Tom Brown⟧ hit back. “That is false,” he said.", quote: "That is false,",
             kind: "direct", speaker: "Tom Brown", method: "pronoun"),
        // A quoted modifier is spoken when the sentence's attribution follows.
        Case(marked: "It was a “very good” meeting, ⟦Donald Trump⟧ said.", quote: "very good", kind: "partial",
             speaker: "Donald Trump", method: "said_after"),
        // A passive "were told": the subject was spoken to.
        Case(marked: "Residents were told to “shelter in place until further notice” on Monday.", quote: "shelter in place until further notice",
             kind: "partial", speaker: nil, method: "unattributed"),
        // An epigraph signed in the next paragraph.
        Case(marked: "Intro text here.\n“We lied, we cheated, we stole.”\n— ⟦Mike Pompeo⟧, College Station, TX, April 15, 2019",
             quote: "We lied, we cheated, we stole.", kind: "direct", speaker: "Mike Pompeo", method: "byline"),
        // "the claims" is a noun, not the verb: the organisation before "said" speaks.
        Case(marked: "The ⟦White House|ORG⟧ said the claims were “baseless.”", quote: "baseless.", kind: "partial",
             speaker: "White House", method: "organisation"),
        // The name after the role in an inverted attribution.
        Case(marked: "“We are ready,” said the spokeswoman, ⟦Anna Lee⟧.", quote: "We are ready,", kind: "direct",
             speaker: "Anna Lee", method: "inverted_appositive"),
        // Titles before the name, an affiliation after it, and modifiers between a possessive and the role.
        Case(marked: "“The results are encouraging,” said the study’s lead author, Dr. ⟦Emily Chen⟧ of ⟦Stanford University|ORG⟧.",
             quote: "The results are encouraging,", kind: "direct", speaker: "Emily Chen", method: "inverted_appositive"),
        Case(marked: "“We are ready,” said the spokesman, Lt. Col. ⟦Tom Hale⟧.", quote: "We are ready,", kind: "direct",
             speaker: "Tom Hale", method: "inverted_appositive"),
        // A possessive name before the role: the person after the role speaks, not the name.
        Case(marked: "“Prices will rise,” said ⟦Britain|LOC⟧’s finance minister, ⟦Rachel Reeves⟧.", quote: "Prices will rise,",
             kind: "direct", speaker: "Rachel Reeves", method: "inverted_appositive"),
        Case(marked: "“Prices will rise,” said ⟦Britain|LOC⟧’s finance minister ⟦Rachel Reeves⟧.", quote: "Prices will rise,",
             kind: "direct", speaker: "Rachel Reeves", method: "inverted_appositive"),
        Case(marked: "“Search is changing,” said ⟦Google|ORG⟧’s head of search, ⟦Prabhakar Raghavan⟧.", quote: "Search is changing,",
             kind: "direct", speaker: "Prabhakar Raghavan", method: "inverted_appositive"),
        // An office before a surname is no first name: "Sheriff Brazier" is Elton Brazier.
        Case(marked: "Sheriff ⟦Elton Brazier⟧ thanked the public. “We are grateful,” Sheriff ⟦Brazier⟧ noted.", quote: "We are grateful,",
             kind: "direct", speaker: "Elton Brazier", method: "said_after"),
        Case(marked: "Assemblywoman ⟦Jane Roe⟧ voted no. “It is a bad bill,” Assemblywoman ⟦Roe⟧ said.", quote: "It is a bad bill,",
             kind: "direct", speaker: "Jane Roe", method: "said_after"),
        // A capitalised office before a full name is no first name.
        Case(marked: "“Bleaching is spreading,” ⟦NOAA Coral Reef Watch|ORG⟧ Coordinator ⟦Jarrod Vanzetto⟧ said in the release.",
             quote: "Bleaching is spreading,", kind: "direct", speaker: "Jarrod Vanzetto", method: "said_after"),
        // "the company" stands for a company, not for the public body named after it.
        Case(marked: "⟦Xfinity|ORG⟧ found the breach. The company said in a filing with the ⟦Securities and Exchange Commission|ORG⟧ that it lost orders. “The scope is not yet known,” the company said.",
             quote: "The scope is not yet known,", kind: "direct", speaker: "Xfinity", method: "organisation"),
        Case(marked: "⟦Comcast|ORG⟧ wrote to the ⟦Federal Trade Commission|ORG⟧ on Monday. “We lost orders,” the company said.",
             quote: "We lost orders,", kind: "direct", speaker: "Comcast", method: "organisation"),
        // An opening mark typed for the closing one still closes the quote.
        Case(marked: "“I feel good now,“ ⟦Federer⟧ said.", quote: "I feel good now,", kind: "direct", speaker: "Federer", method: "said_after"),
        // "shares" reports speech after a quote.
        Case(marked: "⟦Mick Jagger|PERSON|male⟧ spoke about his friends. “You lose a lot of friends,” he shares.",
             quote: "You lose a lot of friends,", kind: "direct", speaker: "Mick Jagger", method: "pronoun"),
        // An office opening the sentence before its holder's name: the holder speaks.
        Case(marked: "Secretary of State ⟦Antony Blinken⟧ said, “We are ready.”", quote: "We are ready.", kind: "direct",
             speaker: "Antony Blinken", method: "said_before"),
        Case(marked: "⟦US|LOC⟧ Ambassador to the ⟦UN|ORG⟧ ⟦Dorothy Shea⟧ emphasized, “The regime cannot have a bomb.”",
             quote: "The regime cannot have a bomb.", kind: "direct", speaker: "Dorothy Shea", method: "said_before"),
        Case(marked: "“Peace cannot come through force,” stated ⟦China|LOC⟧’s ⟦UN|ORG⟧ Ambassador ⟦Fu Cong⟧.",
             quote: "Peace cannot come through force,", kind: "direct", speaker: "Fu Cong", method: "inverted"),
        // A role after "his" or "her" is the person the text gave that role before.
        Case(marked: "Her niece ⟦Celeste Newton⟧, 71, came. “She loved it,” her niece said.", quote: "She loved it,", kind: "direct",
             speaker: "Celeste Newton", method: "epithet"),
        Case(marked: "His wife, ⟦Lisa⟧, was there. “He never gave up,” his wife said.", quote: "He never gave up,", kind: "direct",
             speaker: "Lisa", method: "epithet"),
        // "the New York Republican", "the Argentine": a member of a party or a people, someone named before.
        Case(marked: "Rep. ⟦Lee Zeldin⟧ spoke to ⟦CNN|ORG⟧. The ⟦New York|LOC⟧ ⟦Republican|NORP⟧ said, “The tweet is indefensible.”",
             quote: "The tweet is indefensible.", kind: "direct", speaker: "Lee Zeldin", method: "epithet"),
        Case(marked: "⟦Lionel Messi⟧ scored twice. “It was a great night,” the ⟦Argentine|NORP⟧ said.", quote: "It was a great night,",
             kind: "direct", speaker: "Lionel Messi", method: "epithet"),
        // A relative clause missing its closing comma ends at the verb: the name it hangs on speaks.
        Case(marked: "⟦Jagger⟧, who was in ⟦Tuscany|LOC⟧, ⟦Italy|LOC⟧ explained, “I was working on a ballad.”",
             quote: "I was working on a ballad.", kind: "direct", speaker: "Jagger", method: "said_before"),
        // Before a colon, whoever tells speaks, not the one told.
        Case(marked: "⟦Lewis Hamilton⟧ reacted angrily, telling his race engineer ⟦Peter Bonnington⟧: “That was no racing incident.”",
             quote: "That was no racing incident.", kind: "direct", speaker: "Lewis Hamilton", method: "said_before"),
        // A statement put out before a colon speaks for whoever put it out.
        Case(marked: "The family issued a statement to reporters: “We are grieving.”", quote: "We are grieving.", kind: "direct",
             speaker: "The family", method: "anonymous"),
        Case(marked: "Three people died.\nFamily members issued the following statement to ⟦NBC|ORG⟧ affiliate ⟦KING|ORG⟧:\n“We are deeply saddened.”",
             quote: "We are deeply saddened.", kind: "direct", speaker: "Family members", method: "anonymous"),
        // A family speaking in the sentence before goes on speaking, though it names someone else.
        Case(marked: "⟦Erin Ko|PERSON|female⟧ died in July. The family also shared photos and said they plan to speak about ⟦Erin⟧'s life. “Until then, we are grateful.”",
             quote: "Until then, we are grateful.", kind: "direct", speaker: "The family", method: "anonymous"),
        // A pronoun three paragraphs after the name, with a subject pronoun between: the same person.
        Case(marked: "Oil Minister ⟦Hassan al-Qutami|PERSON|male⟧ said OPEC would not cut.\n“We gave others a chance,” he told ⟦Reuters|ORG⟧.\nHe was responding to a question about ⟦Russia|LOC⟧.\n“OPEC will not cut,” he added.",
             quote: "OPEC will not cut,", kind: "direct", speaker: "Hassan al-Qutami", method: "pronoun"),
        // An epithet three paragraphs after the name, with nobody named between.
        Case(marked: "Agriculture Minister ⟦Sharad Pawar|PERSON|male⟧ spoke in ⟦New Delhi|LOC⟧.\n“We are fine,” he said.\nThe monsoon reached ⟦Kerala|LOC⟧ in June.\n“This year is a challenge,” the minister said.",
             quote: "This year is a challenge,", kind: "direct", speaker: "Sharad Pawar", method: "epithet"),
        // "The Tory MP": an office after a party is an epithet too.
        Case(marked: "⟦Christopher Chope⟧ spoke first. The ⟦Tory|NORP⟧ MP said they got a “slap on the wrist” from officials.",
             quote: "slap on the wrist", kind: "partial", speaker: "Christopher Chope", method: "epithet"),
        // A person opening the sentence after an adverb introduces the words after a colon.
        Case(marked: "Almost immediately, ⟦Greg Henshaw⟧, the chair of the ⟦Russell Group|ORG⟧, posed the question: “Would the Treasury pay?”",
             quote: "Would the Treasury pay?", kind: "direct", speaker: "Greg Henshaw", method: "colon_intro"),
        // "the relative" is someone unnamed, not the last person named.
        Case(marked: "Police chief ⟦Avelino de Leon⟧ denied it. “The police are lying,” the relative told the ⟦Inquirer|ORG⟧.",
             quote: "The police are lying,", kind: "direct", speaker: "the relative", method: "anonymous"),
        // A role of a named business, then the name: the name speaks.
        Case(marked: "“Bacon is my business,” owner of The Budget Cafe ⟦Adrienne Akiyama⟧ said.", quote: "Bacon is my business,",
             kind: "direct", speaker: "Adrienne Akiyama", method: "said_after"),
        // A bare role as an appositive whose closing comma is missing.
        Case(marked: "“This is a turnaround,” ⟦Cesar Wheeler⟧, director of public data at ⟦YouGov|ORG⟧ said.", quote: "This is a turnaround,",
             kind: "direct", speaker: "Cesar Wheeler", method: "said_after"),
        // "the ex-mayor" is a role noun with its prefix.
        Case(marked: "⟦Claudia Sheinbaum|PERSON|female⟧ spoke in ⟦Xalapa|LOC⟧.\n“Our movement is the future,” said the ex-mayor, who polls show is popular.",
             quote: "Our movement is the future,", kind: "direct", speaker: "Claudia Sheinbaum", method: "epithet"),
        // Someone named after a preposition and a title does not take the pronoun from the subject before.
        Case(marked: "⟦Emmanuel Macron|PERSON|male⟧ said he had been busy.\nHe pointed to calls with Russian President ⟦Vladimir Putin|PERSON|male⟧.\n“All of that takes work,” he said.",
             quote: "All of that takes work,", kind: "direct", speaker: "Emmanuel Macron", method: "pronoun"),
        // "tells" after "the" and a noun for someone is the verb, not a plural noun.
        Case(marked: "“We are careful,” the superintendent tells the ⟦Union Leader|ORG⟧.", quote: "We are careful,", kind: "direct",
             speaker: "the superintendent", method: "anonymous"),
        // "talked about" introduces the quote in the next paragraph.
        Case(marked: "Assistant coach ⟦Clifton Mead⟧ talked about the will of the side, led by ⟦McCaw⟧.\n“It was will that won tonight.”",
             quote: "It was will that won tonight.", kind: "direct", speaker: "Clifton Mead", method: "previous_paragraph"),
        // A phrase that describes a named person is no antecedent of its own: "he" is the person.
        Case(marked: "⟦Allyn Barkley|PERSON|male⟧, a spokesman with ⟦SkyWest Airlines|ORG⟧, said no one was hurt.\n“The mechanics are inspecting it,” he said.",
             quote: "The mechanics are inspecting it,", kind: "direct", speaker: "Allyn Barkley", method: "pronoun"),
        // A statement put out before a comma speaks for whoever put it out.
        Case(marked: "⟦SkyWest|ORG⟧, which flies as ⟦American Eagle|ORG⟧, issued a statement, “Passengers left the plane calmly.”",
             quote: "Passengers left the plane calmly.", kind: "partial", speaker: "SkyWest", method: "organisation"),
        // A family two sentences back speaks as "they".
        Case(marked: "The ⟦Katayama|PERSON⟧ family lives in ⟦Tochigi|LOC⟧. ⟦Yui Katayama⟧ worked as an accountant.\n“We are in a state of shock,” they wrote.",
             quote: "We are in a state of shock,", kind: "direct", speaker: "The Katayama family", method: "anonymous"),
        // "the Carmona statement": a statement named after someone speaks for them.
        Case(marked: "Assemblyman ⟦Dario Carmona⟧ put out a statement.\n“The claims are fallacious,” the ⟦Carmona⟧ statement says.",
             quote: "The claims are fallacious,", kind: "direct", speaker: "Dario Carmona", method: "said_after"),
        // A stray comma between the name opening the sentence and its verb.
        Case(marked: "Captain ⟦Barton Ahrens⟧, says the officers took their time, “We wanted to arrest him safely.”",
             quote: "We wanted to arrest him safely.", kind: "direct", speaker: "Barton Ahrens", method: "partial_subject"),
        // "the WHO chief": the organisation's name, not the relative pronoun, before the role.
        Case(marked: "⟦WHO|ORG⟧ Director-General ⟦Tedros Adhanom Ghebreyesus|PERSON|male⟧ visited ⟦Kinshasa|LOC⟧. Later, the ⟦WHO|ORG⟧ chief praised “the government's strong leadership” in the crisis.",
             quote: "the government's strong leadership", kind: "partial", speaker: "Tedros Adhanom Ghebreyesus", method: "epithet"),
        // A closing mark typed for the opening one after a colon.
        Case(marked: "Detective Superintendent ⟦Andy Smith⟧ said:” We have heard from 220 people.”", quote: "We have heard from 220 people.",
             kind: "direct", speaker: "Andy Smith", method: "said_before"),
        // "she" two paragraphs after an unnamed speaker's quote is still that speaker.
        Case(marked: "There had been a row, his mother told the court: “I don't know why.”\nLater she heard screaming. She lifted him down.\n“I kept saying get up,” she said.",
             quote: "I kept saying get up,", kind: "direct", speaker: "his mother", method: "pronoun"),
        // "Asst." is an abbreviated title too.
        Case(marked: "“The damage is on the porch,” Asst. Fire Marshal ⟦Jared Burchett⟧ said.", quote: "The damage is on the porch,",
             kind: "direct", speaker: "Jared Burchett", method: "said_after"),
        // "announcers" is a role noun: its own quote is not the next one's.
        Case(marked: "“The speed is slowing down,” announcers said, with the command center then announcing, “Firing is not confirmed.”",
             quote: "The speed is slowing down,", kind: "direct", speaker: "announcers", method: "anonymous"),
        // A web address in the role before the name.
        Case(marked: "“Sales are rising fast,” iSeeCars.com analyst ⟦Kurt Holzer⟧ tells ⟦Axios|ORG⟧.", quote: "Sales are rising fast,",
             kind: "direct", speaker: "Kurt Holzer", method: "said_after"),
        // Someone named after the speaker in the attribution's own sentence does not stop a carry-over.
        Case(marked: "“My husband was a quiet man,” said marcher ⟦Esaw Garner⟧, widow of ⟦Eric Brown⟧, who died in July. “His voice will be heard.”",
             quote: "His voice will be heard.", kind: "direct", speaker: "Esaw Garner", method: "carry_over"),
        // "the actress" is a woman: not the man named last.
        Case(marked: "⟦Robert Pattinson|PERSON|male⟧ praised his co-star ⟦Kristen Stewart|PERSON|female⟧.\n“I trust the process,” the actress revealed.",
             quote: "I trust the process,", kind: "direct", speaker: "Kristen Stewart", method: "epithet"),
        // A reply is the one asked's.
        Case(marked: "Fiscal depute ⟦Frank Clarke⟧ asked PC ⟦Murray⟧ why the man fled.\nShe replied: “We checked the bin store.”",
             quote: "We checked the bin store.", kind: "direct", speaker: "Murray", method: "pronoun"),
        // "shared that" reports speech and attributes a partial quote.
        Case(marked: "⟦Tony Montalto|PERSON|male⟧ lost his daughter, and he shared with ⟦CBS News|ORG⟧ that nothing will “replace my beautiful daughter.”",
             quote: "replace my beautiful daughter.", kind: "partial", speaker: "Tony Montalto", method: "pronoun"),
        // With nobody of the pronoun's gender in reach, the one named (whose gender came from a given name) speaks.
        Case(marked: "Intel's CFO ⟦Cassidy Hart|PERSON|female⟧ reacted to the report.\n“We are watching the markets,” he said.",
             quote: "We are watching the markets,", kind: "direct", speaker: "Cassidy Hart", method: "pronoun"),
        // A participle after a quoted title takes the subject that opens the whole sentence.
        Case(marked: "President ⟦Trump⟧ attacked the hosts of ⟦MSNBC|ORG⟧’s “Morning Joe,” in two tweets, writing “I heard they speak badly of me.”",
             quote: "I heard they speak badly of me.", kind: "partial", speaker: "Trump", method: "partial_subject"),
        // A participle after a quote that ends its own clause belongs to the sentence's subject.
        Case(marked: "⟦Noem⟧ later tweeted that the epidemic “needs a dinner table conversation,” adding “we need everyone on it.”",
             quote: "we need everyone on it.", kind: "partial", speaker: "Noem", method: "partial_subject"),
        // "Brig." is an abbreviated title.
        Case(marked: "“Peace is no gift,” Army Brig. Gen. ⟦Kathryn Carlson⟧ told the crowd.", quote: "Peace is no gift,",
             kind: "direct", speaker: "Kathryn Carlson", method: "said_after"),
        // A window that starts after a quote inside the sentence takes the subject from the whole sentence.
        Case(marked: "Senator ⟦Mike Crapo⟧, who voted “yes” on the bill, posted on X that he was “proud to join my colleagues in this.”",
             quote: "proud to join my colleagues in this.", kind: "partial", speaker: "Mike Crapo", method: "partial_subject"),
        // "it" after a verb is its object, never an inverted subject: the one who hails speaks.
        Case(marked: "The ⟦Senate|ORG⟧ passed the bill. ⟦Elizabeth Warren|PERSON|female⟧ hailed its passage as “a truly historic moment for families,” labeling it a good bill.",
             quote: "a truly historic moment for families,", kind: "partial", speaker: "Elizabeth Warren", method: "partial_subject"),
        // A name alone after a dash signs the quote.
        Case(marked: "“We will win.” — ⟦John Smith⟧", quote: "We will win.", kind: "direct", speaker: "John Smith", method: "said_after"),
        // "he said" goes back to the one who spoke, not to the subject of what he reported.
        Case(marked: "The head of the bar council, ⟦John Corlett|PERSON|male⟧, says Mr ⟦Hale|PERSON|male⟧ could face a treason charge. “If so, the penalty is severe,” he said.",
             quote: "If so, the penalty is severe,", kind: "direct", speaker: "John Corlett", method: "pronoun"),
        Case(marked: "⟦Omar Safi|PERSON|male⟧ told ⟦CNN|ORG⟧ that ⟦Dan Reuben|PERSON|male⟧ was trying to stop him. “He does not want me to succeed,” the militia leader said.",
             quote: "He does not want me to succeed,", kind: "direct", speaker: "Omar Safi", method: "epithet"),
        // A longer epithet is still one noun phrase.
        Case(marked: "The envoy, ⟦Tony Zane⟧, met the leaders. “Both sides must act now,” the retired Marine Corps general said.",
             quote: "Both sides must act now,", kind: "direct", speaker: "Tony Zane", method: "epithet"),
        // A conjunction opens a clause whose subject spoke.
        Case(marked: "⟦Israel|LOC⟧ launched air raids after Prime Minister ⟦Avi Sharett⟧ branded the group a “sponsor of terror”.",
             quote: "sponsor of terror", kind: "partial", speaker: "Avi Sharett", method: "partial_subject"),
        // A coordinated verb shares the sentence's subject, even after an earlier quote.
        Case(marked: "Prime Minister ⟦Ted Blane⟧ expressed “sympathy” with ⟦Israel|LOC⟧ and called on all sides “to stabilise the situation”.",
             quote: "to stabilise the situation", kind: "partial", speaker: "Ted Blane", method: "partial_subject"),
        // A statement noun owned by a name, nearer the quote than any reporting verb.
        Case(marked: "Radio reports said ⟦Peres⟧ had called the ministers to discuss ⟦Sharett⟧’s accusation that ⟦Arafat⟧ was “responsible for everything”.",
             quote: "responsible for everything", kind: "partial", speaker: "Sharett", method: "partial_subject"),
        // A verb of judging with "as" quotes its subject's word, though no reporting verb is near.
        Case(marked: "Under pressure, ⟦Lenin Morel⟧ denigrated ⟦Assad Kane⟧ as a “hacker” and cut off his internet access.",
             quote: "hacker", kind: "partial", speaker: "Lenin Morel", method: "partial_subject"),
        // Words repeated from an earlier quote are its speaker's.
        Case(marked: "“I have given plenty of on-the-record statements that were truthful,” ⟦Grace Holm⟧ told reporters.\nWhich is exactly the problem: “plenty of on-the-record statements.”",
             quote: "plenty of on-the-record statements.", kind: "direct", speaker: "Grace Holm", method: "repeated"),
        // An opening participle phrase is no subject, and a parenthesis before the colon is an aside.
        Case(marked: "⟦Loretta Lynd|PERSON|female⟧ has trouble with the name. Traveling through ⟦Illinois|LOC⟧ with Vice President ⟦Bush⟧, she said of the candidate (in a thickened drawl): “Why, I can't even pronounce his name!”",
             quote: "Why, I can't even pronounce his name!", kind: "direct", speaker: "Loretta Lynd", method: "pronoun"),
        // A partial quote in a relative clause is the word of the name it hangs on.
        Case(marked: "Like Attorney General ⟦Meese⟧, who called the Senate's action “anti-intellectual,” ⟦Robert Bork⟧ says the vote was wrong.",
             quote: "anti-intellectual,", kind: "partial", speaker: "Meese", method: "partial_subject"),
        // A capitalised title after "the" is the person the text gave that title.
        Case(marked: "Mayor ⟦Bill Hanley⟧ toured the site with ⟦Ed Price⟧. “We will rebuild,” the Mayor said.",
             quote: "We will rebuild,", kind: "direct", speaker: "Bill Hanley", method: "epithet"),
        // A verb of judging whose object the quote describes.
        Case(marked: "⟦Charles Fenn⟧, the solicitor general, finds this remark “deeply troubling.”",
             quote: "deeply troubling.", kind: "partial", speaker: "Charles Fenn", method: "partial_subject"),
        // A participle after the object of a reporting verb is that verb's subject's.
        Case(marked: "Judge ⟦Milo Grant⟧ admitted his mistake. He wrote the holdout juror praising her “courage in refusing to convict.”",
             quote: "courage in refusing to convict.", kind: "partial", speaker: "Milo Grant", method: "pronoun"),
        // A statement owned by a name before a colon introduces its words; "report" after "the official" is a noun.
        Case(marked: "⟦Navy|ORG⟧ sailors and officers can share ⟦Kendall Truitt⟧'s judgment of the official report: “misleading.”",
             quote: "misleading.", kind: "direct", speaker: "Kendall Truitt", method: "colon_intro"),
        // A pronoun with a contracted auxiliary: "he'd say".
        Case(marked: "⟦John Marsh|PERSON|male⟧ waited at the bar. “Fine,” he'd say to the waiter.",
             quote: "Fine,", kind: "direct", speaker: "John Marsh", method: "pronoun"),
        // A quote that runs straight into an attributed one is the same person's.
        Case(marked: "⟦Martin Walsh⟧ was on his deck when the storm struck “It sounded like a train. “You could hear it coming,” Mr ⟦Walsh⟧ said.",
             quote: "It sounded like a train.", kind: "partial", speaker: "Martin Walsh", method: "next_quote"),
        // A possessive pronoun opens a source phrase: "his lawyer", "her husband".
        Case(marked: "“My client is innocent,” his lawyer said.", quote: "My client is innocent,", kind: "direct",
             speaker: "his lawyer", method: "anonymous"),
        Case(marked: "“We lost everything,” her husband added.", quote: "We lost everything,", kind: "direct",
             speaker: "her husband", method: "anonymous"),
        // Lower-case modifiers, or a place, before a plural source noun.
        Case(marked: "“There is no evidence of fraud,” election officials said.", quote: "There is no evidence of fraud,", kind: "direct",
             speaker: "election officials", method: "anonymous"),
        Case(marked: "“Sales will slow,” ⟦Wall Street|LOC⟧ analysts said on Monday.", quote: "Sales will slow,", kind: "direct",
             speaker: "Wall Street analysts", method: "anonymous"),
        // "it read" with no organisation named: whoever issued the document just mentioned.
        Case(marked: "The mayor's office released a statement on Sunday. “The city stands with the victims,” it read.",
             quote: "The city stands with the victims,", kind: "direct", speaker: "The mayor's office", method: "anonymous"),
        // Two people named together after the quote speak together; so do two people after a possessive place.
        Case(marked: "“We have a deal,” ⟦Chuck Schumer⟧ and ⟦Mitch McConnell⟧ said in a joint statement.", quote: "We have a deal,",
             kind: "direct", speaker: "Chuck Schumer and Mitch McConnell", method: "said_after"),
        Case(marked: "⟦Britain|LOC⟧’s Prime Minister ⟦Tom Blaine⟧ and ⟦US|LOC⟧ President ⟦Gary Bush⟧ voiced “sympathy” and called on all sides “to stabilise the situation”.",
             quote: "to stabilise the situation", kind: "partial", speaker: "Tom Blaine and US President Gary Bush", method: "partial_subject"),
        // After a quote that ends its sentence, a weak verb with an object opens a sentence of its own.
        Case(marked: "⟦Mike Vane⟧ spoke after the match. “I feel a bit disappointed,” he said. “It was not in the spirit of the game.” ⟦England|LOC⟧ finished the day at 6 for 255.",
             quote: "It was not in the spirit of the game.", kind: "direct", speaker: "Mike Vane", method: "carry_over"),
        // An adverb before the verb is no part of the speaker's phrase; more roles head a phrase ("actor", "attendant").
        Case(marked: "“We never take it for granted,” the actor previously said.", quote: "We never take it for granted,",
             kind: "direct", speaker: "the actor", method: "anonymous"),
        Case(marked: "The pool attendant frowned. “Sisters are not family,” she declared.", quote: "Sisters are not family,",
             kind: "direct", speaker: "The pool attendant", method: "pronoun"),
        // A noun ending in "-ly" (WordNet's, generated into NounsInLy.swift) is the subject, no adverb.
        Case(marked: "“We are scared,” the elderly told reporters.", quote: "We are scared,", kind: "direct",
             speaker: "the elderly", method: "anonymous"),
        Case(marked: "The town's elderly said: “We are scared.”", quote: "We are scared.", kind: "direct",
             speaker: "The town's elderly", method: "anonymous"),
        // The name between commas after the phrase may open with titles.
        Case(marked: "“We have received the letter,” a ⟦Pentagon|ORG⟧ spokesperson, Colonel ⟦Anne Smith⟧, said in an email.",
             quote: "We have received the letter,", kind: "direct", speaker: "Anne Smith", method: "said_after"),
        // A document owned through a possessive speaks for its owner, resolved like any phrase.
        Case(marked: "The ⟦Interior Ministry|ORG⟧ warned of strikes. The ministry's statement said the strikes were “a necessary response.”",
             quote: "a necessary response.", kind: "partial", speaker: "Interior Ministry", method: "organisation"),
        // A maker of anything is a company: "the chipmaker said" is the company named before, never a person.
        Case(marked: "⟦Nvidia|ORG⟧ beat estimates. “Demand is extraordinary,” the chipmaker said.", quote: "Demand is extraordinary,",
             kind: "direct", speaker: "Nvidia", method: "organisation"),
        Case(marked: "⟦Henry Ford|PERSON|male⟧ left. “We are contacting owners,” the automaker said.", quote: "We are contacting owners,",
             kind: "direct", speaker: "the automaker", method: "anonymous"),
        // A body before a role and a name, in a colon introduction, is the named person's.
        Case(marked: "⟦Celtics|ORG⟧ coach ⟦Joe Mazzulla⟧ was blunt: “We didn't deserve to win.”", quote: "We didn't deserve to win.",
             kind: "direct", speaker: "Joe Mazzulla", method: "colon_intro"),
        // An unnamed speaker reporting in the sentence before is whom "he said" continues, and
        // someone the text gave another role is no epithet's referent.
        Case(marked: "The court told the society to discipline advocate ⟦Preston Wanyonjui|PERSON|male⟧.\nThe judge says he got the news from his secretary, who said ⟦Wanyonjui⟧ was crying.\n“I told my secretary I do not hold sessions in chambers,” he said.",
             quote: "I told my secretary I do not hold sessions in chambers,", kind: "direct", speaker: "The judge", method: "anonymous"),
        // "the judge" is the person the text called Judge, not whoever spoke last.
        Case(marked: "Judge ⟦Gordon Bright|PERSON|male⟧ put off the sentencing.\nDefence counsel ⟦Wanda Hollins|PERSON|female⟧ pointed out the delay.\n“The penalty part is easy,” the judge said.",
             quote: "The penalty part is easy,", kind: "direct", speaker: "Gordon Bright", method: "epithet"),
        // An outlet reporting a sentence whose subject spoke is not the speaker.
        Case(marked: "⟦Rupert Tolver⟧, the opposition leader, conceded the burden had gone “above and beyond”, the ⟦Derby Telegraph|ORG⟧ reported.",
             quote: "above and beyond", kind: "partial", speaker: "Rupert Tolver", method: "partial_subject"),
        Case(marked: "Health officials, who asked not to be named, said the outbreak was “under control,” the ⟦New York Times|ORG⟧ reported.",
             quote: "under control,", kind: "partial", speaker: "Health officials", method: "anonymous"),
        // A judge introduced unnamed and then named with a title is "the judge"; a website is no person.
        Case(marked: "A senior judge has lashed out at the police.\nMr Justice ⟦Weir|PERSON|male⟧ criticised the police.\nThe judge claimed that he had a “considerable sense of unease” about it.",
             quote: "considerable sense of unease", kind: "partial", speaker: "Weir", method: "epithet"),
        Case(marked: "⟦Grant Carter|PERSON|male⟧ was jailed.\n“We think the judge dealt her a poor hand,” the website says.",
             quote: "We think the judge dealt her a poor hand,", kind: "direct", speaker: "the website", method: "anonymous"),
        // A document noun followed by a name is that thing, not a statement whose issuer "it" could be.
        Case(marked: "Services failed on Tuesday.\nOutage tracking website Downdetector showed users flagging issues.\n“Services were restored by 5pm,” it added.",
             quote: "Services were restored by 5pm,", kind: "direct", speaker: nil, method: "unattributed"),
        // A reporting verb followed by a prepositional phrase before the colon.
        Case(marked: "Flights stopped. ⟦Pssengers⟧ waited.\nThe company's chief executive, ⟦Neville Garcia⟧, later added in a video statement: “Our teams are working tirelessly.”",
             quote: "Our teams are working tirelessly.", kind: "direct", speaker: "Neville Garcia", method: "said_before"),
        // A quote-only paragraph after a sentence whose one subject is a person, whoever else it names.
        Case(marked: "⟦Clint Aikens⟧ joined his friends on the hill to hear ⟦Neil Bilby⟧ perform.\n“Every year it gets bigger and better.”",
             quote: "Every year it gets bigger and better.", kind: "direct", speaker: "Clint Aikens", method: "previous_paragraph"),
        // With nobody before it, "she" is the person who opens the next sentence.
        Case(marked: "“I feel good,” she said. ⟦Taylor Reed|PERSON|female⟧, 23, was the first to finish.", quote: "I feel good,",
             kind: "direct", speaker: "Taylor Reed", method: "pronoun_forward"),
        Case(marked: "The plan was “a disaster”, ⟦Reuters|ORG⟧ reported.", quote: "a disaster", kind: "partial", speaker: "Reuters",
             method: "organisation"),
        // After a quote of several paragraphs, a pronoun's reach counts from where the quote opened.
        Case(marked: "“It was hard,” said ⟦Eamon Hession|PERSON|male⟧.\nHe said his team struggled early.\n“We needed a goal.\n“We found it.\n“We kept going.\n“It was the key, no question,” he said.",
             quote: "We needed a goal. We found it. We kept going. It was the key, no question,", kind: "multi_paragraph", speaker: "Eamon Hession", method: "pronoun"),
        // An office's complement between the office and its holder: the holder speaks, not the body.
        Case(marked: "⟦NEA|ORG⟧’s director of public health ⟦Lam Ying Fei⟧ told reporters that “the peak season lasts until October.”",
             quote: "the peak season lasts until October.", kind: "partial", speaker: "Lam Ying Fei", method: "partial_subject"),
        // An office and its complement with nobody named: the office, whole.
        Case(marked: "The virus was found in a falcon.\nThe Minister for Agriculture said it is “very unfortunate”.",
             quote: "very unfortunate", kind: "partial", speaker: "The Minister for Agriculture", method: "anonymous"),
        // Two offices of one person before the name, after the verb.
        Case(marked: "“The decision was hard,” said Butterball president and chief executive officer ⟦Hank Hollinger⟧.",
             quote: "The decision was hard,", kind: "direct", speaker: "Hank Hollinger", method: "inverted"),
        // A paragraph ending in a colon introduces the quote below it: its subject speaks, whoever else it names.
        Case(marked: "⟦Chandler⟧ spoke first.\n⟦Bilodeau Breton⟧ President ⟦Gerald Bollard⟧ addressed the cuts in a news release:\n“This has nothing to do with the workers.”",
             quote: "This has nothing to do with the workers.", kind: "direct", speaker: "Gerald Bollard", method: "previous_paragraph"),
        // A capitalised title set off by commas opens an appositive that runs to the verb.
        Case(marked: "“We are working hard,” ⟦Ravank Poddarik⟧, President, Passenger Vehicle Business Unit, ⟦Tata Motors|ORG⟧ said in a statement.",
             quote: "We are working hard,", kind: "direct", speaker: "Ravank Poddarik", method: "said_after"),
        // A source noun and its "of" complement are one subject, not the phrase opening the sentence.
        Case(marked: "The shortage has become so bad that the head of one emergency department has told executives his hospital is “at serious risk”.",
             quote: "at serious risk", kind: "partial", speaker: "the head of one emergency department", method: "anonymous"),
        // A preposition opens no speaker phrase.
        Case(marked: "Houses were flooded, with local people saying their belongings had been “washed away”.",
             quote: "washed away", kind: "partial", speaker: "local people", method: "anonymous"),
        // ("Sinn Fein TD Pearse Doherty": a capitalised title between them too.)
        Case(marked: "⟦Sinn Fein|ORG⟧ TD ⟦Pearse Doherty⟧ was clear: “We will talk to everyone.”", quote: "We will talk to everyone.",
             kind: "direct", speaker: "Pearse Doherty", method: "colon_intro"),
        // A title of several words after "the" is the person the text gave it.
        Case(marked: "Prime Minister ⟦Boris Johnson|PERSON|male⟧ lost the vote. The Prime Minister told MPs he would now “pause” the bill.",
             quote: "pause", kind: "partial", speaker: "Boris Johnson", method: "epithet"),
        // ” typed for both marks: after a space and before a word it opens.
        Case(marked: "The mayor spoke.\n⟦Zille|PERSON|female⟧, who said her relationship with the minister was good, said that she was ”completely convinced” of his good faith.",
             quote: "completely convinced", kind: "partial", speaker: "Zille", method: "partial_subject"),
        // A source qualified by an adjective and its preposition; a family, named or not, speaks as a group.
        Case(marked: "“There's no plan B,” a source familiar with the talks told CNN.", quote: "There's no plan B,", kind: "direct",
             speaker: "a source familiar with the talks", method: "anonymous"),
        Case(marked: "“It will happen this week,” a person with knowledge of the deal said.", quote: "It will happen this week,",
             kind: "direct", speaker: "a person with knowledge of the deal", method: "anonymous"),
        Case(marked: "“We are heartbroken,” the family of ⟦Tyre Nichols⟧ said in a statement.", quote: "We are heartbroken,",
             kind: "direct", speaker: "the family of Tyre Nichols", method: "anonymous"),
        Case(marked: "⟦Jane Doe|PERSON|female⟧ died in 2020. “We miss her,” the family said.", quote: "We miss her,",
             kind: "direct", speaker: "the family", method: "anonymous"),
        // The possessor opening a subject is not the subject: "he" is the brother, not Ahmed Ali.
        Case(marked: "⟦Ahmed Ali|PERSON|male⟧'s brother, ⟦Omar⟧, said the family had not been told. “We learned it from the news,” he said.",
             quote: "We learned it from the news,", kind: "direct", speaker: "Omar", method: "pronoun"),
        // The period of an abbreviated title between a role and the name.
        Case(marked: "“We are reviewing the footage,” police spokesman Sgt. ⟦Tom Hale⟧ said Tuesday.", quote: "We are reviewing the footage,",
             kind: "direct", speaker: "Tom Hale", method: "said_after"),
        // An unnamed subject opening the sentence introduces the words after a colon.
        Case(marked: "The senator, who faces a tough race next year, was blunt: “We need answers.”", quote: "We need answers.",
             kind: "direct", speaker: "The senator", method: "anonymous"),
        // The one an outlet quoted is who spoke.
        Case(marked: "“The claim is misleading,” the ⟦Herald|ORG⟧ quoted ⟦Sam Dube|PERSON|male⟧ as saying.", quote: "The claim is misleading,",
             kind: "direct", speaker: "Sam Dube", method: "said_after"),
        // Those heard saying something said it; after "Amidst …," the opening phrase is no subject.
        Case(marked: "Amidst the protest, the councillors were heard saying, “Farmers are suffering.”", quote: "Farmers are suffering.",
             kind: "direct", speaker: "the councillors", method: "anonymous"),
        Case(marked: "A video showed the man saying, “Get out now.”", quote: "Get out now.",
             kind: "direct", speaker: "the man", method: "anonymous"),
        // A participle after the object of a verb in the past is the subject's.
        Case(marked: "Prime Minister ⟦Jane Roe|PERSON|female⟧ also attacked the Green party saying that the rival party “ignores farmers”.",
             quote: "ignores farmers", kind: "partial", speaker: "Jane Roe", method: "partial_subject"),
        // A man named in the sentence before is "he", not a phrase for someone else there.
        Case(marked: "Mr ⟦Ames|PERSON|male⟧ thanked the volunteers after one man was hurt defending his shed.\n“We have the best volunteers,” he said.",
             quote: "We have the best volunteers,", kind: "direct", speaker: "Ames", method: "pronoun"),
        // A body that issued a statement that … said the words quoted in it; after a place's
        // possessive, the body is the subject.
        Case(marked: "⟦Norland|LOC⟧’s ⟦Coast Guard|ORG⟧ issued a statement that the ship “flew no flag” on Monday.",
             quote: "flew no flag", kind: "partial", speaker: "Coast Guard", method: "organisation"),
        // An MP who asked the prime minister is not "the prime minister" who answers.
        Case(marked: "⟦Tom Hale|PERSON|male⟧ MP, who represents Leeds, asked the prime minister about it.\n“Will you rule it out?” he said.\nResponding, the prime minister said: “I am grateful for the question.”",
             quote: "I am grateful for the question.", kind: "direct", speaker: "the prime minister", method: "anonymous"),
        // The one an outlet cites as saying something said it.
        Case(marked: "The ⟦Courier|ORG⟧ cites an unnamed minister as saying there will be “strong pressure” on the party.",
             quote: "strong pressure", kind: "partial", speaker: "an unnamed minister", method: "anonymous"),
        // An office alone before a colon is the person the text gave that title.
        Case(marked: "The ⟦EU|ORG⟧ High Representative for Foreign Affairs ⟦Jan Novak|PERSON|male⟧ spoke to the press.\n⟦EU|ORG⟧ High Representative: “Time is running out.”",
             quote: "Time is running out.", kind: "direct", speaker: "Jan Novak", method: "colon_intro"),
        // A dateline before a colon is no subject.
        Case(marked: "NORTHTOWN: Agency chairman ⟦Ravi Menon|PERSON|male⟧ has defended the decision, saying it was essential for the “life of the satellite” launched.",
             quote: "life of the satellite", kind: "partial", speaker: "Ravi Menon", method: "partial_subject"),
        // Touching on a topic introduces the quote-only paragraph after it.
        Case(marked: "Mayor ⟦Ann Pike|PERSON|female⟧ spoke on Monday.\nShe also touched on the flooding in the south.\n“The situation remains grim. We need help.”",
             quote: "The situation remains grim. We need help.", kind: "direct", speaker: "Ann Pike", method: "previous_paragraph"),
        // Wanting someone to know something introduces the quote after it.
        Case(marked: "Council President ⟦Sam Hale|PERSON|male⟧ closed the meeting.\nShe also wanted the voters to know that the budget was fair.\n“Please believe that we did our best!”",
             quote: "Please believe that we did our best!", kind: "direct", speaker: "Sam Hale", method: "previous_paragraph"),
        // A headline's quote echoed below, in other forms of its words, is the speaker's there.
        Case(marked: "‘Laying foundations for something bigger’\nCaptain ⟦Sam Hale|PERSON|male⟧ said that the win was just “part of laying the foundation for something bigger”.",
             quote: "Laying foundations for something bigger", kind: "direct", speaker: "Sam Hale", method: "repeated"),
        Case(marked: "Leave before the fire: ‘Conditions can turn in minutes’\n“Conditions can turn in minutes,” said ⟦Joan Stroud|PERSON|female⟧.",
             quote: "Conditions can turn in minutes", kind: "direct", speaker: "Joan Stroud", method: "repeated"),
        // A document that "reads" what is quoted is its issuer's.
        Case(marked: "The ⟦Ministry of Transport|ORG⟧ said in its statement that it rejects the claims.\n“The bridge is safe,” the statement reads.",
             quote: "The bridge is safe,", kind: "direct", speaker: "Ministry of Transport", method: "document"),
        // Picking something out "as …" judges it in the subject's words.
        Case(marked: "⟦Jane Roe|PERSON|female⟧ has picked out the league title as the “best moment of her life” so far.",
             quote: "best moment of her life", kind: "partial", speaker: "Jane Roe", method: "partial_subject"),
        // An office whose complement is a place, then its holder.
        Case(marked: "⟦Labour|ORG⟧ General Secretary for eastern ⟦Kent|LOC⟧ ⟦Priya Rao|PERSON|female⟧ claimed that it was “beyond doubt” that they would win.",
             quote: "beyond doubt", kind: "partial", speaker: "Priya Rao", method: "partial_subject"),
        // A firm stance taken "that …" is its subject's words.
        Case(marked: "Mr. ⟦Ames|PERSON|male⟧ was adamant on Monday that “the vote will not be delayed”.",
             quote: "the vote will not be delayed", kind: "partial", speaker: "Ames", method: "partial_subject"),
        // The subject of an indirect question ("whether X would …") is not who "he" is.
        Case(marked: "⟦Tom Rogers|PERSON|male⟧ appeared in court. His lawyer, ⟦Paul Renwick|PERSON|male⟧, asked for bail.\n⟦Renwick|PERSON|male⟧ would not say whether ⟦Rogers|PERSON|male⟧ would appeal.\n“We will see,” he said.",
             quote: "We will see,", kind: "direct", speaker: "Paul Renwick", method: "pronoun"),
        // The subject of a passive says nothing; the reporting clause at the sentence's end names the speaker.
        Case(marked: "“About 40” homes are believed to have been lost in the fire, acting premier ⟦Sam Dube|PERSON|male⟧ said on Thursday.",
             quote: "About 40", kind: "partial", speaker: "Sam Dube", method: "said_after"),
        // An opening phrase, the person with roles, then a stray comma before the verb.
        Case(marked: "Speaking in a statement, party Chief Whip ⟦Sam Dube|PERSON|male⟧, said that the ruling had “little bearing” on them.",
             quote: "little bearing", kind: "partial", speaker: "Sam Dube", method: "partial_subject"),
        // One or two paragraphs of narrative about the last speaker, naming nobody else: the quote that fills
        // the next paragraph is still theirs.
        Case(marked: "“We lost most of the herd,” ⟦Tom Hale|PERSON|male⟧ told reporters.\n⟦Hale|PERSON|male⟧ had dropped his children at school in town.\nHe now expects to lose most of the stock.\n“We were ready for that, but not for this.”",
             quote: "We were ready for that, but not for this.", kind: "direct", speaker: "Tom Hale", method: "carry_over"),
        // A body's acronym in brackets between its long name and the title before the speaker.
        Case(marked: "Farmers waited. “It is not easy,” ⟦Northland Association of Rural Towns|ORG⟧ (⟦NART|ORG⟧) president ⟦Jo Hale|PERSON|female⟧ said.",
             quote: "It is not easy,", kind: "direct", speaker: "Jo Hale", method: "said_after"),
        // "who" right after a name, with no comma, opens a clause about that person.
        Case(marked: "The quotas were announced by federal minister ⟦Mark Dale|PERSON|male⟧ who spoke of “levels that allow us to grow”.",
             quote: "levels that allow us to grow", kind: "partial", speaker: "Mark Dale", method: "partial_subject"),
        // "she" with nobody named before: the source phrase whose body's name holds an "of".
        Case(marked: "Teachers will strike. A ⟦Department of Schools|ORG⟧ spokeswoman said the award was fair.\n\"The government accepted this advice in full,\" she said.",
             quote: "The government accepted this advice in full,", kind: "direct", speaker: "A Department of Schools spokeswoman", method: "pronoun"),
        // A participle after the object of a past verb whose subject is a source phrase.
        Case(marked: "Talks failed. A ⟦Rail Operators Group|ORG⟧ spokesperson rebutted the claims saying: “We all want these talks to succeed.”",
             quote: "We all want these talks to succeed.", kind: "direct", speaker: "A Rail Operators Group spokesperson", method: "anonymous"),
        // A body's acronym in brackets inside a source phrase.
        Case(marked: "Talks failed. A ⟦Department for Ports|ORG⟧ (⟦DfP|ORG⟧) spokesperson called on unions to “reconsider this action”.",
             quote: "reconsider this action", kind: "partial", speaker: "A Department for Ports (DfP) spokesperson", method: "anonymous"),
        // "will continue to fight": a verb of going on before "to" reports nothing; "said" does.
        Case(marked: "⟦Mick Dale|PERSON|male⟧, head of the union, said workers will continue to fight for “as long as it takes.”",
             quote: "as long as it takes.", kind: "partial", speaker: "Mick Dale", method: "partial_subject"),
        // An auxiliary ends the phrase "he" refers back to.
        Case(marked: "The mayor of ⟦Eastport|LOC⟧ has claimed he is tackling the crisis \"head on\" as he announced new homes.",
             quote: "head on", kind: "partial", speaker: "The mayor of Eastport", method: "pronoun"),
        // Two judging words joined by "and", then an outlet "according to": both are the subject's.
        Case(marked: "⟦Ann Roe|PERSON|female⟧ called the loss “unacceptable” and “embarrassing,” according to the ⟦Star Tribune|ORG⟧.",
             quote: "unacceptable", kind: "partial", speaker: "Ann Roe", method: "partial_subject"),
        Case(marked: "⟦Ann Roe|PERSON|female⟧ called the loss “unacceptable” and “embarrassing,” according to the ⟦Star Tribune|ORG⟧.",
             quote: "embarrassing,", kind: "partial", speaker: "Ann Roe", method: "carry_over"),
        // A kind of group before a body's name: the body speaks, not the phrase
        // (whose first word is also a noun for sources here).
        Case(marked: "Whalers left. “It is a loss,” the campaign group ⟦Friends of the Marshes|ORG⟧ said.",
             quote: "It is a loss,", kind: "direct", speaker: "Friends of the Marshes", method: "organisation"),
        Case(marked: "Whalers left. But campaign group ⟦Friends of the Marshes|ORG⟧ said: “It is a loss.”",
             quote: "It is a loss.", kind: "direct", speaker: "Friends of the Marshes", method: "organisation"),
        // A capitalised run the tagger took only in part holds the person it named: a post-nominal, an office's
        // words before the name, a body after it.
        Case(marked: "In his closing speech, prosecutor ⟦Jo Fenwick|PERSON|male⟧ QC said: “He lied, and lied.”",
             quote: "He lied, and lied.", kind: "direct", speaker: "Jo Fenwick", method: "said_before"),
        // (Not a name the tagger split in two.)
        Case(marked: "The ⟦Green Party|ORG⟧'s spokesman ⟦Kennedy|PERSON|male⟧ ⟦Graham|LOC⟧ labelled the effort \"paltry\".",
             quote: "paltry", kind: "partial", speaker: "Kennedy Graham", method: "partial_subject"),
        Case(marked: "“We will find you,” Special Agent in Charge ⟦Mo Pauls|PERSON|male⟧ said.",
             quote: "We will find you,", kind: "direct", speaker: "Mo Pauls", method: "said_after"),
        Case(marked: "Bishop ⟦Dara Helms|PERSON|male⟧ of Hope Valley Ministries said he could \"feel the panic\" in the hall.",
             quote: "feel the panic", kind: "partial", speaker: "Dara Helms", method: "partial_subject"),
        // A word nobody tagged, a role, then the person: the person opens the clause.
        Case(marked: "Chess great ⟦Ola Brandt|PERSON|male⟧ announced his retirement, writing that he “will play more chess.”",
             quote: "will play more chess.", kind: "partial", speaker: "Ola Brandt", method: "partial_subject"),
        // A place's name before a colon is a dateline, and the phrase after it opens the clause.
        Case(marked: "⟦Eastport|LOC⟧: In a reply to the mayor, the Freedonian embassy in ⟦Eastport|LOC⟧ said it was wrong to blame it and to “exaggerate and fabricate” disputes.",
             quote: "exaggerate and fabricate", kind: "partial", speaker: "the Freedonian embassy", method: "anonymous"),
        // The noun phrase a place follows speaks, not the place.
        Case(marked: "In a reply to the mayor, the Freedonian embassy in ⟦Eastport|LOC⟧ said it was “groundless” to blame it.",
             quote: "groundless", kind: "partial", speaker: "the Freedonian embassy", method: "anonymous"),
        // "It said" after "The company said it …", its name three paragraphs back: the company.
        Case(marked: "⟦Zentrix|ORG⟧ said data was stolen.\n\n“We acted fast,” the company's statement said.\n\n“We are sorry.”\n\nThe company said it contacted those affected.\n\nIt said they should “stay cautious of calls.”",
             quote: "stay cautious of calls.", kind: "partial", speaker: "Zentrix", method: "pronoun"),
        // An appositive between dashes, between the name and the verb.
        Case(marked: "“It was an adventure,” ⟦Vic Glenn|PERSON|male⟧ -- a Ponoma native and Ridgecrest resident -- said after the ceremony.",
             quote: "It was an adventure,", kind: "direct", speaker: "Vic Glenn", method: "said_after"),
        // A body's fact sheet speaks for it.
        Case(marked: "Officials spoke.\n\n\"Measles can be dangerous,\" a ⟦Westland Department of Health|ORG⟧ fact sheet says.",
             quote: "Measles can be dangerous,", kind: "direct", speaker: "Westland Department of Health", method: "organisation"),
        // "They" after a family that opens its sentence after "Today,".
        Case(marked: "The body of ⟦Gavin Mole|PERSON|male⟧ was found.\n\nToday, ⟦Gavin|PERSON|male⟧’s family have paid tribute to him.\n\nThey said: \"Gavin was a devoted dad.\"",
             quote: "Gavin was a devoted dad.", kind: "direct", speaker: "Gavin’s family", method: "anonymous"),
        // After an inverted verb, a body or an untagged office, then the office's holder.
        Case(marked: "“It is a problem,” noted ⟦ATF|ORG⟧ Special Agent in Charge ⟦Will Cray|PERSON|male⟧, “and it is worse.”",
             quote: "It is a problem, and it is worse.", kind: "split", speaker: "Will Cray", method: "split"),
        Case(marked: "“It is a problem,” noted AFX Special Agent in Charge ⟦Will Cray|PERSON|male⟧, “and it is worse.”",
             quote: "It is a problem, and it is worse.", kind: "split", speaker: "Will Cray", method: "split"),
        Case(marked: "The board met.\n\n\"We can beat this,\" says District 3 Supervisor ⟦Marla Lund|PERSON|female⟧.",
             quote: "We can beat this,", kind: "direct", speaker: "Marla Lund", method: "inverted"),
        // An outlet quoting a place's officer by role and name: the person.
        Case(marked: "A quake hit.\n\n\"The death toll has increased,\" the television quoted ⟦Zarandia|LOC⟧ provincial governor ⟦Mohsen Karami|PERSON|male⟧ as saying.",
             quote: "The death toll has increased,", kind: "direct", speaker: "Mohsen Karami", method: "said_after"),
        // A participle after a comma belongs to the sentence's subject.
        Case(marked: "Speaking at a conference in ⟦Rome|LOC⟧, Sheikh ⟦Hamad bin Khalid|PERSON|male⟧ expressed hopes for \"progress\" in resolving the ⟦Gulf|LOC⟧ crisis, saying ⟦Riyadh|LOC⟧ and ⟦Doha|LOC⟧ have \"moved from a stalemate\".",
             quote: "moved from a stalemate", kind: "partial", speaker: "Hamad bin Khalid", method: "partial_subject"),
        Case(marked: "Chancellor ⟦Jo Hunt|PERSON|male⟧ reacted to the news by saying the only way to “make life better” is growth.",
             quote: "make life better", kind: "partial", speaker: "Jo Hunt", method: "partial_subject"),
        // A party's letter in brackets, then an appositive, between the name and the verb.
        Case(marked: "State Rep. ⟦Micah Van Hess|PERSON|male⟧ (R), who sponsored the bill, said during a hearing that it is “an issue close to my heart.”",
             quote: "an issue close to my heart.", kind: "partial", speaker: "Micah Van Hess", method: "partial_subject"),
        // An outlet, however described, quoting someone "as saying".
        Case(marked: "The ministry denied it.\n\n“The statements are not precise,” the official ⟦WAM|ORG⟧ news agency quoted deputy foreign minister ⟦Tariq al-Hadi|PERSON|male⟧ as saying.",
             quote: "The statements are not precise,", kind: "direct", speaker: "Tariq al-Hadi", method: "said_after"),
        // "was quoted as saying": the one quoted.
        Case(marked: "In the remarks, which the ⟦Washington Herald|ORG⟧ described as “unusually blunt”, ⟦Otabi|PERSON|male⟧ was quoted as saying that he preferred war to “living with a nuclear Freedonia.”",
             quote: "living with a nuclear Freedonia.", kind: "partial", speaker: "Otabi", method: "partial_subject"),
        // A body's statement, named by its acronym.
        Case(marked: "The storm grew.\n\n\"Nate is moving north,\" the ⟦NHC|ORG⟧ statement said.",
             quote: "Nate is moving north,", kind: "direct", speaker: "NHC", method: "organisation"),
        // Roles that end in the person they describe; not a person after a preposition.
        Case(marked: "The head of ⟦Eastland|LOC⟧'s centre-right ⟦National Unity|ORG⟧ party ⟦Benji Gantzer|PERSON|male⟧ harshly criticized ⟦Bram Nettle|PERSON|male⟧ on Monday, saying that the rival leader is \"unable to say anything true.\"",
             quote: "unable to say anything true.", kind: "partial", speaker: "Benji Gantzer", method: "partial_subject"),
    ]

    @Test("pattern", arguments: cases)
    func pattern(_ c: Case) throws {
        let doc = try StageHarness(QuoteStage.self).run(markedDocument(c.marked))
        let quotes = try #require(try doc.get(Layer.quotes)).filter { $0.kind != "mention" }
        let q = try #require(quotes.first { $0.text == c.quote }, "quotes found: \(quotes.map(\.text))")
        #expect(q.kind == c.kind)
        #expect(q.method == c.method)
        let clusters = try doc.get(Layer.clusters) ?? []
        let expectedCanonical = c.speaker.map { name in clusters.first { $0.canonical.hasSuffix(name) || $0.canonical == name }?.canonical ?? name }
        // A phrase speaker (anonymous, or a pronoun standing for one) has its text and no cluster.
        if c.method == "anonymous" || (q.speaker != nil && q.speaker?.canonical == nil) {
            #expect(q.speaker?.cluster == nil)
            if let name = c.speaker { #expect(q.speaker?.text == name) }
        } else {
            #expect(q.speaker?.canonical == expectedCanonical, "speaker: \(String(describing: q.speaker))")
        }
        // The text of every quote is exactly its span's content, except split and multi-paragraph ones.
        if q.kind != "split" && q.kind != "multi_paragraph" {
            #expect(TextOffsets(doc.text!).substring(q.start, q.end) == Substring(q.text))
        }
    }
}

@Suite("quotes: groups, anonymous and organisations as speakers")
struct GroupSpeakerTests {
    @Test("the speaker phrase is kept, with no cluster", arguments: [
        ("“We are reviewing the footage,” officers said on Monday.", "officers", "anonymous"),
        ("“This is outrageous,” one Weibo commenter wrote.", "one Weibo commenter", "anonymous"),
        ("“He was a kind boy,” the victim’s mother told reporters.", "the victim’s mother", "anonymous"),
        ("“They cannot stop us,” said one user.", "one user", "anonymous"),
        ("The company said in a statement that the service was “temporarily unavailable.”", "The company", "anonymous"),
        // A document speaks for who issued it; an age with its noun and no one named before is the phrase.
        ("“It is over,” according to a statement from the ministry.", "the ministry", "anonymous"),
        ("“It hurts,” the 62-year-old grandmother said of the loss.", "the 62-year-old grandmother", "anonymous"),
        ("“We are grateful,” read a statement from the family.", "the family", "anonymous"),
        ("“Let’s go,” someone shouted.", "someone", "anonymous"),
        // (A lede's "a judge" stays unnamed when nobody is named with the title or opens the next sentence.)
        ("A judge praised the “good work” of the officers.\nThe court then heard from ⟦Ann Lowe⟧.", "A judge", "anonymous"),
        // "he" after one unnamed person who spoke in the sentence before, with nobody named.
        ("The houses were empty when the troops left, another resident said.\n“We lost everything,” he said.",
         "another resident", "pronoun"),
        ("Most of the market had burned, said a shopkeeper who fled before the fire spread.\n“We survived,” he said.",
         "a shopkeeper", "pronoun"),
        // "the woman" alone is someone unnamed, even after a woman was named.
        ("⟦Mary Keane⟧ scored twice. “It was a great day,” the woman said.", "the woman", "anonymous"),
        // One of a firm's people, not the firm.
        ("“If there is still hope, we will be here,” says one ⟦Dayton Plumbing|ORG⟧ employee.", "one Dayton Plumbing employee", "anonymous"),
        // The one an outlet quotes speaks, not the outlet.
        ("State radio quoted an official as saying: “No one was arrested.”", "an official", "anonymous"),
        ("The agency quoted a police officer denying it, saying: “Nobody was hurt.”", "a police officer", "anonymous"),
        // "they" after a people named as the sentence's subject.
        ("⟦New Yorkers|NORP⟧ would go to a restaurant. “New York water,” they'd say to the waiter.", "New Yorkers", "anonymous"),
        // A title nobody in the text was given stays a phrase.
        ("⟦Ed Price⟧ spoke first. “I would have urged restraint,” the Cardinal said.", "the Cardinal", "anonymous"),
        // "he" with nobody named: the unnamed subject of the sentence before.
        ("The Canadian member of the committee told the paper that beer was allowed. “The only bad stuff is spirits,” he said.",
         "The Canadian member of the committee", "pronoun"),
        // An epithet with a restrictive clause is someone new, named by the phrase and its clause.
        ("⟦Deux Chevaux|ORG⟧ built a car designed to “carry two people and a sack of potatoes,” according to the executive who commissioned it.",
         "the executive who commissioned it", "anonymous"),
        // "used to say" between the halves of a split quote.
        ("“A disinterested judge,” our vocabulary teacher used to say, “is one who keeps an open mind.”", "our vocabulary teacher", "anonymous"),
        // A paragraph ending on a comma, whose subject is a phrase with a name inside.
        ("The hearing went on.\nA former business partner at ⟦Zentra Global|ORG⟧ stated in their testimony,\n“I saw everything.”",
         "A former business partner at Zentra Global", "anonymous"),
        // A paragraph that ends on a comma introduces the quote-only paragraph after it.
        ("The hearing went on.\nA former employee stated in court,\n“I saw everything.”", "A former employee", "anonymous"),
        // An epithet whose noun an indefinite phrase introduced is that unnamed person, not the last one named.
        ("⟦David Morales⟧ ran the firm. A former employee spoke to the court. “He lied,” the employee said.", "the employee", "anonymous"),
        // "he says" after a quote by one unnamed person, with nobody named since (the last quote is checked).
        ("⟦Lowell Rosenthal⟧ wrote a book. “We are scared,” says a doctor from Hebron. “It is hard,” he says.",
         "a doctor from Hebron", "pronoun"),
        // A person after a preposition at the end of the phrase is not who spoke.
        ("The hunt went on. A spokesman for ⟦Gul Aziz|PERSON|male⟧ said: “We can hope.”", "A spokesman for Gul Aziz", "anonymous"),
    ])
    func phrase(marked: String, speaker: String, method: String) throws {
        let quotes = try StageHarness(QuoteStage.self).run(markedDocument(marked)).get(Layer.quotes) ?? []
        let q = try #require(quotes.last { $0.kind != "mention" })
        #expect(q.speaker?.text == speaker)
        #expect(q.speaker?.cluster == nil)
        #expect(q.method == method)
    }

    @Test("a word capitalised only for opening its sentence is no speaker", arguments: [
        // (Nor a time: "40 years ago told police".)
        "A woman who admitted a theft more than 20 years ago told officers she “panicked” that night.",
        // (Nor a person who opens the next paragraph without speaking.)
        "“I was asleep when it started.”\n⟦Maria Lopez⟧ lost her home in the fire.",
        "Americans still eat too much fat. So concludes a new report prepared by the academy. “Nothing will change soon.”",
        "Having written her name, she crossed out “in.”",
    ])
    func openingWordIsNoSpeaker(marked: String) throws {
        let quotes = try StageHarness(QuoteStage.self).run(markedDocument(marked)).get(Layer.quotes) ?? []
        let q = try #require(quotes.last)
        #expect(q.speaker == nil, "speaker: \(String(describing: q.speaker))")
    }

    @Test("a name the entities stage missed still speaks")
    func untaggedOrganisation() throws {
        let quotes = try StageHarness(QuoteStage.self).run(markedDocument("“The claims are false,” Big Machine said in a statement.")).get(Layer.quotes) ?? []
        #expect(quotes.first?.speaker?.text == "Big Machine")
    }

    /// Pronouns look back at most some thirty sentences in text without
    /// paragraph breaks: the bound that keeps a long one-paragraph text fast.
    @Test("a pronoun reaches a person thirty sentences back, not forty")
    func pronounLookBackIsBounded() throws {
        func text(fillers: Int) -> String {
            let filler = String(repeating: "The river rose again overnight. ", count: fillers)
            return "⟦Jane Doe|PERSON|female⟧ ran the shelter. " + filler + "“We are full,” she said."
        }
        let near = try StageHarness(QuoteStage.self).run(markedDocument(text(fillers: 25))).get(Layer.quotes) ?? []
        #expect(near.last?.speaker?.canonical == "Jane Doe")
        let far = try StageHarness(QuoteStage.self).run(markedDocument(text(fillers: 40))).get(Layer.quotes) ?? []
        #expect(far.last?.speaker?.canonical == nil)
    }
}
