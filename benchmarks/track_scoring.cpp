// A frame without a match for a person who is present counts towards a fragmentation once they are matched
// again, whether they were hidden or the detector missed them; a switch is any change of their id.
#include "track_scoring.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace mien::scenes {

double TrackScore::mota() const {
  return truthFaces > 0 ? 1.0 - static_cast<double>(missed + falseDetections + idSwitches) / truthFaces : 1.0;
}

std::string TrackScore::json(const std::string& scene) const {
  nlohmann::json persons = nlohmann::json::object();
  for (const auto& [p, ids] : idsOfPerson) persons[std::to_string(p)] = ids;
  return nlohmann::json{{"benchmark", "tracking"}, {"scene", scene}, {"frames", frames}, {"truth_faces", truthFaces},
                        {"matched", matched}, {"missed", missed}, {"false_detections", falseDetections},
                        {"id_switches", idSwitches}, {"fragmentations", fragmentations}, {"shared_ids", sharedIds},
                        {"mota", mota()}, {"longest_gap_s", longestGapSeconds}, {"ids_of_person", persons}}
      .dump();
}

void TrackScorer::add(const RenderedFrame& frame, const std::vector<FaceDetection>& faces, const std::vector<std::int64_t>& ids) {
  ++score_.frames;
  std::set<int> seen;
  for (std::size_t i = 0; i < faces.size(); ++i) {
    const int person = ownerOf(frame, faces[i]);
    if (person < 0 || seen.count(person)) {  // nobody, or a second detection of the same face
      ++score_.falseDetections;
      continue;
    }
    seen.insert(person);
    ++score_.matched;
    const std::int64_t id = ids[i];
    score_.idsOfPerson[person].insert(id);
    auto& persons = score_.personsOfId[id];
    persons.insert(person);
    if (persons.size() == 2) ++score_.sharedIds;
    if (lastId_.count(person) && lastId_[person] != id) ++score_.idSwitches;
    if (lastMatchedFrame_.count(person) && frame.index > lastMatchedFrame_[person] + 1) {
      ++score_.fragmentations;
      score_.longestGapSeconds = std::max(score_.longestGapSeconds, frame.time - lastMatchedTime_[person]);
    }
    lastId_[person] = id;
    lastMatchedTime_[person] = frame.time;
    lastMatchedFrame_[person] = frame.index;
  }
  for (std::size_t p = 0; p < frame.visible.size(); ++p) {
    if (frame.visible[p] < kMostlyVisible) continue;
    ++score_.truthFaces;
    if (!seen.count(static_cast<int>(p))) ++score_.missed;
  }
}

TrackScore trackScene(const Scene& scene, const std::vector<cv::Mat>& faces, YuNetFaceDetector& detector,
                      const FaceTrackerSettings& settings) {
  FaceTracker tracker(settings);
  TrackScorer scorer;
  for (int i = 0; i < scene.frameCount(); ++i) {
    const RenderedFrame frame = render(scene, faces, i);
    const auto found = detector.detect(frame.bgr);
    const auto ids = tracker.update(found, std::vector<std::vector<float>>(found.size()), frame.time, frame.bgr.size());
    scorer.add(frame, found, ids);
  }
  return scorer.score();
}

}  // namespace mien::scenes
