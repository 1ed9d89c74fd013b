// UI strings by key with {name} placeholders. Holds the two language tables the Catalog loaded;
// never reads files itself (loadCatalog does that and validates the tables).
#include "content/strings.hpp"

namespace pathlight::content {

std::string_view langCode(Lang lang) {
    return lang == Lang::Es ? "es" : "en";
}

bool parseLang(std::string_view code, Lang& out) {
    if (code == "en") {
        out = Lang::En;
        return true;
    }
    if (code == "es") {
        out = Lang::Es;
        return true;
    }
    return false;
}

void Strings::setTable(Lang lang, Table table) {
    (lang == Lang::Es ? m_es : m_en) = std::move(table);
}

const Strings::Table& Strings::table(Lang lang) const {
    return lang == Lang::Es ? m_es : m_en;
}

bool Strings::has(Lang lang, std::string_view key) const {
    const Table& t = table(lang);
    return t.find(key) != t.end();
}

const std::string& Strings::get(std::string_view key) const {
    const Table& current = table(m_lang);
    if (auto it = current.find(key); it != current.end()) {
        return it->second;
    }
    if (auto it = m_en.find(key); it != m_en.end()) {
        return it->second;
    }
    // Show the key itself so a missing string is visible. The set keeps each key at a stable
    // address, so references handed out earlier stay valid.
    return *m_missing.emplace(key).first;
}

std::string Strings::format(std::string_view key,
                            std::initializer_list<std::pair<std::string_view, std::string>> args) const {
    return fillPlaceholders(get(key), args);
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
