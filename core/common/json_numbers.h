// Numbers from untrusted JSON: nlohmann's get<int>() of 3e27 or get<float>() of 1e300 is undefined behaviour,
// so every number read from a file a crash or a stranger may have written goes through here.
#pragma once
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace mien {

// Integers must be whole and in range, floating values finite and in range; throws std::out_of_range.
template <typename T>
T jsonNumber(const nlohmann::json& j) {
  if (!j.is_number()) throw std::out_of_range("expected a number, got " + std::string(j.type_name()));
  if constexpr (std::is_integral_v<T>) {
    if (j.is_number_unsigned()) {
      const auto u = j.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) throw std::out_of_range("integer out of range");
      return static_cast<T>(u);
    }
    if (j.is_number_integer()) {
      const auto i = j.get<std::int64_t>();
      if ((std::is_unsigned_v<T> && i < 0) ||
          (std::is_signed_v<T> && (i < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
                                   i > static_cast<std::int64_t>(std::numeric_limits<T>::max()))))
        throw std::out_of_range("integer out of range");
      return static_cast<T>(i);
    }
    const double d = j.get<double>();
    if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(std::numeric_limits<T>::lowest()) ||
        d >= std::ldexp(1.0, std::numeric_limits<T>::digits))
      throw std::out_of_range("not a whole number in range");
    return static_cast<T>(d);
  } else {
    const double d = j.get<double>();
    if (!std::isfinite(d) || std::abs(d) > static_cast<double>(std::numeric_limits<T>::max()))
      throw std::out_of_range("number out of range");
    return static_cast<T>(d);
  }
}

template <typename T>
std::vector<T> jsonNumbers(const nlohmann::json& j) {
  if (!j.is_array()) throw std::out_of_range("expected a list of numbers");
  std::vector<T> out;
  out.reserve(j.size());
  for (const auto& x : j) out.push_back(jsonNumber<T>(x));
  return out;
}

}  // namespace mien
