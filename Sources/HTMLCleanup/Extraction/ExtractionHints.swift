/// Every word list the article extractor uses, in one place, so that tuning
/// the extractor means editing this file.
///
/// Class and id values are split into words at spaces, `-`, `_`, `:` and
/// lower-to-upper case changes (`articleBody` → `article`, `body`), lower-cased,
/// and matched word by word. Whole words, not substrings: "ad" must not match
/// "header", "shadow" or "download".
enum ExtractionHints {
    /// Words in a class or id that mark the story itself.
    static let positive: Set<String> = [
        "article", "articlebody", "articlecontent", "articletext", "story", "storybody", "storytext", "body",
        "content", "entry", "post", "postbody", "posttext", "text", "main", "maincontent", "blog", "hentry",
        "prose", "richtext", "rte", "copy", "bodytext", "news", "page", "single",
    ]

    /// Pairs of words that name the story's body container (`article-body`,
    /// `entry-content`); a container carrying one is strongly preferred.
    static let bodyContainers: Set<String> = [
        "article body", "article content", "article text", "article copy", "article main", "story body",
        "story content", "story text", "entry content", "entry body", "post content", "post body", "post text",
        "post entry", "body text", "article entry", "blog post", "main article", "content body", "news text",
        "news body", "text body", "rich text", "body copy", "articlebody", "article__body", "storytext",
        "article section", "article inner",
    ]

    /// Words in a class or id that mark page furniture, not the story.
    static let negative: Set<String> = [
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "adsense", "adslot", "adunit", "dfp", "gpt",
        "banner", "sponsor", "sponsored", "promo", "promotion", "promoted", "outbrain", "taboola", "teaser",
        "comment", "comments", "commentlist", "respond", "reply", "disqus", "discussion",
        // Not "twitter" or "facebook": embedded posts quoted in a story carry those classes.
        "share", "sharing", "shares", "social", "socials", "sharebar", "sharetools", "email", "print", "follow",
        "related", "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "trending",
        "popular", "mostread", "more", "readmore", "next", "prev", "previous", "pagination", "pager",
        // Not "paywall": pages saved by subscribers keep the story's second half in such a box.
        "newsletter", "subscribe", "subscription", "signup", "registration", "register", "login",
        "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "lightbox", "toast",
        "sidebar", "rail", "aside", "widget", "widgets", "sidebox",
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar", "toolbar",
        "header", "footer", "copyright", "skip", "hidden", "hide", "sr", "screenreader", "visually", "offscreen",
        "byline", "author", "authors", "dateline", "timestamp", "published", "updated", "meta", "tags", "tag",
        "topics", "categories", "keywords", "caption", "credit", "credits", "figcaption", "photo", "gallery",
        "video", "player", "audio", "podcast", "slideshow", "thumbnail",
        "disclaimer", "correction", "feedback", "rating", "poll", "survey", "contact", "bio",
        "jump", "toc", "outline", "tooltip", "utility", "utilities", "tools", "actions", "icons",
        "headline", "title", "kicker", "eyebrow", "deck", "standfirst",
    ]

    /// Words that mark furniture even when positive words are present too
    /// (`article-comments`, `story-related`).
    static let strongNegative: Set<String> = [
        "comment", "comments", "related", "newsletter", "share", "sharing", "social", "recommended", "outbrain",
        "taboola", "cookie", "consent", "subscribe", "promo", "sponsored", "advertisement", "ad", "ads",
        "breadcrumb", "sidebar", "footer", "disqus", "byline", "caption", "trending", "popular", "mostread",
        "readmore", "signup",
    ]

    /// ARIA roles of page furniture.
    static let negativeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
        "toolbar", "tablist", "button",
    ]

    /// Whole lines that are page furniture in any story ("Advertisement",
    /// "Share this article"); compared lower-cased, punctuation trimmed.
    static let boilerplateLines: Set<String> = [
        "advertisement", "advertisements", "advertising", "ad", "sponsored", "sponsored content",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "email", "print", "comments", "comment", "read more", "read more:", "more", "continue reading",
        "related", "related articles", "related stories", "related content", "see also", "recommended",
        "subscribe", "sign up", "log in", "login", "skip to content", "skip to main content", "back to top",
        "click here", "loading", "loading...", "view comments", "show comments", "leave a comment",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "scroll to continue with content", "supported by", "listen to this article",
        "image", "photo", "video", "close", "menu", "search",
    ]

    /// Everything a single class/id word can say, for one lookup per word.
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static let positive = WordFlags(rawValue: 1)
        static let negative = WordFlags(rawValue: 2)
        static let strongNegative = WordFlags(rawValue: 4)
        static let bodyContainer = WordFlags(rawValue: 8)
        static let byline = WordFlags(rawValue: 16)
        static let caption = WordFlags(rawValue: 32)
        /// The first word of a `bodyContainers` pair.
        static let pairStart = WordFlags(rawValue: 64)
    }

    /// The lists above folded into one table.
    static let flags: [String: WordFlags] = {
        var table: [String: WordFlags] = [:]
        for w in positive { table[w, default: []].insert(.positive) }
        for w in negative { table[w, default: []].insert(.negative) }
        for w in strongNegative { table[w, default: []].insert(.strongNegative) }
        for w in ["byline", "author", "authors"] { table[w, default: []].insert(.byline) }
        for w in ["caption", "figcaption", "credit"] { table[w, default: []].insert(.caption) }
        for entry in bodyContainers {
            let parts = entry.split(separator: " ")
            if parts.count == 1 {
                table[entry, default: []].insert(.bodyContainer)
            } else {
                table[String(parts[0]), default: []].insert(.pairStart)
            }
        }
        return table
    }()

    /// Short lines that open what comes after a story (teasers, tags,
    /// comments), in the languages of the pages textpipe has been tuned on;
    /// compared lower-cased, punctuation and ellipses trimmed. When one follows
    /// enough story, it and everything after it in the container go. Not the
    /// "read also" kind ("leia também", "baca juga"): those sit mid-story.
    static let endOfStory: Set<String> = [
        "related", "related articles", "related stories", "related posts", "related news", "related content",
        "recent articles", "recent posts", "recent stories", "latest news", "latest stories", "latest articles",
        "you may also like", "you might also like", "you may like", "we recommend", "recommended for you",
        "more stories", "more from", "more news", "more articles", "read next", "up next", "what to read next",
        "most read", "most popular", "popular", "trending", "trending now", "tags", "topics", "filed under",
        "comments", "leave a reply", "leave a comment", "post a comment", "share this", "like this",
        "about the author", "sponsored stories", "around the web", "from the web", "promoted stories",
        "você pode gostar", "você também pode gostar", "notícias relacionadas",
        "posts relacionados", "artigos relacionados", "últimas notícias", "mais lidas",
        "artículos relacionados", "noticias relacionadas", "te puede interesar", "también te puede interesar",
        "más noticias", "ähnliche artikel", "mehr zum thema", "das könnte sie auch interessieren",
        "weitere artikel", "articoli correlati", "potrebbe interessarti", "articles similaires",
        "sur le même sujet", "похожие статьи", "популярное",
        "관련기사", "관련 기사", "関連記事", "おすすめ記事", "artikel terkait", "berita terkait", 
    ]

    /// Splits a class/id value into lower-case words. Class names are
    /// nearly always ASCII, which takes a byte loop; anything else goes
    /// through Unicode properties.
    static func words(_ hint: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        var ascii = true
        for b in hint.utf8 {
            if b >= 0x80 {
                ascii = false
                break
            }
            switch b {
            case 0x20, 0x2D, 0x5F, 0x3A, 0x2E, 0x2F, 0x09, 0x0A, 0x0D:  // space - _ : . / tab newlines
                if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousLower = false
            case 0x41...0x5A:  // upper case: a word starts after a lower-case letter or digit
                if previousLower {
                    result.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                current.append(b + 0x20)
                previousLower = false
            default:
                current.append(b)
                previousLower = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            }
        }
        if ascii {
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
            return result
        }
        return unicodeWords(hint)
    }

    private static func unicodeWords(_ hint: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previousLower = false
        for ch in hint.unicodeScalars {
            switch ch {
            case " ", "-", "_", ":", ".", "/", "\t", "\n", "\r":
                if !current.isEmpty { result.append(current) }
                current = ""
                previousLower = false
                continue
            default:
                break
            }
            let isUpper = ch.properties.isUppercase
            if isUpper && previousLower {
                result.append(current)
                current = ""
            }
            previousLower = ch.properties.isLowercase || ("0"..."9").contains(ch)
            if isUpper {
                current.unicodeScalars.append(contentsOf: ch.properties.lowercaseMapping.unicodeScalars)
            } else {
                current.unicodeScalars.append(ch)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
