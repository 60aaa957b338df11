#ifndef YAODIAN_CLIBXML2_SHIM_H
#define YAODIAN_CLIBXML2_SHIM_H

// Foundation and libxml2's ICU glue clash on ICU types (UErrorCode …) under Swift 6.3:
// read the version header first and switch the ICU part off before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

// xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void yaodian_xmlFree(void *ptr) { xmlFree(ptr); }

// Swallow libxml2's diagnostics: recovery is expected on real pages and the library never prints.
static void yaodian_silent_structured_error(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }
static void yaodian_silent_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void yaodian_silence_errors(void) {
    xmlSetStructuredErrorFunc(NULL, yaodian_silent_structured_error);
    xmlSetGenericErrorFunc(NULL, yaodian_silent_generic_error);
}

#endif
