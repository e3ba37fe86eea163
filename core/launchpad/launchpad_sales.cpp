// Listing sales and reading them.

#include "launchpad/launchpad_sale.h"

#include "audit/audit_log.h"
#include "crypto/digest.h"
#include "crypto/secure_random.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "notify/event_bus.h"
#include "storage/database.h"
#include "storage/stored_amount.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace azc::launchpad {

using ledger::AccountKind;

namespace {

Error invalid(const char *field, const QString &message) { return fail("invalid_params", message, {{QStringLiteral("field"), QLatin1String(field)}}); }

} // namespace

const char *LaunchpadService::Sale::columns()
{
    return "id, seq, token, quote, price, total, per_user_cap, min_kyc_tier, min_stake, starts_at, ends_at, vesting, partner_id,"
           " platform_share_bps, title, description, status, sold, proceeds, created_by, created_at, updated_at";
}

LaunchpadService::Sale LaunchpadService::Sale::from(const QSqlQuery &q)
{
    Sale s;
    s.id = q.value(0).toString();
    s.seq = q.value(1).toLongLong();
    s.token = q.value(2).toString();
    s.quote = q.value(3).toString();
    s.price = storage::storedAmount(q.value(4));
    s.total = storage::storedAmount(q.value(5));
    s.perUserCap = storage::storedAmount(q.value(6));
    s.minKycTier = q.value(7).toInt();
    s.minStake = storage::storedAmount(q.value(8));
    s.startsAt = q.value(9).toLongLong();
    s.endsAt = q.value(10).toLongLong();
    s.vesting = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array();
    s.partnerId = q.value(12).toString();
    s.platformShareBps = q.value(13).toInt();
    s.title = q.value(14).toString();
    s.description = q.value(15).toString();
    s.status = q.value(16).toString();
    s.sold = storage::storedAmount(q.value(17));
    s.proceeds = storage::storedAmount(q.value(18));
    s.createdBy = q.value(19).toString();
    s.createdAt = q.value(20).toLongLong();
    s.updatedAt = q.value(21).toLongLong();
    return s;
}

QVariantList LaunchpadService::Sale::values() const
{
    return {id, seq, token, quote, price.unitsText(), total.unitsText(), perUserCap.unitsText(), minKycTier, minStake.unitsText(),
            startsAt, endsAt, QString::fromUtf8(QJsonDocument(vesting).toJson(QJsonDocument::Compact)), partnerId, platformShareBps,
            title, description, status, sold.unitsText(), proceeds.unitsText(), createdBy, createdAt, updatedAt};
}

LaunchpadService::LaunchpadService(LaunchpadServices services, QObject *parent) : QObject(parent), s(services)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LaunchpadService::tick);
}

LaunchpadService::~LaunchpadService() = default;

Result<QList<LaunchpadService::Sale>> LaunchpadService::saleRows(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT %1 FROM lp_sales %2").arg(QLatin1String(Sale::columns()), where), params);
    if (!q)
        return q.error();
    QList<Sale> out;
    while (q->next())
        out.append(Sale::from(*q));
    return out;
}

Result<LaunchpadService::Sale> LaunchpadService::saleRow(const QString &id)
{
    auto rows = saleRows(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("no such sale"), {{QStringLiteral("field"), QStringLiteral("saleId")}});
    return rows->first();
}

QString LaunchpadService::phase(const Sale &sale) const
{
    if (sale.status != QLatin1String("listed"))
        return sale.status; // finalizing, distributed
    const qint64 now = s.clock.nowMs();
    return now < sale.startsAt ? QStringLiteral("upcoming") : now < sale.endsAt ? QStringLiteral("open") : QStringLiteral("ended");
}

Status LaunchpadService::validateListing(const QJsonObject &p)
{
    // Every check is here, not in the method's schema alone: an executed
    // proposal lists a sale through this door too.
    static const QRegularExpression tokenCode(QStringLiteral("^[A-Z0-9]{2,10}$"));
    const QString token = p.value(QStringLiteral("token")).toString();
    const QString quote = p.value(QStringLiteral("quote")).toString();
    if (quote != QLatin1String("AZC") && quote != QLatin1String("USDT"))
        return invalid("quote", QStringLiteral("a sale is priced in AZC or USDT"));
    if (!tokenCode.match(token).hasMatch() || token == quote)
        return invalid("token", QStringLiteral("name the token on sale: 2 to 10 capital letters or digits, not the quote asset"));
    auto q = s.ledger.asset(quote);
    if (!q)
        return q.error();
    const auto existing = s.ledger.asset(token);
    if (existing) {
        // Issuing an asset that exists would create it out of nothing: only a
        // token the launchpad made itself may be sold again.
        auto ours = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM lp_tokens WHERE code = ?"), {token});
        if (!ours)
            return ours.error();
        if (ours->toLongLong() == 0)
            return invalid("token", QStringLiteral("%1 is an existing asset: the launchpad sells only tokens it creates").arg(token));
    }
    const int td = existing ? existing->decimals : p.value(QStringLiteral("tokenDecimals")).toInt(-1);
    if (td < 0 || td > 18)
        return invalid("tokenDecimals", QStringLiteral("a new token needs its decimals (0 to 18)"));
    auto price = Amount::parse(p.value(QStringLiteral("price")).toString(), q->decimals);
    if (!price || price->isNegative() || price->isZero())
        return invalid("price", QStringLiteral("the price is a positive amount of %1 per token").arg(quote));
    auto total = Amount::parse(p.value(QStringLiteral("total")).toString(), td);
    if (!total || total->isNegative() || total->isZero())
        return invalid("total", QStringLiteral("the total on sale is a positive amount of tokens"));
    for (const auto &[field, decimals] : {std::pair{"perUserCap", q->decimals}, std::pair{"minStake", 18}}) {
        if (!p.contains(QLatin1String(field)))
            continue;
        auto a = Amount::parse(p.value(QLatin1String(field)).toString(), decimals);
        if (!a || a->isNegative())
            return invalid(field, QStringLiteral("%1 is an amount, 0 or more (0: none)").arg(QLatin1String(field)));
    }
    const int tier = p.value(QStringLiteral("minKycTier")).toInt(0), share = p.value(QStringLiteral("platformShareBps")).toInt(1000);
    if (tier < 0 || tier > 3)
        return invalid("minKycTier", QStringLiteral("a KYC tier is 0 to 3"));
    if (share < 0 || share > 10000)
        return invalid("platformShareBps", QStringLiteral("the platform's share is 0 to 10000 basis points"));
    const qint64 starts = p.value(QStringLiteral("startsAt")).toInteger(), ends = p.value(QStringLiteral("endsAt")).toInteger();
    if (ends <= starts || ends <= s.clock.nowMs())
        return invalid("endsAt", QStringLiteral("the window must end after it starts, in the future"));
    auto partner = s.users.byUsername(p.value(QStringLiteral("partnerUsername")).toString());
    if (!partner || !partner.value() || partner.value()->role == server::Role::Bot)
        return invalid("partnerUsername", QStringLiteral("the listing partner must be a user (proceeds go to their wallet)"));
    const QJsonArray vesting = p.value(QStringLiteral("vesting")).toArray();
    if (vesting.size() > 12)
        return invalid("vesting", QStringLiteral("at most 12 tranches"));
    int sum = 0;
    for (const auto &v : vesting) {
        const int percent = v.toObject().value(QStringLiteral("percent")).toInt();
        const int days = v.toObject().value(QStringLiteral("afterDays")).toInt(-1);
        if (percent <= 0 || percent > 100 || days < 0 || days > 3650)
            return invalid("vesting", QStringLiteral("each tranche is {afterDays 0..3650, percent 1..100}"));
        sum += percent;
    }
    if (!vesting.isEmpty() && sum != 100)
        return invalid("vesting", QStringLiteral("the tranches must add up to 100 %"));
    if (p.value(QStringLiteral("title")).toString().size() > 80 || p.value(QStringLiteral("description")).toString().size() > 2000)
        return invalid("title", QStringLiteral("a title is at most 80 characters, a description 2000"));
    return okStatus();
}

Result<QJsonObject> LaunchpadService::list(const QString &actorId, const QJsonObject &p, const QString &key)
{
    if (auto v = validateListing(p); !v)
        return v.error();
    const QString token = p.value(QStringLiteral("token")).toString();
    if (!s.ledger.asset(token)) {
        const QString name = p.value(QStringLiteral("tokenName")).toString(token).left(64);
        if (auto added = s.ledger.addAsset({token, name, p.value(QStringLiteral("tokenDecimals")).toInt(), true}); !added)
            return added.error();
        auto mine = s.db.exec(QStringLiteral("INSERT INTO lp_tokens (code, created_at) VALUES (?, ?)"), {token, s.clock.nowMs()});
        if (!mine)
            return mine.error();
    }
    auto td = s.ledger.asset(token);
    auto qd = s.ledger.asset(p.value(QStringLiteral("quote")).toString());
    auto d = s.ledger.asset(stakeAsset());
    Sale sale;
    // The listing's id follows from the key, so a repeat finds the sale it made.
    sale.id = key.isEmpty() ? crypto::randomId() : QString::fromLatin1(crypto::sha256Hex(QString(QStringLiteral("launchpad:") + actorId + u':' + key).toUtf8()).left(32));
    if (auto again = saleRow(sale.id)) {
        issue(*again); // a repeat after a crash finishes what the first one started
        return saleJson(*again, {});
    }
    auto last = s.db.scalar(QStringLiteral("SELECT MAX(seq) FROM lp_sales"));
    if (!last)
        return last.error();
    sale.seq = last->toLongLong() + 1;
    sale.token = token;
    sale.quote = p.value(QStringLiteral("quote")).toString();
    sale.price = *Amount::parse(p.value(QStringLiteral("price")).toString(), qd->decimals);
    sale.total = *Amount::parse(p.value(QStringLiteral("total")).toString(), td->decimals);
    if (auto cap = Amount::parse(p.value(QStringLiteral("perUserCap")).toString(QStringLiteral("0")), qd->decimals))
        sale.perUserCap = *cap;
    sale.minKycTier = p.value(QStringLiteral("minKycTier")).toInt();
    if (auto stake = Amount::parse(p.value(QStringLiteral("minStake")).toString(QStringLiteral("0")), d ? d->decimals : 18))
        sale.minStake = *stake;
    sale.startsAt = p.value(QStringLiteral("startsAt")).toInteger();
    sale.endsAt = p.value(QStringLiteral("endsAt")).toInteger();
    sale.vesting = p.value(QStringLiteral("vesting")).toArray();
    if (sale.vesting.isEmpty())
        sale.vesting = {QJsonObject{{QStringLiteral("afterDays"), 0}, {QStringLiteral("percent"), 100}}};
    sale.partnerId = s.users.byUsername(p.value(QStringLiteral("partnerUsername")).toString()).value().value().id;
    sale.platformShareBps = p.value(QStringLiteral("platformShareBps")).toInt(1000);
    sale.title = p.value(QStringLiteral("title")).toString(token + QStringLiteral(" token sale"));
    sale.description = p.value(QStringLiteral("description")).toString();
    sale.status = QStringLiteral("listed");
    sale.createdBy = actorId;
    sale.createdAt = sale.updatedAt = s.clock.nowMs();

    storage::Transaction tx(s.db);
    auto q = s.db.exec(QStringLiteral("INSERT INTO lp_sales (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(Sale::columns())),
                       sale.values());
    if (!q)
        return q.error();
    int cumulative = 0, idx = 0;
    for (const auto &v : sale.vesting) {
        cumulative += v.toObject().value(QStringLiteral("percent")).toInt();
        const qint64 due = sale.endsAt + qint64(v.toObject().value(QStringLiteral("afterDays")).toInt()) * 86'400'000;
        if (auto t = s.db.exec(QStringLiteral("INSERT INTO lp_tranches (sale_id, idx, due_at, cumulative_bps, status) VALUES (?,?,?,?,'pending')"),
                               {sale.id, idx++, due, cumulative * 100});
            !t)
            return t.error();
    }
    if (auto a = s.audit.record(actorId, QStringLiteral("launchpad.list"), sale.id, {{QStringLiteral("token"), token}}); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    issue(sale);
    s.bus.publishToEveryone(QStringLiteral("event.launchpad.changed"), {{QStringLiteral("saleId"), sale.id}});
    return saleJson(sale, {});
}

void LaunchpadService::issue(const Sale &sale)
{
    // The sale's supply is issued into the sale's own account (the project
    // delivered it) under a key of the sale: run again at every start and on a
    // repeated listing, the ledger answers the first issuance after the first time.
    auto world = s.ledger.account({{}, sale.token, AccountKind::World, {}});
    auto inventory = s.ledger.account({saleOwner(sale.id), sale.token, AccountKind::Available, {}});
    if (!world || !inventory)
        return;
    ledger::OperationRequest op;
    op.actorId = QStringLiteral("launchpad");
    op.idempotencyKey = QStringLiteral("lp-list:") + sale.id;
    op.fingerprint = sale.total.unitsText();
    op.code = QStringLiteral("launchpad.list");
    op.transfers = {{world->id, inventory->id, sale.total, QStringLiteral("launchpad.issue")}};
    s.ledger.submit(std::move(op), [](const Result<QJsonObject> &) {});
}

Result<QJsonObject> LaunchpadService::saleJson(const Sale &sale, const QString &userId)
{
    auto td = s.ledger.asset(sale.token);
    auto qd = s.ledger.asset(sale.quote);
    auto sd = s.ledger.asset(stakeAsset());
    if (!td || !qd)
        return !td ? td.error() : qd.error();
    Amount committed;
    Amount mine;
    auto c = s.db.exec(QStringLiteral("SELECT user_id, amount FROM lp_commits WHERE sale_id = ? AND status IN ('pending', 'held', 'settled')"), {sale.id});
    if (!c)
        return c.error();
    qint64 buyers = 0;
    QSet<QString> seen;
    while (c->next()) {
        const Amount a = storage::storedAmount(c->value(1));
        committed = committed.checkedAdd(a).value_or(Amount::max());
        if (!seen.contains(c->value(0).toString())) {
            seen.insert(c->value(0).toString());
            ++buyers;
        }
        if (c->value(0).toString() == userId)
            mine = mine.checkedAdd(a).value_or(Amount::max());
    }
    auto partner = s.users.byId(sale.partnerId);
    QJsonObject o{{QStringLiteral("id"), sale.id},
                  {QStringLiteral("number"), sale.seq},
                  {QStringLiteral("title"), sale.title},
                  {QStringLiteral("description"), sale.description},
                  {QStringLiteral("token"), sale.token},
                  {QStringLiteral("tokenName"), td->name},
                  {QStringLiteral("quote"), sale.quote},
                  {QStringLiteral("price"), sale.price.toString(qd->decimals)},
                  {QStringLiteral("total"), sale.total.toString(td->decimals)},
                  {QStringLiteral("perUserCap"), sale.perUserCap.toString(qd->decimals)},
                  {QStringLiteral("minKycTier"), sale.minKycTier},
                  {QStringLiteral("minStake"), sale.minStake.toString(sd ? sd->decimals : 18)},
                  {QStringLiteral("startsAt"), sale.startsAt},
                  {QStringLiteral("endsAt"), sale.endsAt},
                  {QStringLiteral("vesting"), sale.vesting},
                  {QStringLiteral("partner"), partner && partner.value() ? partner.value()->username : QString()},
                  {QStringLiteral("phase"), phase(sale)},
                  {QStringLiteral("committed"), committed.toString(qd->decimals)},
                  {QStringLiteral("buyers"), buyers},
                  {QStringLiteral("sold"), sale.sold.toString(td->decimals)},
                  {QStringLiteral("proceeds"), sale.proceeds.toString(qd->decimals)},
                  {QStringLiteral("tokenDecimals"), td->decimals},
                  {QStringLiteral("quoteDecimals"), qd->decimals}};
    if (!userId.isEmpty()) {
        o.insert(QStringLiteral("myCommitted"), mine.toString(qd->decimals));
        auto a = s.db.exec(QStringLiteral("SELECT tokens, cost, refund, delivered, status FROM lp_allocations WHERE sale_id = ? AND user_id = ?"),
                           {sale.id, userId});
        if (!a)
            return a.error();
        if (a->next())
            o.insert(QStringLiteral("myAllocation"), QJsonObject{{QStringLiteral("tokens"), storage::storedAmount(a->value(0)).toString(td->decimals)},
                                                               {QStringLiteral("cost"), storage::storedAmount(a->value(1)).toString(qd->decimals)},
                                                               {QStringLiteral("refund"), storage::storedAmount(a->value(2)).toString(qd->decimals)},
                                                               {QStringLiteral("delivered"), storage::storedAmount(a->value(3)).toString(td->decimals)},
                                                               {QStringLiteral("status"), a->value(4).toString()}});
    } else {
        o.insert(QStringLiteral("platformShareBps"), sale.platformShareBps);
    }
    return o;
}

Result<QJsonObject> LaunchpadService::sales(const QString &userId, bool forAdmin)
{
    auto rows = saleRows(QStringLiteral("ORDER BY seq DESC LIMIT 100"), {});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Sale &sale : *rows) {
        auto json = saleJson(sale, forAdmin ? QString() : userId);
        if (!json)
            return json.error();
        out.append(*json);
    }
    return QJsonObject{{QStringLiteral("sales"), out}, {QStringLiteral("now"), s.clock.nowMs()}};
}

Result<QJsonObject> LaunchpadService::sale(const QString &userId, const QString &saleId)
{
    auto row = saleRow(saleId);
    if (!row)
        return row.error();
    auto json = saleJson(*row, userId);
    if (!json)
        return json.error();
    return QJsonObject{{QStringLiteral("sale"), *json}, {QStringLiteral("now"), s.clock.nowMs()}};
}

Result<QJsonObject> LaunchpadService::myAllocations(const QString &userId)
{
    auto q = s.db.exec(QStringLiteral("SELECT DISTINCT sale_id FROM lp_commits WHERE user_id = ?"), {userId});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    QJsonArray out;
    for (const QString &id : ids) {
        auto one = sale(userId, id);
        if (!one)
            return one.error();
        out.append(one->value(QStringLiteral("sale")));
    }
    return QJsonObject{{QStringLiteral("sales"), out}};
}

} // namespace azc::launchpad
