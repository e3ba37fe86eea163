#pragma once
// Every order the exchange sends to its liquidity provider, written before it
// is sent and finished when its outcome is known, so an admin can see what
// was hedged for whom and a hedge whose outcome never came back stands out
// ("sent" long after its time).

#include "common/clock.h"
#include "common/result.h"
#include "exchange/provider/liquidity_provider.h"

#include <QJsonObject>

namespace azc::storage { class Database; }

namespace azc::desk {

struct HedgeRequest {
    QString flow;      // "swap", "route"
    QString ref;       // the quote id, the spot order
    QString userId;
    QString provider;  // "simulated", "binance"
    QString symbol;    // the provider's symbol
    provider::Side side = provider::Side::Buy;
    QString requested; // "0.5 BTC" / "1000 USDT" as sent
};

class HedgeLog
{
public:
    HedgeLog(storage::Database &db, const Clock &clock);

    // The hedge's id; a failure to write is the caller's reason not to send.
    Result<QString> open(const HedgeRequest &request);
    // status: the provider's (FILLED, PARTIALLY_FILLED, EXPIRED, ...) or
    // "failed" with the error's reason. Logged, never fatal: the money is in the ledger.
    void finish(const QString &id, const provider::OrderResult &result);
    void fail(const QString &id, const Error &error);
    Result<QJsonObject> list(int limit);

private:
    void update(const QString &id, const QString &status, const QString &executed, const QString &quote,
                const QString &orderId, const QString &error);

    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace azc::desk
