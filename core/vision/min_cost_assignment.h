// The pairing of rows with columns that minimises the total cost (the Hungarian method), for matching tracks
// with detections.
#pragma once
#include <vector>

namespace mien {

// `cost[r][c]`; pairs whose cost is at least `forbidden` are never made. Returns, per row, its column or -1.
std::vector<int> minCostAssignment(const std::vector<std::vector<double>>& cost, double forbidden);

}  // namespace mien
