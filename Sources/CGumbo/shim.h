#include <gumbo.h>
/* kGumboDefaultOptions is a C global, which Swift 6 rejects; these wrappers hide it. */
static inline GumboOutput *lede_gumbo_parse(const char *buf, size_t len) {
    return gumbo_parse_with_options(&kGumboDefaultOptions, buf, len);
}
static inline void lede_gumbo_destroy(GumboOutput *out) {
    gumbo_destroy_output(&kGumboDefaultOptions, out);
}
