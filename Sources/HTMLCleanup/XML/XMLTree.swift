import CLibXML2

/// A parsed XML document, freed when the last reference goes.
final class XMLTree {
    let doc: xmlDocPtr
    init(_ doc: xmlDocPtr) { self.doc = doc }
    deinit { xmlFreeDoc(doc) }

    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }
}
