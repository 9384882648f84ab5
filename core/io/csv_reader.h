// Reads a whole CSV text (RFC 4180: quoted fields may hold commas, quotes and newlines) into a header and rows,
// each row addressable by column name. The run timelines, events files and conditions files all go through it.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mien {

struct CsvTable {
  std::string source;  // the file, for messages
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // every row has header.size() fields
  std::vector<std::size_t> lines;              // the line each row starts on (1-based, header = line 1)

  std::optional<std::size_t> column(const std::string& name) const;
  // Throws ModelError "'F' has no column 'name'; ..." naming `purpose` (what the file is for).
  std::size_t requireColumn(const std::string& name, const std::string& purpose) const;
};

// Throws ModelError naming `source` and the line on a row with the wrong number of fields or an open quote.
CsvTable parseCsv(const std::string& text, const std::string& source);
CsvTable readCsvFile(const std::string& path, const std::string& what);

// Parses a decimal number; nullopt for an empty field; throws ModelError naming file, line and column otherwise.
std::optional<double> csvNumber(const CsvTable& table, std::size_t row, std::size_t column);

}  // namespace mien
