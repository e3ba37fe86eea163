#pragma once
// Declarative parameter checks: types, presence, lengths, ranges and
// patterns. Unknown parameters are refused too, so a typo never silently
// falls back to a default.

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <initializer_list>

namespace azc::server {

enum class ParamType { String, Integer, Boolean, StringArray, Object, Array };

struct Param {
    QString name;
    ParamType type = ParamType::String;
    bool required = true;
    qint64 min = 0;           // string length / integer value / array size
    qint64 max = 0;           // 0 = no upper bound
    QString pattern;          // for strings, a full-match regular expression

    static Param string(QString n, qint64 minLen = 1, qint64 maxLen = 256)
    { return Param{std::move(n), ParamType::String, true, minLen, maxLen, {}}; }
    static Param integer(QString n, qint64 lo, qint64 hi)
    { return Param{std::move(n), ParamType::Integer, true, lo, hi, {}}; }
    static Param boolean(QString n) { return Param{std::move(n), ParamType::Boolean, true, 0, 0, {}}; }
    static Param strings(QString n, qint64 minItems, qint64 maxItems)
    { return Param{std::move(n), ParamType::StringArray, true, minItems, maxItems, {}}; }

    static Param object(QString n) { return Param{std::move(n), ParamType::Object, true, 0, 0, {}}; }
    static Param array(QString n, qint64 minItems, qint64 maxItems)
    { return Param{std::move(n), ParamType::Array, true, minItems, maxItems, {}}; }

    Param optional() const { Param p = *this; p.required = false; return p; }
    Param matching(QString regex) const { Param p = *this; p.pattern = std::move(regex); return p; }
};

class ParamSchema
{
public:
    ParamSchema() = default;
    ParamSchema(std::initializer_list<Param> params) : m_params(params) {}
    explicit ParamSchema(QList<Param> params) : m_params(std::move(params)) {}
    const QList<Param> &params() const { return m_params; }
    // Error reason "invalid_params" with data.field naming the culprit.
    Status validate(const QJsonObject &params) const;

private:
    QList<Param> m_params;
};

} // namespace azc::server
