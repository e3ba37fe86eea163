#pragma once
// core/exchange/swap: quick swaps, hedged at once on the liquidity provider.
// A quote prices (from, to, amount) off the provider's depth less a hidden
// spread; it is valid for a few seconds and can be accepted once. Accepting
// holds the user's coins, places the equivalent market order on the provider
// and books only what the provider filled, in one ledger operation:
//   user(from) → Provider(from) → World(provider:P) (what the provider spent)
//   World(provider:P) → Provider(to) → user(to) (what the user gets)
//                                   → FeeRevenue(swap) (the spread)
// The user gets the quoted amount when the hedge filled in full at least as
// well as quoted; a partial fill books exactly the filled part (the rest of
// the hold comes back) and a price that moved against the quote books what
// the fill allows less the spread, both said plainly in the answer. A failed
// hedge books nothing. The provider's client order id is the quote id, so an
// answer lost in a timeout is recovered with orderStatus, never re-sent.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "exchange/swap/swap_config.h"
#include "exchange/provider/liquidity_provider.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QHash>
#include <QJsonObject>

namespace azc::ledger { class LedgerService; }
namespace azc::wallet { class WalletService; }
namespace azc::desk { class HedgeLog; }

namespace azc::swap {

class SwapService : public QObject
{
    Q_OBJECT
public:
    // Without a provider (none configured) swaps are unavailable.
    SwapService(ledger::LedgerService &ledger, wallet::WalletService &wallet, provider::LiquidityProvider *provider,
                const Clock &clock, SwapConfig config, QObject *parent = nullptr);

    // Where every hedge is written before it is sent (the admin's hedge log).
    void setHedgeLog(desk::HedgeLog *log) { m_hedges = log; }

    // Loads the provider's markets; swaps answer "unavailable" until it has.
    void start();
    Result<QJsonObject> pairs() const;
    void quote(const server::Caller &caller, const QString &from, const QString &to, const QString &amount,
               server::Reply reply);
    void accept(const server::Caller &caller, const QString &quoteId, server::Reply reply);

private:
    struct Quote {
        QString id, userId, from, to, symbol;
        provider::Side side = provider::Side::Buy;
        Amount amount, receive;
        qint64 expiresAt = 0;
        bool used = false;
    };
    const provider::SymbolRules *rulesFor(const QString &from, const QString &to) const;
    void settle(const Quote &q, const QString &holdId, const provider::OrderResult &fill, server::Reply reply);
    void release(const Quote &q, const QString &holdId, const Error &why, server::Reply reply);

    ledger::LedgerService &m_ledger;
    wallet::WalletService &m_wallet;
    provider::LiquidityProvider *m_provider;
    const Clock &m_clock;
    SwapConfig m_config;
    QList<provider::SymbolRules> m_rules;
    QHash<QString, Quote> m_quotes;
    desk::HedgeLog *m_hedges = nullptr;
};

} // namespace azc::swap
