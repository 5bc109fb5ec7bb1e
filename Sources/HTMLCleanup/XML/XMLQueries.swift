import CLibXML2
import TextPipe

/// The XPath options for XML that is neither NITF nor a feed. Compiled once at
/// set-up to refuse a bad expression before any input is read; evaluated per
/// document (a compiled expression is not shared between threads).
struct XMLQueries: Sendable {
    var documents: String
    var text: String
    var id: String
    var title: String
    var date: String

    var isEmpty: Bool { documents.isEmpty && text.isEmpty && id.isEmpty && title.isEmpty && date.isEmpty }

    func validate() throws {
        for (option, expression) in [("xml_documents", documents), ("xml_text", text), ("xml_id", id),
                                     ("xml_title", title), ("xml_date", date)] where !expression.isEmpty {
            guard let compiled = xmlXPathCompile(expression) else {
                throw StageSetupError(option: option, "`\(expression)` is not a valid XPath 1.0 expression")
            }
            xmlXPathFreeCompExpr(compiled)
        }
    }
}
