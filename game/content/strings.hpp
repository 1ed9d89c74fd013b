// UI strings by key from content/strings/<lang>.json, with {name} placeholders, and the app's
// languages: one for each strings file, English first (the fallback for anything missing).
// Screens never hold text of their own: they ask for a key in the session's language. Nothing here
// knows which language is "current": that belongs to the session (app/session.hpp).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathlight::content {

// One of the languages the content has, by its place in Strings::languages(). Index 0 is English.
class Lang {
public:
    constexpr Lang() = default;
    constexpr explicit Lang(std::uint8_t index) : m_index(index) {}
    static constexpr Lang english() { return Lang(0); }
    constexpr std::size_t index() const { return m_index; }
    constexpr bool operator==(const Lang&) const = default;

private:
    std::uint8_t m_index = 0;
};

// A text a student reads, in every language the content has (index = Lang::index()). `in()` falls
// back to English when a language has no text (e.g. a school's own programs/local.csv row).
struct Localized {
    std::vector<std::string> byLang;
    const std::string& in(Lang lang) const;
    const std::string& english() const { return in(Lang::english()); }
    void set(Lang lang, std::string text);
};

class Strings {
public:
    using Table = std::map<std::string, std::string, std::less<>>;

    // Adds a language and its table; the first one added must be English ("en").
    Lang addLanguage(std::string code, Table table);
    Table& table(Lang lang) { return m_tables.at(lang.index()); }
    const Table& table(Lang lang) const { return m_tables.at(lang.index()); }

    std::size_t languageCount() const { return m_codes.size(); }
    std::vector<Lang> languages() const;
    std::string_view code(Lang lang) const; // "en", "es"
    std::optional<Lang> find(std::string_view code) const;

    // The text for `key` in `lang`; falls back to English, then to the key itself so a missing
    // string is visible rather than blank.
    const std::string& get(Lang lang, std::string_view key) const;
    bool has(Lang lang, std::string_view key) const;
    // get(lang, key) with each "{name}" replaced by its value; unknown placeholders stay as written.
    std::string format(Lang lang, std::string_view key,
                       std::initializer_list<std::pair<std::string_view, std::string>> args) const;

private:
    std::vector<std::string> m_codes;
    std::vector<Table> m_tables;
    mutable std::set<std::string, std::less<>> m_missing; // keys shown as-is; stable addresses
};

// The strings in one language: what a screen, a card or the tool reads its words from.
class Text {
public:
    Text(const Strings& strings, Lang lang) : m_strings(&strings), m_lang(lang) {}
    const std::string& operator()(std::string_view key) const { return m_strings->get(m_lang, key); }
    std::string format(std::string_view key,
                       std::initializer_list<std::pair<std::string_view, std::string>> args) const {
        return m_strings->format(m_lang, key, args);
    }
    bool has(std::string_view key) const { return m_strings->has(m_lang, key); }
    Lang lang() const { return m_lang; }
    const Strings& strings() const { return *m_strings; }

private:
    const Strings* m_strings;
    Lang m_lang;
};

// Replace "{name}" placeholders in `pattern`.
std::string fillPlaceholders(std::string_view pattern,
                             std::initializer_list<std::pair<std::string_view, std::string>> args);

} // namespace pathlight::content
