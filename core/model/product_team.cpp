#include "model/product_team.h"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <sched.h>
#include <stdexcept>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace mien {
namespace {

constexpr int kPausesPerYield = 64;  // between checks of the clock, then the core is offered to others
// A job's claim word: its generation's low 32 bits, its chunk count and its next unclaimed chunk, 16 bits each.
// One word, so that a thread holding a finished job's word can never claim a chunk of the next job.
constexpr std::uint64_t kMaxChunks = 0xffff;

std::uint64_t claimWord(std::uint64_t generation, std::int64_t chunks) {
  return (generation & 0xffffffffULL) << 32 | static_cast<std::uint64_t>(chunks) << 16;
}
std::uint64_t tagOf(std::uint64_t claim) { return claim >> 32; }
std::int64_t chunksOf(std::uint64_t claim) { return static_cast<std::int64_t>(claim >> 16 & kMaxChunks); }
std::int64_t nextOf(std::uint64_t claim) { return static_cast<std::int64_t>(claim & kMaxChunks); }

void pause() {
#if defined(__x86_64__)
  _mm_pause();
#endif
}

int spinFromEnvironment() {
  const char* value = std::getenv("MIEN_PRODUCT_SPIN_US");
  if (!value || !*value) return 1000;
  char* end = nullptr;
  const long us = std::strtol(value, &end, 10);
  return (*end == '\0' && us >= 0 && us <= 1000000) ? static_cast<int>(us) : 1000;
}

}  // namespace

ProductTeam& ProductTeam::shared() {
  static ProductTeam* team = new ProductTeam(spinFromEnvironment());
  return *team;
}

ProductTeam::ProductTeam(int spinMicroseconds) : spinMicroseconds_(spinMicroseconds) {}

ProductTeam::~ProductTeam() { stopWorkers(); }

void ProductTeam::run(int threads, std::int64_t chunks, const Chunk& chunk) {
  if (chunks > static_cast<std::int64_t>(kMaxChunks)) throw std::length_error("ProductTeam: too many chunks");
  std::unique_lock<std::mutex> use(use_, std::try_to_lock);
  if (threads <= 1 || chunks <= 1 || !use.owns_lock()) {
    for (std::int64_t i = 0; i < chunks; ++i) chunk(i);
    return;
  }
  resize(threads - 1);
  job_.store(&chunk);
  done_.store(0);
  failure_ = nullptr;
  const std::uint64_t generation = generation_.load() + 1;
  claim_.store(claimWord(generation, chunks));
  generation_.store(generation);
  if (sleepers_.load() > 0) {
    { std::lock_guard<std::mutex> lock(sleep_); }
    wake_.notify_all();
  }
  claimAndRun(generation);
  for (int spins = 0; done_.load() < chunks; ++spins) {
    pause();
    if (spins % kPausesPerYield == kPausesPerYield - 1) sched_yield();
  }
  job_.store(nullptr);
  if (failure_) std::rethrow_exception(failure_);
}

void ProductTeam::claimAndRun(std::uint64_t generation) {
  const std::uint64_t tag = tagOf(claimWord(generation, 0));
  std::uint64_t claim = claim_.load();
  for (;;) {
    // A claim tagged with another generation belongs to a job this thread did not see start: nothing to do here.
    if (tagOf(claim) != tag || nextOf(claim) >= chunksOf(claim)) return;
    const std::int64_t next = nextOf(claim);
    if (!claim_.compare_exchange_weak(claim, claim + 1)) continue;
    // The job cannot end before this chunk is counted, so job_ still holds this generation's job.
    try {
      (*job_.load())(next);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failureMutex_);
      if (!failure_) failure_ = std::current_exception();
    }
    done_.fetch_add(1);
    claim = claim_.load();
  }
}

bool ProductTeam::waitForJob(std::uint64_t& seen) {
  using Clock = std::chrono::steady_clock;
  const auto spinUntil = Clock::now() + std::chrono::microseconds(spinMicroseconds_);
  for (int spins = 0;; ++spins) {
    const std::uint64_t now = generation_.load();
    if (stop_.load()) return false;
    if (now != seen) {
      seen = now;
      return true;
    }
    if (spins % kPausesPerYield != kPausesPerYield - 1) {
      pause();
      continue;
    }
    if (Clock::now() < spinUntil) {
      sched_yield();
      continue;
    }
    std::unique_lock<std::mutex> lock(sleep_);
    sleepers_.fetch_add(1);
    while (generation_.load() == seen && !stop_.load())
      wake_.wait(lock);
    sleepers_.fetch_sub(1);
  }
}

void ProductTeam::workerLoop(std::uint64_t seen) {
  while (waitForJob(seen)) claimAndRun(seen);
}

void ProductTeam::resize(int workers) {
  if (static_cast<int>(workers_.size()) == workers) return;
  stopWorkers();
  stop_.store(false);
  const std::uint64_t seen = generation_.load();
  for (int i = 0; i < workers; ++i) workers_.emplace_back([this, seen] { workerLoop(seen); });
}

void ProductTeam::stopWorkers() {
  if (workers_.empty()) return;
  stop_.store(true);
  { std::lock_guard<std::mutex> lock(sleep_); }
  wake_.notify_all();
  for (auto& worker : workers_) worker.join();
  workers_.clear();
}

}  // namespace mien
