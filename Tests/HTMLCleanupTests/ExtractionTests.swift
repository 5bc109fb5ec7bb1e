import Testing
import TextPipe
@testable import HTMLCleanup

@Suite("main content")
struct ExtractionTests {
    let expectedStory = [
        "The city council voted on Tuesday to expand the bus network, adding twelve new routes by next spring.",
        "“This is the biggest change to public transport in a generation,” said Maria Lopez, the council’s transport chair.",
        "Opponents argued that the plan, which costs about $40 million, would raise fares for existing riders.",
    ]

    @Test func articleModeKeepsOnlyTheStory() throws {
        let doc = try cleanHTML(newsPage(story: "<h1>Council expands buses</h1>" + storyParagraphs))
        #expect(try paragraphs(doc) == expectedStory)
    }

    @Test func furnitureInsideTheStoryIsDropped() throws {
        let story = """
        <h1>Council expands buses</h1>
        <div class="byline">By Jane Reporter</div>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <figure><img src="bus.jpg"><figcaption>A new bus on its first route. Photo: City Hall</figcaption></figure>
        <p>The city council voted on Tuesday to expand the bus network, adding twelve new routes by next spring.</p>
        <div class="ad-slot">Advertisement</div>
        <script>trackPageView("article");</script><style>p { color: red }</style>
        <p>“This is the biggest change to public transport in a generation,” said Maria Lopez, the council’s transport chair.</p>
        <div class="newsletter-signup"><p>Get our morning newsletter in your inbox every day, free of charge.</p><form><input type="email"><button>Sign up</button></form></div>
        <p style="display:none">Hidden text that no reader sees on the page at all.</p>
        <p>Opponents argued that the plan, which costs about $40 million, would raise fares for existing riders.</p>
        <div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Bus fares to rise next year, officials warn</a></li></ul></div>
        <section id="comments"><h3>Comments</h3><p>Great news, finally some investment in our neighbourhood buses!</p></section>
        """
        let doc = try cleanHTML(newsPage(story: story))
        #expect(try paragraphs(doc) == expectedStory)
    }

    @Test func headingsAndBlockQuotesInsideTheStoryStay() throws {
        let story = """
        <h1>Council expands buses</h1>
        <p>The city council voted on Tuesday to expand the bus network, adding twelve new routes by next spring.</p>
        <h2>What changes for riders</h2>
        <p>Riders on the east side will see buses every ten minutes, compared with every twenty today, officials said.</p>
        <blockquote><p>“We have waited for this for years,” one rider wrote in a letter to the council.</p></blockquote>
        <p>The first new routes open in March, with the rest following over the summer and autumn.</p>
        """
        let doc = try cleanHTML(newsPage(story: story))
        #expect(try paragraphs(doc) == [
            "The city council voted on Tuesday to expand the bus network, adding twelve new routes by next spring.",
            "What changes for riders",
            "Riders on the east side will see buses every ten minutes, compared with every twenty today, officials said.",
            "“We have waited for this for years,” one rider wrote in a letter to the council.",
            "The first new routes open in March, with the rest following over the summer and autumn.",
        ])
    }

    @Test func captionsAndBylinesAreKeptWhenAskedFor() throws {
        let story = """
        <div class="byline">By Jane Reporter</div>
        <figure><img src="bus.jpg"><figcaption>A new bus on its first route.</figcaption></figure>
        """ + storyParagraphs
        let plain = try paragraphs(try cleanHTML(newsPage(story: story)))
        #expect(plain == expectedStory)
        let with = try paragraphs(try cleanHTML(newsPage(story: story), ["captions": true, "bylines": true]))
        #expect(with == ["By Jane Reporter", "A new bus on its first route."] + expectedStory)
    }

    @Test func fullModeKeepsAllVisibleText() throws {
        let html = "<nav><a href=\"/\">Home</a></nav><p>Story text.</p><script>var x = 1;</script><footer>Footer text</footer><div hidden>secret</div>"
        let doc = try cleanHTML(html, ["mode": "full"])
        #expect(try paragraphs(doc) == ["Home", "Story text.", "Footer text"])
    }

    @Test func schemaOrgArticleBodyWins() throws {
        let page = """
        <html><body>
        <div class="promo"><p>Subscribe now and get three months of unlimited access for the price of one, a great offer, really.</p>
        <p>Another long promotional paragraph, with commas, and more commas, that tries hard to look like a story.</p></div>
        <div itemprop="articleBody">
        <p>Scientists have found a new species of frog in the rainforest, the first in a decade.</p>
        <p>The frog, which is about two centimetres long, lives high in the trees and rarely comes down.</p>
        <p>Researchers said more surveys are needed to know how many of the frogs remain in the wild.</p>
        </div></body></html>
        """
        let doc = try cleanHTML(page)
        #expect(try paragraphs(doc).first == "Scientists have found a new species of frog in the rainforest, the first in a decade.")
        #expect(try paragraphs(doc).count == 3)
    }

    @Test func storyWithoutArticleElementIsFoundByTextDensity() throws {
        let page = """
        <html><body>
        <div id="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></div>
        <div id="left"><ul><li><a href="/1">Link one</a></li><li><a href="/2">Link two</a></li><li><a href="/3">Link three</a></li></ul></div>
        <div id="x1"><div id="x2">
        <p>Floods closed roads across the region on Sunday, and forecasters warned that more rain was on the way.</p>
        <p>Emergency crews rescued dozens of people from cars and homes, the fire service said in a statement.</p>
        <p>Schools in three districts will stay closed on Monday, while officials assess the damage to buildings.</p>
        </div></div>
        <div id="bottom"><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></div>
        </body></html>
        """
        let doc = try cleanHTML(page)
        #expect(try paragraphs(doc).count == 3)
        #expect(doc.text?.hasPrefix("Floods closed roads") == true)
    }

    @Test func hintWordsMatchWholeWordsOnly() {
        #expect(ExtractionHints.words("articleBody story-text") == ["article", "body", "story", "text"])
        #expect(ExtractionHints.words("c-header_nav shadow download") == ["c", "header", "nav", "shadow", "download"])
        let tree = HTMLParser.parse("<div class=\"shadow download\">x</div><div class=\"ad-slot\">y</div>")
        let hints = HintAnalysis(tree: tree)
        let divs = tree.descendants(of: MarkupTree.root, tag: .div)
        #expect(hints.classify(divs[0]).negative == false)
        #expect(hints.classify(divs[1]).negative == true)
    }
}
