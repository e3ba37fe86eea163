#include "bridge/bridge_amounts.h"

#include <QJsonArray>
#include <QSet>

namespace azc::bridge {

namespace {

// A JSON value as a CSV field: strings as sent, integers as integers.
QString csvValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A point amount typed in the form: "" is "0" (none); otherwise a
// non-negative amount at the point's decimals, as typed.
std::optional<QString> pointAmount(const QVariantMap &form, const char *key, int decimals)
{
    const QString typed = form.value(QLatin1String(key)).toString().trimmed();
    if (typed.isEmpty())
        return QStringLiteral("0");
    const auto parsed = Amount::parse(typed, decimals);
    if (!parsed || parsed->isNegative())
        return std::nullopt;
    return typed;
}

} // namespace

qint64 bpsOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

QString percentFromBps(qint64 bps)
{
    // 1 bps is 0.01 %: the same units at 2 decimals.
    return Amount::fromUnits(bps).toString(2);
}

std::optional<int> bpsFromPercent(const QString &percent, int maxBps)
{
    const auto parsed = Amount::parse(percent.trimmed(), 2);
    if (!parsed || parsed->isNegative() || parsed->units() > Int128(maxBps))
        return std::nullopt;
    return int(parsed->units());
}

bool covers(const QString &reserve, const QString &required)
{
    const auto r = Amount::parse(reserve, Amount::kMaxDecimals);
    const auto q = Amount::parse(required, Amount::kMaxDecimals);
    return r && q && *r >= *q;
}

bool positive(const QString &amount, int decimals)
{
    const auto a = Amount::parse(amount.trimmed(), decimals);
    return a && a->units() > 0;
}

QString totalPrice(const QString &price, int quantity, int decimals)
{
    const auto p = Amount::parse(price, decimals);
    if (!p || quantity < 1)
        return {};
    const auto total = p->checkedMul(quantity);
    return total ? total->toString(decimals) : QString();
}

QString initials(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    return (words.first().left(1) + words.last().left(1)).toUpper();
}

QStringList codesFromText(const QString &text)
{
    QStringList codes;
    QSet<QString> seen;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString code = line.trimmed();
        if (code.isEmpty() || seen.contains(code))
            continue;
        seen.insert(code);
        codes.append(code);
    }
    return codes;
}

std::optional<QJsonObject> policyFromForm(const QVariantMap &form, int pointDecimals, QString *badField)
{
    const auto fail = [badField](const char *field) -> std::optional<QJsonObject> {
        if (badField)
            *badField = QLatin1String(field);
        return std::nullopt;
    };
    QJsonObject policy;
    const QString mode = form.value(QStringLiteral("rateMode")).toString().trimmed();
    if (mode != QLatin1String("fixed") && mode != QLatin1String("market"))
        return fail("rateMode");
    policy.insert(QStringLiteral("rateMode"), mode);
    if (mode == QLatin1String("fixed")) {
        // Coin per whole point, exact; the server reads the market's price itself for "market".
        const QString rate = form.value(QStringLiteral("rate")).toString().trimmed();
        if (!positive(rate, Amount::kMaxDecimals))
            return fail("rate");
        policy.insert(QStringLiteral("rate"), rate);
    }
    struct Bps {
        const char *formKey;
        const char *field;
        int maxBps;
    };
    for (const Bps &b : {Bps{"spreadPercent", "spreadBps", 9999}, Bps{"feePercent", "feeBps", 9999},
                         Bps{"coveragePercent", "coverageBps", 100000}}) {
        const QString typed = form.value(QLatin1String(b.formKey)).toString().trimmed();
        const auto bps = bpsFromPercent(typed.isEmpty() ? QStringLiteral("0") : typed, b.maxBps);
        if (!bps)
            return fail(b.field);
        policy.insert(QLatin1String(b.field), *bps);
    }
    for (const char *key : {"minSwap", "maxSwap", "userDailyCap", "totalDailyCap"}) {
        const auto amount = pointAmount(form, key, pointDecimals);
        if (!amount)
            return fail(key);
        policy.insert(QLatin1String(key), *amount);
    }
    // A maximum (when there is one) below the minimum allows no swap at all.
    const auto min = Amount::parse(text(policy, "minSwap"), pointDecimals);
    const auto max = Amount::parse(text(policy, "maxSwap"), pointDecimals);
    if (min && max && !max->isZero() && *max < *min)
        return fail("maxSwap");
    const bool toCoin = form.value(QStringLiteral("toCoin")).toBool();
    const bool toPoints = form.value(QStringLiteral("toPoints")).toBool();
    policy.insert(QStringLiteral("toCoin"), toCoin);
    policy.insert(QStringLiteral("toPoints"), toPoints);
    return policy;
}

QString dashboardCsv(const QJsonObject &dashboard)
{
    static const char *const header[] = {"series", "day", "point", "asset", "credited", "burned", "toCoin",
                                         "toPoints", "outstanding", "reserve", "orders", "sales"};
    QStringList lines;
    QStringList head;
    for (const char *h : header)
        head.append(QLatin1String(h));
    lines.append(head.join(QLatin1Char(',')));
    const auto line = [&lines](const QString &series, const QJsonObject &row) {
        QStringList fields{series};
        for (int i = 1; i < int(std::size(header)); ++i)
            fields.append(csvField(csvValue(row.value(QLatin1String(header[i])))));
        lines.append(fields.join(QLatin1Char(',')));
    };
    for (const QJsonValue &v : dashboard.value(QStringLiteral("series")).toArray())
        line(QStringLiteral("point"), v.toObject());
    for (const QJsonValue &v : dashboard.value(QStringLiteral("marketSeries")).toArray())
        line(QStringLiteral("market"), v.toObject());
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n");
}

} // namespace azc::bridge
