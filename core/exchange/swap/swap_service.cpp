#include "exchange/swap/swap_service.h"

#include "crypto/secure_random.h"
#include "exchange/desk/hedge_log.h"
#include "ledger/ledger_service.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>

namespace azc::swap {

using provider::Decimal;
using provider::Side;

namespace {

constexpr int kRateDecimals = 8;

Int128 pow10(int n)
{
    Int128 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

Amount lessSpread(Amount gross, Amount spread)
{
    return gross.mulDiv(pow10(kRateDecimals) - spread.units(), pow10(kRateDecimals), Rounding::Down).value_or(Amount());
}

Error swapError(const char *reason, const QString &message, const char *detail = nullptr)
{
    QJsonObject data;
    if (detail)
        data.insert(QStringLiteral("detail"), QString::fromLatin1(detail));
    return fail(reason, message, data);
}

} // namespace

SwapService::SwapService(ledger::LedgerService &ledger, wallet::WalletService &wallet,
                         provider::LiquidityProvider *provider, const Clock &clock, SwapConfig config, QObject *parent)
    : QObject(parent), m_ledger(ledger), m_wallet(wallet), m_provider(provider), m_clock(clock), m_config(std::move(config))
{
}

void SwapService::start()
{
    if (!m_provider)
        return; // no provider configured: every quote answers "unavailable"
    m_provider->symbols([this](Result<QList<provider::SymbolRules>> rules) {
        if (!rules) {
            qWarning("swap: the liquidity provider's markets are unavailable: %s", qPrintable(rules.error().message));
            return;
        }
        m_rules.clear();
        for (const provider::SymbolRules &r : rules.value())
            if (r.trading && m_ledger.asset(r.baseAsset) && m_ledger.asset(r.quoteAsset))
                m_rules.append(r);
    });
}

const provider::SymbolRules *SwapService::rulesFor(const QString &from, const QString &to) const
{
    for (const provider::SymbolRules &r : m_rules)
        if ((r.baseAsset == from && r.quoteAsset == to) || (r.baseAsset == to && r.quoteAsset == from))
            return &r;
    return nullptr;
}

Result<QJsonObject> SwapService::pairs() const
{
    QJsonArray out;
    for (const provider::SymbolRules &r : m_rules)
        out.append(QJsonObject{{QStringLiteral("base"), r.baseAsset}, {QStringLiteral("quote"), r.quoteAsset}});
    return QJsonObject{{QStringLiteral("pairs"), out},
                       {QStringLiteral("quoteTtlMs"), m_config.quoteTtlMs}};
}

void SwapService::quote(const server::Caller &caller, const QString &from, const QString &to, const QString &amountText,
                        server::Reply reply)
{
    const provider::SymbolRules *rules = rulesFor(from, to);
    if (!rules)
        return reply(m_rules.isEmpty() ? swapError("unavailable", QStringLiteral("swaps are not available right now"))
                                       : swapError("not_found", QStringLiteral("%1 cannot be swapped for %2").arg(from, to)));
    auto fromAsset = m_ledger.asset(from);
    auto toAsset = m_ledger.asset(to);
    if (!fromAsset || !toAsset)
        return reply(fail("unknown_asset", QStringLiteral("unknown asset")));
    auto amount = wallet::parseAmount(amountText, fromAsset->decimals, wallet::Sign::Positive);
    if (!amount)
        return reply(amount.error());
    Quote q;
    q.id = crypto::randomId();
    q.userId = caller.userId;
    q.from = from;
    q.to = to;
    q.symbol = rules->symbol;
    q.side = rules->quoteAsset == from ? Side::Buy : Side::Sell; // spending the quote asset buys the base
    q.amount = *amount;
    if (q.side == Side::Sell && !provider::toDecimal(q.amount, fromAsset->decimals).multipleOf(rules->stepSize))
        return reply(fail("invalid_amount", QStringLiteral("%1 is swapped in steps of %2").arg(from, rules->stepSize.toString()),
                          {{QStringLiteral("detail"), QStringLiteral("step")}, {QStringLiteral("step"), rules->stepSize.toString()}}));
    const int baseDecimals = q.side == Side::Buy ? toAsset->decimals : fromAsset->decimals;
    const int quoteDecimals = q.side == Side::Buy ? fromAsset->decimals : toAsset->decimals;
    const int toDecimals = toAsset->decimals;
    const QJsonObject asked{{QStringLiteral("from"), from}, {QStringLiteral("to"), to},
                            {QStringLiteral("amount"), q.amount.toString(fromAsset->decimals)}};
    m_provider->depth(rules->symbol, 50, [this, q, baseDecimals, quoteDecimals, toDecimals, asked, reply,
                                          minNotional = rules->minNotional](Result<provider::Depth> depth) mutable {
        if (!depth)
            return reply(swapError("unavailable", QStringLiteral("no prices from the liquidity provider right now")));
        // Walk the book: what the amount buys (asks) or fetches (bids).
        Amount remaining = q.amount, gross;
        const QList<provider::PriceLevel> &levels = q.side == Side::Buy ? depth->asks : depth->bids;
        for (const provider::PriceLevel &level : levels) {
            if (remaining.isZero())
                break;
            const auto price = provider::toAmount(level.price, quoteDecimals, q.side == Side::Buy ? Rounding::Up : Rounding::Down);
            const auto size = provider::toAmount(level.quantity, baseDecimals, Rounding::Down);
            if (!price || !size || price->isZero())
                continue;
            if (q.side == Side::Buy) {
                const auto cost = price->mulDiv(size->units(), pow10(baseDecimals), Rounding::Up);
                if (cost && *cost <= remaining) {
                    gross = *gross.checkedAdd(*size);
                    remaining = *remaining.checkedSub(*cost);
                } else {
                    gross = *gross.checkedAdd(*remaining.mulDiv(pow10(baseDecimals), price->units(), Rounding::Down));
                    remaining = Amount();
                }
            } else {
                const Amount take = std::min(remaining, *size);
                gross = *gross.checkedAdd(*price->mulDiv(take.units(), pow10(baseDecimals), Rounding::Down));
                remaining = *remaining.checkedSub(take);
            }
        }
        if (!remaining.isZero())
            return reply(swapError("insufficient_liquidity", QStringLiteral("the market is too thin for that amount right now")));
        const Amount notional = q.side == Side::Buy ? q.amount : gross;
        if (auto minimum = provider::toAmount(minNotional, quoteDecimals, Rounding::Up); minimum && notional < *minimum)
            return reply(fail("invalid_amount", QStringLiteral("a swap is worth at least %1").arg(minNotional.toString()),
                              {{QStringLiteral("detail"), QStringLiteral("min_notional")}}));
        q.receive = lessSpread(gross, m_config.spread);
        q.expiresAt = m_clock.nowMs() + m_config.quoteTtlMs;
        m_quotes.insert(q.id, q);
        QJsonObject out = asked;
        out.insert(QStringLiteral("quoteId"), q.id);
        out.insert(QStringLiteral("receive"), q.receive.toString(toDecimals));
        out.insert(QStringLiteral("expiresAt"), q.expiresAt);
        out.insert(QStringLiteral("ttlMs"), m_config.quoteTtlMs);
        reply(QJsonObject{{QStringLiteral("quote"), out}});
    });
}

void SwapService::accept(const server::Caller &caller, const QString &quoteId, server::Reply reply)
{
    auto it = m_quotes.find(quoteId);
    if (it == m_quotes.end() || it->userId != caller.userId)
        return reply(fail("not_found", QStringLiteral("no such quote")));
    if (it->used)
        return reply(swapError("invalid_state", QStringLiteral("a quote can be accepted once"), "quote_used"));
    if (m_clock.nowMs() > it->expiresAt) {
        m_quotes.erase(it);
        return reply(swapError("invalid_state", QStringLiteral("the quote has expired: ask for a new one"), "quote_expired"));
    }
    it->used = true;
    const Quote q = *it;
    ledger::OperationRequest hold{caller.userId, QStringLiteral("swap:") + q.id, q.id, QStringLiteral("swap.hold"), {}, {}};
    m_ledger.openHold(std::move(hold), caller.userId, q.from, q.amount, QStringLiteral("swap"),
                      [this, q, reply](const Result<QJsonObject> &held) {
        if (!held)
            return reply(held.error());
        const QString holdId = held->value(QStringLiteral("holdId")).toString();
        auto fromAsset = m_ledger.asset(q.from);
        provider::MarketOrderRequest order;
        order.symbol = q.symbol;
        order.side = q.side;
        if (q.side == Side::Buy)
            order.quoteQuantity = provider::toDecimal(q.amount, fromAsset->decimals);
        else
            order.quantity = provider::toDecimal(q.amount, fromAsset->decimals);
        order.clientOrderId = QStringLiteral("azc-") + q.id.left(32);
        const QString clientOrderId = order.clientOrderId;
        QString hedgeId;
        if (m_hedges) {
            auto logged = m_hedges->open({QStringLiteral("swap"), q.id, q.userId, m_config.providerName, q.symbol, q.side,
                                          q.amount.toString(fromAsset->decimals) + u' ' + q.from});
            if (!logged) // never a hedge nobody can see
                return release(q, holdId, logged.error(), reply);
            hedgeId = logged.value();
        }
        auto outcome = [this, hedgeId](const Result<provider::OrderResult> &r) {
            if (!m_hedges)
                return;
            if (r)
                m_hedges->finish(hedgeId, r.value());
            else if (r.error().reason != QLatin1String("provider_unknown_outcome"))
                m_hedges->fail(hedgeId, r.error());
        };
        m_provider->placeMarketOrder(order, [this, q, holdId, clientOrderId, reply, outcome](Result<provider::OrderResult> fill) {
            outcome(fill);
            if (fill)
                return settle(q, holdId, fill.value(), reply);
            if (fill.error().reason != QLatin1String("provider_unknown_outcome"))
                return release(q, holdId, fill.error(), reply);
            // The provider may have filled it: ask, under the same client order id.
            m_provider->orderStatus(q.symbol, clientOrderId, [this, q, holdId, reply, outcome](Result<provider::OrderResult> known) {
                if (known) // an error here leaves the hedge "sent": its outcome is still unknown
                    outcome(known);
                if (known)
                    return settle(q, holdId, known.value(), reply);
                qCritical("swap %s: the hedge's outcome is unknown; the hold stays for an operator", qPrintable(q.id));
                reply(swapError("swap_failed", QStringLiteral("the swap's outcome is not known yet; support will settle it"),
                                "unknown_outcome"));
            });
        });
    });
}

void SwapService::release(const Quote &q, const QString &holdId, const Error &why, server::Reply reply)
{
    ledger::OperationRequest op{QStringLiteral("swap"), QStringLiteral("swap-release:") + q.id, q.id,
                                QStringLiteral("swap.release"), {}, {}};
    m_ledger.voidHold(std::move(op), holdId, [this, q, why, reply](const Result<QJsonObject> &) {
        m_wallet.announceBalance(q.userId, q.from);
        QJsonObject data{{QStringLiteral("providerReason"), why.reason}};
        reply(fail("swap_failed", QStringLiteral("the swap did not go through and nothing was charged: %1").arg(why.message),
                   data));
    });
}

void SwapService::settle(const Quote &q, const QString &holdId, const provider::OrderResult &fill, server::Reply reply)
{
    auto fromAsset = m_ledger.asset(q.from);
    auto toAsset = m_ledger.asset(q.to);
    const Decimal &spentDecimal = q.side == Side::Buy ? fill.cummulativeQuoteQty : fill.executedQty;
    const Decimal &receivedDecimal = q.side == Side::Buy ? fill.executedQty : fill.cummulativeQuoteQty;
    // What left the user's hold rounds up, what came in rounds down: the exchange never books more than happened.
    const Amount spent = std::min(provider::toAmount(spentDecimal, fromAsset->decimals, Rounding::Up).value_or(q.amount), q.amount);
    const Amount received = provider::toAmount(receivedDecimal, toAsset->decimals, Rounding::Down).value_or(Amount());
    if (spent.isZero() || received.isZero())
        return release(q, holdId, fail("provider_rejected", QStringLiteral("the provider filled nothing")), reply);
    const bool full = fill.status == provider::OrderStatus::Filled;
    const bool asQuoted = full && received >= q.receive;
    const Amount userGets = asQuoted ? q.receive : lessSpread(received, m_config.spread);
    const Amount revenue = *received.checkedSub(userGets);

    const QString p = m_config.providerName;
    auto account = [this](const QString &owner, const QString &asset, ledger::AccountKind kind, const QString &sub) {
        return m_ledger.account({owner, asset, kind, sub});
    };
    auto providerFrom = account({}, q.from, ledger::AccountKind::Provider, p);
    auto providerTo = account({}, q.to, ledger::AccountKind::Provider, p);
    auto worldFrom = account({}, q.from, ledger::AccountKind::World, QStringLiteral("provider:") + p);
    auto worldTo = account({}, q.to, ledger::AccountKind::World, QStringLiteral("provider:") + p);
    auto userTo = account(q.userId, q.to, ledger::AccountKind::Available, {});
    auto fees = account({}, q.to, ledger::AccountKind::FeeRevenue, QStringLiteral("swap"));
    if (!providerFrom || !providerTo || !worldFrom || !worldTo || !userTo || !fees)
        return reply(fail("storage_error", QStringLiteral("cannot open the swap's accounts")));
    QList<ledger::TransferSpec> extra{{providerFrom->id, worldFrom->id, spent, QStringLiteral("swap.hedge")},
                                      {worldTo->id, providerTo->id, received, QStringLiteral("swap.hedge")}};
    if (!userGets.isZero())
        extra.append({providerTo->id, userTo->id, userGets, QStringLiteral("swap")});
    if (!revenue.isZero())
        extra.append({providerTo->id, fees->id, revenue, QStringLiteral("fee.swap")});
    const QJsonObject swap{{QStringLiteral("quoteId"), q.id},
                           {QStringLiteral("from"), q.from},
                           {QStringLiteral("to"), q.to},
                           {QStringLiteral("paid"), spent.toString(fromAsset->decimals)},
                           {QStringLiteral("received"), userGets.toString(toAsset->decimals)},
                           {QStringLiteral("quotedReceive"), q.receive.toString(toAsset->decimals)},
                           {QStringLiteral("status"), full ? QStringLiteral("filled") : QStringLiteral("partially_filled")},
                           {QStringLiteral("repriced"), !asQuoted},
                           {QStringLiteral("providerOrderId"), QString::number(fill.orderId)}};
    ledger::OperationRequest op{q.userId, QStringLiteral("swap-settle:") + q.id, q.id, QStringLiteral("swap"), {},
                                {{QStringLiteral("swap"), swap}}};
    m_ledger.settleHolds(std::move(op), {{holdId, {{spent, providerFrom->id, QStringLiteral("swap")}}, true}}, extra,
                         [this, q, swap, reply](const Result<QJsonObject> &booked) {
                             if (!booked) {
                                 qCritical("swap %s: the hedge filled but booking failed: %s", qPrintable(q.id),
                                           qPrintable(booked.error().message));
                                 return reply(booked.error());
                             }
                             m_wallet.announceBalance(q.userId, q.from);
                             m_wallet.announceBalance(q.userId, q.to);
                             QJsonObject out = swap;
                             out.insert(QStringLiteral("operationId"), booked->value(QStringLiteral("operationId")));
                             reply(QJsonObject{{QStringLiteral("swap"), out}});
                         });
}

} // namespace azc::swap
