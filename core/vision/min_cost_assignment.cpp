// Kuhn-Munkres with potentials, O(n²m) on the square matrix padded with forbidden pairs: a lab recording holds
// a handful of faces, so clarity wins over speed here.
#include "vision/min_cost_assignment.h"

#include <algorithm>
#include <limits>

namespace mien {

std::vector<int> minCostAssignment(const std::vector<std::vector<double>>& cost, double forbidden) {
  const std::size_t rows = cost.size(), cols = rows ? cost[0].size() : 0;
  std::vector<int> result(rows, -1);
  if (rows == 0 || cols == 0) return result;
  const std::size_t n = std::max(rows, cols);
  // A forbidden pair costs more than any set of allowed pairs, so it is chosen only when nothing else fits,
  // and then dropped from the result.
  double allowedSum = 0;
  for (const auto& row : cost)
    for (double c : row)
      if (c < forbidden) allowedSum += std::abs(c);
  const double blocked = 2 * allowedSum + 1;
  auto at = [&](std::size_t r, std::size_t c) {
    if (r >= rows || c >= cols) return 0.0;  // padding: leaving a row or column unpaired costs nothing
    return cost[r][c] < forbidden ? cost[r][c] : blocked;
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<std::size_t> match(n + 1, 0), way(n + 1, 0);  // match[column] = row, 1-based; 0 = free
  for (std::size_t r = 1; r <= n; ++r) {
    match[0] = r;
    std::size_t column = 0;
    std::vector<double> least(n + 1, inf);
    std::vector<bool> used(n + 1, false);
    do {
      used[column] = true;
      const std::size_t row = match[column];
      double delta = inf;
      std::size_t next = 0;
      for (std::size_t c = 1; c <= n; ++c) {
        if (used[c]) continue;
        const double reduced = at(row - 1, c - 1) - u[row] - v[c];
        if (reduced < least[c]) least[c] = reduced, way[c] = column;
        if (least[c] < delta) delta = least[c], next = c;
      }
      for (std::size_t c = 0; c <= n; ++c) {
        if (used[c]) u[match[c]] += delta, v[c] -= delta;
        else least[c] -= delta;
      }
      column = next;
    } while (match[column] != 0);
    do {
      const std::size_t previous = way[column];
      match[column] = match[previous];
      column = previous;
    } while (column != 0);
  }
  for (std::size_t c = 1; c <= n; ++c) {
    const std::size_t r = match[c] - 1;
    if (r < rows && c - 1 < cols && cost[r][c - 1] < forbidden) result[r] = static_cast<int>(c - 1);
  }
  return result;
}

}  // namespace mien
