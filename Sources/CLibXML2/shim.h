#ifndef CASEBOOK_CLIBXML2_SHIM_H
#define CASEBOOK_CLIBXML2_SHIM_H
// libxml2's ICU support clashes with Foundation's ICU module: read the version header first and
// switch ICU off before the rest of libxml2 is seen.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#endif
