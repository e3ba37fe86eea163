// Trades: taking an ad (escrow reserved atomically, so concurrent takers
// never oversell it), the state changes of trade_rules.h, the payment-window
// timer, and moving the escrow when a trade ends.

#include "audit/audit_log.h"
#include "identity/user_directory.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "ledger/ledger_service.h"
#include "p2p/p2p_rows.h"
#include "server/own_case.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace azc::p2p {

namespace {

const QString kTradeColumns = QStringLiteral(
        "id, ad_id, seller_id, buyer_id, taker_id, asset, amount, fiat, price, fiat_amount, status, outcome, hold_id,"
        " escrow_in_ad, payment_deadline, release_deadline, settled, created_at, updated_at, chat_id, payment_methods, proofs,"
        " paid_at, completed_at");

QJsonArray jsonArray(const QString &stored)
{
    return QJsonDocument::fromJson(stored.toUtf8()).array();
}

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

Status P2PService::start()
{
    if (auto rates = loadReferenceRates(); !rates)
        return rates;
    // Trades that ended while their escrow was moving: move it now (same keys).
    auto pending = tradesWhere(QStringLiteral("WHERE settled = 0 AND status IN ('completed', 'cancelled')"), {});
    if (!pending)
        return pending.error();
    for (const Trade &t : pending.value())
        settle(t, [](Status) {});
    m_sweep.start();
    return okStatus();
}

Result<QList<P2PService::Trade>> P2PService::tradesWhere(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT ") + kTradeColumns + QStringLiteral(" FROM p2p_trades ") + where, params);
    if (!q)
        return q.error();
    QList<Trade> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Trade t;
        t.id = r.value(0).toString();
        t.adId = r.value(1).toString();
        t.sellerId = r.value(2).toString();
        t.buyerId = r.value(3).toString();
        t.takerId = r.value(4).toString();
        t.asset = r.value(5).toString();
        t.amount = wallet::amountFromUnitsText(r.value(6).toString());
        t.fiat = r.value(7).toString();
        t.price = wallet::amountFromUnitsText(r.value(8).toString());
        t.fiatAmount = wallet::amountFromUnitsText(r.value(9).toString());
        t.status = r.value(10).toString();
        t.outcome = r.value(11).toString();
        t.holdId = r.value(12).toString();
        t.escrowInAd = r.value(13).toInt() != 0;
        t.paymentDeadline = r.value(14).toLongLong();
        t.releaseDeadline = r.value(15).toLongLong();
        t.settled = r.value(16).toInt() != 0;
        t.createdAt = r.value(17).toLongLong();
        t.updatedAt = r.value(18).toLongLong();
        t.chatId = r.value(19).toString();
        t.paymentMethods = jsonArray(r.value(20).toString());
        t.proofs = jsonArray(r.value(21).toString());
        t.paidAt = r.value(22).toLongLong();
        t.completedAt = r.value(23).toLongLong();
        out.append(t);
    }
    return out;
}

Result<P2PService::Trade> P2PService::tradeRow(const QString &tradeId)
{
    auto found = tradesWhere(QStringLiteral("WHERE id = ?"), {tradeId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return fail("not_found", QStringLiteral("no such trade"), {{QStringLiteral("field"), QStringLiteral("tradeId")}});
    return found->first();
}

QJsonObject P2PService::tradeJson(const Trade &t, bool withTimeline, const QString &viewerId)
{
    const int d = decimalsOf(t.asset);
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("adId"), t.adId},
                  {QStringLiteral("seller"), s.wallet.party(t.sellerId)},
                  {QStringLiteral("buyer"), s.wallet.party(t.buyerId)},
                  {QStringLiteral("asset"), t.asset},
                  {QStringLiteral("amount"), t.amount.toString(d)},
                  {QStringLiteral("fiat"), t.fiat},
                  {QStringLiteral("price"), t.price.toString(kFiatDecimals)},
                  {QStringLiteral("fiatAmount"), t.fiatAmount.toString(kFiatDecimals)},
                  {QStringLiteral("status"), t.status},
                  {QStringLiteral("outcome"), t.outcome},
                  {QStringLiteral("paymentDeadline"), t.paymentDeadline},
                  {QStringLiteral("releaseDeadline"), t.releaseDeadline},
                  {QStringLiteral("settled"), t.settled},
                  {QStringLiteral("chatId"), t.chatId},
                  {QStringLiteral("myRole"), viewerId == t.buyerId    ? QStringLiteral("buyer")
                                             : viewerId == t.sellerId ? QStringLiteral("seller")
                                                                      : QString()},
                  {QStringLiteral("paidAt"), t.paidAt},
                  {QStringLiteral("completedAt"), t.completedAt},
                  {QStringLiteral("paymentMethods"), t.paymentMethods},
                  {QStringLiteral("proofs"), t.proofs},
                  {QStringLiteral("createdAt"), t.createdAt}};
    QJsonObject feedback{{QStringLiteral("buyer"), QJsonValue::Null}, {QStringLiteral("seller"), QJsonValue::Null}};
    auto rated = s.db.exec(QStringLiteral("SELECT from_id, rating, comment, at FROM p2p_feedback WHERE trade_id = ?"), {t.id});
    while (rated && rated.value().next()) {
        const QSqlQuery &r = rated.value();
        feedback.insert(r.value(0).toString() == t.buyerId ? QStringLiteral("buyer") : QStringLiteral("seller"),
                        QJsonObject{{QStringLiteral("rating"), r.value(1).toString()},
                                    {QStringLiteral("comment"), r.value(2).toString()},
                                    {QStringLiteral("at"), r.value(3).toLongLong()}});
    }
    o.insert(QStringLiteral("feedback"), feedback);
    if (withTimeline) {
        QJsonArray events;
        auto q = s.db.exec(QStringLiteral("SELECT at, action, user_id, note FROM p2p_events WHERE trade_id = ? ORDER BY seq"),
                           {t.id});
        while (q && q.value().next())
            events.append(QJsonObject{{QStringLiteral("at"), q.value().value(0).toLongLong()},
                                      {QStringLiteral("action"), q.value().value(1).toString()},
                                      {QStringLiteral("userId"), q.value().value(2).toString()},
                                      {QStringLiteral("note"), q.value().value(3).toString()}});
        o.insert(QStringLiteral("timeline"), events);
    }
    return o;
}

Status P2PService::record(const QString &tradeId, const QString &action, const QString &userId, const QString &note)
{
    auto last = s.db.scalar(QStringLiteral("SELECT MAX(seq) FROM p2p_events WHERE trade_id = ?"), {tradeId});
    if (!last)
        return last.error();
    auto w = s.db.exec(QStringLiteral("INSERT INTO p2p_events (trade_id, seq, at, action, user_id, note) VALUES (?, ?, ?, ?, ?, ?)"),
                       {tradeId, (last->isNull() ? 0 : last->toLongLong()) + 1, s.clock.nowMs(), action, userId, note});
    return w ? okStatus() : Status(w.error());
}

void P2PService::take(const server::Caller &caller, const QString &adId, const QString &amountText,
                      const QString &paymentMethodId, const QString &key, server::Reply reply)
{
    auto known = s.db.scalar(QStringLiteral("SELECT id FROM p2p_trades WHERE taker_id = ? AND client_key = ?"),
                             {caller.userId, key});
    if (known && known->isValid()) {
        auto t = tradeRow(known->toString());
        return reply(t ? Result<QJsonObject>(QJsonObject{{QStringLiteral("trade"), tradeJson(t.value(), false, caller.userId)}})
                       : Result<QJsonObject>(t.error()));
    }
    auto found = adRow(adId);
    if (!found)
        return reply(found.error());
    // The trade locks the ad's price of this moment (a floating ad's moves with its reference).
    Ad ad = found.value();
    const auto price = effectivePrice(ad);
    if (!price)
        return reply(fail("invalid_state", QStringLiteral("this ad has no price right now (no reference price)"),
                          {{QStringLiteral("detail"), QStringLiteral("no_reference_price")}}));
    ad.price = *price;
    if (ad.status != QLatin1String("active"))
        return reply(fail("invalid_state", QStringLiteral("the ad is not taking trades"), {{QStringLiteral("detail"), ad.status}}));
    if (ad.userId == caller.userId)
        return reply(fail("invalid_state", QStringLiteral("you cannot take your own ad"), {{QStringLiteral("detail"), QStringLiteral("own_ad")}}));
    if (auto met = checkRequirements(caller, ad); !met)
        return reply(met.error());
    auto amount = wallet::parseAmount(amountText, decimalsOf(ad.asset), wallet::Sign::Positive);
    if (!amount)
        return reply(amount.error());
    if (*amount < ad.minAmount || *amount > ad.maxAmount)
        return reply(fail("invalid_amount", QStringLiteral("this ad trades between %1 and %2 %3")
                                                    .arg(ad.minAmount.toString(decimalsOf(ad.asset)),
                                                         ad.maxAmount.toString(decimalsOf(ad.asset)), ad.asset),
                          {{QStringLiteral("detail"), QStringLiteral("outside_limits")}}));
    if (*amount > ad.available)
        return reply(fail("invalid_amount", QStringLiteral("the ad has only %1 %2 left").arg(ad.available.toString(decimalsOf(ad.asset)), ad.asset),
                          {{QStringLiteral("detail"), QStringLiteral("not_enough_left")}}));
    // Where the seller is paid: the ad's methods, or the one the taker of a buy ad names.
    Result<QJsonArray> details = QJsonArray();
    if (ad.side == QLatin1String("sell")) {
        details = paymentMethodsOf(ad.userId, ad.paymentMethodIds);
    } else {
        details = paymentMethodId.isEmpty()
                ? Result<QJsonArray>(fail("invalid_params", QStringLiteral("name the payment method you are paid with"),
                                          {{QStringLiteral("field"), QStringLiteral("paymentMethodId")}}))
                : paymentMethodsOf(caller.userId, {paymentMethodId});
        if (details && !ad.paymentTypes.contains(details->first().toObject().value(QStringLiteral("type")).toString()))
            details = fail("invalid_params", QStringLiteral("this ad does not accept that kind of payment"),
                           {{QStringLiteral("field"), QStringLiteral("paymentMethodId")}});
    }
    if (!details)
        return reply(details.error());
    if (ad.side == QLatin1String("sell")) {
        // The escrow is part of the ad's hold: reserving it is one row update.
        auto t = openTrade(caller, ad, *amount, ad.holdId, true, details.value(), key);
        return reply(t ? Result<QJsonObject>(QJsonObject{{QStringLiteral("trade"), tradeJson(t.value(), false, caller.userId)}})
                       : Result<QJsonObject>(t.error()));
    }
    // A buy ad: the taker sells, so their coins go into escrow first.
    ledger::OperationRequest op{caller.userId, QStringLiteral("p2p-take:") + key, adId + u'\n' + amount->unitsText(),
                                QStringLiteral("p2p.escrow"), {}, {}};
    const Amount wanted = *amount;
    const Amount locked = ad.price;
    s.ledger.openHold(std::move(op), caller.userId, ad.asset, wanted, QStringLiteral("p2p_escrow"),
                      [this, caller, adId, wanted, locked, details = details.value(), key, reply](const Result<QJsonObject> &held) {
                          if (!held)
                              return reply(held.error());
                          const QString holdId = held->value(QStringLiteral("holdId")).toString();
                          auto current = adRow(adId);
                          Ad now = current ? current.value() : Ad();
                          now.price = locked;
                          // Others may have taken the ad while the hold was committing.
                          Result<Trade> t = current && now.status == QLatin1String("active") && wanted <= now.available
                                  ? openTrade(caller, now, wanted, holdId, false, details, key)
                                  : Result<Trade>(fail("invalid_amount", QStringLiteral("the ad was taken meanwhile"),
                                                       {{QStringLiteral("detail"), QStringLiteral("not_enough_left")}}));
                          if (t) {
                              s.wallet.announceBalance(caller.userId, t->asset);
                              return reply(QJsonObject{{QStringLiteral("trade"), tradeJson(t.value(), false, caller.userId)}});
                          }
                          ledger::OperationRequest back{QStringLiteral("p2p"), QStringLiteral("p2p-untake:") + holdId, holdId,
                                                        QStringLiteral("p2p.release"), {}, {}};
                          s.ledger.settleHolds(std::move(back), {{holdId, {}, true}}, {},
                                               [reply, t](const Result<QJsonObject> &) { reply(t.error()); });
                      });
}

Result<P2PService::Trade> P2PService::openTrade(const server::Caller &caller, const Ad &ad, Amount amount,
                                                const QString &holdId, bool escrowInAd, const QJsonArray &paymentDetails,
                                                const QString &key)
{
    Trade t;
    t.id = QUuid::createUuid().toString(QUuid::Id128);
    t.adId = ad.id;
    const bool adSells = ad.side == QLatin1String("sell");
    t.sellerId = adSells ? ad.userId : caller.userId;
    t.buyerId = adSells ? caller.userId : ad.userId;
    t.takerId = caller.userId;
    t.asset = ad.asset;
    t.amount = amount;
    t.fiat = ad.fiat;
    t.price = ad.price;
    // Fiat to pay: amount × price, to the cent, rounded up (the seller is never short).
    t.fiatAmount = amount.mulDiv(ad.price.units(), powerOfTen(decimalsOf(ad.asset)), Rounding::Up).value_or(Amount());
    t.status = stateName(TradeState::PendingPayment);
    t.holdId = holdId;
    t.escrowInAd = escrowInAd;
    t.paymentMethods = paymentDetails;
    t.createdAt = t.updatedAt = s.clock.nowMs();
    t.paymentDeadline = t.createdAt + ad.paymentWindowMs;
    storage::Transaction tx(s.db);
    // Single-threaded and in one transaction: the check above and this update cannot interleave with another taker.
    auto w = s.db.exec(QStringLiteral("UPDATE p2p_ads SET available = ?, updated_at = ? WHERE id = ? AND available = ?"),
                       {ad.available.checkedSub(amount)->unitsText(), t.createdAt, ad.id, ad.available.unitsText()});
    if (!w)
        return w.error();
    if (w.value().numRowsAffected() != 1)
        return fail("invalid_amount", QStringLiteral("the ad was taken meanwhile"), {{QStringLiteral("detail"), QStringLiteral("not_enough_left")}});
    auto ins = s.db.exec(QStringLiteral("INSERT INTO p2p_trades (") + kTradeColumns
                                 + QStringLiteral(", client_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '',"
                                                  " ?, '[]', 0, 0, ?)"),
                         {t.id, t.adId, t.sellerId, t.buyerId, t.takerId, t.asset, t.amount.unitsText(), t.fiat,
                          t.price.unitsText(), t.fiatAmount.unitsText(), t.status, QString(), t.holdId, escrowInAd ? 1 : 0,
                          t.paymentDeadline, 0, 0, t.createdAt, t.updatedAt, jsonText(t.paymentMethods), key});
    if (!ins)
        return ins.error();
    if (auto e = record(t.id, QStringLiteral("opened"), caller.userId, {}); !e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    // The two parties' chat; a trade works without one (its absence is logged).
    if (m_chat.open) {
        const QString other = caller.userId == t.sellerId ? t.buyerId : t.sellerId;
        auto chat = m_chat.open(caller.userId, QStringLiteral("P2P %1 %2 · %3").arg(ad.side == QLatin1String("sell") ? QStringLiteral("buy") : QStringLiteral("sell"), t.asset, t.id.left(6)),
                                {other});
        if (chat && s.db.exec(QStringLiteral("UPDATE p2p_trades SET chat_id = ? WHERE id = ?"), {chat.value(), t.id})) {
            t.chatId = chat.value();
            chatNote(t, caller.userId, QStringLiteral("opened"), {});
            // The advertiser's auto-reply greets the taker (payment instructions, hours …).
            if (!ad.autoReply.isEmpty() && m_chat.post)
                if (auto posted = m_chat.post(t.chatId, ad.userId, ad.autoReply, {}); !posted)
                    qWarning("p2p: auto-reply of trade %s: %s", qPrintable(t.id), qPrintable(posted.error().message));
        } else if (!chat) {
            qWarning("p2p: trade %s has no chat: %s", qPrintable(t.id), qPrintable(chat.error().message));
        }
    }
    tradeChanged(t, QStringLiteral("opened"), caller.userId);
    return t;
}

void P2PService::chatNote(const Trade &t, const QString &authorId, const QString &event, const QString &note)
{
    if (!m_chat.note || t.chatId.isEmpty())
        return;
    const int d = decimalsOf(t.asset);
    m_chat.note(t.chatId, authorId,
                {{QStringLiteral("action"), QStringLiteral("p2p")},
                 {QStringLiteral("event"), event},
                 {QStringLiteral("tradeId"), t.id},
                 {QStringLiteral("amount"), t.amount.toString(d)},
                 {QStringLiteral("asset"), t.asset},
                 {QStringLiteral("fiatAmount"), t.fiatAmount.toString(kFiatDecimals)},
                 {QStringLiteral("fiat"), t.fiat},
                 {QStringLiteral("note"), note}});
}

Result<QJsonObject> P2PService::trades(const QString &userId, const QString &status)
{
    QString where = QStringLiteral("WHERE (buyer_id = ? OR seller_id = ?)");
    QVariantList params{userId, userId};
    if (!status.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        params << status;
    }
    auto list = tradesWhere(where + QStringLiteral(" ORDER BY created_at DESC LIMIT 200"), params);
    if (!list)
        return list.error();
    QJsonArray out;
    for (const Trade &t : list.value())
        out.append(tradeJson(t, false, userId));
    return QJsonObject{{QStringLiteral("trades"), out}};
}

Result<QJsonObject> P2PService::trade(const server::Caller &caller, const QString &tradeId)
{
    auto t = tradeRow(tradeId);
    const bool staff = caller.role == server::Role::Support || caller.role == server::Role::Admin;
    if (!t || (!staff && t->buyerId != caller.userId && t->sellerId != caller.userId))
        return fail("not_found", QStringLiteral("no such trade"), {{QStringLiteral("field"), QStringLiteral("tradeId")}});
    return QJsonObject{{QStringLiteral("trade"), tradeJson(t.value(), true, caller.userId)}};
}

Result<QJsonObject> P2PService::disputes()
{
    auto list = tradesWhere(QStringLiteral("WHERE status = 'appealed' ORDER BY updated_at"), {});
    if (!list)
        return list.error();
    QJsonArray out;
    for (const Trade &t : list.value())
        out.append(tradeJson(t, true));
    return QJsonObject{{QStringLiteral("trades"), out}};
}

void P2PService::act(const server::Caller &caller, const QString &tradeId, TradeAction action, const QString &note,
                     server::Reply reply, const QStringList &proofFileIds)
{
    auto t = tradeRow(tradeId);
    if (!t)
        return reply(t.error());
    Party party = Party::System;
    QString actor = caller.userId;
    if (action == TradeAction::ResolveRelease || action == TradeAction::ResolveRefund) {
        if (caller.role != server::Role::Support && caller.role != server::Role::Admin)
            return reply(fail("forbidden", QStringLiteral("support decides disputes")));
        if (auto own = server::refuseOwnCase(caller.userId, {t->buyerId, t->sellerId}); !own)
            return reply(own.error());
        party = Party::Support;
    } else if (action == TradeAction::Expire) {
        actor = QStringLiteral("system");
    } else if (caller.userId == t->buyerId) {
        party = Party::Buyer;
    } else if (caller.userId == t->sellerId) {
        party = Party::Seller;
    } else {
        return reply(fail("not_found", QStringLiteral("no such trade"), {{QStringLiteral("field"), QStringLiteral("tradeId")}}));
    }
    auto state = stateFromName(t->status);
    if (!state)
        return reply(fail("internal_error", QStringLiteral("the trade's state is unknown")));
    const qint64 now = s.clock.nowMs();
    auto next = decide(*state, action, party, {t->paymentDeadline, t->releaseDeadline}, now);
    if (!next)
        return reply(next.error());
    Trade changed = t.value();
    // Proofs go into the chat first (where the seller and support see them);
    // a file that is not the buyer's to share refuses the whole step.
    for (const QString &fileId : proofFileIds) {
        auto posted = m_chat.post && !changed.chatId.isEmpty()
                ? m_chat.post(changed.chatId, caller.userId, QString(), fileId)
                : Result<QJsonObject>(fail("unavailable", QStringLiteral("this trade has no chat for proofs")));
        if (!posted)
            return reply(posted.error());
        changed.proofs.append(posted->value(QStringLiteral("file")));
    }
    changed.status = stateName(next->to);
    if (!next->outcome.isEmpty())
        changed.outcome = next->outcome;
    if (next->to == TradeState::Paid) {
        changed.releaseDeadline = now + m_config.releaseWindowMs;
        changed.paidAt = now;
    }
    if (isFinal(next->to))
        changed.completedAt = now;
    changed.updatedAt = now;
    {
        // The state changes only from the state we decided on: a concurrent
        // action that got here first wins, this one is refused.
        storage::Transaction tx(s.db);
        auto w = s.db.exec(QStringLiteral("UPDATE p2p_trades SET status = ?, outcome = ?, release_deadline = ?, paid_at = ?,"
                                          " completed_at = ?, proofs = ?, updated_at = ? WHERE id = ? AND status = ?"),
                           {changed.status, changed.outcome, changed.releaseDeadline, changed.paidAt, changed.completedAt,
                            jsonText(changed.proofs), now, tradeId, t->status});
        if (!w)
            return reply(w.error());
        if (w.value().numRowsAffected() != 1)
            return reply(fail("invalid_state", QStringLiteral("the trade changed meanwhile")));
        if (auto e = record(tradeId, actionName(action), actor, note); !e)
            return reply(e.error());
        if (party == Party::Support)
            if (auto a = s.audit.record(caller.userId, QStringLiteral("p2p.resolve"), tradeId,
                                        {{QStringLiteral("decision"), actionName(action)}, {QStringLiteral("reason"), note}});
                !a)
                return reply(a.error());
        if (auto c = tx.commit(); !c)
            return reply(c.error());
    }
    // In the chat the parties see every step; an appeal brings support in.
    chatNote(changed, party == Party::System ? changed.takerId : caller.userId, actionName(action), note);
    if (next->to == TradeState::Appealed && m_chat.bringSupport && !changed.chatId.isEmpty())
        m_chat.bringSupport(changed.chatId);
    const QString actorId = party == Party::Buyer || party == Party::Seller ? caller.userId : QString();
    if (!isFinal(next->to)) {
        tradeChanged(changed, actionName(action), actorId);
        return reply(QJsonObject{{QStringLiteral("trade"), tradeJson(changed, false, caller.userId)}});
    }
    settle(changed, [this, tradeId, action, actorId, viewer = caller.userId, reply](Status st) {
        if (!st)
            return reply(st.error());
        auto done = tradeRow(tradeId);
        if (done)
            tradeChanged(done.value(), actionName(action), actorId);
        reply(done ? Result<QJsonObject>(QJsonObject{{QStringLiteral("trade"), tradeJson(done.value(), false, viewer)}})
                   : Result<QJsonObject>(done.error()));
    });
}

Status P2PService::checkRequirements(const server::Caller &caller, const Ad &ad)
{
    if (caller.kycTier < ad.minKycTier)
        return fail("forbidden", QStringLiteral("this ad asks for a higher verification level"),
                    {{QStringLiteral("detail"), QStringLiteral("kyc_tier")}, {QStringLiteral("requiredTier"), ad.minKycTier}});
    if (ad.minAccountAgeDays > 0) {
        auto user = s.users.require(caller.userId);
        if (!user)
            return user.error();
        const qint64 ageDays = (s.clock.nowMs() - user->createdAt) / (24 * 3600 * 1000);
        if (ageDays < ad.minAccountAgeDays)
            return fail("forbidden", QStringLiteral("this ad asks for an account at least %1 days old").arg(ad.minAccountAgeDays),
                        {{QStringLiteral("detail"), QStringLiteral("account_age")}, {QStringLiteral("requiredDays"), ad.minAccountAgeDays}});
    }
    if (ad.minCompletedTrades > 0 && reputations({caller.userId}).value(caller.userId).completed < ad.minCompletedTrades)
        return fail("forbidden", QStringLiteral("this ad asks for at least %1 completed P2P trades").arg(ad.minCompletedTrades),
                    {{QStringLiteral("detail"), QStringLiteral("completed_trades")},
                     {QStringLiteral("requiredTrades"), ad.minCompletedTrades}});
    return okStatus();
}

void P2PService::tradeChanged(const Trade &t, const QString &action, const QString &actorId)
{
    // Both parties' screens follow the trade live; whoever did not act is told.
    for (const QString &party : {t.buyerId, t.sellerId})
        s.bus.publishToUser(party, QStringLiteral("event.p2p.trade"), {{QStringLiteral("trade"), tradeJson(t, false, party)}});
    if (action == QLatin1String("feedback"))
        return;
    const int d = decimalsOf(t.asset);
    const QString what = QStringLiteral("%1 %2 for %3 %4").arg(t.amount.toString(d), t.asset, t.fiatAmount.toString(kFiatDecimals), t.fiat);
    static const QHash<QString, QString> titles{
            {QStringLiteral("opened"), QStringLiteral("New P2P trade")},
            {QStringLiteral("mark_paid"), QStringLiteral("The buyer has paid")},
            {QStringLiteral("release"), QStringLiteral("Coins released")},
            {QStringLiteral("cancel"), QStringLiteral("P2P trade cancelled")},
            {QStringLiteral("expire"), QStringLiteral("P2P trade expired")},
            {QStringLiteral("appeal"), QStringLiteral("P2P trade under appeal")},
            {QStringLiteral("resolve_release"), QStringLiteral("Dispute decided: released to the buyer")},
            {QStringLiteral("resolve_refund"), QStringLiteral("Dispute decided: refunded to the seller")}};
    const QString title = titles.value(action, QStringLiteral("P2P trade updated"));
    for (const QString &party : {t.buyerId, t.sellerId})
        if (party != actorId)
            s.notifications.queue(party, QStringLiteral("p2p.trade"), title, what,
                                  {{QStringLiteral("tradeId"), t.id}, {QStringLiteral("action"), action}});
}

void P2PService::expireOverdue()
{
    // Ids only: each expiry re-reads its trade, another action may have ended it meanwhile.
    auto q = s.db.exec(QStringLiteral("SELECT id FROM p2p_trades WHERE status = 'pending_payment' AND payment_deadline <= ?"),
                       {s.clock.nowMs()});
    if (!q)
        return;
    QStringList due;
    while (q.value().next())
        due.append(q.value().value(0).toString());
    const server::Caller system{QStringLiteral("system"), QStringLiteral("system"), {}, server::Role::User, 0, false};
    for (const QString &id : due)
        act(system, id, TradeAction::Expire, QStringLiteral("payment window ended"), [](const Result<QJsonObject> &) {});
}

void P2PService::settle(const Trade &t, std::function<void(Status)> done)
{
    if (t.settled)
        return done(okStatus());
    if (m_settling.contains(t.id)) // already on its way (a restart sweep and an action at once)
        return done(okStatus());
    auto ad = adRow(t.adId);
    if (!ad)
        return done(ad.error());
    const bool released = t.outcome == QLatin1String("released");
    QList<ledger::LedgerService::Posting> parts;
    bool releaseRest = !t.escrowInAd;
    if (released) {
        auto buyer = s.ledger.account({t.buyerId, t.asset, ledger::AccountKind::Available, {}});
        auto revenue = s.ledger.account({{}, t.asset, ledger::AccountKind::FeeRevenue, QStringLiteral("p2p")});
        if (!buyer || !revenue)
            return done(fail("storage_error", QStringLiteral("cannot open the trade's accounts")));
        // The commission on what the buyer receives, rounded up, never more than the escrow.
        const Amount fee = std::min(t.amount, t.amount.mulDiv(m_config.commission.units(), powerOfTen(8), Rounding::Up).value_or(t.amount));
        if (t.amount > fee)
            parts.append({*t.amount.checkedSub(fee), buyer->id, QStringLiteral("p2p.trade")});
        if (!fee.isZero())
            parts.append({fee, revenue->id, QStringLiteral("fee.p2p")});
    } else if (t.escrowInAd) {
        if (ad->status != QLatin1String("closed")) {
            // Back on offer in the ad: its hold already holds it.
            storage::Transaction tx(s.db);
            auto w = s.db.exec(QStringLiteral("UPDATE p2p_ads SET available = ? WHERE id = ?"),
                               {ad->available.checkedAdd(t.amount)->unitsText(), ad->id});
            auto m = s.db.exec(QStringLiteral("UPDATE p2p_trades SET settled = 1 WHERE id = ?"), {t.id});
            if (!w || !m)
                return done(fail("storage_error", QStringLiteral("cannot return the escrow to the ad")));
            return done(tx.commit());
        }
        auto seller = s.ledger.account({t.sellerId, t.asset, ledger::AccountKind::Available, {}});
        if (!seller)
            return done(seller.error());
        parts.append({t.amount, seller->id, QStringLiteral("p2p.refund")});
    }
    m_settling.insert(t.id);
    ledger::OperationRequest op{QStringLiteral("p2p"), QStringLiteral("p2p-settle:") + t.id, t.id,
                                released ? QStringLiteral("p2p.trade") : QStringLiteral("p2p.release"), {}, {}};
    s.ledger.settleHolds(std::move(op), {{t.holdId, parts, releaseRest}}, {},
                         [this, t, done](const Result<QJsonObject> &r) {
                             m_settling.remove(t.id);
                             if (!r)
                                 return done(r.error());
                             if (auto w = s.db.exec(QStringLiteral("UPDATE p2p_trades SET settled = 1 WHERE id = ?"), {t.id}); !w)
                                 return done(w.error());
                             s.wallet.announceBalance(t.buyerId, t.asset);
                             s.wallet.announceBalance(t.sellerId, t.asset);
                             done(okStatus());
                         });
}

} // namespace azc::p2p
