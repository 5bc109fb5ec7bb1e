#ifndef TEXTPIPE_CLIBXML2_SHIM_H
#define TEXTPIPE_CLIBXML2_SHIM_H
/* Debian's libxml2 headers pull in ICU's converter header when built with ICU,
   which clashes with Foundation's own ICU module in Swift. Nothing textpipe
   uses needs it, so the ICU part of the API is switched off before including. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>

/* xmlFree is a global function-pointer variable, which Swift 6 refuses to
   read from concurrent code; this wrapper reads it in C. */
static inline void textpipe_xml_free(void *p) { xmlFree(p); }
#endif
