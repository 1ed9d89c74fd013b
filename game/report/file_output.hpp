// Writes a finished printout (PDF, PNG, CSV) to disk in one step: a temporary file beside the
// target, flushed to disk, then renamed over it. A full disk or a pulled USB stick never leaves a
// half-written file under the real name.
#pragma once

#include "core/result.hpp"

#include <filesystem>
#include <string_view>

namespace pathlight::report {

core::Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace pathlight::report
