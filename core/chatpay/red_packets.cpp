#include "chatpay/red_packets.h"

#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "storage/database.h"
#include "wallet/money_text.h"
#include "wallet/wallet_service.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace azc::chatpay {

namespace {

const QString kPool = QStringLiteral("escrow-redpackets"); // the ledger owner of every packet's money
const QString kActor = QStringLiteral("redpackets");        // who books claims and refunds
const QString kColumns = QStringLiteral("id, message_id, conversation_id, sender_id, asset, total, count, split, memo,"
                                        " shares, claimed, status, expires_at, client_key");

Error invalid(const char *field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

// For writes whose failure leaves a state the next start repairs: said, not fatal.
template <typename T>
void logFailure(const char *what, const Result<T> &r)
{
    if (!r)
        qWarning("red packets: %s: %s", what, qPrintable(r.error().message));
}

Error invalidState(const QString &message, const QString &detail)
{
    return fail("invalid_state", message, {{QStringLiteral("detail"), detail}});
}

// A uniform value in [0, bound) from the system's CSPRNG (bound > 0); 128 bits,
// since 18-decimal assets pass 2^64 units at 19 coins.
Int128 randomBelow(Int128 bound)
{
    const UInt128 hi = QRandomGenerator::system()->generate64(), lo = QRandomGenerator::system()->generate64();
    return Int128(((hi << 64) | lo) % UInt128(bound));
}

} // namespace

struct RedPackets::Packet {
    QString id, messageId, conversationId, senderId, asset, split, memo, status, clientKey;
    Amount total;
    QList<Amount> shares;
    int count = 0, claimed = 0;
    qint64 expiresAt = 0;
};

RedPackets::RedPackets(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
                       messaging::MessagingService &messaging, const Clock &clock, int sweepIntervalMs, qint64 minuteMs,
                       QObject *parent)
    : QObject(parent), m_db(db), m_ledger(ledger), m_wallet(wallet), m_messaging(messaging), m_clock(clock), m_minuteMs(minuteMs)
{
    m_sweep.setInterval(sweepIntervalMs);
    connect(&m_sweep, &QTimer::timeout, this, &RedPackets::expireDue);
}

QList<storage::Migration> RedPackets::migrations()
{
    return {{1, QStringLiteral("red packets and their claims"),
             {QStringLiteral("CREATE TABLE red_packets (id TEXT PRIMARY KEY, message_id TEXT NOT NULL, conversation_id TEXT NOT NULL,"
                             " sender_id TEXT NOT NULL, asset TEXT NOT NULL, total TEXT NOT NULL, count INTEGER NOT NULL,"
                             " split TEXT NOT NULL, memo TEXT NOT NULL, shares TEXT NOT NULL, claimed INTEGER NOT NULL,"
                             " status TEXT NOT NULL, expires_at BIGINT NOT NULL, client_key TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, UNIQUE (sender_id, client_key))"),
              QStringLiteral("CREATE INDEX red_packets_status ON red_packets (status, expires_at)"),
              // One share per member (primary key), each share to one member (unique index).
              QStringLiteral("CREATE TABLE red_packet_claims (packet_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                             " share_index INTEGER NOT NULL, amount TEXT NOT NULL, paid INTEGER NOT NULL, at BIGINT NOT NULL,"
                             " PRIMARY KEY (packet_id, user_id), UNIQUE (packet_id, share_index))")}}};
}

QList<Amount> RedPackets::split(Amount total, int count, bool random)
{
    QList<Amount> shares;
    const Int128 units = total.units();
    if (!random) {
        for (int i = 0; i < count; ++i)
            shares.append(Amount::fromUnits(units / count + (i < units % count ? 1 : 0)));
        return shares;
    }
    // Each draw is uniform in [1, 2 × the mean of what is left − 1]: the
    // expected share stays the mean, and every later opener still gets ≥ 1 unit.
    Int128 left = units;
    for (int n = count; n > 1; --n) {
        const Int128 cap = std::min(left * 2 / n, left - (n - 1));
        const Int128 share = cap > 1 ? 1 + randomBelow(cap - 1) : 1;
        shares.append(Amount::fromUnits(share));
        left -= share;
    }
    shares.append(Amount::fromUnits(left));
    // Who opens first must not predict a bigger share.
    for (qsizetype i = shares.size() - 1; i > 0; --i)
        shares.swapItemsAt(i, qsizetype(randomBelow(Int128(i + 1))));
    return shares;
}

Result<RedPackets::Packet> RedPackets::packet(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM red_packets ") + where, params);
    if (!q)
        return q.error();
    if (!q.value().next())
        return fail("not_found", QStringLiteral("no such red packet"));
    const QSqlQuery &r = q.value();
    Packet p;
    p.id = r.value(0).toString();
    p.messageId = r.value(1).toString();
    p.conversationId = r.value(2).toString();
    p.senderId = r.value(3).toString();
    p.asset = r.value(4).toString();
    p.total = wallet::amountFromUnitsText(r.value(5).toString());
    p.count = r.value(6).toInt();
    p.split = r.value(7).toString();
    p.memo = r.value(8).toString();
    for (const QString &s : r.value(9).toString().split(u',', Qt::SkipEmptyParts))
        p.shares.append(wallet::amountFromUnitsText(s));
    p.claimed = r.value(10).toInt();
    p.status = r.value(11).toString();
    p.expiresAt = r.value(12).toLongLong();
    p.clientKey = r.value(13).toString();
    return p;
}

Result<QString> RedPackets::escrowAccount(const QString &asset)
{
    auto a = m_ledger.account({kPool, asset, ledger::AccountKind::Available, {}});
    return a ? Result<QString>(a->id) : Result<QString>(a.error());
}

Result<QString> RedPackets::availableAccount(const QString &userId, const QString &asset)
{
    auto a = m_ledger.account({userId, asset, ledger::AccountKind::Available, {}});
    return a ? Result<QString>(a->id) : Result<QString>(a.error());
}

void RedPackets::send(const server::Caller &caller, const RedPacketRequest &r, server::Reply reply)
{
    auto conversation = m_messaging.get(caller.userId, r.conversationId); // membership check
    if (!conversation)
        return reply(conversation.error());
    if (conversation->value(QStringLiteral("conversation"))[QStringLiteral("kind")].toString() != QLatin1String("group"))
        return reply(invalid("conversationId", QStringLiteral("red packets are sent in groups")));
    auto asset = m_wallet.enabledAsset(r.asset);
    if (!asset)
        return reply(asset.error());
    auto total = wallet::parseAmount(r.total, asset->decimals, wallet::Sign::Positive, QStringLiteral("total"));
    if (!total)
        return reply(total.error());
    if (r.count < 1 || r.count > 100)
        return reply(invalid("count", QStringLiteral("a red packet has 1 to 100 shares")));
    if (r.split != QLatin1String("equal") && r.split != QLatin1String("random"))
        return reply(invalid("split", QStringLiteral("split is equal or random")));
    if (r.expiresInMinutes < 1 || r.expiresInMinutes > 24 * 60)
        return reply(invalid("expiresInMinutes", QStringLiteral("a red packet lasts 1 minute to 24 hours")));
    if (total->units() < r.count)
        return reply(fail("invalid_amount", QStringLiteral("too little to give every share something"),
                          {{QStringLiteral("field"), QStringLiteral("total")}, {QStringLiteral("detail"), QStringLiteral("too_small")}}));

    // A repeat of the key continues the packet it made.
    Packet p;
    auto known = packet(QStringLiteral("WHERE sender_id = ? AND client_key = ?"), {caller.userId, r.idempotencyKey});
    if (known) {
        p = known.value();
    } else {
        p.id = QUuid::createUuid().toString(QUuid::Id128);
        p.conversationId = r.conversationId;
        p.senderId = caller.userId;
        p.asset = asset->code;
        p.total = *total;
        p.count = r.count;
        p.split = r.split;
        p.memo = r.memo;
        p.shares = split(*total, r.count, r.split == QLatin1String("random"));
        p.status = QStringLiteral("funding");
        p.clientKey = r.idempotencyKey;
        const qint64 now = m_clock.nowMs();
        p.expiresAt = now + r.expiresInMinutes * m_minuteMs;
        QStringList shares;
        for (const Amount &a : p.shares)
            shares.append(a.unitsText());
        auto w = m_db.exec(QStringLiteral("INSERT INTO red_packets (") + kColumns
                                   + QStringLiteral(", created_at) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
                           {p.id, p.conversationId, p.senderId, p.asset, p.total.unitsText(), p.count, p.split, p.memo,
                            shares.join(u','), p.status, p.expiresAt, p.clientKey, now});
        if (!w)
            return reply(w.error());
    }
    wallet::TransferRequest t{p.asset, p.total.toString(asset->decimals), QString(), p.memo,
                              QStringLiteral("redpacket:") + p.clientKey, r.twoFactorCode, kPool, QStringLiteral("Red packet")};
    m_wallet.transfer(caller, t, [this, p, reply](const Result<QJsonObject> &sent) {
        if (!sent) {
            // Nothing moved: the packet never existed.
            logFailure("forget an unfunded packet", m_db.exec(QStringLiteral("DELETE FROM red_packets WHERE id = ? AND status = 'funding'"), {p.id}));
            return reply(sent.error());
        }
        auto posted = activate(p);
        if (!posted)
            return reply(posted.error());
        reply(QJsonObject{{QStringLiteral("message"), posted.value()}, {QStringLiteral("receipt"), sent->value(QStringLiteral("receipt"))}});
    });
}

Result<QJsonObject> RedPackets::activate(const Packet &p)
{
    const int d = m_ledger.asset(p.asset) ? m_ledger.asset(p.asset)->decimals : 0;
    const QJsonObject data{{QStringLiteral("packetId"), p.id},
                           {QStringLiteral("asset"), p.asset},
                           {QStringLiteral("total"), p.total.toString(d)},
                           {QStringLiteral("count"), p.count},
                           {QStringLiteral("split"), p.split},
                           {QStringLiteral("claimed"), 0},
                           {QStringLiteral("claimedAmount"), QStringLiteral("0")},
                           {QStringLiteral("claims"), QJsonArray()},
                           {QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("expiresAt"), p.expiresAt},
                           {QStringLiteral("from"), m_wallet.party(p.senderId)}};
    auto posted = m_messaging.postSpecial(p.senderId, p.conversationId, QStringLiteral("redpacket"), p.memo, data,
                                          QStringLiteral("redpacket:") + p.clientKey);
    if (!posted)
        return posted.error();
    const QJsonObject message = posted->value(QStringLiteral("message")).toObject();
    if (auto w = m_db.exec(QStringLiteral("UPDATE red_packets SET message_id = ?, status = 'open' WHERE id = ? AND status = 'funding'"),
                           {message.value(QStringLiteral("id")).toString(), p.id});
        !w)
        return w.error();
    return message;
}

void RedPackets::open(const server::Caller &caller, const QString &messageId, server::Reply reply)
{
    auto m = m_messaging.specialMessage(caller.userId, messageId); // membership check
    if (!m)
        return reply(m.error());
    if (m->kind != QLatin1String("redpacket"))
        return reply(fail("not_found", QStringLiteral("this message is not a red packet"), {{QStringLiteral("field"), QStringLiteral("messageId")}}));
    // The packet must be the one this very bubble announced, in this conversation.
    auto p = packet(QStringLiteral("WHERE id = ? AND message_id = ? AND conversation_id = ?"),
                    {m->data.value(QStringLiteral("packetId")).toString(), m->id, m->conversationId});
    if (!p)
        return reply(p.error());
    const int d = m_ledger.asset(p->asset) ? m_ledger.asset(p->asset)->decimals : 0;
    auto mine = m_db.exec(QStringLiteral("SELECT amount, paid FROM red_packet_claims WHERE packet_id = ? AND user_id = ?"),
                          {p->id, caller.userId});
    if (!mine)
        return reply(mine.error());
    if (mine.value().next()) // opening it again shows what you got; nothing moves
        return reply(QJsonObject{{QStringLiteral("claim"),
                                  QJsonObject{{QStringLiteral("asset"), p->asset},
                                              {QStringLiteral("amount"), wallet::amountFromUnitsText(mine.value().value(0).toString()).toString(d)},
                                              {QStringLiteral("repeat"), true}}}});
    if (caller.userId == p->senderId)
        return reply(invalidState(QStringLiteral("your own red packet is for the others"), QStringLiteral("own_packet")));
    if (p->status == QLatin1String("finished") || p->claimed >= p->count)
        return reply(invalidState(QStringLiteral("every share has been taken"), QStringLiteral("finished")));
    if (p->status != QLatin1String("open"))
        return reply(invalidState(QStringLiteral("this red packet has expired"), QStringLiteral("expired")));
    const Amount amount = p->shares.value(p->claimed);
    {
        storage::Transaction tx(m_db);
        auto claim = m_db.exec(QStringLiteral("INSERT INTO red_packet_claims (packet_id, user_id, share_index, amount, paid, at)"
                                              " VALUES (?, ?, ?, ?, 0, ?)"),
                               {p->id, caller.userId, p->claimed, amount.unitsText(), m_clock.nowMs()});
        auto next = m_db.exec(QStringLiteral("UPDATE red_packets SET claimed = claimed + 1, status = ? WHERE id = ? AND claimed = ?"
                                             " AND status = 'open'"),
                              {p->claimed + 1 == p->count ? QStringLiteral("finished") : QStringLiteral("open"), p->id, p->claimed});
        if (!claim || !next || next.value().numRowsAffected() != 1)
            return reply(invalidState(QStringLiteral("the red packet changed meanwhile; open it again"), QStringLiteral("changed")));
        if (auto c = tx.commit(); !c)
            return reply(c.error());
    }
    const QString userId = caller.userId, asset = p->asset;
    pay(p.value(), userId, amount, [this, userId, asset, amount, d, packetId = p->id, reply](Status st) {
        if (!st)
            return reply(st.error());
        m_wallet.announceBalance(userId, asset);
        auto message = announce(packetId);
        reply(QJsonObject{{QStringLiteral("claim"),
                           QJsonObject{{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), amount.toString(d)},
                                       {QStringLiteral("repeat"), false}}},
                          {QStringLiteral("message"), message ? message.value() : QJsonObject()}});
    });
}

void RedPackets::pay(const Packet &p, const QString &userId, Amount amount, std::function<void(Status)> done)
{
    auto from = escrowAccount(p.asset);
    auto to = availableAccount(userId, p.asset);
    if (!from || !to)
        return done(fail("storage_error", QStringLiteral("cannot open the red packet's accounts")));
    const QString key = QStringLiteral("redpacket-claim:%1:%2").arg(p.id, userId);
    ledger::OperationRequest op{kActor, key, amount.unitsText(), QStringLiteral("redpacket.claim"),
                                {{from.value(), to.value(), amount, QStringLiteral("redpacket.claim")}}, {}};
    m_ledger.submit(std::move(op), [this, packetId = p.id, userId, done](const Result<QJsonObject> &r) {
        if (!r)
            return done(r.error());
        auto w = m_db.exec(QStringLiteral("UPDATE red_packet_claims SET paid = 1 WHERE packet_id = ? AND user_id = ?"), {packetId, userId});
        done(w ? okStatus() : Status(w.error()));
    });
}

Result<QJsonObject> RedPackets::announce(const QString &packetId)
{
    auto p = packet(QStringLiteral("WHERE id = ?"), {packetId});
    if (!p)
        return p.error();
    auto m = m_messaging.specialMessage(p->senderId, p->messageId);
    if (!m)
        return m.error();
    const int d = m_ledger.asset(p->asset) ? m_ledger.asset(p->asset)->decimals : 0;
    struct Claim {
        QString userId;
        Amount amount;
        qint64 at = 0;
    };
    // Rows first, parties after: another query while iterating a result cuts it short on PostgreSQL.
    QList<Claim> rows;
    auto q = m_db.exec(QStringLiteral("SELECT user_id, amount, at FROM red_packet_claims WHERE packet_id = ? ORDER BY share_index"), {packetId});
    if (!q)
        return q.error();
    while (q.value().next())
        rows.append({q.value().value(0).toString(), wallet::amountFromUnitsText(q.value().value(1).toString()), q.value().value(2).toLongLong()});
    QJsonArray claims;
    Amount claimed;
    for (const Claim &c : rows) {
        claimed = claimed.checkedAdd(c.amount).value_or(claimed);
        claims.append(QJsonObject{{QStringLiteral("user"), m_wallet.party(c.userId)},
                                  {QStringLiteral("amount"), c.amount.toString(d)},
                                  {QStringLiteral("at"), c.at}});
    }
    QJsonObject data = m->data;
    data.insert(QStringLiteral("claimed"), claims.size());
    data.insert(QStringLiteral("claimedAmount"), claimed.toString(d));
    data.insert(QStringLiteral("claims"), claims);
    data.insert(QStringLiteral("status"), p->status == QLatin1String("expiring") ? QStringLiteral("expired") : p->status);
    auto updated = m_messaging.updateSpecialData(p->messageId, data);
    if (!updated)
        return updated.error();
    return updated->value(QStringLiteral("message")).toObject();
}

void RedPackets::expireDue()
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM red_packets WHERE status = 'open' AND expires_at <= ?"), {m_clock.nowMs()});
    QStringList due;
    while (q && q.value().next())
        due.append(q.value().value(0).toString());
    for (const QString &id : due) {
        auto w = m_db.exec(QStringLiteral("UPDATE red_packets SET status = 'expiring' WHERE id = ? AND status = 'open'"), {id});
        if (!w || w.value().numRowsAffected() != 1)
            continue; // the last share was taken meanwhile
        if (auto p = packet(QStringLiteral("WHERE id = ?"), {id}))
            refund(p.value());
    }
}

void RedPackets::refund(const Packet &p)
{
    if (m_refunding.contains(p.id))
        return;
    // What nobody opened: the shares from the claimed count on.
    Amount rest;
    for (int i = p.claimed; i < p.shares.size(); ++i)
        rest = rest.checkedAdd(p.shares.at(i)).value_or(rest);
    auto finish = [this, p](Status st) {
        m_refunding.remove(p.id);
        if (!st) {
            qWarning("red packet %s: refund failed: %s", qPrintable(p.id), qPrintable(st.error().message));
            return;
        }
        logFailure("mark expired", m_db.exec(QStringLiteral("UPDATE red_packets SET status = 'expired' WHERE id = ? AND status = 'expiring'"), {p.id}));
        m_wallet.announceBalance(p.senderId, p.asset);
        logFailure("update the bubble", announce(p.id));
    };
    if (rest.isZero())
        return finish(okStatus());
    auto from = escrowAccount(p.asset);
    auto to = availableAccount(p.senderId, p.asset);
    if (!from || !to)
        return finish(fail("storage_error", QStringLiteral("cannot open the red packet's accounts")));
    m_refunding.insert(p.id);
    ledger::OperationRequest op{kActor, QStringLiteral("redpacket-refund:") + p.id, rest.unitsText(), QStringLiteral("redpacket.refund"),
                                {{from.value(), to.value(), rest, QStringLiteral("redpacket.refund")}}, {}};
    m_ledger.submit(std::move(op), [finish](const Result<QJsonObject> &r) { finish(r ? okStatus() : Status(r.error())); });
}

Status RedPackets::start()
{
    // Funded before a crash (the transfer is in the ledger): post the bubble now; never funded: gone.
    auto funding = m_db.exec(QStringLiteral("SELECT id, sender_id, client_key FROM red_packets WHERE status = 'funding'"), {});
    if (!funding)
        return funding.error();
    QList<QStringList> rows;
    while (funding.value().next())
        rows.append({funding.value().value(0).toString(), funding.value().value(1).toString(), funding.value().value(2).toString()});
    for (const QStringList &row : rows) {
        auto booked = m_db.scalar(QStringLiteral("SELECT id FROM ledger_operations WHERE actor_id = ? AND idempotency_key = ?"),
                                  QVariantList{QVariant(row.at(1)), QVariant(QString(QStringLiteral("redpacket:") + row.at(2)))});
        if (!booked)
            return booked.error();
        if (!booked->isValid()) {
            logFailure("forget an unfunded packet", m_db.exec(QStringLiteral("DELETE FROM red_packets WHERE id = ?"), {row.at(0)}));
            continue;
        }
        auto p = packet(QStringLiteral("WHERE id = ?"), {row.at(0)});
        if (p && !activate(p.value())) // the sender left the group meanwhile: the money goes back
            logFailure("refund an unpostable packet", m_db.exec(QStringLiteral("UPDATE red_packets SET status = 'expiring' WHERE id = ?"), {row.at(0)}));
    }
    // Claims written but not paid: paid now under the same key.
    auto unpaid = m_db.exec(QStringLiteral("SELECT packet_id, user_id, amount FROM red_packet_claims WHERE paid = 0"), {});
    if (!unpaid)
        return unpaid.error();
    QList<QStringList> claims;
    while (unpaid.value().next())
        claims.append({unpaid.value().value(0).toString(), unpaid.value().value(1).toString(), unpaid.value().value(2).toString()});
    for (const QStringList &c : claims)
        if (auto p = packet(QStringLiteral("WHERE id = ?"), {c.at(0)}))
            pay(p.value(), c.at(1), wallet::amountFromUnitsText(c.at(2)), [this, id = c.at(0)](Status st) {
                if (st)
                    logFailure("update the bubble", announce(id));
            });
    // Refunds that were on their way.
    auto expiring = m_db.exec(QStringLiteral("SELECT id FROM red_packets WHERE status = 'expiring'"), {});
    QStringList ids;
    while (expiring && expiring.value().next())
        ids.append(expiring.value().value(0).toString());
    for (const QString &id : ids)
        if (auto p = packet(QStringLiteral("WHERE id = ?"), {id}))
            refund(p.value());
    m_sweep.start();
    return okStatus();
}

} // namespace azc::chatpay
