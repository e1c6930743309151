import Foundation
import CGumbo

/// What on a page is not the story: elements never read (scripts, forms, navigation) and elements
/// whose class or id names page furniture (share bars, related stories, comments, cookie notices,
/// bylines, captions), which readability-style extractors recognise the same way.
enum HTMLBoilerplate {
    /// Elements whose text is never part of the story.
    static let droppedTags: Set<GumboTag> = [
        GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_NAV, GUMBO_TAG_FOOTER,
        GUMBO_TAG_ASIDE, GUMBO_TAG_FORM, GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT, GUMBO_TAG_INPUT, GUMBO_TAG_TEXTAREA,
        GUMBO_TAG_IFRAME, GUMBO_TAG_SVG, GUMBO_TAG_CANVAS, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_VIDEO,
        GUMBO_TAG_AUDIO, GUMBO_TAG_FIGURE, GUMBO_TAG_HEADER, GUMBO_TAG_MENU, GUMBO_TAG_TITLE, GUMBO_TAG_HEAD,
    ]

    /// Elements gumbo 0.10 does not know by tag, and AMP's furniture.
    private static let droppedNames: Set<String> = ["dialog", "amp-ad", "amp-social-share", "amp-sidebar", "amp-consent"]

    /// Parts of class or id names that mark furniture ("share-bar", "related-links", "comments").
    private static let furnitureNames = [
        "comment", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri", "signup",
        "sign-up", "cookie", "consent", "gdpr", "promo", "sponsor", "advert", "banner", "sidebar", "footer",
        "breadcrumb", "pagination", "pager", "popup", "modal", "byline", "author", "dateline", "timestamp",
        "caption", "credit", "toolbar", "more-stories", "read-more", "readmore", "outbrain", "taboola", "navbar",
        "navigation", "menu", "masthead", "disqus", "widget", "trending", "most-popular", "mostpopular",
        "most-read", "mostread", "skip-link", "tags", "topics", "follow", "rating",
        "overlay", "teaser", "excerpt", "more-news", "more-posts", "more-articles", "morenews", "recirc", "read-next",
        "up-next", "upnext", "carousel", "slideshow", "gallery", "video", "podcast", "login", "correction-policy",
    ]
    /// Parts of class or id names that mark the story itself; they outweigh furniture names
    /// ("article-body share-wrapper" is a body).
    static let storyNames = [
        "articlebody", "article-body", "article_body", "article-content", "article__content", "articlecontent",
        "story-body", "storybody", "story-content", "entry-content", "post-content", "post-body", "postbody",
        "main-content", "content-body", "body-text", "article-text", "story-text", "articletext", "rich-text",
        "paragraph",
    ]
    /// Whole class tokens that mark furniture where a part would match too much ("ad" in "head").
    private static let furnitureTokens: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "hidden", "visually-hidden", "sr-only", "screen-reader-text", "hide",
        "meta", "byline", "share", "tools", "related", "embed", "figure", "sharebar",
    ]


    /// Whether the element is furniture by its tag, attributes or names.
    static func isFurniture(_ node: HTMLTree.Node) -> Bool {
        guard let tag = node.tag else { return false }
        if droppedTags.contains(tag) || (tag == GUMBO_TAG_UNKNOWN && droppedNames.contains(node.name)) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = node.attribute("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "menu"].contains(role) {
            return true
        }
        if tag == GUMBO_TAG_FIGCAPTION { return true }
        if tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN { return false }
        return isFurnitureName(node.names)
    }

    static func isFurnitureName(_ names: String) -> Bool {
        guard !names.isEmpty else { return false }
        if isStoryName(names) { return false }
        if furnitureNames.contains(where: { has(names, $0) }) { return true }
        let tokens = names.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        return tokens.contains { furnitureTokens.contains(String($0)) || $0.hasPrefix("ad-") || $0.hasPrefix("ads-") }
    }

    static func isStoryName(_ names: String) -> Bool {
        !names.isEmpty && storyNames.contains { has(names, $0) }
    }

    /// Whether `part` occurs in `names`, byte by byte: Foundation's `contains` goes through
    /// NSString and cost a tenth of the load time, asked for every element.
    private static func has(_ names: String, _ part: String) -> Bool {
        var names = names, part = part
        return names.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if needle.indices.allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
                }
                return false
            }
        }
    }

    /// Lines that stand alone between paragraphs and are never story text, compared lower-cased
    /// without end punctuation.
    private static let lines: Set<String> = [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "read more", "continue reading",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "click here", "related", "related articles", "related stories", "related content", "recommended",
        "more from", "subscribe", "sign up", "follow us", "skip advertisement", "story continues below advertisement",
        "article continues below advertisement", "this article is more than 1 year old", "close", "loading",
        "image", "photo", "video", "listen", "comments", "print", "email", "you might also like", "you may also like",
        "advert", "iklan", "anzeige", "publicité", "publicidad", "more", "don't miss", "related news", "topics", "tags",
        "tell us what you think", "like this story? share it with a friend", "most read", "most popular", "trending",
    ]

    /// Whether a block is one of the lines above, or a line that promotes rather than tells.
    static func isFurnitureLine(_ text: String) -> Bool {
        let plain = text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        if lines.contains(plain) { return true }
        guard plain.count < 100 else { return false }
        let prefixes = ["read more:", "read more about", "related:", "see also:", "also read:", "more:", "sign up for",
                        "click here to", "follow us on", "subscribe to", "get the latest", "this story has been shared",
                        "filed under", "popular on ", "more great ", "related roundup", "tempo de leitura"]
        if prefixes.contains(where: plain.hasPrefix) { return true }
        let social = ["facebook", "twitter", "instagram"]
        if plain.hasPrefix("follow ") && social.contains(where: plain.contains) { return true }
        // "3 min read", "Reading time: 4 minutes".
        if plain.count < 40 && (plain.hasSuffix("min read") || plain.hasSuffix("minute read") || plain.hasPrefix("reading time")) {
            return true
        }
        return isAddress(plain)
    }

    /// A line that is only a web address or an email address (a permalink, a contact line).
    private static func isAddress(_ plain: String) -> Bool {
        guard !plain.contains(where: \.isWhitespace) else { return false }
        return plain.hasPrefix("http://") || plain.hasPrefix("https://") || plain.hasPrefix("www.")
            || (plain.contains("@") && plain.contains(".")) || plain.hasPrefix("twitter.com/")
    }
}
