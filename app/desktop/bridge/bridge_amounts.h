#pragma once
// The numbers and texts the Bridge and Market screens derive from the
// server's exact strings, with integer arithmetic only (azc::Amount): basis
// points as percentages and back, whether a reserve covers what it must, an
// order's total, a policy proposal's `policy` object from the form as typed,
// voucher codes from a text area, and the partner dashboard's series as CSV.
// Pure functions, shared by the view models and their tests.

#include "common/amount.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace azc::bridge {

// The JSON field `key` of `o` as text ("" when absent).
inline QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// files.beginUpload knows the purposes kyc, chat and bundle; a product's or
// a point's pictures have none of their own yet (docs/protocol.md), so they
// travel as chat files. The one place to change when the protocol names one.
inline QString imagePurpose()
{
    return QStringLiteral("chat");
}

// Basis points as the server sends them: a policy's as a number, a point's
// actual coverage as a decimal string (it can be large); 0 when neither.
qint64 bpsOf(const QJsonValue &value);
// 250 -> "2.5", 10000 -> "100", 5 -> "0.05".
QString percentFromBps(qint64 bps);
// "2.5" -> 250; nullopt when not a percentage in 0..maxBps/100 with at most 2 decimals.
std::optional<int> bpsFromPercent(const QString &percent, int maxBps);

// reserve ≥ required, exactly; false when either is malformed.
bool covers(const QString &reserve, const QString &required);
// a > 0 exactly at `decimals`; false when malformed.
bool positive(const QString &amount, int decimals);
// price × quantity at `decimals` (exact: a product of decimals has no more
// decimals than the price); "" when the price is malformed or quantity < 1.
QString totalPrice(const QString &price, int quantity, int decimals);

// "Nova Coffee" -> "NC", "PTS" -> "PT".
QString initials(const QString &name);

// One voucher code per line; blank lines and surrounding spaces dropped,
// duplicates kept once, in the order typed.
QStringList codesFromText(const QString &text);

// A proposal's `policy` from the form as typed. Keys: rateMode ("fixed",
// "market"), rate (coin per whole point; left out for "market"), spreadPercent,
// feePercent, coveragePercent, minSwap, maxSwap, userDailyCap, totalDailyCap
// (points; empty = "0", none), toCoin, toPoints (bools). `pointDecimals`
// bounds the point amounts. On a malformed field, nullopt and `badField` is
// the protocol's name of it.
std::optional<QJsonObject> policyFromForm(const QVariantMap &form, int pointDecimals, QString *badField);

// The dashboard's daily series as CSV (RFC 4180, "\r\n" line ends): a header,
// then one line per entry of `series` (series = "point") and of `marketSeries`
// (series = "market"), in the server's order, every amount the server's exact
// string. Columns: series, day, point, asset, credited, burned, toCoin,
// toPoints, outstanding, reserve, orders, sales.
QString dashboardCsv(const QJsonObject &dashboard);

} // namespace azc::bridge
