// OpenAI CLIP's text cleaning before BPE: HTML-unescape twice, collapse whitespace, lower-case.
#pragma once
#include <string>

namespace mien {

std::string htmlUnescape(const std::string& text);       // as Python's html.unescape
std::string collapseWhitespace(const std::string& text);  // re.sub(r"\s+", " ", text).strip()
std::string lowerCase(const std::string& text);           // Unicode simple lower-casing
std::string cleanClipText(const std::string& text);       // all of the above, in OpenAI's order

std::u32string decodeUtf8(const std::string& text);  // invalid bytes become U+FFFD
std::string encodeUtf8(const std::u32string& text);

}  // namespace mien
