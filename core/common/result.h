#pragma once
// Errors as values at every boundary: a Result<T> is either a value or an
// Error with a stable machine-readable reason (sent to clients as data.reason)
// and a human message. Domain services return these; the gateway turns them
// into JSON-RPC errors, so no service knows about the wire format.

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace azc {

struct Error {
    QString reason;   // stable, snake_case: "insufficient_funds", "not_found", ...
    QString message;  // for people; may change between versions
    QJsonObject data; // extra machine-readable fields (field, retryAfterMs, ...)

    static Error make(QString reason, QString message, QJsonObject data = {})
    {
        return Error{std::move(reason), std::move(message), std::move(data)};
    }
};

// The usual way to refuse: a literal reason, a message, optional data.
inline Error fail(const char *reason, QString message, QJsonObject data = {})
{
    return Error{QString::fromLatin1(reason), std::move(message), std::move(data)};
}

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    // By value, not T&&: `for (x : service().list().value())` then iterates a live object; a
    // reference into the temporary Result dangled once the loop began (it crashed a test on PG).
    T value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T *operator->() { return &std::get<T>(m_v); }
    const T &operator*() const { return std::get<T>(m_v); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Unit {};
using Status = Result<Unit>;
inline Status okStatus() { return Unit{}; }

} // namespace azc
