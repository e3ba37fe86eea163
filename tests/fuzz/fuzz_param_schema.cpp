// Fuzz target for the JSON-RPC parameter checks (server/param_schema):
// ParamSchema::validate on arbitrary parameter objects, against schemas
// declared the way the method table declares its methods (strings with
// length limits, amounts as strings, enums and formats as patterns,
// optional parameters, integers with ranges, booleans, string arrays,
// objects and arrays). Built like fuzz_amount_parse.cpp (see there). Only
// calls core/server; never edits it.
//
// The input is a JSON object; anything that is not is read as a recipe for
// one (keys from the schemas' names, values of every JSON type with lengths
// and numbers at the limits), so mutations of either kind reach validate().
//
// Properties: never crashes; validate() agrees with a reference checker
// written here from param_schema.h's contract: the same verdict and, on a
// refusal, reason "invalid_params" with data.field naming the same
// parameter (unknown names first, in key order, then the declared
// parameters in order); an accepted object stays accepted without any one
// of its optional parameters, or with one set to null.

#include "server/param_schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <optional>

namespace {

using azc::server::Param;
using azc::server::ParamSchema;
using azc::server::ParamType;

void check(bool ok)
{
    if (!ok)
        std::abort();
}

const QList<ParamSchema> &schemas()
{
    static const QList<ParamSchema> list = [] {
        const auto s = [](const char *name) { return QString::fromLatin1(name); };
        QList<ParamSchema> l;
        // wallet.transfer: amounts and names are strings, checked by the handler.
        l.append(ParamSchema{Param::string(s("asset"), 1, 16), Param::string(s("amount"), 1, 64),
                             Param::string(s("toUsername"), 1, 64), Param::string(s("memo"), 0, 140).optional(),
                             Param::string(s("idempotencyKey"), 8, 64)});
        // spot.place-like: enums as patterns, optional decimals and integers.
        l.append(ParamSchema{Param::string(s("market"), 3, 33), Param::string(s("side"), 3, 4).matching(s("buy|sell")),
                             Param::string(s("type"), 5, 10).matching(s("limit|market|stop_limit")),
                             Param::string(s("price"), 1, 64).optional(),
                             Param::integer(s("levels"), 1, 200).optional(),
                             Param::boolean(s("postOnly")).optional()});
        // Admin and KYC style: formats as patterns.
        l.append(ParamSchema{
                Param::string(s("status"), 1, 16).matching(s("pending|approved|rejected")).optional(),
                Param::integer(s("limit"), 1, 100).optional(),
                Param::string(s("code"), 2, 10).matching(s("[A-Z0-9]+")),
                Param::string(s("sha256"), 64, 64).matching(s("[0-9a-fA-F]{64}")).optional(),
                Param::string(s("username"), 3, 32).matching(s("[A-Za-z0-9_.]+")).optional(),
                Param::string(s("emoji"), 0, 16).matching(s("\\S*")).optional()});
        // Lists, objects and unbounded integers.
        l.append(ParamSchema{Param::strings(s("markets"), 0, 20), Param::object(s("meta")).optional(),
                             Param::array(s("items"), 1, 5).optional(),
                             Param::integer(s("before"), 1, qint64(1) << 53).optional(),
                             Param::integer(s("since"), -1000, 0).optional(), // 0: no upper bound
                             Param::strings(s("tags"), 1, 0).optional()});
        // A method without parameters.
        l.append(ParamSchema{});
        return l;
    }();
    return list;
}

// ---- the reference checker -------------------------------------------------

bool isAsciiSpace(char16_t u)
{
    return u == u' ' || (u >= 0x09 && u <= 0x0d);
}

bool validUtf16(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

bool allOf(const QString &s, bool (*ok)(char16_t))
{
    for (QChar c : s)
        if (!ok(c.unicode()))
            return false;
    return true;
}

// The schemas' patterns, each checked without regular expressions.
bool matchesPattern(const QString &pattern, const QString &s)
{
    if (pattern.contains(u'|') && !pattern.contains(u'['))
        return pattern.split(u'|').contains(s);
    if (pattern == QLatin1String("[A-Z0-9]+"))
        return !s.isEmpty() && allOf(s, [](char16_t u) { return (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'); });
    if (pattern == QLatin1String("[0-9a-fA-F]{64}"))
        return s.size() == 64 && allOf(s, [](char16_t u) {
                   return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
               });
    if (pattern == QLatin1String("[A-Za-z0-9_.]+"))
        return !s.isEmpty() && allOf(s, [](char16_t u) {
                   return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
                           || u == '.';
               });
    if (pattern == QLatin1String("\\S*")) // PCRE2 without UCP: \s is ASCII white space
        return validUtf16(s) && allOf(s, [](char16_t u) { return !isAsciiSpace(u); });
    std::abort(); // a pattern this checker does not know
}

bool referenceOne(const Param &p, const QJsonValue &v)
{
    const auto sizeOk = [&p](qint64 n) { return n >= p.min && (p.max == 0 || n <= p.max); }; // max 0: unbounded
    switch (p.type) {
    case ParamType::String:
        return v.isString() && sizeOk(v.toString().size())
                && (p.pattern.isEmpty() || matchesPattern(p.pattern, v.toString()));
    case ParamType::Integer: {
        if (!v.isDouble())
            return false;
        constexpr qint64 none = std::numeric_limits<qint64>::min();
        constexpr qint64 limit = (qint64(1) << 53) - 1; // what a double holds exactly
        const qint64 n = v.toInteger(none); // `none` unless a whole number
        return n != none && n >= -limit && n <= limit && sizeOk(n);
    }
    case ParamType::Boolean: return v.isBool();
    case ParamType::StringArray: {
        if (!v.isArray() || !sizeOk(v.toArray().size()))
            return false;
        for (const QJsonValue &item : v.toArray())
            if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 256)
                return false;
        return true;
    }
    case ParamType::Object: return v.isObject();
    case ParamType::Array: return v.isArray() && sizeOk(v.toArray().size());
    }
    std::abort();
}

// The parameter a refusal names; nullopt when the object is valid.
std::optional<QString> reference(const ParamSchema &schema, const QJsonObject &o)
{
    QStringList names;
    for (const Param &p : schema.params())
        names.append(p.name);
    for (const QString &key : o.keys())
        if (!names.contains(key))
            return key;
    for (const Param &p : schema.params()) {
        const QJsonValue v = o.value(p.name);
        if (v.isUndefined() || v.isNull()) {
            if (p.required)
                return p.name;
            continue;
        }
        if (!referenceOne(p, v))
            return p.name;
    }
    return std::nullopt;
}

// ---- inputs ----------------------------------------------------------------

class Recipe
{
public:
    Recipe(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    bool more() const { return m_pos < m_size; }
    std::uint8_t next() { return m_pos < m_size ? m_data[m_pos++] : 0; }

    QJsonObject object(int depth = 0)
    {
        static const QStringList names = [] {
            QStringList n{QStringLiteral("bogus"), QString(), QStringLiteral("Amount"), QStringLiteral("amount ")};
            for (const ParamSchema &s : schemas())
                for (const Param &p : s.params())
                    n.append(p.name);
            return n;
        }();
        QJsonObject o;
        const int count = next() % 8;
        for (int i = 0; i < count && more(); ++i) {
            const QString &name = names.at(next() % names.size());
            o.insert(name, value(depth));
        }
        return o;
    }

private:
    QString string()
    {
        static const QStringList samples{
                QString(), QStringLiteral("buy"), QStringLiteral("sell"), QStringLiteral("limit"),
                QStringLiteral("market"), QStringLiteral("stop_limit"), QStringLiteral("pending"),
                QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("Buy"),
                QStringLiteral("buy|sell"), QStringLiteral("USDT"), QStringLiteral("12.5"),
                QStringLiteral("BTC-USDT"), QStringLiteral("AZC9"), QStringLiteral("a.b_c"),
                QStringLiteral("with space"), QStringLiteral("tab\t"), QString(QChar(0x00a0)),
                QString(QChar(0x2028)), QString(QChar(0xd800)), QString(QChar(0xdc00)),
                QStringLiteral("\U0001F600"), QStringLiteral("\u00e9t\u00e9"), QString(QChar(0))};
        const std::uint8_t kind = next();
        if (kind < 160)
            return samples.at(kind % samples.size());
        const int length = qMin(int(m_budget), next() + (kind >= 250 ? 256 * (kind - 249) : 0)); // up to ~1.8k
        m_budget -= length; // a few long strings per object, not megabytes
        static const char alphabet[] = "0123456789abcdefABCDEF_.- xyz";
        QString s;
        const std::uint8_t fill = next();
        for (int i = 0; i < length; ++i)
            s.append(QLatin1Char(alphabet[(fill + i * (kind % 7)) % (sizeof(alphabet) - 1)]));
        return s;
    }

    QJsonValue number()
    {
        static const qint64 integers[] = {0, 1, -1, 2, 3, 5, 8, 10, 16, 20, 33, 64, 99, 100, 101, 199, 200, 201,
                                          -999, -1000, -1001, (qint64(1) << 53) - 1, qint64(1) << 53,
                                          (qint64(1) << 53) + 1, -(qint64(1) << 53) + 1, -(qint64(1) << 53),
                                          std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
        static const double doubles[] = {0.5, 1.5, -0.0, 100.0, 200.0000001, 1e300, -1e300, 9007199254740991.0,
                                         9007199254740992.0, 1e-300, 3.0};
        const std::uint8_t kind = next();
        if (kind % 4 == 3)
            return QJsonValue(doubles[next() % std::size(doubles)]);
        return QJsonValue(integers[next() % std::size(integers)]);
    }

    QJsonValue value(int depth)
    {
        switch (next() % 9) {
        case 0: return QJsonValue(QJsonValue::Null);
        case 1: return QJsonValue(next() % 2 == 0);
        case 2:
        case 3: return string();
        case 4: return number();
        case 5:
        case 6: {
            QJsonArray a;
            const int count = next() % 24;
            const bool strings = next() % 4 != 0;
            for (int i = 0; i < count && more(); ++i)
                a.append(strings || depth > 3 ? QJsonValue(string()) : value(depth + 1));
            return a;
        }
        case 7: return depth > 3 ? QJsonValue(QJsonObject()) : QJsonValue(object(depth + 1));
        default: return QJsonValue(QJsonValue::Undefined); // not stored by QJsonObject::insert
        }
    }

    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
    qsizetype m_budget = 8 * 1024;
};

void checkAgainst(const ParamSchema &schema, const QJsonObject &o)
{
    const azc::Status status = schema.validate(o);
    const std::optional<QString> culprit = reference(schema, o);
    check(status.ok() == !culprit.has_value());
    if (!status.ok()) {
        check(status.error().reason == QLatin1String("invalid_params"));
        check(status.error().data.value(QStringLiteral("field")).toString() == *culprit);
        return;
    }
    for (const Param &p : schema.params()) {
        if (p.required || !o.contains(p.name))
            continue;
        QJsonObject without = o;
        without.remove(p.name);
        check(schema.validate(without).ok());
        without.insert(p.name, QJsonValue(QJsonValue::Null));
        check(schema.validate(without).ok());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject params = doc.isObject() ? doc.object() : Recipe(data, size).object();
    for (const ParamSchema &schema : schemas())
        checkAgainst(schema, params);
    return 0;
}
