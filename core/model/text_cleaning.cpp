// Text cleaning for the CLIP tokenizer. ftfy's mojibake repair is not reproduced: CLIP prompts are typed
// by people, not decoded with the wrong codec, and for such text ftfy changes nothing.
#include "model/text_cleaning.h"

#include <cctype>
#include <clocale>
#include <cwctype>
#include <locale.h>
#include <wctype.h>

namespace mien {

std::u32string decodeUtf8(const std::string& text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = text[i];
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    char32_t cp = extra == 0 ? c : extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
    bool ok = extra >= 0;
    for (int k = 1; ok && k <= extra; ++k) {
      if (i + k >= text.size() || (static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) ok = false;
      else cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    if (!ok || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(cp);
    i += extra + 1;
  }
  return out;
}

std::string encodeUtf8(const std::u32string& text) {
  std::string out;
  for (char32_t cp : text) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

namespace {

struct NamedEntity {
  const char* name;
  char32_t codepoint;
  bool legacy;  // HTML allows it without the semicolon
};

// The HTML named references people actually type: Latin-1 (legal without ';') and common typography.
const NamedEntity kEntities[] = {
    {"amp", '&', true}, {"lt", '<', true}, {"gt", '>', true}, {"quot", '"', true}, {"AMP", '&', true},
    {"LT", '<', true}, {"GT", '>', true}, {"QUOT", '"', true}, {"apos", '\'', false}, {"nbsp", 0xA0, true},
    {"iexcl", 0xA1, true}, {"cent", 0xA2, true}, {"pound", 0xA3, true}, {"curren", 0xA4, true}, {"yen", 0xA5, true},
    {"brvbar", 0xA6, true}, {"sect", 0xA7, true}, {"uml", 0xA8, true}, {"copy", 0xA9, true}, {"COPY", 0xA9, true},
    {"ordf", 0xAA, true}, {"laquo", 0xAB, true}, {"not", 0xAC, true}, {"shy", 0xAD, true}, {"reg", 0xAE, true},
    {"REG", 0xAE, true}, {"macr", 0xAF, true}, {"deg", 0xB0, true}, {"plusmn", 0xB1, true}, {"sup2", 0xB2, true},
    {"sup3", 0xB3, true}, {"acute", 0xB4, true}, {"micro", 0xB5, true}, {"para", 0xB6, true}, {"middot", 0xB7, true},
    {"cedil", 0xB8, true}, {"sup1", 0xB9, true}, {"ordm", 0xBA, true}, {"raquo", 0xBB, true}, {"frac14", 0xBC, true},
    {"frac12", 0xBD, true}, {"frac34", 0xBE, true}, {"iquest", 0xBF, true}, {"Agrave", 0xC0, true},
    {"Aacute", 0xC1, true}, {"Acirc", 0xC2, true}, {"Atilde", 0xC3, true}, {"Auml", 0xC4, true}, {"Aring", 0xC5, true},
    {"AElig", 0xC6, true}, {"Ccedil", 0xC7, true}, {"Egrave", 0xC8, true}, {"Eacute", 0xC9, true},
    {"Ecirc", 0xCA, true}, {"Euml", 0xCB, true}, {"Igrave", 0xCC, true}, {"Iacute", 0xCD, true}, {"Icirc", 0xCE, true},
    {"Iuml", 0xCF, true}, {"ETH", 0xD0, true}, {"Ntilde", 0xD1, true}, {"Ograve", 0xD2, true}, {"Oacute", 0xD3, true},
    {"Ocirc", 0xD4, true}, {"Otilde", 0xD5, true}, {"Ouml", 0xD6, true}, {"times", 0xD7, true}, {"Oslash", 0xD8, true},
    {"Ugrave", 0xD9, true}, {"Uacute", 0xDA, true}, {"Ucirc", 0xDB, true}, {"Uuml", 0xDC, true}, {"Yacute", 0xDD, true},
    {"THORN", 0xDE, true}, {"szlig", 0xDF, true}, {"agrave", 0xE0, true}, {"aacute", 0xE1, true}, {"acirc", 0xE2, true},
    {"atilde", 0xE3, true}, {"auml", 0xE4, true}, {"aring", 0xE5, true}, {"aelig", 0xE6, true}, {"ccedil", 0xE7, true},
    {"egrave", 0xE8, true}, {"eacute", 0xE9, true}, {"ecirc", 0xEA, true}, {"euml", 0xEB, true}, {"igrave", 0xEC, true},
    {"iacute", 0xED, true}, {"icirc", 0xEE, true}, {"iuml", 0xEF, true}, {"eth", 0xF0, true}, {"ntilde", 0xF1, true},
    {"ograve", 0xF2, true}, {"oacute", 0xF3, true}, {"ocirc", 0xF4, true}, {"otilde", 0xF5, true}, {"ouml", 0xF6, true},
    {"divide", 0xF7, true}, {"oslash", 0xF8, true}, {"ugrave", 0xF9, true}, {"uacute", 0xFA, true},
    {"ucirc", 0xFB, true}, {"uuml", 0xFC, true}, {"yacute", 0xFD, true}, {"thorn", 0xFE, true}, {"yuml", 0xFF, true},
    {"ndash", 0x2013, false}, {"mdash", 0x2014, false}, {"lsquo", 0x2018, false}, {"rsquo", 0x2019, false},
    {"ldquo", 0x201C, false}, {"rdquo", 0x201D, false}, {"bull", 0x2022, false}, {"hellip", 0x2026, false},
    {"euro", 0x20AC, false}, {"trade", 0x2122, false}, {"hearts", 0x2665, false}, {"larr", 0x2190, false},
    {"rarr", 0x2192, false}};

// Python maps these numeric references to the Windows-1252 characters browsers show.
char32_t windows1252(char32_t cp) {
  static const char32_t table[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                     0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return cp >= 0x80 && cp <= 0x9F ? table[cp - 0x80] : cp;
}

bool isHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Decodes the reference starting after '&' at `pos`; returns false when it is not one.
bool decodeReference(const std::string& s, std::size_t& pos, std::string& out) {
  if (pos < s.size() && s[pos] == '#') {
    std::size_t p = pos + 1;
    const bool hex = p < s.size() && (s[p] == 'x' || s[p] == 'X');
    if (hex) ++p;
    const std::size_t digitsStart = p;
    while (p < s.size() && (hex ? isHex(s[p]) : isDigit(s[p]))) ++p;
    if (p == digitsStart) return false;
    std::string digits = s.substr(digitsStart, p - digitsStart);
    if (p < s.size() && s[p] == ';') ++p;
    char32_t cp;
    if (digits.size() > 8) cp = 0x110000;
    else cp = static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10));
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    else if (cp == 0x0D) cp = '\r';
    else cp = windows1252(cp);
    out += encodeUtf8(std::u32string(1, cp));
    pos = p;
    return true;
  }
  std::size_t p = pos;
  while (p < s.size() && p - pos < 32 && s[p] != '\t' && s[p] != '\n' && s[p] != '\f' && s[p] != ' ' && s[p] != '<' &&
         s[p] != '&' && s[p] != '#' && s[p] != ';')
    ++p;
  const std::string name = s.substr(pos, p - pos);
  if (name.empty()) return false;
  if (p < s.size() && s[p] == ';') {
    for (const auto& e : kEntities)
      if (name == e.name) {
        out += encodeUtf8(std::u32string(1, e.codepoint));
        pos = p + 1;
        return true;
      }
  }
  // Without ';' (or unknown with it): the longest legacy entity that prefixes the name.
  for (std::size_t len = name.size(); len >= 2; --len) {
    for (const auto& e : kEntities)
      if (e.legacy && name.compare(0, len, e.name) == 0 && std::char_traits<char>::length(e.name) == len) {
        out += encodeUtf8(std::u32string(1, e.codepoint));
        pos += len;
        return true;
      }
  }
  return false;
}

bool isPythonSpace(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace

std::string htmlUnescape(const std::string& text) {
  if (text.find('&') == std::string::npos) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      std::size_t pos = i + 1;
      if (decodeReference(text, pos, out)) {
        i = pos;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

std::string collapseWhitespace(const std::string& text) {
  std::u32string in = decodeUtf8(text), out;
  bool pendingSpace = false;
  for (char32_t c : in) {
    if (isPythonSpace(c)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && !out.empty()) out.push_back(' ');
    pendingSpace = false;
    out.push_back(c);
  }
  return encodeUtf8(out);
}

std::string lowerCase(const std::string& text) {
  static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  std::u32string chars = decodeUtf8(text);
  for (char32_t& c : chars) {
    if (c < 0x80) c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    else if (utf8) c = static_cast<char32_t>(towlower_l(static_cast<wint_t>(c), utf8));
  }
  return encodeUtf8(chars);
}

std::string cleanClipText(const std::string& text) {
  return lowerCase(collapseWhitespace(htmlUnescape(htmlUnescape(text))));
}

}  // namespace mien
