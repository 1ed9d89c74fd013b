// See self_check.hpp.
#include "core/self_check.hpp"

namespace pathlight::core {

bool SelfCheck::finished() const {
    if (items.empty()) {
        return false;
    }
    for (const SelfCheckItem& item : items) {
        if (!answers.count(item.id)) {
            return false;
        }
    }
    return true;
}

} // namespace pathlight::core
