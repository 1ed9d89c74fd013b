// libFuzzer target for the portfolio decoder: any bytes at all must either decode, or be refused
// with a coded error and a message — never crash, hang, overflow the stack or leak. What decodes
// must also encode and decode back to the same revisions, and merge with itself to itself. The fast
// body scanner is checked against the streaming guard on every input (differential fuzzing).
// Built with clang++ -fsanitize=fuzzer,address,undefined (PATHLIGHT_FUZZ, `tools/dev fuzz`); the
// normal build replays the seed corpus through it with portfolio_corpus_replay.
#include "portfolio/errors.hpp"
#include "portfolio/json_guard.hpp"
#include "portfolio/merge.hpp"
#include "portfolio/portfolio_file.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

namespace {

void require(bool condition) {
    if (!condition) {
        std::abort(); // a finding: libFuzzer saves the input that got here
    }
}

// truncated and syntax are the same finding ("broken"); the scanners may tell them apart differently.
std::string category(const std::string& code) {
    return code == pathlight::portfolio::kErrTruncated ? pathlight::portfolio::kErrSyntax : code;
}

// The fast scanner (revision bodies) and the streaming guard (whole files) must give the same
// verdict on any text, with the real limits and with tiny ones that small inputs can reach.
void scannersAgree(std::string_view bytes) {
    using namespace pathlight::portfolio;
    if (firstInvalidUtf8(bytes)) {
        return; // both are only ever run on valid UTF-8
    }
    for (const auto& [depth, length] :
         {std::pair<std::size_t, std::size_t>{kMaxDepth, kMaxStringBytes}, {3, 6}}) {
        JsonLimits limits;
        limits.maxDepth = depth;
        limits.maxStringBytes = length;
        auto slow = checkJson(bytes, limits, "guard");
        auto fast = scanJson(bytes, limits, "scanner");
        require(slow.ok() == fast.ok());
        if (slow.ok()) {
            require(slow->rootIsObject == fast->rootIsObject);
        } else {
            require(category(slow.error().code) == category(fast.error().code));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pathlight::portfolio;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    scannersAgree(bytes);
    auto decoded = decode(bytes, "fuzz input");
    if (!decoded) {
        require(!decoded.error().code.empty() && !decoded.error().message.empty() &&
                !decoded.error().detail.empty());
        return 0;
    }
    require(isCanonical(decoded->revisions));
    (void)summarize(*decoded);
    auto self = merge(decoded->revisions, decoded->revisions, "fuzz");
    require(self.ok() && self->size() == decoded->revisions.size());

    auto encoded = encode(*decoded);
    if (!encoded) {
        require(encoded.error().code == kErrTooBig); // our layout may be roomier than a compact input
        return 0;
    }
    auto again = decode(*encoded, "re-encoded fuzz input");
    require(again.ok() && again->revisions.size() == decoded->revisions.size() &&
            checksumOf(again->revisions) == checksumOf(decoded->revisions));
    return 0;
}
