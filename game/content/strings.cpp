// UI strings by key with {name} placeholders. Holds one table per language the Catalog loaded;
// never reads files itself (loadCatalog does that and validates the tables).
#include "content/strings.hpp"

namespace pathlight::content {

const std::string& Localized::in(Lang lang) const {
    static const std::string kEmpty;
    if (lang.index() < byLang.size() && !byLang[lang.index()].empty()) {
        return byLang[lang.index()];
    }
    return byLang.empty() ? kEmpty : byLang.front();
}

void Localized::set(Lang lang, std::string text) {
    if (byLang.size() <= lang.index()) {
        byLang.resize(lang.index() + 1);
    }
    byLang[lang.index()] = std::move(text);
}

Lang Strings::addLanguage(std::string code, Table table) {
    m_codes.push_back(std::move(code));
    m_tables.push_back(std::move(table));
    return Lang(static_cast<std::uint8_t>(m_codes.size() - 1));
}

std::vector<Lang> Strings::languages() const {
    std::vector<Lang> all;
    for (std::size_t i = 0; i < m_codes.size(); ++i) {
        all.emplace_back(static_cast<std::uint8_t>(i));
    }
    return all;
}

std::string_view Strings::code(Lang lang) const {
    return lang.index() < m_codes.size() ? std::string_view(m_codes[lang.index()]) : std::string_view("en");
}

std::optional<Lang> Strings::find(std::string_view code) const {
    for (std::size_t i = 0; i < m_codes.size(); ++i) {
        if (m_codes[i] == code) {
            return Lang(static_cast<std::uint8_t>(i));
        }
    }
    return std::nullopt;
}

bool Strings::has(Lang lang, std::string_view key) const {
    if (lang.index() >= m_tables.size()) {
        return false;
    }
    const Table& t = m_tables[lang.index()];
    return t.find(key) != t.end();
}

const std::string& Strings::get(Lang lang, std::string_view key) const {
    if (lang.index() < m_tables.size()) {
        const Table& current = m_tables[lang.index()];
        if (auto it = current.find(key); it != current.end()) {
            return it->second;
        }
    }
    if (!m_tables.empty()) {
        if (auto it = m_tables.front().find(key); it != m_tables.front().end()) {
            return it->second;
        }
    }
    // Show the key itself so a missing string is visible. The set keeps each key at a stable
    // address, so references handed out earlier stay valid.
    return *m_missing.emplace(key).first;
}

std::string Strings::format(Lang lang, std::string_view key,
                            std::initializer_list<std::pair<std::string_view, std::string>> args) const {
    return fillPlaceholders(get(lang, key), args);
}

std::string fillPlaceholders(std::string_view pattern,
                             std::initializer_list<std::pair<std::string_view, std::string>> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t pos = 0;
    while (pos < pattern.size()) {
        const std::size_t open = pattern.find('{', pos);
        if (open == std::string_view::npos) {
            out.append(pattern.substr(pos));
            break;
        }
        out.append(pattern.substr(pos, open - pos));
        const std::size_t close = pattern.find('}', open + 1);
        if (close == std::string_view::npos) {
            out.append(pattern.substr(open));
            break;
        }
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        const std::pair<std::string_view, std::string>* found = nullptr;
        for (const auto& arg : args) {
            if (arg.first == name) {
                found = &arg;
                break;
            }
        }
        if (found != nullptr) {
            out.append(found->second);
            pos = close + 1;
        } else {
            // Unknown placeholder (or a lone '{'): keep it as written so the gap is visible.
            out += '{';
            pos = open + 1;
        }
    }
    return out;
}

} // namespace pathlight::content
