import Foundation
import Testing
import TextPipe
import QuoteAttribution

@Suite("quotes: detection, kinds and hostile input")
struct QuoteDetectionTests {
    func quotes(_ marked: String, options: JSONObject = [:]) throws -> [Quote] {
        try StageHarness(QuoteStage.self, options: options).run(markedDocument(marked)).get(Layer.quotes) ?? []
    }

    @Test("quoted alternatives before a noun are both mentions")
    func alternatives() throws {
        let found = try quotes("Forecasters warned that pollution is likely to reach “severe” or “emergency” levels on Wednesday.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.kind == "mention" })
    }

    @Test("scare quotes, titles and nicknames are mentions, or dropped on request", arguments: [
        "The so-called “peace plan” was rejected.",
        "She starred in the film “The Long Night” last year.",
        "Joe “The Hammer” Smith won again.",
        "The word “escalation” appears twice.",
        "Officials discussed the “framework” on Monday.",
        "The party renamed its account “factcheckUK” during the debate, critics said.",
        "The club posted the news from “@SpursOfficial” at noon, fans said.",
        "Users can switch between being corporations, “creators,” and normal people, Stier says.",
        "He was diagnosed with “feather-duvet lung,” according to a new case report.",
        // A modifier between the article and the word; "protests" after "during" is a noun, not a speaker's verb.
        "Three people died during protests against the self-declared “interim” government on Friday.",
        // A term named after a copula.
        "On a bird, the term often used is “bird fancier’s lung.”",
        // A quoted name as the subject of a sentence, and one standing alone after the noun it names.
        "“Meth. We’re on it” is rolling out with TV commercials.",
        "Just what is this new slogan?\n“Meth. We’re on it.”",
        "The tagline? “Meth. We’re on it.”",
        // Several words between a modified article and a noun.
        "An app will control a new “functions on demand” system next year.",
        // "charging" here is electric, not an accusation: no one speaks.
        "The app supports remote charging control and a new “functions on demand” system.",
        // One quoted word that nobody can be said to have said.
        "Visitors were asked to leave their “valuables” at the gate.",
        "The reports went on. The December 12 email also called for attention to any “Russian citizens” visiting.",
        // A name given with "call", not words that judge.
        "Residents of Elm Street call the area “the Hole.”",
    ])
    func mentions(_ text: String) throws {
        let found = try quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.kind == "mention")
        #expect(found.first?.speaker == nil)
        #expect(try quotes(text, options: ["mentions": "drop"]).isEmpty)
    }

    @Test("a straight single quote opening on a small letter, after a speech verb, among double quotes")
    func straightSingleAfterSpeechVerb() throws {
        let found = try quotes("⟦Jane Roe|PERSON|female⟧ told reporters on Friday she was 'very hopeful' about the vote. “We will win,” she said.")
        let hopeful = try #require(found.first { $0.text == "very hopeful" }, "found: \(found.map(\.text))")
        #expect(hopeful.kind == "partial")
        #expect(hopeful.speaker?.canonical == "Jane Roe")
        // Not an elision, a plural's apostrophe, or a stretch that no speech verb reports.
        let none = try quotes("He loved rock 'n' roll and the players' union wrote 'independent adults' on it. “Yes,” he said. They sang 'em all, 'til dawn.")
        #expect(none.map(\.text) == ["Yes,"], "found: \(none.map(\.text))")
    }

    @Test("nested quotes are kept as their own quote inside the outer one")
    func nested() throws {
        let found = try quotes("“He told me ‘never again’ and walked out,” ⟦Park⟧ said.")
        #expect(found.map(\.text) == ["He told me ‘never again’ and walked out,", "never again"])
        #expect(found[0].speaker?.canonical == "Park")
        #expect(found[1].method == "nested")
        #expect(found[1].kind == "nested")
        #expect(found[1].start > found[0].start && found[1].end < found[0].end)
    }

    @Test("‘‘ and ’’ standing in for double quotes, as some feeds write them")
    func doubledSingleMarks() throws {
        let found = try quotes("‘‘It was an attempt to mislead voters,’’ ⟦Will Moy⟧ told the BBC.")
        #expect(found.map(\.text) == ["It was an attempt to mislead voters,"])
        #expect(found.first?.speaker?.canonical == "Will Moy")
        #expect(found.first?.kind == "direct")
    }

    @Test("two straight apostrophes stand for double quotes in archive text, opening and closing")
    func doubledStraightApostrophes() throws {
        let found = try quotes("''It was an attempt to mislead voters,'' ⟦Will Moy⟧ told the paper. Critics called it ''a farce.''")
        #expect(found.map(\.text) == ["It was an attempt to mislead voters,", "a farce."])
        #expect(found.first?.speaker?.canonical == "Will Moy")
        // A plural possessive before a word is no quotation mark.
        #expect(try quotes("The players'' union met. The teams' owners agreed.").isEmpty)
        // Runs of three or four marks once made two-scalar marks overlap and
        // took the whole batch down.
        _ = try quotes("Fill in the line by 'Independent Adults.''' Not family? ''' x ''''' y '''")
        _ = try quotes("or we can make 200 to 250````and they need 300.")
        _ = try quotes("a ‘‘‘‘b and ’’’’ c")
    }

    @Test("curly single marks quote a few words in text that quotes sentences with double ones")
    func britishPartials() throws {
        let found = try quotes("⟦Dan Price⟧, who chaired the meeting, said it was a case of ‘plain bad planning’ by the board. “It is a sad day,” he said.")
        #expect(found.map(\.text) == ["plain bad planning", "It is a sad day,"])
        #expect(found.first?.kind == "partial")
        #expect(found.first?.speaker?.canonical == "Dan Price")
        // A nickname between names and one letter for a word quote nobody.
        let names = try quotes("He told his engineer Mark ‘Spanner’ Ellery: “That was no accident.” Fish ‘n’ Chips opened.")
        #expect(names.map(\.text) == ["That was no accident."])
        // A single-quoted stretch across a double quote's mark is no quote of its own, and takes nothing down.
        let crossing = try quotes("‘It was the “best” day of my life,’ she said. “We won,” ⟦Park⟧ said.")
        #expect(crossing.contains { $0.text == "We won," && $0.speaker?.canonical == "Park" })
    }

    @Test("straight single marks quote in a headline, not in the body of text that quotes with double ones")
    func headlineSingles() throws {
        let found = try quotes("Moss on his rookie: 'He Can Play Anywhere'\n“He can play anywhere,” ⟦Moss⟧ told reporters.")
        #expect(found.map(\.text) == ["He Can Play Anywhere", "He can play anywhere,"])
        let body = try quotes("The owners met the 'new' union in good faith on Monday.\n“We agreed,” ⟦Moss⟧ said.")
        #expect(body.map(\.text) == ["We agreed,"])
    }

    @Test("apostrophes are not quotation marks")
    func apostrophes() throws {
        #expect(try quotes("It’s the troops’ morale, not the generals’ plans, that counts in ’24.").isEmpty)
        let found = try quotes("“They’re pulling in support, but it’s a short-term fix,” ⟦Austin⟧ noted.")
        #expect(found.map(\.text) == ["They’re pulling in support, but it’s a short-term fix,"])
    }

    @Test("an unclosed quote is repaired to the end of its paragraph, not fatal")
    func unclosed() throws {
        let found = try quotes("“We will win this war, ⟦Austin⟧ said\nThe next paragraph has no quotes.")
        #expect(found.count == 1)
        #expect(found[0].text == "We will win this war, Austin said")
        #expect(found[0].extra["repaired"] == true)
    }

    @Test("two openings in a row: the first quote ends where the second begins")
    func doubleOpening() throws {
        let found = try quotes("“First words here “Second words here,” ⟦Park⟧ said.")
        #expect(found.map(\.text) == ["First words here", "Second words here,"])
    }

    @Test("quotes at the very start and end of the text, and empty quotes")
    func edges() throws {
        #expect(try quotes("“Start”").map(\.text) == ["Start"])
        #expect(try quotes("“”").isEmpty)
        #expect(try quotes("“  ”").isEmpty)
        #expect(try quotes("“").isEmpty)
        #expect(try quotes("”").isEmpty)
        #expect(try quotes("").isEmpty)
        #expect(try quotes("He said so. “The end.”").map(\.text) == ["The end."])
        // A quote after nothing but a colon, or a comma, in its sentence.
        #expect(try quotes(": “We will win.”").map(\.text) == ["We will win."])
        #expect(try quotes("Ok. , “We will win.”").map(\.text) == ["We will win."])
    }

    @Test("10,000 quote marks in a row, and a 10,000-quote document, finish")
    func manyMarks() throws {
        let marks = String(repeating: "“", count: 10_000) + String(repeating: "\"", count: 10_000)
        _ = try quotes(marks)
        let many = (0..<10_000).map { "“Word \($0),” she said." }.joined(separator: " ")
        let found = try quotes(many)
        #expect(found.count == 10_000)
    }

    @Test("the summary option lists speakers by first appearance with counts")
    func summary() throws {
        let doc = try StageHarness(QuoteStage.self, options: ["summary": true])
            .run(markedDocument("“One,” ⟦Park⟧ said. “Two,” ⟦Austin⟧ said. “Three,” ⟦Park⟧ added. The “plan” was dropped."))
        #expect(doc[field: "speakers"] == [
            ["speaker": "Park", "cluster": 0, "quotes": 2],
            ["speaker": "Austin", "cluster": 1, "quotes": 1],
        ])
    }

    @Test("min_confidence makes the stage abstain")
    func abstain() throws {
        let found = try quotes("⟦Park⟧ was not convinced. “Nothing has changed.”", options: ["min_confidence": 0.6])
        #expect(found.first?.speaker == nil)
        #expect(found.first?.method == "unattributed")
    }

    @Test("needs entities: the pipeline says so before any input is read")
    func contract() {
        #expect(QuoteStage.description.needs == ["text", "sentences", "entities"])
        let doc = Document(id: "x", text: "“Hi,” he said.")
        #expect { try StageHarness(QuoteStage.self).run(doc) } throws: { "\($0)".contains("no `sentences` layer") }
    }
}
