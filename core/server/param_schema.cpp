#include "server/param_schema.h"

#include <QJsonArray>
#include <cmath>

namespace azc::server {

namespace {

Error invalid(const QString &field, const QString &why)
{
    return Error::make(QStringLiteral("invalid_params"), QStringLiteral("%1: %2").arg(field, why),
                       QJsonObject{{QStringLiteral("field"), field}});
}

Status checkString(const Param &p, const QString &s)
{
    if (s.size() < p.min)
        return invalid(p.name, QStringLiteral("must be at least %1 characters").arg(p.min));
    if (p.max > 0 && s.size() > p.max)
        return invalid(p.name, QStringLiteral("must be at most %1 characters").arg(p.max));
    if (!p.pattern.isEmpty()) {
        // Compiled once per distinct pattern: schemas are static.
        static thread_local QHash<QString, QRegularExpression> cache;
        auto it = cache.find(p.pattern);
        if (it == cache.end())
            it = cache.insert(p.pattern, QRegularExpression(QRegularExpression::anchoredPattern(p.pattern)));
        if (!it->match(s).hasMatch())
            return invalid(p.name, QStringLiteral("has an invalid format"));
    }
    return okStatus();
}

Status checkOne(const Param &p, const QJsonValue &v)
{
    switch (p.type) {
    case ParamType::String:
        if (!v.isString())
            return invalid(p.name, QStringLiteral("must be a string"));
        return checkString(p, v.toString());
    case ParamType::Integer: {
        // JSON numbers are doubles: accept only exact integers in range.
        if (!v.isDouble())
            return invalid(p.name, QStringLiteral("must be an integer"));
        const double d = v.toDouble();
        if (std::trunc(d) != d || std::fabs(d) > 9007199254740991.0)
            return invalid(p.name, QStringLiteral("must be an integer"));
        const qint64 n = static_cast<qint64>(d);
        if (n < p.min || (p.max != 0 && n > p.max))
            return invalid(p.name, QStringLiteral("must be between %1 and %2").arg(p.min).arg(p.max));
        return okStatus();
    }
    case ParamType::Boolean:
        return v.isBool() ? okStatus() : Status(invalid(p.name, QStringLiteral("must be true or false")));
    case ParamType::StringArray: {
        if (!v.isArray())
            return invalid(p.name, QStringLiteral("must be an array of strings"));
        const QJsonArray a = v.toArray();
        if (a.size() < p.min || (p.max > 0 && a.size() > p.max))
            return invalid(p.name, QStringLiteral("must hold %1 to %2 items").arg(p.min).arg(p.max));
        for (const QJsonValue &item : a)
            if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 256)
                return invalid(p.name, QStringLiteral("must be an array of non-empty strings"));
        return okStatus();
    }
    case ParamType::Object:
        return v.isObject() ? okStatus() : Status(invalid(p.name, QStringLiteral("must be an object")));
    case ParamType::Array: {
        if (!v.isArray())
            return invalid(p.name, QStringLiteral("must be an array"));
        const qsizetype n = v.toArray().size();
        if (n < p.min || (p.max > 0 && n > p.max))
            return invalid(p.name, QStringLiteral("must hold %1 to %2 items").arg(p.min).arg(p.max));
        return okStatus(); // its items are the handler's to check
    }
    }
    return okStatus();
}

} // namespace

Status ParamSchema::validate(const QJsonObject &params) const
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        const bool known = std::any_of(m_params.begin(), m_params.end(),
                                       [&](const Param &p) { return p.name == it.key(); });
        if (!known)
            return invalid(it.key(), QStringLiteral("is not a parameter of this method"));
    }
    for (const Param &p : m_params) {
        const auto it = params.find(p.name);
        if (it == params.end() || it->isNull()) {
            if (p.required)
                return invalid(p.name, QStringLiteral("is required"));
            continue;
        }
        if (auto s = checkOne(p, *it); !s)
            return s;
    }
    return okStatus();
}

} // namespace azc::server
