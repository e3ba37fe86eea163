#pragma once
// The pure parts of Binance's spot API: request signing, the documented JSON
// shapes, and how its errors map to our reasons. No I/O, so each piece is
// tested against the examples in Binance's documentation.

#include "common/result.h"
#include "exchange/provider/liquidity_provider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace azc::provider::binance {

// Ordered query parameters; Binance signs the exact text, so order matters.
using Params = QList<QPair<QString, QString>>;

// "a=1&b=2", each value percent-encoded (our values are ASCII and need none).
QByteArray encodeQuery(const Params &params);
// HMAC-SHA256 of the exact totalParams text, as 64 lower-case hex digits.
QByteArray sign(const QByteArray &secret, const QByteArray &totalParams);

// Request weights (the documented costs) for the local budget.
int depthWeight(int limit);

Result<QList<SymbolRules>> parseExchangeInfo(const QJsonObject &o);
Result<Depth> parseDepth(const QJsonObject &o, const QString &symbol);
Result<QList<Balance>> parseAccount(const QJsonObject &o);
// POST /api/v3/order (FULL) and GET /api/v3/order answers.
Result<OrderResult> parseOrder(const QJsonObject &o);
// A <symbol>@bookTicker payload: {"u":…,"s":"BNBUSDT","b":"…","B":"…","a":"…","A":"…"}.
Result<BookTicker> parseBookTicker(const QJsonObject &o);

// What a refusal means for us.
struct ErrorContext
{
    QString endpoint; // "POST /api/v3/order", for the message
    int httpStatus = 0;
    int code = 0;              // Binance's code, 0 when the body had none
    QString msg;               // Binance's msg
    qint64 retryAfterMs = -1;  // from Retry-After, -1 when absent
    bool changesState = false; // a new order: a 5xx leaves the outcome unknown
};
Error mapError(const ErrorContext &context);

} // namespace azc::provider::binance
