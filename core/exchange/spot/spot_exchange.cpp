#include "exchange/spot/spot_exchange.h"

#include "audit/audit_log.h"
#include "exchange/spot/spot_book.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"
#include "server/method_params.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QDir>
#include <QSet>

namespace azc::spot {

using server::str;

using matching::Command;
using matching::Event;
using matching::EventKind;
using matching::Side;

namespace {

const QString kOrderColumns = QStringLiteral(
        "id, user_id, side, type, time_in_force, price, quantity, budget, filled, filled_quote, status, reason,"
        " hold_id, client_key, fingerprint, created_at, updated_at, stop_price, routed_base, routed_quote");


template<typename E>
std::optional<E> fromName(const QString &name, std::initializer_list<E> values, QString (*nameOf)(E))
{
    for (E v : values)
        if (nameOf(v) == name)
            return v;
    return std::nullopt;
}

Error invalid(const char *field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

} // namespace

QString sideName(Side side) { return side == Side::Buy ? QStringLiteral("buy") : QStringLiteral("sell"); }

QString typeName(matching::OrderType type)
{
    switch (type) {
    case matching::OrderType::Limit: return QStringLiteral("limit");
    case matching::OrderType::Market: return QStringLiteral("market");
    case matching::OrderType::StopLimit: return QStringLiteral("stop_limit");
    }
    return {};
}

QString timeInForceName(matching::TimeInForce tif)
{
    switch (tif) {
    case matching::TimeInForce::GoodTillCancel: return QStringLiteral("gtc");
    case matching::TimeInForce::ImmediateOrCancel: return QStringLiteral("ioc");
    case matching::TimeInForce::FillOrKill: return QStringLiteral("fok");
    case matching::TimeInForce::PostOnly: return QStringLiteral("post_only");
    }
    return {};
}

QString reasonName(matching::Reason reason)
{
    using R = matching::Reason;
    switch (reason) {
    case R::None: return {};
    case R::DuplicateOrderId: return QStringLiteral("duplicate_order");
    case R::UnknownOrder: return QStringLiteral("unknown_order");
    case R::InvalidPrice: return QStringLiteral("invalid_price");
    case R::InvalidStopPrice: return QStringLiteral("invalid_stop_price");
    case R::InvalidQuantity: return QStringLiteral("invalid_quantity");
    case R::InvalidTimeInForce: return QStringLiteral("invalid_time_in_force");
    case R::BookFull: return QStringLiteral("book_full");
    case R::PostOnlyWouldCross: return QStringLiteral("post_only_would_cross");
    case R::FillOrKillUnfillable: return QStringLiteral("fill_or_kill_unfillable");
    case R::NotAmendable: return QStringLiteral("not_amendable");
    case R::UserRequested: return QStringLiteral("user_requested");
    case R::CancelAll: return QStringLiteral("cancel_all");
    case R::SelfTradePrevention: return QStringLiteral("self_trade_prevention");
    case R::NotFilledImmediately: return QStringLiteral("not_filled_immediately");
    }
    return {};
}

SpotExchange::SpotExchange(SpotServices services, QString journalDir) : s(services), m_journalDir(std::move(journalDir))
{
    s.ledger.addCommitParticipant([this] { return writePending(); });
    QObject::connect(&s.bus, &notify::EventBus::sessionsEnded, &s.bus, [this](const QStringList &sessions) {
        for (const QString &session : sessions)
            unsubscribe(session);
    });
}

SpotExchange::~SpotExchange() = default;

Result<SpotExchange::Book *> SpotExchange::book(const QString &symbol)
{
    auto it = m_books.find(symbol);
    if (it == m_books.end())
        return fail("not_found", QStringLiteral("no market %1").arg(symbol), {{QStringLiteral("market"), symbol}});
    return it->get();
}

Status SpotExchange::open()
{
    if (!QDir().mkpath(m_journalDir))
        return fail("storage_error", QStringLiteral("cannot create %1").arg(m_journalDir));
    auto q = s.db.exec(QStringLiteral("SELECT symbol, base, quote, tick_size, lot_size, min_notional, maker_fee, taker_fee,"
                                      " status, routing, created_at FROM spot_markets"));
    if (!q)
        return q.error();
    QList<Market> markets;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Market m;
        m.symbol = r.value(0).toString();
        m.base = r.value(1).toString();
        m.quote = r.value(2).toString();
        m.tickSize = wallet::amountFromUnitsText(r.value(3).toString());
        m.lotSize = wallet::amountFromUnitsText(r.value(4).toString());
        m.minNotional = wallet::amountFromUnitsText(r.value(5).toString());
        m.makerFee = wallet::amountFromUnitsText(r.value(6).toString());
        m.takerFee = wallet::amountFromUnitsText(r.value(7).toString());
        m.status = marketStatusFromName(r.value(8).toString()).value_or(MarketStatus::Halted);
        m.routing = r.value(9).toInt() != 0;
        m.createdAt = r.value(10).toLongLong();
        markets.append(m);
    }
    for (Market m : markets) {
        auto base = s.ledger.asset(m.base);
        auto quote = s.ledger.asset(m.quote);
        if (!base || !quote)
            return fail("unknown_asset", QStringLiteral("market %1 names an unknown asset").arg(m.symbol));
        m.baseDecimals = base->decimals;
        m.quoteDecimals = quote->decimals;
        auto b = std::make_shared<Book>();
        b->market = m;
        if (auto st = loadOrders(*b); !st)
            return st;
        // Replay: the same commands give the same book and the same events, whose
        // settlements are submitted again under the same keys (done once at most).
        const std::string path = QString(m_journalDir + u'/' + m.symbol + QStringLiteral(".journal")).toStdString();
        matching::JournalReader reader(path);
        matching::JournalRecord record;
        b->replaying = true;
        while (reader.next(record)) {
            b->events.clear();
            b->engine->apply(record.command, b->events);
            settle(*b, record.sequence, b->events, record.command, [](Status) {});
        }
        b->replaying = false;
        // The journal knows the book's part of an order; a routed order's outcome is in its row.
        for (OrderState &o : b->orders)
            if (!o.routedBase.isZero()) {
                o.status = o.storedStatus;
                o.reason = o.storedReason;
                queueOrderUpdate(*b, o); // after the replay's own updates of it
            }
        s.ledger.flush(); // the replay's rows, before the candles are read from them
        if (auto st = loadCandles(*b); !st)
            return st;
        if (!b->journal.open(path))
            return fail("storage_error", QStringLiteral("cannot open the journal of %1").arg(m.symbol));
        repairAfterReplay(*b);
        m_books.insert(m.symbol, b);
    }
    // A hold whose order row never became durable (a crash between the hold's
    // commit and the next, which carries the row and the journal record): the
    // order never existed, so its funds go back.
    QSet<QString> known;
    for (const auto &b : std::as_const(m_books))
        for (const OrderState &o : b->orders)
            known.insert(o.holdId);
    auto pending = s.ledger.pendingHolds(QStringLiteral("order"));
    if (!pending)
        return pending.error();
    for (const ledger::Hold &h : pending.value()) {
        if (known.contains(h.id))
            continue;
        qWarning("spot: releasing hold %s of an order that was never entered", qPrintable(h.id));
        releaseAtStart(QStringLiteral("spot-orphan:") + h.id, h.id);
    }
    return okStatus();
}

void SpotExchange::repairAfterReplay(Book &b)
{
    const Market &m = b.market;
    // The journal and the rows disagree only after a crash between the
    // journal's fsync and the commit of the batch carrying the rows.
    QSet<qint64> inEngine;
    QList<matching::OrderId> ghosts;
    for (const matching::BookEntry &e : b.engine->dump().entries) {
        inEngine.insert(qint64(e.id));
        if (!b.orders.contains(qint64(e.id)))
            ghosts.append(e.id);
    }
    for (OrderState &o : b.orders) {
        const QString ref = m.symbol + u':' + QString::number(o.id);
        if (o.isLive() && !inEngine.contains(o.id)) {
            // Live in the rows, gone from the book (a lost batch's fills consumed it): over, funds back.
            qWarning("spot: %s order %lld is live in the rows but not in the book; ending it", qPrintable(m.symbol), o.id);
            o.status = o.filled > 0 ? QStringLiteral("partially_filled") : QStringLiteral("cancelled");
            o.reason = QStringLiteral("lost_in_crash");
            queueOrderUpdate(b, o);
            releaseAtStart(QStringLiteral("spot-lost:") + ref, o.holdId);
        } else if (o.status == QLatin1String("new")) {
            // Funds held but the order never reached the journal.
            o.status = QStringLiteral("cancelled");
            o.reason = QStringLiteral("not_entered");
            queueOrderUpdate(b, o);
            releaseAtStart(QStringLiteral("spot-unentered:") + ref, o.holdId);
        }
    }
    // In the journal but never confirmed (no row): it leaves the book, and the
    // orphan-hold pass in open() gives its funds back.
    for (matching::OrderId ghost : ghosts) {
        qWarning("spot: %s order %lld is in the journal but was never confirmed; cancelling it", qPrintable(m.symbol),
                 qint64(ghost));
        run(b, Command::of(matching::CancelOrder{ghost}), [](Status) {});
    }
}

void SpotExchange::releaseAtStart(const QString &key, const QString &holdId)
{
    auto hold = s.ledger.hold(holdId);
    if (!hold || hold->status != ledger::HoldStatus::Pending || hold->remaining.isZero())
        return; // released by an earlier start
    ledger::OperationRequest op{QStringLiteral("spot"), key, holdId, QStringLiteral("spot.release"), {}, {}};
    s.ledger.settleHolds(std::move(op), {{holdId, {}, true}}, {}, [](const Result<QJsonObject> &) {});
}

Status SpotExchange::loadOrders(Book &b)
{
    auto q = s.db.exec(QStringLiteral("SELECT ") + kOrderColumns + QStringLiteral(" FROM spot_orders WHERE market = ?"),
                       {b.market.symbol});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        OrderState o;
        o.id = r.value(0).toLongLong();
        o.userId = r.value(1).toString();
        o.side = r.value(2).toString() == QLatin1String("buy") ? Side::Buy : Side::Sell;
        o.type = fromName(r.value(3).toString(),
                          {matching::OrderType::Limit, matching::OrderType::Market, matching::OrderType::StopLimit},
                          &typeName)
                         .value_or(matching::OrderType::Limit);
        o.timeInForce = fromName(r.value(4).toString(),
                                 {matching::TimeInForce::GoodTillCancel, matching::TimeInForce::ImmediateOrCancel,
                                  matching::TimeInForce::FillOrKill, matching::TimeInForce::PostOnly},
                                 &timeInForceName)
                                .value_or(matching::TimeInForce::GoodTillCancel);
        o.price = r.value(5).toLongLong();
        o.quantity = r.value(6).toLongLong();
        o.budget = wallet::amountFromUnitsText(r.value(7).toString());
        // Fill progress is rebuilt by the journal replay; the rows are its copy.
        o.status = r.value(10).toString() == QLatin1String("new") ? QStringLiteral("new") : QStringLiteral("pending");
        o.storedStatus = r.value(10).toString();
        o.storedReason = r.value(11).toString();
        o.holdId = r.value(12).toString();
        o.clientKey = r.value(13).toString();
        o.fingerprint = r.value(14).toString();
        o.createdAt = r.value(15).toLongLong();
        o.updatedAt = r.value(16).toLongLong();
        o.stopPrice = r.value(17).toLongLong();
        o.routedBase = wallet::amountFromUnitsText(r.value(18).toString());
        o.routedQuote = wallet::amountFromUnitsText(r.value(19).toString());
        o.filledQuote = o.routedQuote; // the journal replay adds the book's part
        b.addOrder(o);
        b.nextOrderId = std::max(b.nextOrderId, o.id + 1);
    }
    return okStatus();
}

Result<qint64> SpotExchange::ownerOf(const QString &userId)
{
    if (auto cached = m_owners.find(userId); cached != m_owners.end())
        return *cached;
    auto known = s.db.scalar(QStringLiteral("SELECT owner_id FROM spot_owners WHERE user_id = ?"), {userId});
    if (!known)
        return known.error();
    if (known->isValid()) {
        m_owners.insert(userId, known->toLongLong());
        return known->toLongLong();
    }
    auto last = s.db.scalar(QStringLiteral("SELECT MAX(owner_id) FROM spot_owners"));
    if (!last)
        return last.error();
    const qint64 owner = (last->isNull() ? 0 : last->toLongLong()) + 1;
    auto w = s.db.exec(QStringLiteral("INSERT INTO spot_owners (user_id, owner_id) VALUES (?, ?)"), {userId, owner});
    if (!w)
        return w.error();
    m_owners.insert(userId, owner);
    return owner;
}

Result<QJsonObject> SpotExchange::setMarket(const server::Caller &admin, const QJsonObject &p)
{
    Market m;
    m.base = str(p, "base");
    m.quote = str(p, "quote");
    m.symbol = m.base + u'-' + m.quote;
    auto base = s.ledger.asset(m.base);
    auto quote = s.ledger.asset(m.quote);
    if (!base || !quote)
        return fail("unknown_asset", QStringLiteral("both assets must exist in the ledger"));
    m.baseDecimals = base->decimals;
    m.quoteDecimals = quote->decimals;
    auto tick = wallet::parseAmount(str(p, "tickSize"), m.quoteDecimals, wallet::Sign::Positive, QStringLiteral("tickSize"));
    auto lot = wallet::parseAmount(str(p, "lotSize"), m.baseDecimals, wallet::Sign::Positive, QStringLiteral("lotSize"));
    auto minNotional = wallet::parseAmount(str(p, "minNotional"), m.quoteDecimals, wallet::Sign::NonNegative,
                                           QStringLiteral("minNotional"));
    auto maker = wallet::parseAmount(str(p, "makerFee"), Market::kFeeDecimals, wallet::Sign::NonNegative, QStringLiteral("makerFee"));
    auto taker = wallet::parseAmount(str(p, "takerFee"), Market::kFeeDecimals, wallet::Sign::NonNegative, QStringLiteral("takerFee"));
    for (const auto *r : {&tick, &lot, &minNotional, &maker, &taker})
        if (!*r)
            return r->error();
    m.tickSize = *tick;
    m.lotSize = *lot;
    m.minNotional = *minNotional;
    m.makerFee = *maker;
    m.takerFee = *taker;
    auto status = marketStatusFromName(p.value(QStringLiteral("status")).toString(QStringLiteral("open")));
    if (!status)
        return invalid("status", QStringLiteral("status is open, halted or cancel_only"));
    m.status = *status;
    m.routing = p.value(QStringLiteral("routing")).toBool(false);
    if (auto v = m.validate(); !v)
        return v.error();

    auto existing = m_books.find(m.symbol);
    if (existing != m_books.end()) {
        const Market &old = (*existing)->market;
        // Resting orders are in ticks and lots: their sizes cannot change under them.
        if (old.tickSize != m.tickSize || old.lotSize != m.lotSize)
            return fail("invalid_state", QStringLiteral("the tick and lot sizes of a market cannot change"),
                        {{QStringLiteral("detail"), QStringLiteral("sizes_fixed")}});
        m.createdAt = old.createdAt;
    } else {
        m.createdAt = s.clock.nowMs();
    }
    storage::Transaction tx(s.db);
    if (!s.db.exec(QStringLiteral("DELETE FROM spot_markets WHERE symbol = ?"), {m.symbol}))
        return fail("storage_error", QStringLiteral("cannot write the market"));
    auto w = s.db.exec(QStringLiteral("INSERT INTO spot_markets (symbol, base, quote, tick_size, lot_size, min_notional,"
                                      " maker_fee, taker_fee, status, routing, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {m.symbol, m.base, m.quote, m.tickSize.unitsText(), m.lotSize.unitsText(), m.minNotional.unitsText(),
                        m.makerFee.unitsText(), m.takerFee.unitsText(), marketStatusName(m.status), m.routing ? 1 : 0,
                        m.createdAt});
    if (!w)
        return w.error();
    if (auto a = s.audit.record(admin.userId, QStringLiteral("spot.setMarket"), m.symbol, m.toJson()); !a)
        return a.error();
    if (existing == m_books.end()) {
        auto b = std::make_shared<Book>();
        b->market = m;
        if (!b->journal.open(QString(m_journalDir + u'/' + m.symbol + QStringLiteral(".journal")).toStdString()))
            return fail("storage_error", QStringLiteral("cannot create the journal of %1").arg(m.symbol));
        m_books.insert(m.symbol, b);
    } else {
        (*existing)->market = m;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return QJsonObject{{QStringLiteral("market"), m.toJson()}};
}

void SpotExchange::place(const server::Caller &caller, const PlaceRequest &r, server::Reply reply)
{
    auto found = book(r.market);
    if (!found)
        return reply(found.error());
    Book &b = *found.value();
    const Market &m = b.market;
    if (m.status != MarketStatus::Open)
        return reply(fail("invalid_state", QStringLiteral("%1 is not taking orders now").arg(m.symbol),
                          {{QStringLiteral("detail"), marketStatusName(m.status)}}));

    const QString fingerprint = QStringList{r.market, r.side, r.type, r.timeInForce, r.price, r.quantity, r.budget,
                                            r.stopPrice}
                                        .join(u'\n');
    const QString waitKey = caller.userId + u'/' + r.idempotencyKey;
    if (auto waiting = m_waiting.find(waitKey); waiting != m_waiting.end()) {
        // The same request again while its hold is being placed: the first one's answer.
        if (waiting->first != fingerprint)
            return reply(fail("idempotency_conflict", QStringLiteral("this key was used for a different request")));
        return waiting->second.append(std::move(reply));
    }
    if (auto known = b.byClientKey.find(caller.userId + u'\n' + r.idempotencyKey); known != b.byClientKey.end()) {
        if (b.orders.value(*known).fingerprint != fingerprint)
            return reply(fail("idempotency_conflict", QStringLiteral("this key was used for a different request")));
        return reply(QJsonObject{{QStringLiteral("order"), orderJson(b, *known)}});
    }

    OrderState o;
    auto side = fromName(r.side, {Side::Buy, Side::Sell}, &sideName);
    if (!side)
        return reply(invalid("side", QStringLiteral("side is buy or sell")));
    o.side = *side;
    auto type = fromName(r.type, {matching::OrderType::Limit, matching::OrderType::Market, matching::OrderType::StopLimit},
                         &typeName);
    if (!type)
        return reply(invalid("type", QStringLiteral("type is limit, market or stop_limit")));
    o.type = *type;
    QString heldAsset = o.side == Side::Buy ? m.quote : m.base;
    Amount held;
    if (o.type == matching::OrderType::StopLimit) {
        // A stop waits off the book and enters as a GTC limit order when the
        // last trade reaches its stop; its funds are held from placement.
        auto stop = m.ticks(r.stopPrice);
        if (!stop) {
            Error e = stop.error();
            e.data.insert(QStringLiteral("field"), QStringLiteral("stopPrice"));
            return reply(e);
        }
        if (!r.timeInForce.isEmpty() && r.timeInForce != QLatin1String("gtc"))
            return reply(invalid("timeInForce", QStringLiteral("a stop-limit order is gtc")));
        o.stopPrice = *stop;
    } else if (!r.stopPrice.isEmpty()) {
        return reply(invalid("stopPrice", QStringLiteral("only a stop_limit order has a stop price")));
    }
    if (o.type != matching::OrderType::Market) {
        auto tif = fromName(r.timeInForce.isEmpty() ? QStringLiteral("gtc") : r.timeInForce,
                            {matching::TimeInForce::GoodTillCancel, matching::TimeInForce::ImmediateOrCancel,
                             matching::TimeInForce::FillOrKill, matching::TimeInForce::PostOnly},
                            &timeInForceName);
        if (!tif)
            return reply(invalid("timeInForce", QStringLiteral("timeInForce is gtc, ioc, fok or post_only")));
        o.timeInForce = *tif;
        auto ticks = m.ticks(r.price);
        auto lots = m.lots(r.quantity);
        if (!ticks)
            return reply(ticks.error());
        if (!lots)
            return reply(lots.error());
        o.price = *ticks;
        o.quantity = *lots;
        auto notional = m.notional(o.price, o.quantity);
        if (!notional)
            return reply(fail("invalid_quantity", QStringLiteral("the order is too large")));
        if (*notional < m.minNotional)
            return reply(fail("invalid_quantity", QStringLiteral("the order is worth less than the minimum of %1 %2")
                                                          .arg(m.minNotional.toString(m.quoteDecimals), m.quote),
                              {{QStringLiteral("detail"), QStringLiteral("min_notional")},
                               {QStringLiteral("minNotional"), m.minNotional.toString(m.quoteDecimals)}}));
        held = o.side == Side::Buy ? *notional : m.baseAmount(o.quantity).value();
    } else if (o.side == Side::Buy) {
        // A market buy spends at most its budget; what is left goes back.
        auto budget = wallet::parseAmount(r.budget, m.quoteDecimals, wallet::Sign::Positive, QStringLiteral("budget"));
        if (!budget)
            return reply(budget.error());
        if (*budget < m.minNotional || *budget < m.unitQuote())
            return reply(fail("invalid_quantity", QStringLiteral("the budget is below the minimum of %1 %2")
                                                          .arg(m.minNotional.toString(m.quoteDecimals), m.quote),
                              {{QStringLiteral("detail"), QStringLiteral("min_notional")}}));
        o.budget = *budget;
        held = *budget;
        o.timeInForce = matching::TimeInForce::ImmediateOrCancel;
    } else {
        auto lots = m.lots(r.quantity);
        if (!lots)
            return reply(lots.error());
        o.quantity = *lots;
        held = m.baseAmount(o.quantity).value();
        o.timeInForce = matching::TimeInForce::ImmediateOrCancel;
    }
    auto owner = ownerOf(caller.userId);
    if (!owner)
        return reply(owner.error());
    o.userId = caller.userId;
    o.clientKey = r.idempotencyKey;
    o.fingerprint = fingerprint;

    m_waiting.insert(waitKey, {fingerprint, {std::move(reply)}});
    auto answer = [this, waitKey](const Result<QJsonObject> &result) {
        for (const server::Reply &each : m_waiting.take(waitKey).second)
            each(result);
    };
    ledger::OperationRequest op{caller.userId, QStringLiteral("spot:") + r.idempotencyKey, fingerprint,
                                QStringLiteral("spot.order"), {}, {}};
    const QString symbol = m.symbol;
    const qint64 ownerId = owner.value();
    s.ledger.openHold(std::move(op), caller.userId, heldAsset, held, QStringLiteral("order"),
                      [this, symbol, o, ownerId, answer](const Result<QJsonObject> &heldResult) mutable {
                          auto current = book(symbol);
                          if (!heldResult || !current)
                              return answer(heldResult ? Result<QJsonObject>(current.error()) : heldResult);
                          Book &target = *current.value();
                          // A retry of a key whose order never got in answers that first hold, which
                          // a restart may have released since: never enter an order on a spent hold.
                          const QString holdId = heldResult->value(QStringLiteral("holdId")).toString();
                          auto hold = s.ledger.hold(holdId);
                          if (!hold || hold->status != ledger::HoldStatus::Pending || hold->remaining != hold->amount)
                              return answer(fail("invalid_state",
                                                 QStringLiteral("this order was not entered; place it again with a new key"),
                                                 {{QStringLiteral("detail"), QStringLiteral("not_entered")}}));
                          o.id = target.nextOrderId++;
                          o.holdId = holdId;
                          s.wallet.announceBalance(o.userId, o.side == Side::Buy ? target.market.quote : target.market.base);
                          o.status = QStringLiteral("new");
                          o.createdAt = o.updatedAt = s.clock.nowMs();
                          queueWrite(QStringLiteral("INSERT INTO spot_orders (market, ") + kOrderColumns
                                                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                               {symbol, o.id, o.userId, sideName(o.side), typeName(o.type),
                                                timeInForceName(o.timeInForce), o.price, o.quantity, o.budget.unitsText(),
                                                0, QStringLiteral("0"), o.status, QString(), o.holdId, o.clientKey,
                                                o.fingerprint, o.createdAt, o.updatedAt, o.stopPrice, QStringLiteral("0"),
                                                QStringLiteral("0")});
                          target.addOrder(o);
                          matching::NewOrder order;
                          order.id = matching::OrderId(o.id);
                          order.owner = matching::OwnerId(ownerId);
                          order.side = o.side;
                          order.type = o.type;
                          order.timeInForce = o.timeInForce;
                          order.price = o.price;
                          order.quantity = o.quantity;
                          order.stopPrice = o.stopPrice;
                          if (o.type == matching::OrderType::Market && o.side == Side::Buy)
                              order.quoteBudget = o.budget.units() / target.market.unitQuote().units(); // whole tick·lots
                          const qint64 id = o.id;
                          run(target, Command::of(order), [this, symbol, id, answer](Status st) {
                              auto again = book(symbol);
                              if (!st || !again)
                                  return answer(st ? Result<QJsonObject>(again.error()) : Result<QJsonObject>(st.error()));
                              answer(QJsonObject{{QStringLiteral("order"), orderJson(*again.value(), id)}});
                          });
                      });
}

void SpotExchange::cancel(const server::Caller &caller, const QString &market, qint64 orderId, server::Reply reply)
{
    auto found = book(market);
    if (!found)
        return reply(found.error());
    Book &b = *found.value();
    if (b.market.status == MarketStatus::Halted)
        return reply(fail("invalid_state", QStringLiteral("%1 is halted").arg(market),
                          {{QStringLiteral("detail"), QStringLiteral("halted")}}));
    auto it = b.orders.find(orderId);
    if (it == b.orders.end() || it->userId != caller.userId)
        return reply(fail("not_found", QStringLiteral("no such order")));
    if (!it->isLive())
        return reply(fail("invalid_state", QStringLiteral("the order is already ") + it->status));
    run(b, Command::of(matching::CancelOrder{matching::OrderId(orderId)}),
        [this, market, orderId, reply](Status st) {
            auto again = book(market);
            if (!st || !again)
                return reply(st ? Result<QJsonObject>(again.error()) : Result<QJsonObject>(st.error()));
            reply(QJsonObject{{QStringLiteral("order"), orderJson(*again.value(), orderId)}});
        });
}

void SpotExchange::cancelAll(const server::Caller &caller, const QString &market, server::Reply reply)
{
    if (!market.isEmpty()) {
        if (auto found = book(market); !found)
            return reply(found.error());
    }
    auto owner = ownerOf(caller.userId);
    if (!owner)
        return reply(owner.error());
    // One engine command per market where the caller has live orders; the
    // answer waits for all of them.
    QStringList symbols;
    for (const auto &b : std::as_const(m_books)) {
        if ((!market.isEmpty() && b->market.symbol != market) || b->market.status == MarketStatus::Halted)
            continue;
        for (qint64 id : b->byUser.value(caller.userId))
            if (b->orders.constFind(id)->isLive()) {
                symbols.append(b->market.symbol);
                break;
            }
    }
    struct Progress {
        int pending = 1;
        int cancelled = 0;
        std::optional<Error> failure;
    };
    auto progress = std::make_shared<Progress>();
    auto finished = [progress, reply] {
        if (--progress->pending != 0)
            return;
        if (progress->failure)
            return reply(*progress->failure);
        reply(QJsonObject{{QStringLiteral("cancelled"), progress->cancelled}});
    };
    for (const QString &symbol : symbols) {
        Book &b = *m_books.value(symbol);
        QSet<qint64> live;
        for (qint64 id : b.byUser.value(caller.userId))
            if (b.orders.constFind(id)->isLive())
                live.insert(id);
        ++progress->pending;
        run(b, Command::of(matching::CancelAllOrders{matching::OwnerId(owner.value())}),
            [this, symbol, live, progress, finished](Status st) {
                if (!st)
                    progress->failure = st.error();
                if (auto again = book(symbol))
                    for (qint64 id : live)
                        if (!again.value()->orders.value(id).isLive())
                            ++progress->cancelled;
                finished();
            });
    }
    finished();
}

void SpotExchange::run(Book &b, const Command &command, std::function<void(Status)> done)
{
    const std::uint64_t seq = b.journal.append(command);
    // Journalled before applied; the record is fsync'd by the next group
    // commit, before any settlement it causes is durable and before anyone
    // is answered, so a command the journal lost was never confirmed.
    if (seq == 0)
        return done(fail("storage_error", QStringLiteral("cannot write the order journal")));
    b.journalDirty = true;
    b.events.clear();
    b.engine->apply(command, b.events);
    settle(b, seq, b.events, command, std::move(done));
}

Status SpotExchange::writePending()
{
    for (const auto &b : std::as_const(m_books)) {
        if (!b->journalDirty)
            continue;
        if (!b->journal.flush() || !b->journal.sync())
            return fail("storage_error", QStringLiteral("cannot write the order journal of %1").arg(b->market.symbol));
        b->journalDirty = false;
    }
    const auto writes = std::move(m_pendingWrites);
    m_pendingWrites.clear();
    for (const auto &[sql, params] : writes) {
        auto w = s.db.execPrepared(sql, params); // a handful of statements, over and over
        if (!w)
            return w.error();
        w.value()->finish();
    }
    return okStatus();
}

} // namespace azc::spot
