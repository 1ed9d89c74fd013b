// Strict UTF-8 check, the streaming JSON guard and the fast scanner. The guard rides on nlohmann's
// SAX parser, which is iterative, so a file of a million '[' costs one small vector, never the call
// stack; it builds the tree itself, so a file is lexed once. The scanner is iterative as well and
// mirrors the guard's verdicts; the fuzz target holds the two to that.
//
// [SECTION] UTF-8
// [SECTION] The SAX guard
// [SECTION] The fast scanner
// [SECTION] Messages
#include "portfolio/json_guard.hpp"

#include "portfolio/errors.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <exception>
#include <unordered_set>
#include <vector>

namespace pathlight::portfolio {

namespace {

using nlohmann::json;

constexpr std::size_t kShownKeyBytes = 40;
constexpr std::size_t kShownPathLevels = 6;
constexpr std::size_t kLinearKeyLimit = 16; // objects with more keys get a hash set for duplicates

//-----------------------------------------------------------------------------
// [SECTION] UTF-8
//-----------------------------------------------------------------------------

// Allowed range of the second byte of a sequence led by `lead`, and the sequence length.
struct LeadRule {
    int length;
    unsigned char low;
    unsigned char high;
};

LeadRule leadRule(unsigned char lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return {2, 0x80, 0xbf};
    if (lead == 0xe0)
        return {3, 0xa0, 0xbf};
    if (lead == 0xed)
        return {3, 0x80, 0x9f}; // excludes the surrogates U+D800..U+DFFF
    if (lead >= 0xe1 && lead <= 0xef)
        return {3, 0x80, 0xbf};
    if (lead == 0xf0)
        return {4, 0x90, 0xbf};
    if (lead >= 0xf1 && lead <= 0xf3)
        return {4, 0x80, 0xbf};
    if (lead == 0xf4)
        return {4, 0x80, 0x8f}; // nothing above U+10FFFF
    return {0, 0, 0};           // 0x80..0xc1 and 0xf5..0xff never lead
}

// Keys seen in one open object: a short list, or a hash set once the object grows, so hostile
// objects with many keys cost linear time.
class KeySet {
  public:
    void clear() {
        m_few.clear();
        m_many.clear();
    }
    // False when `key` was already there.
    bool insert(std::string_view key) {
        if (m_many.empty()) {
            if (std::find(m_few.begin(), m_few.end(), key) != m_few.end()) {
                return false;
            }
            m_few.emplace_back(key);
            if (m_few.size() > kLinearKeyLimit) {
                m_many.insert(m_few.begin(), m_few.end());
            }
            return true;
        }
        return m_many.emplace(key).second;
    }

  private:
    std::vector<std::string> m_few;
    std::unordered_set<std::string> m_many;
};

// True when the input ran out, or ran into the zero bytes a pulled USB stick often leaves.
bool cutOff(std::string_view text, std::size_t at) {
    return at >= text.size() || text.find_first_not_of('\0', at) == std::string_view::npos;
}

//-----------------------------------------------------------------------------
// [SECTION] The SAX guard
//-----------------------------------------------------------------------------

class GuardSax {
  public:
    GuardSax(const JsonLimits& limits, std::string_view text, std::string_view where, json* tree)
        : m_limits(limits), m_text(text), m_where(where), m_tree(tree) {}

    bool null() { return onValue() && put(nullptr); }
    bool boolean(bool value) { return onValue() && put(value); }
    bool number_integer(json::number_integer_t value) { return onValue() && put(value); }
    bool number_unsigned(json::number_unsigned_t value) { return onValue() && put(value); }
    bool number_float(json::number_float_t value, const json::string_t& /*text*/) {
        return onValue() && put(value);
    }
    bool binary(json::binary_t& /*value*/) { return fail(kErrSyntax, path() + ": binary data"); }
    bool string(json::string_t& value) { return onValue() && checkString(value, "a string") && put(value); }

    bool start_object(std::size_t /*size*/) { return onValue() && push(true); }
    bool start_array(std::size_t /*size*/) { return onValue() && push(false); }
    bool end_object() { return pop(); }
    bool end_array() { return pop(); }

    bool key(json::string_t& name) {
        if (!checkString(name, "a key")) {
            return false;
        }
        Level& level = m_levels[m_depth - 1];
        level.key = name;
        if (!level.keys.insert(name)) {
            return fail(kErrSyntax,
                        path() + ": the key \"" + pointerComponent(name) + "\" appears twice in one object");
        }
        if (level.node != nullptr) {
            m_slot = &(*level.node)[name];
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*lastToken*/,
                     const nlohmann::detail::exception& error) {
        std::string what = error.what();
        if (const auto close = what.find("] ");
            what.rfind("[json.exception", 0) == 0 && close != std::string::npos) {
            what.erase(0, close + 2);
        }
        // `position` counts what the lexer read, the end of input included: beyond the size means it
        // ran out of bytes.
        const std::size_t at = position > 0 ? position - 1 : 0;
        return fail(position > m_text.size() || cutOff(m_text, at) ? kErrTruncated : kErrSyntax,
                    std::string(m_where) + ": byte " + std::to_string(std::min(at, m_text.size())) + " of " +
                        std::to_string(m_text.size()) + ": " + what);
    }

    bool rootIsObject() const { return m_rootIsObject; }
    std::size_t counted() const { return m_counted; }
    const std::optional<core::Error>& error() const { return m_error; }

  private:
    struct Level {
        bool object = false;
        std::size_t items = 0; // values seen so far (arrays)
        std::string key;       // current key (objects)
        KeySet keys;
        json* node = nullptr; // the container being built, when building
    };

    bool onValue() {
        if (m_depth == 0) {
            return true;
        }
        Level& level = m_levels[m_depth - 1];
        if (!level.object) {
            ++level.items;
        }
        if (m_depth == 2 && !level.object && m_levels[0].object && !m_limits.countedArray.empty() &&
            m_levels[0].key == m_limits.countedArray) {
            ++m_counted;
            if (m_limits.maxCountedItems > 0 && m_counted > m_limits.maxCountedItems) {
                return fail(kErrTooMany, path() + ": more than " + std::to_string(m_limits.maxCountedItems) +
                                             " items in \"" + std::string(m_limits.countedArray) + "\"");
            }
        }
        return true;
    }

    // Places a value in the tree being built: as the root, at the end of the open array, or under
    // the key just read. Returns where it went (nullptr when not building).
    template <class Value> json* place(Value&& value) {
        if (m_tree == nullptr) {
            return nullptr;
        }
        if (m_depth == 0) {
            *m_tree = json(std::forward<Value>(value));
            return m_tree;
        }
        json* parent = m_levels[m_depth - 1].node;
        if (parent->is_array()) {
            parent->get_ref<json::array_t&>().emplace_back(std::forward<Value>(value));
            return &parent->get_ref<json::array_t&>().back();
        }
        *m_slot = json(std::forward<Value>(value));
        return m_slot;
    }

    template <class Value> bool put(Value&& value) {
        place(std::forward<Value>(value));
        return true;
    }

    bool push(bool object) {
        if (m_depth == 0) {
            m_rootIsObject = object;
        }
        if (m_depth + 1 > m_limits.maxDepth) {
            return fail(kErrTooDeep,
                        path() + ": nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        }
        json* node = place(object ? json::value_t::object : json::value_t::array);
        if (m_levels.size() <= m_depth) {
            m_levels.emplace_back();
        }
        Level& level = m_levels[m_depth];
        level.object = object;
        level.items = 0;
        level.key.clear();
        level.keys.clear();
        level.node = node;
        ++m_depth;
        return true;
    }

    bool pop() {
        if (m_depth > 0) {
            --m_depth;
        }
        return true;
    }

    bool checkString(const std::string& value, const char* what) {
        if (value.size() > m_limits.maxStringBytes) {
            return fail(kErrStringTooLong, path() + ": " + what + " of " + std::to_string(value.size()) +
                                               " bytes, more than the limit of " +
                                               std::to_string(m_limits.maxStringBytes));
        }
        return true;
    }

    // The JSON Pointer of the value being read, shortened in the middle when it is very deep.
    std::string path() const {
        std::string out(m_where);
        out += ": /";
        for (std::size_t i = 0; i < m_depth; ++i) {
            if (m_depth > kShownPathLevels && i == kShownPathLevels / 2) {
                out += "…/";
                i = m_depth - kShownPathLevels / 2;
            }
            const Level& level = m_levels[i];
            out += level.object ? pointerComponent(level.key)
                                : std::to_string(level.items > 0 ? level.items - 1 : 0);
            if (i + 1 < m_depth) {
                out += '/';
            }
        }
        return out;
    }

    bool fail(const char* code, std::string detail) {
        if (!m_error) {
            m_error = makePortfolioError(code, std::move(detail));
        }
        return false;
    }

    const JsonLimits& m_limits;
    std::string_view m_text;
    std::string_view m_where;
    json* m_tree;
    json* m_slot = nullptr;
    std::vector<Level> m_levels;
    std::size_t m_depth = 0;
    std::size_t m_counted = 0;
    bool m_rootIsObject = false;
    std::optional<core::Error> m_error;
};

//-----------------------------------------------------------------------------
// [SECTION] The fast scanner
//-----------------------------------------------------------------------------

// RFC 8259 JSON over a string_view, one byte at a time, with an explicit stack instead of
// recursion. Checks what the guard checks, in the same order, so both report the same first error.
class Scanner {
  public:
    Scanner(std::string_view text, const JsonLimits& limits, std::string_view where)
        : m_text(text), m_limits(limits), m_where(where) {}

    core::Result<JsonShape> run() {
        constexpr std::string_view kBom = "\xef\xbb\xbf";
        if (m_text.substr(0, kBom.size()) == kBom) {
            m_pos = kBom.size(); // as the guard's lexer does
        }
        enum class Want { kValue, kValueOrClose, kKeyOrClose, kKey, kColon, kCommaOrClose, kNothing };
        Want want = Want::kValue;
        JsonShape shape;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size()) {
                if (want == Want::kNothing) {
                    return shape;
                }
                return failed(kErrTruncated, "the text ends before the JSON value does");
            }
            const char c = m_text[m_pos];
            bool valueDone = false;
            switch (want) {
            case Want::kNothing:
                return failed(kErrSyntax, "more text after the JSON value");
            case Want::kColon:
                if (c != ':') {
                    return failed(kErrSyntax, "expected ':' after a key");
                }
                ++m_pos;
                want = Want::kValue;
                continue;
            case Want::kCommaOrClose:
                if (c == ',') {
                    ++m_pos;
                    want = m_open.back().object ? Want::kKey : Want::kValue;
                    continue;
                }
                if (c != (m_open.back().object ? '}' : ']')) {
                    return failed(kErrSyntax, "expected ',' or the end of the object or array");
                }
                valueDone = close();
                break;
            case Want::kKeyOrClose:
            case Want::kKey:
                if (c == '}' && want == Want::kKeyOrClose) {
                    valueDone = close();
                    break;
                }
                if (c != '"') {
                    return failed(kErrSyntax, "expected a key in quotes");
                }
                if (auto key = scanString(true); !key) {
                    return key.error();
                }
                want = Want::kColon;
                continue;
            case Want::kValueOrClose:
            case Want::kValue:
                if (c == ']' && want == Want::kValueOrClose) {
                    valueDone = close();
                    break;
                }
                if (c == '{' || c == '[') {
                    if (m_open.empty()) {
                        shape.rootIsObject = c == '{';
                    }
                    if (m_open.size() + 1 > m_limits.maxDepth) {
                        return failed(kErrTooDeep,
                                      "nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
                    }
                    if (m_levels.size() <= m_open.size()) {
                        m_levels.emplace_back();
                    }
                    m_levels[m_open.size()].clear();
                    m_open.push_back({c == '{'});
                    ++m_pos;
                    want = c == '{' ? Want::kKeyOrClose : Want::kValueOrClose;
                    continue;
                }
                if (auto scalar = scanScalar(c); !scalar) {
                    return scalar.error();
                }
                valueDone = true;
                break;
            }
            if (valueDone) {
                want = m_open.empty() ? Want::kNothing : Want::kCommaOrClose;
            }
        }
    }

  private:
    struct Open {
        bool object;
    };

    // Consumes the '}' or ']' at m_pos; the container is a finished value.
    bool close() {
        ++m_pos;
        m_open.pop_back();
        return true;
    }

    void skipSpace() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
    }

    core::Status scanScalar(char c) {
        if (c == '"') {
            return scanString(false);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return scanNumber();
        }
        for (std::string_view literal : {"true", "false", "null"}) {
            if (c == literal.front()) {
                const std::string_view rest = m_text.substr(m_pos, literal.size());
                if (rest == literal) {
                    m_pos += literal.size();
                    return {};
                }
                // A literal cut short by the end of the text is a cut-off file, not a typo.
                if (literal.substr(0, rest.size()) == rest) {
                    m_pos += rest.size();
                    return failed(kErrTruncated, "the text ends inside a literal");
                }
                return failed(kErrSyntax, "not a JSON literal");
            }
        }
        return failed(kErrSyntax, "not the start of a JSON value");
    }

    bool digits() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            ++m_pos;
        }
        return m_pos > start;
    }

    core::Status numberError() {
        return failed(m_pos >= m_text.size() ? kErrTruncated : kErrSyntax, "not a valid number");
    }

    // Numbers beyond a double's range, which the guard's parser refuses ("number overflow"); tiny
    // ones that round to zero are fine, as there.
    core::Status checkRange(std::size_t start) {
        const std::string_view token = m_text.substr(start, m_pos - start);
        const char* first = token.data();
        const char* last = first + token.size();
        if (token.find_first_of(".eE") == std::string_view::npos) {
            std::int64_t asSigned = 0;
            std::uint64_t asUnsigned = 0;
            if (std::from_chars(first, last, asSigned).ec == std::errc() ||
                std::from_chars(first, last, asUnsigned).ec == std::errc()) {
                return {};
            }
        }
        double value = 0;
        if (std::from_chars(first, last, value).ec != std::errc::result_out_of_range) {
            return {};
        }
        // Out of range: too big or too small? Estimate the decimal exponent of the first digit.
        const std::size_t digitsStart = token.front() == '-' ? 1 : 0;
        const std::size_t mantissaEnd = std::min(token.find_first_of("eE"), token.size());
        const std::string_view mantissa = token.substr(digitsStart, mantissaEnd - digitsStart);
        const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
        const std::size_t firstDigit = mantissa.find_first_not_of("0.");
        long exponent = firstDigit == std::string_view::npos ? -1
                        : firstDigit < point                 ? static_cast<long>(point - firstDigit) - 1
                                                             : -static_cast<long>(firstDigit - point);
        if (mantissaEnd < token.size()) {
            std::string_view given = token.substr(mantissaEnd + 1);
            const bool negative = !given.empty() && given.front() == '-';
            given.remove_prefix(!given.empty() && (given.front() == '-' || given.front() == '+') ? 1 : 0);
            long value10 = 0;
            for (char c : given) {
                value10 = std::min(value10 * 10 + (c - '0'), 100000L); // saturate: far beyond any double
            }
            exponent += negative ? -value10 : value10;
        }
        return exponent > 0 ? failed(kErrSyntax, "a number too big for a double") : core::Status{};
    }

    core::Status scanNumber() {
        const std::size_t start = m_pos;
        if (auto scanned = scanNumberToken(); !scanned) {
            return scanned;
        }
        return checkRange(start);
    }

    core::Status scanNumberToken() {
        if (m_text[m_pos] == '-') {
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '0') {
            ++m_pos;
        } else if (!digits()) {
            return numberError();
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digits()) {
                return numberError();
            }
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
                ++m_pos;
            }
            if (!digits()) {
                return numberError();
            }
        }
        return {};
    }

    // Four hex digits at m_pos; -1 when they are not there.
    long hex4() {
        if (m_pos + 4 > m_text.size()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + static_cast<std::size_t>(i)];
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        m_pos += 4;
        return value;
    }

    core::Status escapeError() {
        return failed(m_pos >= m_text.size() ? kErrTruncated : kErrSyntax, "a bad escape in a string");
    }

    // Scans the string starting at the quote at m_pos. Keys are unescaped (only when they hold an
    // escape) and checked for duplicates in the open object.
    core::Status scanString(bool isKey) {
        const std::size_t start = ++m_pos;
        std::size_t unescaped = 0;
        bool escaped = false;
        while (true) {
            if (m_pos >= m_text.size()) {
                return failed(kErrTruncated, "the text ends inside a string");
            }
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                return failed(kErrSyntax, "a control character inside a string");
            }
            if (c != '\\') {
                ++m_pos;
                ++unescaped;
                continue;
            }
            escaped = true;
            if (++m_pos >= m_text.size()) {
                return escapeError();
            }
            const char e = m_text[m_pos++];
            if (e != 'u') {
                if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    return failed(kErrSyntax, "a bad escape in a string");
                }
                ++unescaped;
                continue;
            }
            const long unit = hex4();
            if (unit < 0) {
                return escapeError();
            }
            if (unit >= 0xdc00 && unit <= 0xdfff) {
                return failed(kErrSyntax, "a lone low surrogate escape");
            }
            if (unit >= 0xd800 && unit <= 0xdbff) {
                if (m_pos + 2 > m_text.size() || m_text[m_pos] != '\\' || m_text[m_pos + 1] != 'u') {
                    const bool cut =
                        m_pos >= m_text.size() || (m_pos + 1 == m_text.size() && m_text[m_pos] == '\\');
                    return cut ? failed(kErrTruncated, "the text ends inside a string")
                               : failed(kErrSyntax, "a high surrogate escape without its low half");
                }
                m_pos += 2;
                const long low = hex4();
                if (low < 0) {
                    return escapeError();
                }
                if (low < 0xdc00 || low > 0xdfff) {
                    return failed(kErrSyntax, "a high surrogate escape without its low half");
                }
                unescaped += 4;
            } else {
                unescaped += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
            }
        }
        const std::string_view raw = m_text.substr(start, m_pos - start);
        ++m_pos; // the closing quote
        if (unescaped > m_limits.maxStringBytes) {
            return failed(kErrStringTooLong,
                          std::string(isKey ? "a key" : "a string") + " of " + std::to_string(unescaped) +
                              " bytes, more than the limit of " + std::to_string(m_limits.maxStringBytes));
        }
        if (!isKey) {
            return {};
        }
        bool fresh = true;
        if (escaped) {
            const json key = json::parse(m_text.substr(start - 1, raw.size() + 2), nullptr, false);
            fresh = key.is_string() && m_levels[m_open.size() - 1].insert(key.get_ref<const std::string&>());
        } else {
            fresh = m_levels[m_open.size() - 1].insert(raw);
        }
        if (!fresh) {
            return failed(kErrSyntax,
                          "the key \"" + pointerComponent(raw) + "\" appears twice in one object");
        }
        return {};
    }

    core::Error failed(const char* code, const std::string& what) const {
        const std::size_t at = std::min(m_pos, m_text.size());
        const char* finalCode = code == kErrSyntax && cutOff(m_text, at) ? kErrTruncated : code;
        return makePortfolioError(finalCode, std::string(m_where) + ": byte " + std::to_string(at) + " of " +
                                                 std::to_string(m_text.size()) + ": " + what);
    }

    std::string_view m_text;
    const JsonLimits& m_limits;
    std::string_view m_where;
    std::size_t m_pos = 0;
    std::vector<Open> m_open;
    std::vector<KeySet> m_levels; // keys of each open object, reused between objects
};

} // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        const LeadRule rule = leadRule(bytes[i]);
        const auto length = static_cast<std::size_t>(rule.length);
        if (length == 0 || i + length > size || bytes[i + 1] < rule.low || bytes[i + 1] > rule.high) {
            return i;
        }
        for (std::size_t k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) {
                return i;
            }
        }
        i += length;
    }
    return std::nullopt;
}

core::Result<JsonShape> checkJson(std::string_view text, const JsonLimits& limits, std::string_view where,
                                  json* tree) {
    json built;
    GuardSax guard(limits, text, where, tree != nullptr ? &built : nullptr);
    bool parsed = false;
    try {
        parsed = json::sax_parse(text.begin(), text.end(), &guard);
    } catch (const std::exception& e) {
        return makePortfolioError(kErrSyntax, std::string(where) + ": " + e.what());
    }
    if (guard.error()) {
        return *guard.error();
    }
    if (!parsed) {
        return makePortfolioError(kErrSyntax, std::string(where) + ": not well-formed JSON");
    }
    // nlohmann's lexer takes a zero byte for the end of the input and ignores what follows. JSON
    // text never holds one, so refuse it (a run of zeros at the end is a cut-off file).
    if (const auto zero = text.find('\0'); zero != std::string_view::npos) {
        return makePortfolioError(cutOff(text, zero) ? kErrTruncated : kErrSyntax,
                                  std::string(where) + ": byte " + std::to_string(zero) + " of " +
                                      std::to_string(text.size()) +
                                      ": a zero byte, which JSON text never holds");
    }
    if (tree != nullptr) {
        *tree = std::move(built);
    }
    return JsonShape{guard.rootIsObject(), guard.counted()};
}

core::Result<JsonShape> scanJson(std::string_view text, const JsonLimits& limits, std::string_view where) {
    try {
        return Scanner(text, limits, where).run();
    } catch (const std::exception& e) {
        return makePortfolioError(kErrSyntax, std::string(where) + ": " + e.what());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Messages
//-----------------------------------------------------------------------------

std::string pointerComponent(std::string_view key) {
    std::size_t cut = std::min(key.size(), kShownKeyBytes);
    while (cut < key.size() && cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xc0) == 0x80) {
        --cut; // never split a UTF-8 sequence
    }
    std::string out;
    for (char c : key.substr(0, cut)) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += '?'; // never put control characters in a message
        } else {
            out += c;
        }
    }
    if (cut < key.size()) {
        out += "…";
    }
    return out;
}

} // namespace pathlight::portfolio
