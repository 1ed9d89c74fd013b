// The career tables the explorer, the career card and Results work on: the matcher (six interest
// scores against 923 careers) and the explorer (text index, filters, sorts). Building them takes
// tens of milliseconds that the first screen doesn't need, so they are built on first use — or in
// the background by warmUp() right after the first frame — and a caller that needs them before the
// background build is done waits for it (never builds twice).
#pragma once

#include "content/career_explorer.hpp"
#include "content/catalog.hpp"
#include "core/matching.hpp"

#include <memory>
#include <mutex>
#include <thread>

namespace pathlight::app {

class Careers {
public:
    explicit Careers(const content::Catalog& catalog) : m_catalog(catalog) {}
    ~Careers();
    Careers(const Careers&) = delete;
    Careers& operator=(const Careers&) = delete;

    // Starts building in a background thread (once); returns at once.
    void warmUp();
    const core::Matcher& matcher();
    const content::CareerExplorer& explorer();

private:
    void build();
    void waitForWarmUp();

    const content::Catalog& m_catalog;
    std::once_flag m_once;
    std::thread m_warmUp;
    std::mutex m_join;
    std::unique_ptr<core::Matcher> m_matcher;
    std::unique_ptr<content::CareerExplorer> m_explorer;
};

} // namespace pathlight::app
