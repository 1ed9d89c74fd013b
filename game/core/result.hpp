// Result<T>: the value-or-error type every layer returns for errors a user can cause
// (bad file, bad content, disk full, wrong PIN). Exceptions never cross a layer boundary.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace pathlight::core {

// An error a person can act on. `message` is plain words for the person in front of the screen;
// `detail` is the precise, technical reason (file:line, SQLite error) for a teacher or a log.
struct Error {
    std::string message; // plain words, for the student or teacher in front of the screen
    std::string detail;  // precise reason, for the teacher or a log
    std::string code;    // machine-readable kind, e.g. "db.corrupt", "content.invalid"
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success-or-error for operations with no value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(std::string message, std::string detail = {}, std::string code = {}) {
    return Error{std::move(message), std::move(detail), std::move(code)};
}

} // namespace pathlight::core
