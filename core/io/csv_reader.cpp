// CSV parsing for files that people edit by hand as well as the ones Mien writes.
#include "io/csv_reader.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "common/errors.h"
#include "common/text_file.h"

namespace mien {

std::optional<std::size_t> CsvTable::column(const std::string& name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  return std::nullopt;
}

std::size_t CsvTable::requireColumn(const std::string& name, const std::string& purpose) const {
  if (auto c = column(name)) return *c;
  throw ModelError("'" + source + "' has no column '" + name + "', which " + purpose + " needs; its header is: " +
                   [&] {
                     std::string h;
                     for (const auto& f : header) h += (h.empty() ? "" : ",") + f;
                     return h;
                   }() + ".");
}

namespace {

// The 1-based line of the first byte that is not part of well-formed UTF-8, or 0 when all of it is.
std::size_t firstBadUtf8Line(const std::string& text) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') ++line;
    std::size_t extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 4;
    if (extra == 4 || (extra == 1 && c < 0xC2) || (extra == 3 && c > 0xF4) || (extra > 0 && i + extra >= text.size())) return line;
    for (std::size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return line;
    if (extra == 2) {  // no overlong forms, no surrogates
      const auto d = static_cast<unsigned char>(text[i + 1]);
      if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0)) return line;
    }
    if (extra == 3) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      if ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90)) return line;
    }
    i += extra + 1;
  }
  return 0;
}

}  // namespace

CsvTable parseCsv(const std::string& text, const std::string& source) {
  // Names from the file end up in XML and JSON (ELAN, BORIS, records), which must be UTF-8.
  if (const std::size_t bad = firstBadUtf8Line(text))
    throw ModelError("Line " + std::to_string(bad) + " of '" + source + "' is not UTF-8 text; save the file as UTF-8 (CSV UTF-8 in a spreadsheet).");
  CsvTable table;
  table.source = source;
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false, fieldStarted = false;
  std::size_t line = 1, rowLine = 1;
  auto endRow = [&] {
    fields.push_back(field);
    field.clear();
    fieldStarted = false;
    const bool blank = fields.size() == 1 && fields[0].empty();
    if (!blank) {
      if (table.header.empty() && table.rows.empty()) {
        table.header = fields;
      } else if (fields.size() != table.header.size()) {
        throw ModelError("Line " + std::to_string(rowLine) + " of '" + source + "' has " + std::to_string(fields.size()) +
                         " fields but its header has " + std::to_string(table.header.size()) + "; fix that line.");
      } else {
        table.rows.push_back(fields);
        table.lines.push_back(rowLine);
      }
    }
    fields.clear();
  };
  std::size_t start = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;  // a spreadsheet's byte-order mark
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && !fieldStarted) {
      quoted = fieldStarted = true;
    } else if (c == ',') {
      fields.push_back(field);
      field.clear();
      fieldStarted = false;
    } else if (c == '\n') {
      endRow();
      rowLine = ++line;
    } else if (c != '\r') {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw ModelError("'" + source + "' ends inside a quoted field opened on line " + std::to_string(rowLine) + "; close the quote.");
  if (!field.empty() || !fields.empty()) endRow();
  if (table.header.empty()) throw ModelError("'" + source + "' is empty; it needs a header line.");
  return table;
}

CsvTable readCsvFile(const std::string& path, const std::string& what) { return parseCsv(readWholeFile(path, what), path); }

std::optional<double> csvNumber(const CsvTable& t, std::size_t row, std::size_t column) {
  const std::string& text = t.rows[row][column];
  if (text.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || errno == ERANGE || !std::isfinite(v))
    throw ModelError("Line " + std::to_string(t.lines[row]) + " of '" + t.source + "' has '" + text + "' in column '" +
                     t.header[column] + "', which is not a number.");
  return v;
}

}  // namespace mien
