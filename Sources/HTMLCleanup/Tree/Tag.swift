/// The elements the extractor treats differently, by lower-case name. Any
/// other element is `.other`, which counts as a block (custom elements on news
/// sites are mostly widgets and containers, rarely inline text).
enum Tag: UInt8, Sendable {
    case other
    // Document structure
    case html, head, body, title, meta, link, base
    // Never visible
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, source, track, map
    // Forms
    case form, input, button, select, option, textarea, label, fieldset, legend, datalist, output, dialog
    // Sections
    case article, main, section, nav, aside, header, footer, address, hgroup, search
    // Blocks
    case p, div, h1, h2, h3, h4, h5, h6, blockquote, pre, ul, ol, li, dl, dt, dd, figure, figcaption, table, thead,
         tbody, tfoot, tr, td, th, caption, hr, center, details, summary, menu
    // Inline
    case a, abbr, b, bdi, bdo, cite, code, data, dfn, em, font, i, kbd, mark, q, s, samp, small, span, strong, sub,
         sup, time, u, `var`, wbr, br, img, picture, del, ins, strike, tt, big, nobr, ruby, rt, rp

    private static let byName: [String: Tag] = {
        var table: [String: Tag] = [:]
        let all: [Tag] = [
            .html, .head, .body, .title, .meta, .link, .base,
            .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video, .audio,
            .source, .track, .map,
            .form, .input, .button, .select, .option, .textarea, .label, .fieldset, .legend, .datalist, .output, .dialog,
            .article, .main, .section, .nav, .aside, .header, .footer, .address, .hgroup, .search,
            .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .ul, .ol, .li, .dl, .dt, .dd, .figure,
            .figcaption, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .hr, .center, .details, .summary,
            .menu,
            .a, .abbr, .b, .bdi, .bdo, .cite, .code, .data, .dfn, .em, .font, .i, .kbd, .mark, .q, .s, .samp, .small,
            .span, .strong, .sub, .sup, .time, .u, .var, .wbr, .br, .img, .picture, .del, .ins, .strike, .tt, .big,
            .nobr, .ruby, .rt, .rp,
        ]
        for tag in all { table[String(describing: tag)] = tag }
        return table
    }()

    /// The tag for a lower-case element name.
    static func named(_ name: String) -> Tag { byName[name] ?? .other }

    /// Inline elements never end a paragraph; everything else does.
    var isInline: Bool { rawValue >= Tag.a.rawValue }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Elements whose content is never shown as text, in any mode.
    var isInvisible: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math, .iframe, .object,
             .embed, .canvas, .video, .audio, .source, .track, .map, .select, .option, .textarea, .datalist, .input,
             .button, .img, .picture, .rp:
            return true
        default:
            return false
        }
    }
}
