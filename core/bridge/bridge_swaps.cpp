// Quotes and swaps (points ↔ coin), the daily caps, and partners' swap
// requests a user confirms in the app (consents).

#include "bridge/bridge_internal.h"
#include "bridge/bridge_service.h"

#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "storage/database.h"
#include "storage/stored_amount.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

namespace azc::bridge {

using ledger::AccountKind;
using detail::invalidField;
using detail::keyedId;

namespace {

constexpr qint64 kQuoteLifeMs = 30'000;
constexpr qint64 kConsentLifeMs = 15 * 60'000;

QString usageKey(const QString &code, qint64 day, const QString &userId) { return code + u'/' + QString::number(day) + u'/' + userId; }

bool isDirection(const QString &d) { return d == QLatin1String("toCoin") || d == QLatin1String("toPoints"); }

} // namespace

Result<QJsonObject> BridgeService::loadUsage()
{
    m_usage.clear();
    auto q = s.db.exec(QStringLiteral("SELECT point, user_id, points, day FROM br_swaps WHERE day >= ?"), {today()});
    if (!q)
        return q.error();
    while (q->next()) {
        const QString code = q->value(0).toString();
        const qint64 day = q->value(3).toLongLong();
        const Amount points = storage::storedAmount(q->value(2));
        for (const QString &k : {usageKey(code, day, q->value(1).toString()), usageKey(code, day, QStringLiteral("*"))})
            m_usage[k] = *m_usage.value(k).checkedAdd(points);
    }
    return QJsonObject{};
}

Status BridgeService::checkCaps(const Point &p, const Policy &policy, const QString &userId, Amount points, QJsonObject *limits)
{
    const qint64 day = today();
    const Amount userUsed = m_usage.value(usageKey(p.code, day, userId));
    const Amount totalUsed = m_usage.value(usageKey(p.code, day, QStringLiteral("*")));
    const auto left = [](Amount cap, Amount used) { return cap.isZero() ? Amount{} : std::max(Amount{}, *cap.checkedSub(used)); };
    if (limits) {
        const auto text = [&p](Amount a) { return a.toString(p.decimals); };
        *limits = {{QStringLiteral("min"), text(policy.minSwap)},
                   {QStringLiteral("max"), text(policy.maxSwap)},
                   {QStringLiteral("userLeft"), policy.userDailyCap.isZero() ? QJsonValue(QJsonValue::Null) : QJsonValue(text(left(policy.userDailyCap, userUsed)))},
                   {QStringLiteral("totalLeft"), policy.totalDailyCap.isZero() ? QJsonValue(QJsonValue::Null) : QJsonValue(text(left(policy.totalDailyCap, totalUsed)))}};
    }
    const auto refuse = [&p](const char *limit, const QString &message, Amount value) {
        return fail("limit_exceeded", message, {{QStringLiteral("limit"), QString::fromLatin1(limit)}, {QStringLiteral("value"), value.toString(p.decimals)}});
    };
    if (!policy.minSwap.isZero() && points < policy.minSwap)
        return refuse("min", QStringLiteral("a swap is at least %1 %2").arg(policy.minSwap.toString(p.decimals), p.code), policy.minSwap);
    if (!policy.maxSwap.isZero() && points > policy.maxSwap)
        return refuse("max", QStringLiteral("a swap is at most %1 %2").arg(policy.maxSwap.toString(p.decimals), p.code), policy.maxSwap);
    if (!policy.userDailyCap.isZero() && *userUsed.checkedAdd(points) > policy.userDailyCap)
        return refuse("user_daily", QStringLiteral("you can swap %1 more %2 today").arg(left(policy.userDailyCap, userUsed).toString(p.decimals), p.code),
                      left(policy.userDailyCap, userUsed));
    if (!policy.totalDailyCap.isZero() && *totalUsed.checkedAdd(points) > policy.totalDailyCap)
        return refuse("total_daily", QStringLiteral("%1 can swap %2 more today").arg(p.code, left(policy.totalDailyCap, totalUsed).toString(p.decimals)),
                      left(policy.totalDailyCap, totalUsed));
    return okStatus();
}

Result<BridgeService::Quote> BridgeService::makeQuote(const QString &userId, const Point &p, const QString &direction, const QString &amount)
{
    if (!isDirection(direction))
        return invalidField(QStringLiteral("direction"), QStringLiteral("direction is toCoin or toPoints"));
    if (p.status == QLatin1String("paused"))
        return fail("paused", QStringLiteral("%1 swaps are paused by its partner or the platform").arg(p.code));
    auto policy = effectivePolicy(p);
    if (!policy)
        return policy.error();
    const bool toCoin = direction == QLatin1String("toCoin");
    if (toCoin ? !policy->toCoin : !policy->toPoints)
        return fail("direction_closed", toCoin ? QStringLiteral("%1 cannot be swapped to %2 now").arg(p.code, p.coin)
                                               : QStringLiteral("%1 cannot be bought with %2 now").arg(p.code, p.coin));
    auto given = wallet::parseAmount(amount, toCoin ? p.decimals : p.coinDecimals, wallet::Sign::Positive);
    if (!given)
        return given.error();
    auto amounts = toCoin ? quoteToCoin(*given, *policy, p.decimals, p.coinDecimals) : quoteToPoints(*given, *policy, p.decimals, p.coinDecimals);
    if (!amounts)
        return amounts.error();
    Quote q;
    q.id = payments::PaymentsService::newId("bq_");
    q.userId = userId;
    q.code = p.code;
    q.direction = direction;
    q.amounts = *amounts;
    q.policy = *policy;
    q.expiresAt = s.clock.nowMs() + kQuoteLifeMs;
    return q;
}

Status BridgeService::checkReserveFor(const Point &p, const Quote &q)
{
    if (q.direction != QLatin1String("toCoin"))
        return checkCoverage(p, q.policy, q.amounts.points, q.amounts.coinGross);
    // Paying out lowers the reserve and the outstanding together: only the coin must be there.
    auto res = reserve(p);
    if (!res)
        return res.error();
    if (*res < q.amounts.coinGross)
        return fail("reserve_insufficient", QStringLiteral("the reserve of %1 cannot pay that much %2 now").arg(p.code, p.coin));
    return okStatus();
}

Result<QJsonObject> BridgeService::quote(const QString &userId, const QString &code, const QString &direction, const QString &amount)
{
    auto p = point(code);
    if (!p)
        return p.error();
    if (p->status == QLatin1String("draft"))
        return fail("no_policy", QStringLiteral("%1 has no approved policy yet").arg(code));
    auto q = makeQuote(userId, *p, direction, amount);
    if (!q)
        return q.error();
    QJsonObject limits;
    if (auto st = checkCaps(*p, q->policy, userId, q->amounts.points, &limits); !st)
        return st.error();
    if (auto st = checkReserveFor(*p, *q); !st)
        return st.error();
    const bool toCoin = direction == QLatin1String("toCoin");
    // Quotes live 30 s; forget the stale ones now and then.
    const qint64 now = s.clock.nowMs();
    if (m_quotes.size() > 1000)
        for (auto it = m_quotes.begin(); it != m_quotes.end();)
            it = it->expiresAt < now ? m_quotes.erase(it) : std::next(it);
    m_quotes.insert(q->id, *q);
    const auto &a = q->amounts;
    return QJsonObject{{QStringLiteral("quoteId"), q->id},
                       {QStringLiteral("point"), code},
                       {QStringLiteral("direction"), direction},
                       {QStringLiteral("amountIn"), toCoin ? a.points.toString(p->decimals) : a.coinFromUser.toString(p->coinDecimals)},
                       {QStringLiteral("assetIn"), toCoin ? code : p->coin},
                       {QStringLiteral("amountOut"), toCoin ? a.coinToUser.toString(p->coinDecimals) : a.points.toString(p->decimals)},
                       {QStringLiteral("assetOut"), toCoin ? p->coin : code},
                       {QStringLiteral("fee"), a.fee.toString(p->coinDecimals)},
                       {QStringLiteral("rate"), q->policy.rate.toString(kRateDecimals)},
                       {QStringLiteral("expiresAt"), q->expiresAt},
                       {QStringLiteral("now"), now},
                       {QStringLiteral("limits"), limits}};
}

void BridgeService::swap(const server::Caller &caller, const QString &quoteId, const QString &key, server::Reply reply)
{
    const auto it = m_quotes.constFind(quoteId);
    if (it == m_quotes.cend() || it->userId != caller.userId) {
        // A repeat after the quote was used answers from the ledger's record of the first.
        Quote none;
        none.userId = caller.userId;
        none.id = quoteId;
        return executeSwap(caller, none, key, QStringLiteral("app"), std::move(reply));
    }
    executeSwap(caller, *it, key, it->consentId.isEmpty() ? QStringLiteral("app") : QStringLiteral("partner"), std::move(reply));
}

void BridgeService::executeSwap(const server::Caller &caller, const Quote &q, const QString &key, const QString &via, server::Reply reply)
{
    const QString id = keyedId("swp_", caller.userId, key);
    ledger::OperationRequest r;
    r.actorId = caller.userId;
    r.idempotencyKey = QStringLiteral("bridge-swap:") + key;
    r.fingerprint = q.id;
    r.code = QStringLiteral("bridge.swap");
    auto row = std::make_shared<QJsonObject>(); // made by the check, written with the money
    s.ledger.submitChecked(
        std::move(r),
        [this, q, id, via, row](ledger::OperationRequest &op) -> Status {
            // Not a repeat: the quote must be alive and the terms unchanged.
            if (q.code.isEmpty()) // never made, someone else's, or already used (a repeat of its key was answered above)
                return fail("not_found", QStringLiteral("no such quote: ask for a new one"), {{QStringLiteral("field"), QStringLiteral("quoteId")}});
            if (q.expiresAt < s.clock.nowMs())
                return fail("quote_expired", QStringLiteral("that quote expired: ask for a new one"));
            if (!q.consentId.isEmpty()) {
                // A partner's request is swapped once, and only while it waits: the user may hold several
                // quotes for it (bridge.consent twice) or have declined it, or it expired, since the quote;
                // without this a second quote swapped it again and marked a declined request confirmed.
                auto c = consentRow(q.consentId);
                if (!c)
                    return c.error();
                if (m_consentsSwapping.contains(q.consentId) || c->value(QStringLiteral("status")).toString() != QLatin1String("pending")
                    || c->value(QStringLiteral("expiresAt")).toInteger() < s.clock.nowMs())
                    return fail("invalid_state", QStringLiteral("this request is no longer waiting"));
            }
            auto now = point(q.code); // paused since the quote?
            if (!now)
                return now.error();
            if (now->status != QLatin1String("active"))
                return fail("paused", QStringLiteral("%1 swaps are paused").arg(q.code));
            auto policy = effectivePolicy(*now);
            if (!policy)
                return policy.error();
            if (policy->toStored() != q.policy.toStored())
                return fail("quote_expired", QStringLiteral("the policy or the price changed since that quote: ask for a new one"));
            if (auto st = checkCaps(*now, q.policy, q.userId, q.amounts.points, nullptr); !st)
                return st;
            const bool toCoin = q.direction == QLatin1String("toCoin");
            auto issuer = issuerAccount(*now);
            auto reserveId = reserveAccount(*now);
            auto userPoints = s.ledger.account({q.userId, q.code, AccountKind::Available, {}});
            auto userCoin = s.ledger.account({q.userId, now->coin, AccountKind::Available, {}});
            auto fees = s.ledger.account({{}, now->coin, AccountKind::FeeRevenue, feeFlow()});
            for (const Status &st : {issuer ? okStatus() : Status(issuer.error()), reserveId ? okStatus() : Status(reserveId.error()),
                                     userPoints ? okStatus() : Status(userPoints.error()), userCoin ? okStatus() : Status(userCoin.error()),
                                     fees ? okStatus() : Status(fees.error())})
                if (!st)
                    return st;
            const SwapAmounts &a = q.amounts;
            if (auto st = checkReserveFor(*now, q); !st)
                return st;
            if (toCoin)
                op.transfers = {{userPoints->id, *issuer, a.points, QStringLiteral("bridge.swap.in")},
                                {*reserveId, userCoin->id, a.coinToUser, QStringLiteral("bridge.swap.out")}};
            else
                op.transfers = {{userCoin->id, *reserveId, a.coinGross, QStringLiteral("bridge.swap.in")},
                                {*issuer, userPoints->id, a.points, QStringLiteral("bridge.swap.out")}};
            if (!a.fee.isZero())
                op.transfers.append({toCoin ? *reserveId : userCoin->id, fees->id, a.fee, QStringLiteral("fee.bridge")});
            const qint64 created = s.clock.nowMs();
            QJsonObject fields{{QStringLiteral("id"), id},
                            {QStringLiteral("point"), q.code},
                            {QStringLiteral("orgId"), now->orgId},
                            {QStringLiteral("userId"), q.userId},
                            {QStringLiteral("direction"), q.direction},
                            {QStringLiteral("points"), a.points.unitsText()},
                            {QStringLiteral("coinAmount"), (toCoin ? a.coinToUser : a.coinFromUser).unitsText()},
                            {QStringLiteral("fee"), a.fee.unitsText()},
                            {QStringLiteral("rate"), q.policy.rate.unitsText()},
                            {QStringLiteral("via"), via},
                            {QStringLiteral("consentId"), q.consentId},
                            {QStringLiteral("createdAt"), created}};
            *row = fields;
            op.result = QJsonObject{{QStringLiteral("swap"), swapJson(fields)}, {QStringLiteral("orgId"), now->orgId}};
            return okStatus();
        },
        [this, q, row] {
            // Joined a batch: count it against the caps now, and write its row and the partner's event with the money.
            const qint64 day = today();
            for (const QString &k : {usageKey(q.code, day, q.userId), usageKey(q.code, day, QStringLiteral("*"))})
                m_usage[k] = *m_usage.value(k).checkedAdd(q.amounts.points);
            m_quotes.remove(q.id);
            if (!q.consentId.isEmpty())
                m_consentsSwapping.insert(q.consentId); // until durable: not declined, expired or swapped again meanwhile
            queueWithMoney([this, fields = *row, day]() -> Status { return writeSwap(fields, day); });
        },
        [this, id, q, reply](const Result<QJsonObject> &done) {
            if (!q.consentId.isEmpty())
                m_consentsSwapping.remove(q.consentId); // its row says confirmed now, or the swap failed and it still waits
            if (!done)
                return reply(done.error());
            const QJsonObject swap = done->value(QStringLiteral("swap")).toObject();
            reply(QJsonObject{{QStringLiteral("swap"), swap}});
            if (q.code.isEmpty())
                return; // a repeat: the first answer already told everyone
            const QString orgId = done->value(QStringLiteral("orgId")).toString();
            announce(orgId, {q.userId}, QStringLiteral("swap"), q.code, id);
            s.wallet.announceBalance(q.userId, q.code);
            s.wallet.announceBalance(q.userId, swap.value(QStringLiteral("coin")).toString());
        });
}

QJsonObject BridgeService::swapJson(const QJsonObject &f, bool withUser)
{
    const QString code = f.value(QStringLiteral("point")).toString();
    auto p = point(code);
    const int pd = p ? p->decimals : 0, cd = p ? p->coinDecimals : 0;
    const auto units = [&f](const char *k) { return Amount::fromUnitsText(f.value(QLatin1String(k)).toString()).value_or(Amount{}); };
    QJsonObject o{{QStringLiteral("id"), f.value(QStringLiteral("id"))},
                  {QStringLiteral("point"), code},
                  {QStringLiteral("pointName"), p ? p->name : QString()},
                  {QStringLiteral("pointDecimals"), pd},
                  {QStringLiteral("coin"), p ? p->coin : QString()},
                  {QStringLiteral("coinDecimals"), cd},
                  {QStringLiteral("org"), orgJson(f.value(QStringLiteral("orgId")).toString())},
                  {QStringLiteral("direction"), f.value(QStringLiteral("direction"))},
                  {QStringLiteral("points"), units("points").toString(pd)},
                  {QStringLiteral("coinAmount"), units("coinAmount").toString(cd)},
                  {QStringLiteral("fee"), units("fee").toString(cd)},
                  {QStringLiteral("rate"), units("rate").toString(kRateDecimals)},
                  {QStringLiteral("via"), f.value(QStringLiteral("via"))},
                  {QStringLiteral("createdAt"), f.value(QStringLiteral("createdAt"))}};
    if (!f.value(QStringLiteral("consentId")).toString().isEmpty())
        o.insert(QStringLiteral("consentId"), f.value(QStringLiteral("consentId")));
    if (withUser)
        o.insert(QStringLiteral("user"), s.wallet.party(f.value(QStringLiteral("userId")).toString()));
    return o;
}

Status BridgeService::writeSwap(const QJsonObject &f, qint64 day)
{
    const auto v = [&f](const char *k) { return f.value(QLatin1String(k)).toVariant(); };
    auto q = s.db.execPrepared(QStringLiteral("INSERT INTO br_swaps (id, seq, point, org_id, user_id, direction, points, coin_amount, fee, rate,"
                                              " via, consent_id, day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {v("id"), nextSeq(QStringLiteral("br_swaps")), v("point"), v("orgId"), v("userId"), v("direction"), v("points"),
                                v("coinAmount"), v("fee"), v("rate"), v("via"), v("consentId"), day, f.value(QStringLiteral("createdAt")).toInteger()});
    if (!q)
        return q.error();
    const QString consentId = f.value(QStringLiteral("consentId")).toString();
    if (!consentId.isEmpty())
        if (auto c = s.db.execPrepared(QStringLiteral("UPDATE br_consents SET status = 'confirmed', swap_id = ?, updated_at = ? WHERE id = ?"),
                                       {v("id"), f.value(QStringLiteral("createdAt")).toInteger(), consentId});
            !c)
            return c.error();
    return s.payments.writeEvent(f.value(QStringLiteral("orgId")).toString(), QStringLiteral("swap.completed"),
                                 f.value(QStringLiteral("id")).toString(), swapJson(f, true));
}

Result<QJsonObject> BridgeService::swaps(const QString &userId, const QString &orgId, const QString &code, const payments::Page &page)
{
    QString from = userId.isEmpty() ? QStringLiteral("br_swaps WHERE org_id = ?") : QStringLiteral("br_swaps WHERE user_id = ?");
    QVariantList params{userId.isEmpty() ? orgId : userId};
    if (!code.isEmpty()) {
        from += QStringLiteral(" AND point = ?");
        params.append(code);
    }
    static const char *names[] = {"id", "point", "orgId", "userId", "direction", "points", "coinAmount", "fee", "rate", "via", "consentId", "createdAt"};
    return s.payments.seqPage("swaps", QStringLiteral("id, point, org_id, user_id, direction, points, coin_amount, fee, rate, via, consent_id, created_at"),
                              from, params, page, [this, forPartner = userId.isEmpty()](const std::function<QVariant(int)> &column) {
                                  QJsonObject f;
                                  for (int i = 0; i < 12; ++i)
                                      f.insert(QLatin1String(names[i]), i == 11 ? QJsonValue(column(i).toLongLong()) : QJsonValue(column(i).toString()));
                                  return swapJson(f, forPartner);
                              });
}

// ---------------------------------------------------------------- consents

Result<QList<QJsonObject>> BridgeService::consentRows(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT id, org_id, point, user_id, direction, amount, reference, status, expires_at, swap_id, created_at"
                                      " FROM br_consents WHERE %1").arg(where), params);
    if (!q)
        return q.error();
    static const char *names[] = {"id", "orgId", "point", "userId", "direction", "amount", "reference", "status", "expiresAt", "swapId", "createdAt"};
    QList<QJsonObject> rows;
    while (q->next()) {
        QJsonObject o;
        for (int i = 0; i < 11; ++i)
            o.insert(QLatin1String(names[i]), (i == 8 || i == 10) ? QJsonValue(q->value(i).toLongLong()) : QJsonValue(q->value(i).toString()));
        rows.append(o);
    }
    return rows;
}

Result<QJsonObject> BridgeService::consentRow(const QString &id)
{
    auto rows = consentRows(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("no such request"), {{QStringLiteral("field"), QStringLiteral("consentId")}});
    return rows->first();
}

QJsonObject BridgeService::consentJson(const QJsonObject &r)
{
    const QString code = r.value(QStringLiteral("point")).toString();
    auto p = point(code);
    const bool toCoin = r.value(QStringLiteral("direction")).toString() == QLatin1String("toCoin");
    const int d = p ? (toCoin ? p->decimals : p->coinDecimals) : 0;
    const QString status = r.value(QStringLiteral("status")).toString() == QLatin1String("pending")
                                   && r.value(QStringLiteral("expiresAt")).toInteger() < s.clock.nowMs()
                               ? QStringLiteral("expired")
                               : r.value(QStringLiteral("status")).toString();
    QJsonObject o{{QStringLiteral("id"), r.value(QStringLiteral("id"))},
                  {QStringLiteral("org"), orgJson(r.value(QStringLiteral("orgId")).toString())},
                  {QStringLiteral("point"), code},
                  {QStringLiteral("pointName"), p ? p->name : QString()},
                  {QStringLiteral("coin"), p ? p->coin : QString()},
                  {QStringLiteral("direction"), r.value(QStringLiteral("direction"))},
                  {QStringLiteral("amount"), Amount::fromUnitsText(r.value(QStringLiteral("amount")).toString()).value_or(Amount{}).toString(d)},
                  {QStringLiteral("reference"), r.value(QStringLiteral("reference"))},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("expiresAt"), r.value(QStringLiteral("expiresAt"))},
                  {QStringLiteral("uri"), QString(QStringLiteral("azcoiner:bridge?consent=") + r.value(QStringLiteral("id")).toString())},
                  {QStringLiteral("createdAt"), r.value(QStringLiteral("createdAt"))}};
    if (!r.value(QStringLiteral("swapId")).toString().isEmpty())
        o.insert(QStringLiteral("swapId"), r.value(QStringLiteral("swapId")));
    return o;
}

Result<QJsonObject> BridgeService::createConsent(const payments::Actor &actor, const QJsonObject &params)
{
    const QString code = params.value(QStringLiteral("point")).toString();
    auto p = orgPoint(actor, code);
    if (!p)
        return p.error();
    const QString direction = params.value(QStringLiteral("direction")).toString();
    if (!isDirection(direction))
        return invalidField(QStringLiteral("direction"), QStringLiteral("direction is toCoin or toPoints"));
    const QString username = params.value(QStringLiteral("username")).toString();
    auto user = s.users.byUsername(username);
    if (!user)
        return user.error();
    if (!user->has_value())
        return fail("not_found", QStringLiteral("no user %1").arg(username), {{QStringLiteral("field"), QStringLiteral("username")}});
    const bool toCoin = direction == QLatin1String("toCoin");
    auto amount = wallet::parseAmount(params.value(QStringLiteral("amount")).toString(), toCoin ? p->decimals : p->coinDecimals, wallet::Sign::Positive);
    if (!amount)
        return amount.error();
    // The terms are checked now too, so a partner learns at once what the user could not accept: all of
    // a quote's errors (docs/protocol.md), the limits, caps and reserve included, which makeQuote alone
    // did not check. The trial quote is nobody's to swap.
    auto trial = quote((*user)->id, code, direction, params.value(QStringLiteral("amount")).toString());
    if (!trial)
        return trial.error();
    m_quotes.remove(trial->value(QStringLiteral("quoteId")).toString());
    const QString reference = params.value(QStringLiteral("reference")).toString().left(64);
    const QString id = payments::PaymentsService::newId("cns_");
    const qint64 now = s.clock.nowMs();
    auto q = s.db.exec(QStringLiteral("INSERT INTO br_consents (id, org_id, point, user_id, direction, amount, reference, status, expires_at,"
                                      " swap_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, '', ?, ?, ?)"),
                       {id, actor.orgId, code, (*user)->id, direction, amount->unitsText(), reference, now + kConsentLifeMs, actor.label(), now, now});
    if (!q)
        return q.error();
    auto row = consentRow(id);
    if (!row)
        return row.error();
    const QJsonObject consent = consentJson(*row);
    s.notifications.queue((*user)->id, QStringLiteral("bridge.consent"), tr("%1 asks you to swap %2").arg(orgJson(actor.orgId).value(QStringLiteral("name")).toString(), code),
                          tr("Open Points to see the offer and confirm or decline it."), {{QStringLiteral("consentId"), id}});
    announce(actor.orgId, {(*user)->id}, QStringLiteral("consent"), code, id);
    return consent;
}

Result<QJsonObject> BridgeService::consentForPartner(const payments::Actor &actor, const QString &consentId)
{
    if (auto st = requireOrg(actor, payments::Permission::Read, false); !st)
        return st.error();
    auto row = consentRow(consentId);
    if (!row || row->value(QStringLiteral("orgId")).toString() != actor.orgId)
        return fail("not_found", QStringLiteral("no such request"));
    return consentJson(*row);
}

Result<QJsonObject> BridgeService::consents(const QString &userId)
{
    auto rows = consentRows(QStringLiteral("user_id = ? AND status = 'pending' AND expires_at >= ? ORDER BY created_at DESC"),
                            {userId, s.clock.nowMs()});
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const QJsonObject &row : std::as_const(*rows))
        list.append(consentJson(row));
    return QJsonObject{{QStringLiteral("consents"), list}};
}

Result<QJsonObject> BridgeService::consent(const QString &userId, const QString &consentId)
{
    auto row = consentRow(consentId);
    if (!row || row->value(QStringLiteral("userId")).toString() != userId)
        return fail("not_found", QStringLiteral("no such request"), {{QStringLiteral("field"), QStringLiteral("consentId")}});
    const QJsonObject c = consentJson(*row);
    QJsonObject out{{QStringLiteral("consent"), c}};
    if (c.value(QStringLiteral("status")).toString() != QLatin1String("pending"))
        return out;
    auto q = quote(userId, c.value(QStringLiteral("point")).toString(), c.value(QStringLiteral("direction")).toString(), c.value(QStringLiteral("amount")).toString());
    if (!q)
        return q.error();
    m_quotes[q->value(QStringLiteral("quoteId")).toString()].consentId = consentId;
    out.insert(QStringLiteral("quote"), *q);
    return out;
}

void BridgeService::confirmConsent(const server::Caller &caller, const QString &consentId, const QString &quoteId, const QString &key,
                                   server::Reply reply)
{
    auto row = consentRow(consentId);
    if (!row || row->value(QStringLiteral("userId")).toString() != caller.userId)
        return reply(fail("not_found", QStringLiteral("no such request")));
    // The answer: the request as it is now, and its swap.
    const auto answer = [this, consentId, reply](const Result<QJsonObject> &r) {
        if (!r)
            return reply(r);
        auto again = consentRow(consentId);
        if (!again)
            return reply(again.error());
        reply(QJsonObject{{QStringLiteral("consent"), consentJson(*again)}, {QStringLiteral("swap"), r->value(QStringLiteral("swap"))}});
    };
    const auto it = m_quotes.constFind(quoteId);
    const QString status = consentJson(*row).value(QStringLiteral("status")).toString();
    if (status != QLatin1String("pending")) {
        if (status == QLatin1String("confirmed")) {
            // A repeat: the swap's first answer. The ledger finds it by the key and the quote's id (the
            // fingerprint the first call used, as in swap()); an empty quote never matched it, so a
            // retry of the confirmation was answered idempotency_conflict instead of its swap.
            Quote repeat;
            repeat.userId = caller.userId;
            repeat.id = quoteId;
            return executeSwap(caller, repeat, key, QStringLiteral("partner"), [answer, status, reply](const Result<QJsonObject> &r) {
                if (!r && r.error().reason != QLatin1String("idempotency_conflict")) // not a repeat of the call that confirmed it
                    return reply(fail("invalid_state", QStringLiteral("this request is %1").arg(status)));
                answer(r);
            });
        }
        return reply(fail("invalid_state", QStringLiteral("this request is %1").arg(status)));
    }
    if (it == m_quotes.cend() || it->consentId != consentId || it->userId != caller.userId)
        return reply(fail("quote_expired", QStringLiteral("that quote is no longer valid: open the request again")));
    executeSwap(caller, *it, key, QStringLiteral("partner"), answer);
}

Result<QJsonObject> BridgeService::declineConsent(const QString &userId, const QString &consentId)
{
    auto row = consentRow(consentId);
    if (!row || row->value(QStringLiteral("userId")).toString() != userId)
        return fail("not_found", QStringLiteral("no such request"));
    if (consentJson(*row).value(QStringLiteral("status")).toString() != QLatin1String("pending") || m_consentsSwapping.contains(consentId))
        return fail("invalid_state", QStringLiteral("this request is no longer waiting"));
    storage::Transaction tx(s.db);
    auto q = s.db.exec(QStringLiteral("UPDATE br_consents SET status = 'declined', updated_at = ? WHERE id = ? AND status = 'pending'"),
                       {s.clock.nowMs(), consentId});
    if (!q)
        return q.error();
    row->insert(QStringLiteral("status"), QStringLiteral("declined"));
    const QJsonObject c = consentJson(*row);
    if (auto st = s.payments.writeEvent(row->value(QStringLiteral("orgId")).toString(), QStringLiteral("consent.declined"), consentId, c); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    announce(row->value(QStringLiteral("orgId")).toString(), {userId}, QStringLiteral("consent"), row->value(QStringLiteral("point")).toString(), consentId);
    return QJsonObject{{QStringLiteral("consent"), c}};
}

void BridgeService::expireConsents()
{
    auto rows = consentRows(QStringLiteral("status = 'pending' AND expires_at < ?"), {s.clock.nowMs()});
    if (!rows)
        return;
    for (QJsonObject row : std::as_const(*rows)) {
        const QString id = row.value(QStringLiteral("id")).toString();
        if (m_consentsSwapping.contains(id))
            continue; // its swap is on its way to the disk
        storage::Transaction tx(s.db);
        auto u = s.db.exec(QStringLiteral("UPDATE br_consents SET status = 'expired', updated_at = ? WHERE id = ? AND status = 'pending'"),
                           {s.clock.nowMs(), id});
        if (!u || u->numRowsAffected() == 0)
            continue;
        row.insert(QStringLiteral("status"), QStringLiteral("expired"));
        if (!s.payments.writeEvent(row.value(QStringLiteral("orgId")).toString(), QStringLiteral("consent.expired"), id, consentJson(row)))
            continue;
        if (!tx.commit())
            continue; // tried again on the next pass
        // The user's list and the partner's console drop it without polling.
        announce(row.value(QStringLiteral("orgId")).toString(), {row.value(QStringLiteral("userId")).toString()}, QStringLiteral("consent"),
                 row.value(QStringLiteral("point")).toString(), id);
    }
}

} // namespace azc::bridge
