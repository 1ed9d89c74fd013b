// UI strings by key from content/strings/<lang>.json, with {name} placeholders.
// Screens never hold text of their own: they ask Strings for a key.
#pragma once

#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathlight::content {

enum class Lang { En, Es };
std::string_view langCode(Lang lang); // "en" / "es"
bool parseLang(std::string_view code, Lang& out);

class Strings {
public:
    using Table = std::map<std::string, std::string, std::less<>>;

    void setTable(Lang lang, Table table);
    void setLang(Lang lang) { m_lang = lang; }
    Lang lang() const { return m_lang; }

    // The text for `key` in the current language; falls back to English, then to the key itself
    // so a missing string is visible rather than blank.
    const std::string& get(std::string_view key) const;
    bool has(Lang lang, std::string_view key) const;
    const Table& table(Lang lang) const;

    // get(key) with each "{name}" replaced by its value; unknown placeholders are left as written.
    std::string format(std::string_view key,
                       std::initializer_list<std::pair<std::string_view, std::string>> args) const;

private:
    Lang m_lang = Lang::En;
    Table m_en;
    Table m_es;
    mutable std::set<std::string, std::less<>> m_missing; // keys shown as-is; stable addresses
};

// Replace "{name}" placeholders in `pattern`.
std::string fillPlaceholders(std::string_view pattern,
                             std::initializer_list<std::pair<std::string_view, std::string>> args);

} // namespace pathlight::content
