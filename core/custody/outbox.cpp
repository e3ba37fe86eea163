#include "custody/outbox.h"

#include "common/failpoint.h"

#include "chain/evm_quantity.h"
#include "chaincrypto/eth_address.h"
#include "chaincrypto/eth_transaction.h"
#include "crypto/secure_random.h"
#include "custody/custody_hex.h"
#include "custody/networks.h"
#include "storage/database.h"
#include "wallet/money_text.h"

#include <QtGlobal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace azc::custody {

namespace {

const QString kTxColumns = QStringLiteral(
        "id, network_id, purpose, ref_id, from_address, to_address, asset, amount, nonce, raw, hash, status,"
        " block_number, gas_cost, booked, created_at, updated_at");

OutgoingTx readRow(const QSqlQuery &r)
{
    OutgoingTx t;
    t.id = r.value(0).toString();
    t.networkId = r.value(1).toString();
    t.purpose = r.value(2).toString();
    t.refId = r.value(3).toString();
    t.from = bytesFromHex(r.value(4));
    t.to = bytesFromHex(r.value(5));
    t.asset = r.value(6).toString();
    t.amount = wallet::amountFromUnitsText(r.value(7).toString());
    t.nonce = r.value(8).toULongLong();
    t.raw = bytesFromHex(r.value(9));
    t.hash = bytesFromHex(r.value(10));
    t.status = r.value(11).toString();
    t.blockNumber = r.value(12).toULongLong();
    t.gasCost = wallet::amountFromUnitsText(r.value(13).toString());
    t.booked = r.value(14).toInt() != 0;
    t.createdAt = r.value(15).toLongLong();
    t.updatedAt = r.value(16).toLongLong();
    return t;
}

// Nodes word "I have it already" differently; all mean the broadcast happened.
bool alreadyKnown(const Error &e)
{
    const QString m = e.data.value(QStringLiteral("message")).toString().toLower();
    return m.contains(QLatin1String("already known")) || m.contains(QLatin1String("known transaction"))
            || m.contains(QLatin1String("already imported")) || m.contains(QLatin1String("nonce too low"));
}

std::optional<Amount> product(const std::optional<Amount> &a, Int128 factor)
{
    return a ? a->checkedMul(factor) : std::nullopt;
}

} // namespace

std::optional<Amount> maxFeePerGas(const chain::FeeEstimate &fees)
{
    const auto tip = chain::toAmount(fees.priorityFeePerGas);
    const auto twiceBase = product(chain::toAmount(fees.nextBaseFeePerGas), 2);
    return twiceBase && tip ? twiceBase->checkedAdd(*tip) : std::nullopt;
}

QJsonObject OutgoingTx::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("network"), networkId},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("from"), chain::toChecksumAddress(from)},
            {QStringLiteral("to"), chain::toChecksumAddress(to)},
            {QStringLiteral("nonce"), qint64(nonce)},
            {QStringLiteral("hash"), QString(QStringLiteral("0x") + hexText(hash))},
            {QStringLiteral("status"), status},
            {QStringLiteral("blockNumber"), qint64(blockNumber)},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("updatedAt"), updatedAt}};
}

Outbox::Outbox(storage::Database &db, NetworkRegistry &networks, chain::Signer &signer, const Clock &clock)
    : m_db(db), m_networks(networks), m_signer(signer), m_clock(clock)
{
}

void Outbox::failpoint(const QString &name)
{
    azc::failpoint(name);
}

bool Outbox::busy(const QString &networkId, const QByteArray &from) const
{
    return m_preparing.contains(networkId + u'/' + hexText(from));
}

void Outbox::prepare(const Network &network, TxSpec spec, InSameTransaction alsoDo,
                     std::function<void(Result<OutgoingTx>)> done)
{
    const QString key = network.id + u'/' + hexText(spec.from);
    chain::ChainAdapter *node = m_networks.adapter(network.id);
    if (!node || m_preparing.contains(key))
        return done(fail("busy", QStringLiteral("another transaction from this address is being prepared")));
    m_preparing.insert(key);
    const QString networkId = network.id;
    const quint64 chainId = network.chainId;
    auto finish = [this, key, done](Result<OutgoingTx> r) {
        m_preparing.remove(key);
        done(std::move(r));
    };
    node->fees([=, this](Result<chain::FeeEstimate> fees) {
        if (!fees)
            return finish(fees.error());
        node->pendingNonce(spec.from, [=, this](Result<quint64> pending) {
            if (!pending)
                return finish(pending.error());
            auto stored = m_db.scalar(QStringLiteral("SELECT next_nonce FROM chain_nonces WHERE network_id = ? AND address = ?"),
                                      {networkId, hexText(spec.from)});
            if (!stored)
                return finish(stored.error());
            const quint64 nonce = std::max(pending.value(), stored->isValid() ? stored->toULongLong() : 0);

            auto tip = chain::toAmount(fees->priorityFeePerGas);
            std::optional<Amount> cap = spec.maxFeePerGas.isEmpty() ? maxFeePerGas(fees.value())
                                                                     : chain::toAmount(spec.maxFeePerGas);
            if (!tip || !cap)
                return finish(fail("bad_response", QStringLiteral("the node suggested fees beyond range")));
            if (*tip > *cap)
                tip = cap;

            chain::Eip1559Transaction t;
            t.chainId = chainId;
            t.nonce = nonce;
            t.maxPriorityFeePerGas = chain::fromAmount(*tip);
            t.maxFeePerGas = chain::fromAmount(*cap);
            t.gasLimit = spec.gasLimit;
            t.to = spec.to;
            t.value = spec.value;
            t.data = spec.data;
            auto signedTx = chain::signTransaction(t, m_signer, spec.signerPath);
            if (!signedTx)
                return finish(signedTx.error());

            OutgoingTx tx;
            tx.id = crypto::randomId();
            tx.networkId = networkId;
            tx.purpose = spec.purpose;
            tx.refId = spec.refId;
            tx.from = spec.from;
            tx.to = spec.to;
            tx.asset = spec.asset;
            tx.amount = spec.amount;
            tx.nonce = nonce;
            tx.raw = signedTx->raw;
            tx.hash = signedTx->hash;
            tx.status = QStringLiteral("signed");
            tx.createdAt = tx.updatedAt = m_clock.nowMs();

            storage::Transaction dbtx(m_db);
            auto ins = m_db.exec(QStringLiteral("INSERT INTO chain_txs (") + kTxColumns
                                         + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {tx.id, tx.networkId, tx.purpose, tx.refId, hexText(tx.from), hexText(tx.to), tx.asset,
                                  tx.amount.unitsText(), qint64(tx.nonce), hexText(tx.raw), hexText(tx.hash), tx.status,
                                  0, QStringLiteral("0"), 0, tx.createdAt, tx.updatedAt});
            if (!ins)
                return finish(ins.error());
            auto n = m_db.exec(QStringLiteral("INSERT INTO chain_nonces (network_id, address, next_nonce) VALUES (?, ?, ?)"
                                              " ON CONFLICT (network_id, address) DO UPDATE SET next_nonce = excluded.next_nonce"),
                               {networkId, hexText(tx.from), qint64(nonce + 1)});
            if (!n)
                return finish(n.error());
            if (alsoDo)
                if (auto s = alsoDo(tx); !s)
                    return finish(s.error());
            if (auto c = dbtx.commit(); !c)
                return finish(c.error());
            failpoint(QStringLiteral("outbox.after_sign.") + tx.purpose);
            finish(tx);
        });
    });
}

Result<QList<OutgoingTx>> Outbox::select(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kTxColumns + QStringLiteral(" FROM chain_txs WHERE ") + where, params);
    if (!q)
        return q.error();
    QList<OutgoingTx> out;
    while (q.value().next())
        out.append(readRow(q.value()));
    return out;
}

Result<std::optional<OutgoingTx>> Outbox::byId(const QString &id)
{
    auto rows = select(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<OutgoingTx>{};
    return std::optional<OutgoingTx>{rows->first()};
}

Result<std::optional<OutgoingTx>> Outbox::byRef(const QString &purpose, const QString &refId)
{
    auto rows = select(QStringLiteral("purpose = ? AND ref_id = ? ORDER BY created_at DESC, nonce DESC"), {purpose, refId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<OutgoingTx>{};
    return std::optional<OutgoingTx>{rows->first()};
}

Result<QList<OutgoingTx>> Outbox::unfinished(const QString &networkId)
{
    return select(QStringLiteral("network_id = ? AND status IN ('signed', 'broadcast') ORDER BY nonce"), {networkId});
}

Result<QList<OutgoingTx>> Outbox::finishedUnbooked(const QString &networkId)
{
    return select(QStringLiteral("network_id = ? AND status IN ('confirmed', 'failed') AND booked = 0 ORDER BY created_at"),
                  {networkId});
}

Status Outbox::update(const OutgoingTx &tx)
{
    auto w = m_db.exec(QStringLiteral("UPDATE chain_txs SET status = ?, block_number = ?, gas_cost = ?, updated_at = ?"
                                      " WHERE id = ?"),
                       {tx.status, qint64(tx.blockNumber), tx.gasCost.unitsText(), m_clock.nowMs(), tx.id});
    if (!w)
        return w.error();
    return okStatus();
}

Status Outbox::markBooked(const QString &txId)
{
    auto w = m_db.exec(QStringLiteral("UPDATE chain_txs SET booked = 1 WHERE id = ?"), {txId});
    if (!w)
        return w.error();
    return okStatus();
}

void Outbox::advance(const Network &network, std::function<void()> done)
{
    auto txs = unfinished(network.id);
    if (!txs) {
        qWarning("custody: %s", qPrintable(txs.error().message));
        return done();
    }
    const QString networkId = network.id;
    auto list = std::make_shared<QList<OutgoingTx>>(std::move(txs).value());
    auto index = std::make_shared<int>(0);
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, networkId, list, index, step, done] {
        Network *n = m_networks.find(networkId);
        if (!n || *index >= list->size()) {
            // Clearing *step destroys this closure: copy what is still needed first.
            Outbox *self = this;
            const QString net = networkId;
            const auto finished = done;
            *step = nullptr; // break the self-reference
            if (self->m_listener) {
                if (auto finals = self->finishedUnbooked(net))
                    for (const OutgoingTx &t : finals.value())
                        self->m_listener(t);
            }
            return finished();
        }
        OutgoingTx tx = list->at((*index)++);
        auto next = [step] { (*step)(); };
        if (tx.status == QLatin1String("signed"))
            broadcast(*n, tx, next);
        else
            follow(*n, tx, next);
    };
    (*step)();
}

void Outbox::broadcast(const Network &network, OutgoingTx tx, std::function<void()> next)
{
    chain::ChainAdapter *node = m_networks.adapter(network.id);
    node->broadcast(tx.raw, [this, tx, next](Result<QByteArray> r) mutable {
        if (r || alreadyKnown(r.error())) {
            failpoint(QStringLiteral("outbox.after_broadcast.") + tx.purpose);
            tx.status = QStringLiteral("broadcast");
            if (auto s = update(tx); !s)
                qWarning("custody: %s", qPrintable(s.error().message));
        } else {
            // Left "signed": the next pass tries the same bytes again.
            qWarning("custody: broadcast of %s failed: %s", qPrintable(tx.id), qPrintable(r.error().message));
        }
        next();
    });
}

void Outbox::follow(const Network &network, OutgoingTx tx, std::function<void()> next)
{
    chain::ChainAdapter *node = m_networks.adapter(network.id);
    const quint64 head = network.status.head;
    const int required = network.confirmations;
    node->receipt(tx.hash, [this, node, tx, next, head, required](Result<std::optional<chain::TransactionReceipt>> r) mutable {
        if (!r)
            return next();
        if (r->has_value()) {
            const chain::TransactionReceipt &receipt = **r;
            tx.blockNumber = receipt.blockNumber;
            const quint64 confirmations = head >= receipt.blockNumber ? head - receipt.blockNumber + 1 : 0;
            if (confirmations >= quint64(required)) {
                tx.status = receipt.succeeded ? QStringLiteral("confirmed") : QStringLiteral("failed");
                auto price = chain::toAmount(receipt.effectiveGasPrice);
                tx.gasCost = product(price, Int128(receipt.gasUsed)).value_or(Amount());
            }
            if (auto s = update(tx); !s)
                qWarning("custody: %s", qPrintable(s.error().message));
            return next();
        }
        // Not mined: pending, or forgotten by the node (restart, eviction).
        node->transactionKnown(tx.hash, [this, node, tx, next, head, required](Result<bool> known) mutable {
            if (!known || known.value()) {
                m_missingSince.remove(tx.id);
                return next();
            }
            node->pendingNonce(tx.from, [this, node, tx, next, head, required](Result<quint64> used) mutable {
                if (!used)
                    return next();
                if (used.value() > tx.nonce) {
                    // Its nonce is used but the node shows no trace of it. A lagging or
                    // load-balanced node can say that of a mined transaction, and calling it
                    // failed refunds coins that left: only after the absence has lasted as
                    // many blocks as a confirmation takes is another transaction the answer.
                    const quint64 since = m_missingSince.value(tx.id, head);
                    m_missingSince.insert(tx.id, since);
                    if (head < since + quint64(required))
                        return next();
                    m_missingSince.remove(tx.id);
                    tx.status = QStringLiteral("failed");
                    if (auto s = update(tx); !s)
                        qWarning("custody: %s", qPrintable(s.error().message));
                    return next();
                }
                node->broadcast(tx.raw, [next](Result<QByteArray>) { next(); });
            });
        });
    });
}

} // namespace azc::custody
