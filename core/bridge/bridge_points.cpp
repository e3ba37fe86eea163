// Points and tokens, their reserves, credits (issuing to users) and burns.

#include "bridge/bridge_internal.h"
#include "bridge/bridge_service.h"
#include "payments/payments_errors.h"

#include "audit/audit_log.h"
#include "custody/custody_accounts.h"
#include "files/file_service.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "notify/notification_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QRegularExpression>

namespace azc::bridge {

using ledger::AccountKind;
using detail::invalidField;
using detail::keyedId;

BridgeService::BridgeService(BridgeServices services, QObject *parent) : QObject(parent), s(services)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &BridgeService::expireConsents);
    // Swap and credit rows and the partners' events commit with the money.
    s.ledger.addCommitParticipant([this] { return writeQueued(); });
}

BridgeService::~BridgeService() = default;

Status BridgeService::start()
{
    for (const char *table : {"br_policies", "br_swaps", "br_credits"}) {
        auto last = s.db.scalar(QStringLiteral("SELECT MAX(seq) FROM %1").arg(QLatin1String(table)));
        if (!last)
            return last.error();
        m_seq.insert(QLatin1String(table), last->toLongLong());
    }
    if (auto u = loadUsage(); !u)
        return u.error();
    expireConsents();
    m_timer.start();
    return okStatus();
}

Status BridgeService::writeQueued()
{
    const auto writes = std::exchange(m_withMoney, {});
    for (const auto &w : writes)
        if (auto st = w(); !st)
            return st;
    return okStatus();
}

qint64 BridgeService::nextSeq(const QString &table) { return ++m_seq[table]; }

qint64 BridgeService::today() const { return s.clock.nowMs() / detail::kDayMs; }

Result<QList<Point>> BridgeService::pointRows(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT code, org_id, name, decimals, icon_file_id, kind, network, contract, coin, status, created_by,"
                                      " created_at FROM br_points WHERE %1 ORDER BY created_at, code").arg(where), params);
    if (!q)
        return q.error();
    QList<Point> out;
    while (q->next()) {
        Point p;
        p.code = q->value(0).toString();
        p.orgId = q->value(1).toString();
        p.name = q->value(2).toString();
        p.decimals = q->value(3).toInt();
        p.iconFileId = q->value(4).toString();
        p.kind = q->value(5).toString();
        p.network = q->value(6).toString();
        p.contract = q->value(7).toString();
        p.coin = q->value(8).toString();
        p.status = q->value(9).toString();
        p.createdBy = q->value(10).toString();
        p.createdAt = q->value(11).toLongLong();
        out.append(p);
    }
    for (Point &p : out)
        if (auto c = s.ledger.asset(p.coin))
            p.coinDecimals = c->decimals;
    return out;
}

Result<Point> BridgeService::point(const QString &code)
{
    auto rows = pointRows(QStringLiteral("code = ?"), {code});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("no point %1").arg(code), {{QStringLiteral("field"), QStringLiteral("point")}});
    return rows->first();
}

QJsonObject BridgeService::orgJson(const QString &orgId)
{
    auto row = s.payments.orgRow(orgId);
    return detail::orgRef(orgId, row ? row->value(QStringLiteral("name")).toString() : QString());
}

Status BridgeService::requireOrg(const payments::Actor &actor, payments::Permission permission, bool verified)
{
    if (auto st = s.payments.require(actor, permission); !st)
        return st;
    if (!verified)
        return okStatus();
    auto row = s.payments.orgRow(actor.orgId);
    if (!row)
        return row.error();
    if (row->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return payments::invalidState(QStringLiteral("the organisation's business verification is not approved yet"),
                                      QStringLiteral("not_verified"));
    return okStatus();
}

Status BridgeService::requireOwnFiles(const payments::Actor &actor, const QStringList &fileIds)
{
    const QStringList members = s.payments.memberIds(actor.orgId);
    for (const QString &id : fileIds) {
        if (id.isEmpty())
            continue;
        auto f = s.files.file(id);
        if (!f || !members.contains(f->ownerId))
            return invalidField(QStringLiteral("fileId"), QStringLiteral("a picture must be one your organisation's members uploaded"));
    }
    return okStatus();
}

void BridgeService::announce(const QString &orgId, const QStringList &userIds, const QString &kind, const QString &code,
                             const QString &id)
{
    QStringList to = s.payments.memberIds(orgId);
    for (const QString &u : userIds)
        if (!u.isEmpty() && !to.contains(u))
            to.append(u);
    s.bus.publishToUsers(to, QStringLiteral("event.bridge.changed"),
                         {{QStringLiteral("kind"), kind}, {QStringLiteral("point"), code}, {QStringLiteral("id"), id}});
}

Result<QString> BridgeService::issuerAccount(const Point &p)
{
    auto a = s.ledger.account(p.isToken() ? partnerHolding(p) : ledger::AccountKey{{}, p.code, AccountKind::World, feeFlow()});
    if (!a)
        return a.error();
    return a->id;
}

Result<QString> BridgeService::reserveAccount(const Point &p)
{
    auto a = s.ledger.account({reserveOwner(p.code), p.coin, AccountKind::Available, {}});
    if (!a)
        return a.error();
    return a->id;
}

ledger::AccountKey BridgeService::partnerHolding(const Point &p)
{
    return {payments::PaymentsService::merchantOwner(p.orgId), p.code, AccountKind::Available, {}};
}

QList<ledger::AccountKey> BridgeService::supplyKeys(const Point &p)
{
    QList<ledger::AccountKey> keys = {{{}, p.code, AccountKind::World, feeFlow()}, partnerHolding(p)};
    if (p.isToken()) {
        // Custody books a deposit twice from World(chain:N): to the user and to its own mirror of the
        // coins, HotWallet(N:unswept) (swept to N:hot). The mirror is nobody's holding: without it
        // every deposited token counted twice (and in the required reserve).
        keys << custody::accounts::world(p.code, p.network) << custody::accounts::unswept(p.code, p.network)
             << custody::accounts::hot(p.code, p.network);
    }
    return keys;
}

Result<Point> BridgeService::orgPoint(const payments::Actor &actor, const QString &code)
{
    if (auto st = requireOrg(actor, payments::Permission::Points); !st)
        return st.error();
    auto p = point(code);
    if (p && p->orgId != actor.orgId)
        return fail("not_found", QStringLiteral("no point %1").arg(code), {{QStringLiteral("field"), QStringLiteral("point")}});
    return p;
}

Result<Amount> BridgeService::outstanding(const Point &p)
{
    Amount total;
    for (const auto &key : supplyKeys(p)) {
        auto a = s.ledger.existingAccount(key);
        if (!a)
            return a.error();
        if (!a->has_value())
            continue;
        auto b = s.ledger.balance((*a)->id); // the live balance, with what is accepted but not yet durable
        if (!b)
            return b.error();
        total = *total.checkedSub(*b);
    }
    return total;
}

Result<Amount> BridgeService::reserve(const Point &p)
{
    auto a = s.ledger.existingAccount({reserveOwner(p.code), p.coin, AccountKind::Available, {}});
    if (!a)
        return a.error();
    if (!a->has_value())
        return Amount{};
    return s.ledger.balance((*a)->id);
}

Result<QJsonObject> BridgeService::pointJson(const Point &p, const QString &userId, bool forPartner)
{
    auto policy = activePolicy(p.code);
    if (!policy)
        return policy.error();
    auto out = outstanding(p);
    auto res = reserve(p);
    if (!out || !res)
        return out ? res.error() : out.error();
    QJsonObject o{{QStringLiteral("code"), p.code},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("decimals"), p.decimals},
                  {QStringLiteral("iconFileId"), p.iconFileId},
                  {QStringLiteral("kind"), p.kind},
                  {QStringLiteral("org"), orgJson(p.orgId)},
                  {QStringLiteral("coin"), p.coin},
                  {QStringLiteral("coinDecimals"), p.coinDecimals},
                  {QStringLiteral("status"), p.status},
                  {QStringLiteral("outstanding"), out->toString(p.decimals)},
                  {QStringLiteral("reserve"), res->toString(p.coinDecimals)}};
    if (p.isToken()) {
        o.insert(QStringLiteral("network"), p.network);
        o.insert(QStringLiteral("contract"), p.contract);
    }
    if (policy->has_value()) {
        Policy shown = **policy;
        if (shown.rateMode == QLatin1String("market"))
            if (auto live = effectivePolicy(p))
                shown.rate = live->rate;
        o.insert(QStringLiteral("policy"), shown.toJson(p.decimals));
        auto required = requiredReserve(*out, shown, p.decimals, p.coinDecimals);
        o.insert(QStringLiteral("requiredReserve"), required ? required->toString(p.coinDecimals) : QString());
        o.insert(QStringLiteral("coverageBps"), QString::number(coverageBps(*res, *out, shown, p.decimals, p.coinDecimals)));
    } else {
        o.insert(QStringLiteral("policy"), QJsonValue::Null);
        o.insert(QStringLiteral("requiredReserve"), QStringLiteral("0"));
        o.insert(QStringLiteral("coverageBps"), QStringLiteral("0"));
    }
    if (!userId.isEmpty()) {
        auto a = s.ledger.existingAccount({userId, p.code, AccountKind::Available, {}});
        Amount balance;
        if (a && a->has_value())
            balance = (*a)->balance;
        o.insert(QStringLiteral("balance"), balance.toString(p.decimals));
    }
    if (forPartner) {
        // Holders: people with a balance (the partner's own and house accounts are not holders).
        auto accounts = s.ledger.accountsOf(p.code);
        if (!accounts)
            return accounts.error();
        qint64 holders = 0;
        for (const ledger::Account &acc : *accounts)
            holders += acc.key.kind == AccountKind::Available && !acc.key.ownerId.isEmpty() && !acc.balance.isZero()
                       && acc.key.ownerId != partnerHolding(p).ownerId;
        o.insert(QStringLiteral("holders"), holders);
    }
    return o;
}

Result<QJsonObject> BridgeService::pointAnswer(const Point &p)
{
    auto j = pointJson(p, {}, true);
    if (!j)
        return j.error();
    return QJsonObject{{QStringLiteral("point"), *j}};
}

Result<QJsonObject> BridgeService::points(const QString &userId)
{
    auto rows = pointRows(QStringLiteral("status IN ('active', 'paused')"), {});
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const Point &p : *rows) {
        auto j = pointJson(p, userId, false);
        if (!j)
            return j.error();
        list.append(*j);
    }
    return QJsonObject{{QStringLiteral("points"), list}};
}

Result<QJsonObject> BridgeService::orgPoints(const payments::Actor &actor)
{
    if (auto st = requireOrg(actor, payments::Permission::Read, false); !st)
        return st.error();
    auto rows = pointRows(QStringLiteral("org_id = ?"), {actor.orgId});
    if (!rows)
        return rows.error();
    QJsonArray list;
    for (const Point &p : *rows) {
        auto j = pointJson(p, {}, true);
        if (!j)
            return j.error();
        list.append(*j);
    }
    return QJsonObject{{QStringLiteral("points"), list}};
}

namespace {

Status checkNewAsset(ledger::LedgerService &ledger, const QString &code)
{
    static const QRegularExpression codeRule(QStringLiteral("^[A-Z0-9]{2,10}$"));
    if (!codeRule.match(code).hasMatch())
        return invalidField(QStringLiteral("code"), QStringLiteral("a code is 2 to 10 capital letters or digits"));
    if (ledger.asset(code))
        return fail("asset_exists", QStringLiteral("%1 already exists: choose another code").arg(code),
                    {{QStringLiteral("field"), QStringLiteral("code")}});
    return okStatus();
}

} // namespace

Result<QJsonObject> BridgeService::createPoint(const payments::Actor &actor, const QJsonObject &p)
{
    if (auto st = requireOrg(actor, payments::Permission::Points); !st)
        return st.error();
    Point pt;
    pt.code = p.value(QStringLiteral("code")).toString();
    pt.name = p.value(QStringLiteral("name")).toString().trimmed();
    pt.decimals = p.value(QStringLiteral("decimals")).toInt();
    pt.coin = p.value(QStringLiteral("coin")).toString();
    pt.iconFileId = p.value(QStringLiteral("iconFileId")).toString();
    pt.kind = p.value(QStringLiteral("kind")).toString(QStringLiteral("point"));
    pt.network = p.value(QStringLiteral("network")).toString();
    pt.contract = p.value(QStringLiteral("contract")).toString();
    if (auto st = checkNewAsset(s.ledger, pt.code); !st)
        return st.error();
    if (auto st = requireOwnFiles(actor, {pt.iconFileId}); !st)
        return st.error();
    if (pt.name.size() < 2 || pt.name.size() > 40)
        return invalidField(QStringLiteral("name"), QStringLiteral("a name has 2 to 40 characters"));
    if (pt.coin != QLatin1String("AZC") && pt.coin != QLatin1String("USDT"))
        return invalidField(QStringLiteral("coin"), QStringLiteral("a point is backed by AZC or USDT"));
    auto coin = s.wallet.enabledAsset(pt.coin);
    if (!coin)
        return coin.error();
    if (pt.isToken() && (!m_tokens.check || !m_tokens.add))
        return fail("unavailable", QStringLiteral("custody is not running here, so tokens cannot be registered"));
    if (pt.isToken())
        if (auto st = m_tokens.check(pt.network); !st)
            return st.error();
    pt.orgId = actor.orgId;
    pt.status = QStringLiteral("draft");
    pt.createdBy = actor.label();
    pt.createdAt = s.clock.nowMs();
    // The asset first (custody needs it for a token); everything that could refuse was checked above.
    if (auto added = s.ledger.addAsset({pt.code, pt.name, pt.decimals, true}); !added)
        return added.error();
    {
        storage::Transaction tx(s.db);
        if (pt.isToken())
            if (auto st = m_tokens.add(pt.network, pt.code, pt.contract); !st)
                return st.error();
        auto q = s.db.exec(QStringLiteral("INSERT INTO br_points (code, org_id, name, decimals, icon_file_id, kind, network, contract, coin,"
                                          " status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {pt.code, pt.orgId, pt.name, pt.decimals, pt.iconFileId, pt.kind, pt.network, pt.contract, pt.coin, pt.status,
                            pt.createdBy, pt.createdAt, pt.createdAt});
        if (!q)
            return q.error();
        if (auto st = s.audit.record(actor.label(), QStringLiteral("bridge.createPoint"), pt.code,
                                     {{QStringLiteral("orgId"), pt.orgId}, {QStringLiteral("kind"), pt.kind}});
            !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
    }
    pt.coinDecimals = coin->decimals;
    announce(pt.orgId, {}, QStringLiteral("point"), pt.code, pt.code);
    return pointAnswer(pt);
}

Result<QJsonObject> BridgeService::registerToken(const payments::Actor &actor, const QJsonObject &params)
{
    static const QRegularExpression address(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    if (!address.match(params.value(QStringLiteral("contract")).toString()).hasMatch())
        return invalidField(QStringLiteral("contract"), QStringLiteral("a contract address is 0x and 40 hex digits"));
    QJsonObject p = params;
    p.insert(QStringLiteral("kind"), QStringLiteral("token"));
    return createPoint(actor, p);
}

Result<QJsonObject> BridgeService::setPaused(const server::Caller &caller, const QString &code, bool paused, const QString &orgId)
{
    auto p = point(code);
    if (!p)
        return p.error();
    const bool admin = caller.role == server::Role::Admin;
    if (!admin) {
        // A partner may stop its own point at once; starting again is the platform's second pair of eyes.
        auto actor = s.payments.memberActor(caller, orgId.isEmpty() ? p->orgId : orgId);
        if (!actor)
            return actor.error();
        if (actor->orgId != p->orgId)
            return fail("not_found", QStringLiteral("no point %1").arg(code));
        if (auto st = s.payments.require(*actor, payments::Permission::Points); !st)
            return st.error();
        if (!paused)
            return fail("forbidden", QStringLiteral("a platform admin resumes a paused point"));
    }
    if (p->status == QLatin1String("draft"))
        return fail("invalid_state", QStringLiteral("the point has no approved policy yet"));
    const QString status = paused ? QStringLiteral("paused") : QStringLiteral("active");
    {
        storage::Transaction tx(s.db);
        auto q = s.db.exec(QStringLiteral("UPDATE br_points SET status = ?, updated_at = ? WHERE code = ?"), {status, s.clock.nowMs(), code});
        if (!q)
            return q.error();
        if (auto st = s.audit.record(caller.userId, paused ? QStringLiteral("bridge.pause") : QStringLiteral("bridge.resume"), code); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
    }
    p->status = status;
    announce(p->orgId, {}, QStringLiteral("point"), code, code);
    return pointAnswer(*p);
}

Status BridgeService::checkCoverage(const Point &p, const Policy &policy, Amount extraOutstanding, Amount reserveDelta)
{
    auto out = outstanding(p);
    auto res = reserve(p);
    if (!out || !res)
        return out ? Status(res.error()) : Status(out.error());
    // Overflow is a refusal: dereferencing the empty optional read garbage, and a credit of
    // 2^127 − outstanding units passed this check and was issued with no reserve behind it.
    const auto afterSum = out->checkedAdd(extraOutstanding);
    const auto reserveSum = res->checkedAdd(reserveDelta);
    if (!afterSum || !reserveSum)
        return fail("invalid_amount", QStringLiteral("that amount is too large"));
    const Amount after = *afterSum;
    const Amount reserveAfter = *reserveSum;
    auto required = requiredReserve(after, policy, p.decimals, p.coinDecimals);
    if (!required)
        return required.error();
    if (reserveAfter < *required)
        return fail("reserve_insufficient",
                    QStringLiteral("the reserve of %1 would be %2 %3, below the %4 %3 its points need").arg(p.code, reserveAfter.toString(p.coinDecimals),
                                                                                                     p.coin, required->toString(p.coinDecimals)),
                    {{QStringLiteral("reserve"), reserveAfter.toString(p.coinDecimals)},
                     {QStringLiteral("required"), required->toString(p.coinDecimals)}});
    return okStatus();
}

namespace {

// Reads a positive amount at `decimals`, or answers the error.
std::optional<Amount> positive(const QString &text, int decimals, const server::Reply &reply)
{
    auto a = wallet::parseAmount(text, decimals, wallet::Sign::Positive);
    if (!a) {
        reply(a.error());
        return std::nullopt;
    }
    return *a;
}

} // namespace

// After a partner's money step (reserve in or out, a burn): its members hear
// of it, and the caller gets the point's new figures.
server::Reply BridgeService::answerWithPoint(const Point &p, const QString &kind, server::Reply reply)
{
    return [this, p, kind, reply = std::move(reply)](const Result<QJsonObject> &done) {
        if (!done)
            return reply(done.error());
        announce(p.orgId, {}, kind, p.code, p.code);
        reply(pointAnswer(p));
    };
}

void BridgeService::topUpReserve(const payments::Actor &actor, const QString &code, const QString &amount, const QString &from,
                                 const QString &key, server::Reply reply)
{
    auto p = orgPoint(actor, code);
    if (!p)
        return reply(p.error());
    if (from != QLatin1String("org") && !(from == QLatin1String("me") && !actor.userId.isEmpty()))
        return reply(invalidField(QStringLiteral("from"), QStringLiteral("from is \"org\" or, for a member, \"me\"")));
    auto a = positive(amount, p->coinDecimals, reply);
    if (!a)
        return;
    const QString owner = from == QLatin1String("org") ? payments::PaymentsService::merchantOwner(actor.orgId) : actor.userId;
    auto source = s.ledger.account({owner, p->coin, AccountKind::Available, {}});
    auto target = reserveAccount(*p);
    if (!source || !target)
        return reply(source ? target.error() : source.error());
    ledger::OperationRequest r;
    r.actorId = QStringLiteral("org:") + actor.orgId;
    r.idempotencyKey = QStringLiteral("reserve-in:") + key;
    r.fingerprint = QStringList{code, a->unitsText(), from, actor.label()}.join(u'|');
    r.code = QStringLiteral("bridge.reserve");
    r.transfers = {{source->id, *target, *a, QStringLiteral("bridge.reserve.in")}};
    s.ledger.submit(std::move(r), answerWithPoint(*p, QStringLiteral("reserve"), std::move(reply)));
}

void BridgeService::withdrawReserve(const payments::Actor &actor, const QString &code, const QString &amount, const QString &key,
                                    server::Reply reply)
{
    auto p = orgPoint(actor, code);
    if (!p)
        return reply(p.error());
    auto a = positive(amount, p->coinDecimals, reply);
    if (!a)
        return;
    auto target = s.ledger.account({payments::PaymentsService::merchantOwner(actor.orgId), p->coin, AccountKind::Available, {}});
    auto source = reserveAccount(*p);
    if (!source || !target)
        return reply(source ? target.error() : source.error());
    ledger::OperationRequest r;
    r.actorId = QStringLiteral("org:") + actor.orgId;
    r.idempotencyKey = QStringLiteral("reserve-out:") + key;
    r.fingerprint = QStringList{code, a->unitsText(), actor.label()}.join(u'|');
    r.code = QStringLiteral("bridge.reserve");
    const Amount minus = Amount::fromUnits(-a->units());
    s.ledger.submitChecked(
        std::move(r),
        [this, p = *p, minus, from = *source, to = target->id, a = *a](ledger::OperationRequest &op) -> Status {
            // Only what is above the reserve the outstanding points need may leave (a point with
            // no policy yet has issued nothing: all of it may).
            auto live = effectivePolicy(p);
            if (!live && live.error().reason != QLatin1String("no_policy"))
                return live.error();
            if (live) {
                // Points the partner holds (market sales) may go back to users (a refund) without a
                // new credit, so what leaves the reserve must leave them covered too.
                auto own = s.ledger.existingAccount(partnerHolding(p));
                if (!own)
                    return own.error();
                const Amount held = own->has_value() ? (*own)->balance : Amount{};
                if (auto st = checkCoverage(p, *live, held, minus); !st)
                    return st;
            }
            op.transfers = {{from, to, a, QStringLiteral("bridge.reserve.out")}};
            return okStatus();
        },
        {},
        answerWithPoint(*p, QStringLiteral("reserve"), std::move(reply)));
}

void BridgeService::credit(const payments::Actor &actor, const QString &code, const QString &username, const QString &amount,
                           const QString &reference, const QString &key, server::Reply reply)
{
    auto p = orgPoint(actor, code);
    if (!p)
        return reply(p.error());
    if (p->status != QLatin1String("active"))
        return reply(fail(p->status == QLatin1String("paused") ? "paused" : "no_policy",
                          p->status == QLatin1String("paused") ? QStringLiteral("%1 is paused").arg(code)
                                                               : QStringLiteral("%1 has no approved policy yet").arg(code)));
    auto user = s.users.byUsername(username);
    if (!user)
        return reply(user.error());
    if (!user->has_value())
        return reply(fail("not_found", QStringLiteral("no user %1").arg(username), {{QStringLiteral("field"), QStringLiteral("username")}}));
    const identity::User to = **user;
    auto a = positive(amount, p->decimals, reply);
    if (!a)
        return;
    auto issuer = issuerAccount(*p);
    auto target = s.ledger.account({to.id, p->code, AccountKind::Available, {}});
    if (!issuer || !target)
        return reply(issuer ? target.error() : issuer.error());
    const QString id = keyedId("crd_", actor.orgId, key);
    const qint64 now = s.clock.nowMs();
    QJsonObject credit{{QStringLiteral("id"), id},
                       {QStringLiteral("point"), p->code},
                       {QStringLiteral("amount"), a->toString(p->decimals)},
                       {QStringLiteral("user"), s.wallet.party(to.id)},
                       {QStringLiteral("reference"), reference},
                       {QStringLiteral("createdAt"), now}};
    ledger::OperationRequest r;
    r.actorId = QStringLiteral("org:") + actor.orgId;
    r.idempotencyKey = QStringLiteral("credit:") + key;
    r.fingerprint = QStringList{code, to.id, a->unitsText(), reference}.join(u'|');
    r.code = QStringLiteral("bridge.credit");
    r.result = QJsonObject{{QStringLiteral("credit"), credit}};
    s.ledger.submitChecked(
        std::move(r),
        [this, p = *p, a = *a, from = *issuer, to = target->id](ledger::OperationRequest &op) -> Status {
            auto current = point(p.code); // paused since the call?
            if (!current)
                return current.error();
            if (current->status != QLatin1String("active"))
                return fail("paused", QStringLiteral("%1 is paused").arg(p.code));
            auto policy = effectivePolicy(p);
            if (!policy)
                return policy.error();
            if (auto st = checkCoverage(p, *policy, a, {}); !st)
                return st;
            op.transfers = {{from, to, a, QStringLiteral("bridge.credit")}};
            return okStatus();
        },
        [this, p = *p, credit, a = *a, userId = to.id, by = actor.label(), reference, id, now] {
            queueWithMoney([this, p, credit, a, userId, by, reference, id, now]() -> Status {
                auto q = s.db.execPrepared(QStringLiteral("INSERT INTO br_credits (id, seq, point, org_id, user_id, amount, reference, created_by,"
                                                          " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                           {id, nextSeq(QStringLiteral("br_credits")), p.code, p.orgId, userId, a.unitsText(), reference, by, now});
                if (!q)
                    return q.error();
                return s.payments.writeEvent(p.orgId, QStringLiteral("points.credited"), id, credit);
            });
        },
        [this, p = *p, userId = to.id, a = *a, id, reply](const Result<QJsonObject> &done) {
            if (!done)
                return reply(done.error());
            announce(p.orgId, {userId}, QStringLiteral("credit"), p.code, id);
            s.wallet.announceBalance(userId, p.code);
            s.notifications.queue(userId, QStringLiteral("bridge.credit"), tr("%1 %2 received").arg(a.toString(p.decimals), p.name),
                                  tr("%1 credited %2 %3 to your wallet.").arg(orgJson(p.orgId).value(QStringLiteral("name")).toString(),
                                                                               a.toString(p.decimals), p.code),
                                  {{QStringLiteral("point"), p.code}});
            reply(done);
        });
}

void BridgeService::burn(const payments::Actor &actor, const QString &code, const QString &amount, const QString &key,
                         server::Reply reply)
{
    auto p = orgPoint(actor, code);
    if (!p)
        return reply(p.error());
    if (p->isToken())
        return reply(fail("invalid_state", QStringLiteral("a token's supply is on its chain; it cannot be burned here")));
    auto a = positive(amount, p->decimals, reply);
    if (!a)
        return;
    auto source = s.ledger.account(partnerHolding(*p));
    auto issuer = issuerAccount(*p);
    if (!source || !issuer)
        return reply(source ? issuer.error() : source.error());
    ledger::OperationRequest r;
    r.actorId = QStringLiteral("org:") + actor.orgId;
    r.idempotencyKey = QStringLiteral("burn:") + key;
    r.fingerprint = QStringList{code, a->unitsText()}.join(u'|');
    r.code = QStringLiteral("bridge.burn");
    r.transfers = {{source->id, *issuer, *a, QStringLiteral("bridge.burn")}};
    s.ledger.submit(std::move(r), answerWithPoint(*p, QStringLiteral("point"), std::move(reply)));
}

Result<QJsonObject> BridgeService::history(const QString &userId, const QString &code)
{
    auto p = point(code);
    if (!p)
        return p.error();
    return s.wallet.history(userId, code, 0, 50);
}

} // namespace azc::bridge
