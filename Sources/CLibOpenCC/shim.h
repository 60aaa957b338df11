#ifndef YAODIAN_CLIBOPENCC_SHIM_H
#define YAODIAN_CLIBOPENCC_SHIM_H
// OpenCC's C API: opencc_open / opencc_convert_utf8 / opencc_convert_utf8_free / opencc_close.
#include <opencc.h>
#endif
