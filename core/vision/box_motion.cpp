// The noise scales with the face's height (as DeepSORT does): a near face moves more pixels than a far one.
#include "vision/box_motion.h"

#include <algorithm>

namespace mien {
namespace {

using Vec4 = cv::Vec<double, 4>;
using Mat4 = cv::Matx<double, 4, 4>;
using Mat48 = cv::Matx<double, 4, 8>;

Vec4 measurementOf(const FaceDetection& b) {
  return {b.x + b.width / 2.0, b.y + b.height / 2.0, b.width, b.height};
}

Mat48 observation() {
  Mat48 h = Mat48::zeros();
  for (int i = 0; i < 4; ++i) h(i, i) = 1;
  return h;
}

Mat4 measurementNoise(const FaceDetection& box, double height, const BoxMotionNoise& noise, cv::Size frame) {
  const double s = noise.measurement * std::max(height, 1.0);
  Vec4 variance = Vec4::all(s * s);
  if (!frame.empty()) {
    const double cut = std::max(s, height / 2), cut2 = cut * cut;
    if (box.x <= 1 || box.x + box.width >= frame.width - 1) variance[0] = variance[2] = cut2;
    if (box.y <= 1 || box.y + box.height >= frame.height - 1) variance[1] = variance[3] = cut2;
  }
  return Mat4::diag(variance);
}

}  // namespace

BoxMotion BoxMotion::start(const FaceDetection& box, double time, const BoxMotionNoise& noise) {
  BoxMotion m;
  const Vec4 z = measurementOf(box);
  m.mean = cv::Vec<double, 8>::zeros();
  for (int i = 0; i < 4; ++i) m.mean[i] = z[i];
  m.covariance = cv::Matx<double, 8, 8>::zeros();
  const double h = std::max<double>(box.height, 1.0);
  const double p = noise.measurement * h, v = noise.initialSpeed * h;
  for (int i = 0; i < 4; ++i) {
    m.covariance(i, i) = p * p;
    m.covariance(i + 4, i + 4) = v * v;
  }
  m.time = time;
  return m;
}

void BoxMotion::predict(double to, const BoxMotionNoise& noise) {
  const double dt = to - time;
  if (!(dt > 0)) return;
  cv::Matx<double, 8, 8> f = cv::Matx<double, 8, 8>::eye();
  for (int i = 0; i < 4; ++i) f(i, i + 4) = dt;
  // White-noise acceleration over the step: position dt⁴/4, position-rate dt³/2, rate dt² (times a²).
  const double a = noise.acceleration * std::max(height(), 1.0), a2 = a * a;
  cv::Matx<double, 8, 8> q = cv::Matx<double, 8, 8>::zeros();
  for (int i = 0; i < 4; ++i) {
    q(i, i) = a2 * dt * dt * dt * dt / 4;
    q(i, i + 4) = q(i + 4, i) = a2 * dt * dt * dt / 2;
    q(i + 4, i + 4) = a2 * dt * dt;
  }
  mean = f * mean;
  covariance = f * covariance * f.t() + q;
  mean[2] = std::max(mean[2], 1.0);
  mean[3] = std::max(mean[3], 1.0);
  time = to;
}

double BoxMotion::distance2(const FaceDetection& box, const BoxMotionNoise& noise, cv::Size frame) const {
  const Mat48 h = observation();
  const Mat4 s = h * covariance * h.t() + measurementNoise(box, height(), noise, frame);
  const Vec4 y = measurementOf(box) - h * mean;
  return y.dot(s.inv(cv::DECOMP_CHOLESKY) * y);
}

void BoxMotion::correct(const FaceDetection& box, const BoxMotionNoise& noise, cv::Size frame) {
  const Mat48 h = observation();
  const Mat4 s = h * covariance * h.t() + measurementNoise(box, height(), noise, frame);
  const cv::Matx<double, 8, 4> gain = covariance * h.t() * s.inv(cv::DECOMP_CHOLESKY);
  mean += gain * (measurementOf(box) - h * mean);
  covariance = (cv::Matx<double, 8, 8>::eye() - gain * h) * covariance;
  covariance = 0.5 * (covariance + covariance.t());  // stays symmetric in floating point
}

}  // namespace mien
