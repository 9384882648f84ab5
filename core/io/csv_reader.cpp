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

CsvTable parseCsv(const std::string& text, const std::string& source) {
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
