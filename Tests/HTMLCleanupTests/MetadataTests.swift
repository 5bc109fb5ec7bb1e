import Testing
import TextPipe
@testable import HTMLCleanup

@Suite("metadata")
struct MetadataTests {
    @Test func openGraphAndArticleTags() throws {
        let head = """
        <meta property="og:title" content="Council expands buses">
        <meta property="og:site_name" content="Example News">
        <meta name="author" content="By Jane Reporter">
        <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
        <link rel="canonical" href="https://example.com/news/buses">
        """
        let doc = try cleanHTML(newsPage(story: storyParagraphs, head: head))
        let meta = try #require(try doc.get(Layer.meta))
        #expect(meta == Meta(title: "Council expands buses", author: "Jane Reporter", date: "2024-03-05T09:30:00+01:00",
                             lang: "en", url: "https://example.com/news/buses", site: "Example News"))
    }

    @Test func jsonLDWhenThereAreNoMetaTags() throws {
        let head = """
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Site"},
          {"@type": "NewsArticle", "headline": "Frogs found", "datePublished": "2023-11-19",
           "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}],
           "publisher": {"@type": "Organization", "name": "Science Daily"}, "url": "https://example.org/frogs"}]}
        </script>
        """
        let page = "<html lang=\"pt-BR\"><head><title>Frogs | Science Daily</title>\(head)</head><body>\(storyParagraphs)</body></html>"
        let meta = try #require(try cleanHTML(page).get(Layer.meta))
        #expect(meta == Meta(title: "Frogs found", author: "Ann Lee, Bo Chen", date: "2023-11-19", lang: "pt",
                             url: "https://example.org/frogs", site: "Science Daily"))
    }

    @Test func titleFallsBackToH1ThenTitleWithoutSiteSuffix() throws {
        let withH1 = "<html><head><title>Page | Site</title></head><body><h1>Real headline</h1>\(storyParagraphs)</body></html>"
        #expect(try cleanHTML(withH1).get(Layer.meta)?.title == "Real headline")
        let titleOnly = "<html><head><title>Storm hits the coast - The Daily Planet</title></head><body>\(storyParagraphs)</body></html>"
        #expect(try cleanHTML(titleOnly).get(Layer.meta)?.title == "Storm hits the coast")
    }

    @Test func timeElementGivesTheDate() throws {
        let page = "<html><body><article><time datetime=\"2019-11-18T14:05Z\">Nov 18</time>\(storyParagraphs)</article></body></html>"
        #expect(try cleanHTML(page).get(Layer.meta)?.date == "2019-11-18T14:05:00Z")
    }

    @Test(arguments: [
        ("2019-11-19", "2019-11-19"),
        ("2019-11-19T10:20:30.123Z", "2019-11-19T10:20:30Z"),
        ("2019-11-19 10:20", "2019-11-19T10:20:00"),
        ("20191119T102000+0000", "2019-11-19T10:20:00Z"),
        ("Tue, 19 Nov 2019 10:20:30 +0100", "2019-11-19T10:20:30+01:00"),
        ("Tue, 19 Nov 2019 10:20:30 GMT", "2019-11-19T10:20:30Z"),
        ("November 19, 2019", "2019-11-19"),
        ("19 novembre 2019", "2019-11-19"),
        ("2019/11/19", "2019-11-19"),
    ])
    func datesAreNormalisedToISO8601(raw: String, iso: String) {
        #expect(DateNormalizer.normalize(raw) == iso)
    }

    @Test func unparseableDatesAreLeftOut() {
        #expect(DateNormalizer.normalize("yesterday") == nil)
        #expect(DateNormalizer.normalize("2019-13-45") == nil)
    }
}
