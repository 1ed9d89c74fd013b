// Random identifiers: UUID v4 for entries and learners, short hex ids for devices.
#pragma once

#include <string>

namespace pathlight::core {

std::string newUuid();          // "3f0c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c"
std::string newDeviceId();      // 16 lowercase hex digits
bool isUuid(const std::string& text);

} // namespace pathlight::core
