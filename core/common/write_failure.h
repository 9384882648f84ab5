// Why a write failed, in the words a user acts on: a full disk wants space, a read-only or forbidden folder wants
// another folder (or its permissions changed); the same words for every writer.
#pragma once
#include <string>

namespace mien {

bool isDiskFull(int err);                   // ENOSPC, EFBIG, EDQUOT
std::string writeFailureReason(int err);    // "the disk is full", "permission denied (...)", strerror otherwise
std::string writeFailureAdvice(int err);    // "free some space", "choose a folder you can write to", ...

// Creates `dir` (and its parents) unless it is there; throws one sentence naming it, why and what to do (-o).
void createOutputFolder(const std::string& dir);

}  // namespace mien
