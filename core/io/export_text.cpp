// Formatting shared by ELAN, BORIS, summary and report files.
#include "io/export_text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <filesystem>

namespace mien {
namespace fs = std::filesystem;

namespace {
std::string percentEncode(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}
}  // namespace

std::string fixedNumber(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  std::string s = text;
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

std::string xmlEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:  // control characters other than tab and newlines are not allowed in XML 1.0
        out += static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c;
    }
  }
  return out;
}

std::string fileUri(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return "file://" + percentEncode(absolute.lexically_normal().string());
}

std::string relativeUri(const std::string& path, const std::string& fromDir) {
  std::error_code ec;
  const fs::path target = fs::absolute(path, ec).lexically_normal(), base = fs::absolute(fromDir, ec).lexically_normal();
  std::string rel = target.lexically_relative(base).string();
  if (rel.empty()) rel = target.string();
  if (rel.rfind("../", 0) != 0 && rel[0] != '/') rel = "./" + rel;
  return percentEncode(rel);
}

std::string safeFileName(const std::string& name) {
  std::string out;
  for (unsigned char c : name) out += std::isalnum(c) || c == '-' || c == '_' || c == '.' ? static_cast<char>(c) : '_';
  return out.empty() ? "_" : out;
}

std::string isoNowUtc() {
  const std::time_t t = std::time(nullptr);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return text;
}

std::string mediaMimeType(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".mp4" || ext == ".m4v") return "video/mp4";
  if (ext == ".mov") return "video/quicktime";
  if (ext == ".avi") return "video/x-msvideo";
  if (ext == ".mpg" || ext == ".mpeg") return "video/mpeg";
  if (ext == ".wav") return "audio/x-wav";
  return "video/*";  // what ELAN itself records for other containers
}

}  // namespace mien
