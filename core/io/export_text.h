// Small text forms shared by the export files: fixed-point numbers, XML escaping, file URIs, file-name-safe
// participant names, ISO dates.
#pragma once
#include <string>

namespace mien {

std::string fixedNumber(double value, int decimals = 6);  // "%.6f", "-0.000000" written as "0.000000"
std::string xmlEscape(const std::string& text);           // & < > " ', control characters XML forbids become spaces
std::string fileUri(const std::string& path);             // file:///absolute/path, percent-encoded
std::string relativeUri(const std::string& path, const std::string& fromDir);  // percent-encoded relative path
std::string safeFileName(const std::string& name);        // letters, digits, - _ . kept; others become _
std::string isoNowUtc();                                  // 2026-12-02T13:45:00Z
std::string mediaMimeType(const std::string& path);       // video/mp4, video/quicktime, ... from the extension

}  // namespace mien
