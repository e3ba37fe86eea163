// Turning the engine's events into money and records: every fill settles
// both orders' holds in one ledger operation; an order that ended releases
// what its hold still has; order rows and fills are written in one database
// transaction. Idempotency keys are "spot:<market>:<journal seq>:<event>",
// so replaying a journal settles each event at most once.

#include "exchange/spot/spot_book.h"
#include "exchange/spot/spot_exchange.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>
#include <QSet>

namespace azc::spot {

using matching::Event;
using matching::EventKind;
using matching::Side;

namespace {

ledger::AccountKey available(const QString &userId, const QString &asset)
{
    return {userId, asset, ledger::AccountKind::Available, {}};
}

ledger::AccountKey feeAccount(const QString &asset, bool maker)
{
    return {{}, asset, ledger::AccountKind::FeeRevenue, maker ? QStringLiteral("spot_maker") : QStringLiteral("spot_taker")};
}

// Parts of a hold: what the counterparty gets, and the fee on it.
QList<ledger::LedgerService::Posting> parts(Amount amount, Amount fee, const QString &to, const QString &feeTo)
{
    QList<ledger::LedgerService::Posting> out;
    if (amount > fee)
        out.append({*amount.checkedSub(fee), to, QStringLiteral("spot.trade")});
    if (!fee.isZero())
        out.append({fee, feeTo, QStringLiteral("fee.spot")});
    return out;
}

} // namespace

void SpotExchange::settle(Book &b, quint64 seq, const matching::EventBuffer &events, const matching::Command &command,
                          std::function<void(Status)> done)
{
    const Market &m = b.market;
    const QString prefix = QStringLiteral("spot:%1:%2:").arg(m.symbol).arg(seq);
    const qint64 now = s.clock.nowMs();
    auto pending = std::make_shared<int>(1);
    auto failure = std::make_shared<std::optional<Error>>();
    // (user, asset) whose balance changes: announced once the ledger has them.
    auto moved = std::make_shared<QSet<QPair<QString, QString>>>();
    auto then = std::make_shared<std::function<void(Status)>>(std::move(done));
    auto finished = [this, pending, failure, moved, then] {
        if (--*pending != 0)
            return;
        for (const auto &[user, asset] : *moved)
            s.wallet.announceBalance(user, asset);
        (*then)(*failure ? Status(**failure) : okStatus());
    };
    auto submit = [&](ledger::OperationRequest op, QList<ledger::LedgerService::HoldSettlement> holds) {
        ++*pending;
        s.ledger.settleHolds(std::move(op), std::move(holds), {}, [failure, finished](const Result<QJsonObject> &r) {
            if (!r) {
                qCritical("spot: a settlement was refused: %s", qPrintable(r.error().message));
                *failure = r.error();
            }
            finished();
        });
    };

    QSet<qint64> touched, ended;
    QJsonArray trades;
    QSet<QPair<int, qint64>> levels; // (0 bid / 1 ask, price) whose resting quantity may have changed
    auto level = [&levels](Side side, qint64 price) {
        if (price > 0)
            levels.insert({side == Side::Buy ? 0 : 1, price});
    };
    for (int i = 0; i < int(events.size()); ++i) {
        const Event &e = events[size_t(i)];
        auto it = b.orders.find(qint64(e.orderId));
        if (it == b.orders.end())
            continue; // an order from before the rows (never: rows are written first)
        OrderState &o = *it;
        touched.insert(o.id);
        if (!b.replaying)
            o.updatedAt = now;
        switch (e.kind) {
        case EventKind::Fill:
            level(o.side == Side::Buy ? Side::Sell : Side::Buy, e.price);
            break;
        case EventKind::Accepted:
        case EventKind::Cancelled:
        case EventKind::Triggered:
        case EventKind::Amended:
            level(e.side, e.price);
            break;
        case EventKind::Rejected:
            break;
        }
        switch (e.kind) {
        case EventKind::Accepted:
            o.status = o.type == matching::OrderType::StopLimit ? QStringLiteral("pending_stop") : QStringLiteral("open");
            break;
        case EventKind::Triggered:
            o.status = QStringLiteral("open");
            break;
        case EventKind::Rejected:
            o.status = QStringLiteral("rejected");
            o.reason = reasonName(e.reason);
            ended.insert(o.id);
            break;
        case EventKind::Cancelled:
            o.status = o.filled > 0 ? QStringLiteral("partially_filled") : QStringLiteral("cancelled");
            o.reason = reasonName(e.reason);
            ended.insert(o.id);
            break;
        case EventKind::Amended:
            o.price = e.price;
            break;
        case EventKind::Fill: {
            auto makerIt = b.orders.find(qint64(e.makerId));
            if (makerIt == b.orders.end())
                continue;
            OrderState &maker = *makerIt;
            touched.insert(maker.id);
            if (!b.replaying)
                maker.updatedAt = now;
            const Amount quote = m.notional(e.price, e.quantity).value_or(Amount());
            const Amount base = m.baseAmount(e.quantity).value_or(Amount());
            OrderState &buyer = o.side == Side::Buy ? o : maker;
            OrderState &seller = o.side == Side::Buy ? maker : o;
            const bool buyerIsMaker = &buyer == &maker;
            const Amount buyerFee = Market::fee(base, buyerIsMaker ? m.makerFee : m.takerFee).value_or(Amount());
            const Amount sellerFee = Market::fee(quote, buyerIsMaker ? m.takerFee : m.makerFee).value_or(Amount());
            auto buyerGets = s.ledger.account(available(buyer.userId, m.base));
            auto sellerGets = s.ledger.account(available(seller.userId, m.quote));
            auto baseFees = s.ledger.account(feeAccount(m.base, buyerIsMaker));
            auto quoteFees = s.ledger.account(feeAccount(m.quote, !buyerIsMaker));
            if (!buyerGets || !sellerGets || !baseFees || !quoteFees) {
                *failure = fail("storage_error", QStringLiteral("cannot open the settlement accounts"));
                continue;
            }
            ledger::OperationRequest op{QStringLiteral("spot"), prefix + QString::number(i), prefix + QString::number(i),
                                        QStringLiteral("spot.trade"), {}, {}};
            op.result = {{QStringLiteral("market"), m.symbol}, {QStringLiteral("takerOrder"), o.id},
                         {QStringLiteral("makerOrder"), maker.id}};
            submit(std::move(op), {{buyer.holdId, parts(quote, sellerFee, sellerGets->id, quoteFees->id)},
                                   {seller.holdId, parts(base, buyerFee, buyerGets->id, baseFees->id)}});
            for (OrderState *side : {&o, &maker}) {
                side->filled += e.quantity;
                side->filledQuote = side->filledQuote.checkedAdd(quote).value_or(Amount::max());
            }
            if (e.makerRemaining == 0) {
                maker.status = QStringLiteral("filled");
                ended.insert(maker.id);
            }
            if (e.remaining == 0 && o.quantity > 0) {
                o.status = QStringLiteral("filled");
                ended.insert(o.id);
            }
            *moved << qMakePair(buyer.userId, m.base) << qMakePair(buyer.userId, m.quote)
                  << qMakePair(seller.userId, m.base) << qMakePair(seller.userId, m.quote);
            const Amount takerFee = o.side == Side::Buy ? buyerFee : sellerFee;
            const Amount makerFee = o.side == Side::Buy ? sellerFee : buyerFee;
            queueWrite(QStringLiteral("INSERT INTO spot_fills (market, seq, idx, taker_order, maker_order,"
                                                    " taker_user, maker_user, taker_side, price, quantity, quote, taker_fee,"
                                                    " maker_fee, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                                    " ON CONFLICT (market, seq, idx) DO NOTHING"),
                                     {m.symbol, qint64(seq), i, o.id, maker.id, o.userId, maker.userId, sideName(o.side),
                                      qint64(e.price), qint64(e.quantity), quote.unitsText(), takerFee.unitsText(),
                                      makerFee.unitsText(), now});
            if (!b.replaying) // a replay's fills are already in the rows loadCandles() reads
                b.candles.add(now, e.price, e.quantity, quote);
            trades.append(QJsonObject{{QStringLiteral("price"), m.priceText(e.price)},
                                      {QStringLiteral("quantity"), m.quantityText(e.quantity)},
                                      {QStringLiteral("takerSide"), sideName(o.side)},
                                      {QStringLiteral("at"), now}});
            break;
        }
        }
    }
    // An order that cannot rest (market, IOC, FOK) ends with its command.
    if (command.kind == matching::CommandKind::New) {
        const qint64 id = qint64(command.newOrder.id);
        const bool transient = command.newOrder.type == matching::OrderType::Market
                || command.newOrder.timeInForce == matching::TimeInForce::ImmediateOrCancel
                || command.newOrder.timeInForce == matching::TimeInForce::FillOrKill;
        if (transient && b.orders.contains(id)) {
            OrderState &o = b.orders[id];
            if (o.status == QLatin1String("open") || o.status == QLatin1String("new"))
                o.status = o.filled > 0 ? QStringLiteral("filled") : QStringLiteral("cancelled");
            ended.insert(id);
            touched.insert(id);
        }
    }
    std::optional<qint64> routed;
    for (qint64 id : ended) {
        const OrderState &o = b.orders[id];
        auto hold = s.ledger.hold(o.holdId);
        if (!hold || hold->status != ledger::HoldStatus::Pending || hold->remaining.isZero())
            continue; // settled by an earlier run of this same event (a replay)
        if (!b.replaying && wantsRoute(b, command, o)) {
            routed = id; // its hold goes to the provider's fill, then what is left back
            b.orders[id].status = QStringLiteral("routing");
            continue;
        }
        ledger::OperationRequest op{QStringLiteral("spot"), prefix + QStringLiteral("end:") + QString::number(id),
                                    QString::number(id), QStringLiteral("spot.release"), {}, {}};
        submit(std::move(op), {{o.holdId, {}, true}});
        *moved << qMakePair(o.userId, o.side == Side::Buy ? m.quote : m.base);
    }
    for (qint64 id : touched)
        queueOrderUpdate(b, b.orders[id]);
    if (routed) {
        // Answered after the provider's part is booked (or the rest released).
        *then = [this, symbol = m.symbol, id = *routed, prefix, inner = std::move(*then)](Status st) {
            if (!st) // the book's part did not settle: give the rest back rather than leave it routing
                return endRoute(symbol, id, prefix, QStringLiteral("route_skipped"), [inner, st](Status) { inner(st); });
            routeRest(symbol, id, prefix, inner);
        };
    }
    // Answered, and announced to owners and subscribers, once the journal
    // record, the rows and every settlement are durable: nobody hears of a
    // fill a crash could take back.
    ++*pending;
    const bool announce = !b.replaying;
    s.ledger.whenDurable([this, symbol = m.symbol, touched, levels, trades, announce, failure, finished](Status st) {
        if (!st)
            *failure = st.error();
        auto current = book(symbol);
        if (st && announce && current) {
            Book &bk = *current.value();
            for (qint64 id : touched)
                s.bus.publishToUser(bk.orders[id].userId, QStringLiteral("event.spot.order"),
                                    {{QStringLiteral("order"), orderJson(bk, id)}});
            publishMarketData(bk, levels, trades);
        }
        finished();
    });
    finished();
}

void SpotExchange::queueOrderUpdate(const Book &b, const OrderState &o)
{
    queueWrite(QStringLiteral("UPDATE spot_orders SET status = ?, reason = ?, price = ?, filled = ?, filled_quote = ?,"
                              " routed_base = ?, routed_quote = ?, updated_at = ? WHERE market = ? AND id = ?"),
               {o.status, o.reason, o.price, o.filled, o.filledQuote.unitsText(), o.routedBase.unitsText(),
                o.routedQuote.unitsText(), o.updatedAt, b.market.symbol, o.id});
}

} // namespace azc::spot
