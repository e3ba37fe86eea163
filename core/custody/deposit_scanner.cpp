#include "custody/deposit_scanner.h"

#include "chain/evm_quantity.h"
#include "custody/custody_hex.h"
#include "custody/deposit_addresses.h"
#include "custody/deposits.h"
#include "custody/networks.h"
#include "storage/database.h"

#include <QSet>

namespace azc::custody {

namespace {

// How many block hashes to keep: far deeper than any reorg custody waits out.
constexpr quint64 kKeptBlocks = 256;

} // namespace

struct DepositScanner::Fetched {
    quint64 from = 0, to = 0;
    QList<std::optional<chain::Block>> blocks;
    QList<chain::TokenTransfer> transfers;
    QSet<QByteArray> failedPayments; // native payments whose transaction reverted
    int pending = 0;
    std::optional<Error> error;
};

DepositScanner::DepositScanner(storage::Database &db, NetworkRegistry &networks, DepositAddresses &addresses,
                               DepositBook &book, QByteArray hotWallet)
    : m_db(db), m_networks(networks), m_addresses(addresses), m_book(book), m_hotWallet(std::move(hotWallet))
{
}

Result<quint64> DepositScanner::nextBlock(const QString &networkId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT next_block FROM chain_scan WHERE network_id = ?"), {networkId});
    if (!v)
        return v.error();
    if (!v->isValid())
        return fail("not_found", QStringLiteral("the network has not been scanned yet"));
    return v->toULongLong();
}

void DepositScanner::scan(const Network &network, std::function<void(Result<QList<Deposit>>)> done)
{
    chain::ChainAdapter *node = m_networks.adapter(network.id);
    const quint64 head = network.status.head;
    auto next = nextBlock(network.id);
    if (!next) {
        // A new network starts at the current head: custody serves payments from now on.
        auto w = m_db.exec(QStringLiteral("INSERT INTO chain_scan (network_id, next_block) VALUES (?, ?)"),
                           {network.id, qint64(head)});
        if (!w)
            return done(w.error());
        next = head;
    }
    if (!node || next.value() > head)
        return done(QList<Deposit>{});

    auto f = std::make_shared<Fetched>();
    f->from = next.value();
    f->to = qMin(head, f->from + quint64(m_batch) - 1);
    const int count = int(f->to - f->from + 1);
    f->blocks.resize(count);
    QList<QByteArray> contracts;
    for (const NetworkAsset &a : network.assets)
        if (!a.isNative())
            contracts.append(a.contract);
    f->pending = count + (contracts.isEmpty() ? 0 : 1);

    const QString networkId = network.id;
    const bool nativeWatched = network.native() != nullptr;
    // After blocks and logs: check the receipts of matched native payments, then process.
    auto fetchedAll = [this, node, f, networkId, nativeWatched, done] {
        if (f->error)
            return done(*f->error);
        QList<QByteArray> payments;
        for (const auto &b : f->blocks) {
            if (!b || !nativeWatched)
                continue;
            for (const chain::BlockTransaction &t : b->transactions)
                if (!t.to.isEmpty() && !t.value.isEmpty() && (m_addresses.owner(t.to) || t.to == m_hotWallet))
                    payments.append(t.hash);
        }
        if (payments.isEmpty())
            return process(networkId, f, done);
        f->pending = int(payments.size());
        for (const QByteArray &hash : payments) {
            node->receipt(hash, [this, f, hash, networkId, done](Result<std::optional<chain::TransactionReceipt>> r) {
                if (!r)
                    f->error = r.error();
                else if (!r->has_value())
                    f->error = fail("node_unreachable", QStringLiteral("a mined payment has no receipt yet"));
                else if (!(*r)->succeeded)
                    f->failedPayments.insert(hash);
                if (--f->pending == 0) {
                    if (f->error)
                        return done(*f->error);
                    process(networkId, f, done);
                }
            });
        }
    };
    auto arrived = [f, fetchedAll](std::optional<Error> error) {
        if (error && !f->error)
            f->error = error;
        if (--f->pending == 0)
            fetchedAll();
    };
    for (int i = 0; i < count; ++i) {
        node->block(f->from + quint64(i), [f, i, arrived](Result<std::optional<chain::Block>> r) {
            if (r)
                f->blocks[i] = std::move(r).value();
            arrived(r ? std::nullopt : std::optional<Error>(r.error()));
        });
    }
    if (!contracts.isEmpty()) {
        node->tokenTransfers(contracts, f->from, f->to, [f, arrived](Result<QList<chain::TokenTransfer>> r) {
            if (r)
                f->transfers = std::move(r).value();
            arrived(r ? std::nullopt : std::optional<Error>(r.error()));
        });
    }
}

void DepositScanner::process(const QString &networkId, std::shared_ptr<Fetched> f,
                             std::function<void(Result<QList<Deposit>>)> done)
{
    Network *network = m_networks.find(networkId);
    if (!network)
        return done(QList<Deposit>{});
    storage::Transaction tx(m_db);
    auto stored = m_db.scalar(QStringLiteral("SELECT hash FROM chain_blocks WHERE network_id = ? AND number = ?"),
                              {networkId, qint64(f->from) - 1});
    if (!stored)
        return done(stored.error());
    QByteArray previousHash = stored->isValid() ? QByteArray::fromHex(stored->toString().toLatin1()) : QByteArray();

    QList<Deposit> seen;
    auto isOurs = [&](const QByteArray &from) {
        return from == m_hotWallet || m_addresses.owner(from) != nullptr;
    };
    // A payment to a deposit address (the user's) or to the hot wallet from outside (the house's).
    auto record = [&](Deposit d, const NetworkAsset &asset) -> Status {
        if (const DepositAddress *owner = m_addresses.owner(d.address)) {
            if (d.from == m_hotWallet && d.logIndex < 0) {
                // A gas top-up for a sweep is booked by the outbox; a withdrawal to
                // another user's deposit address is a deposit like any other.
                auto topup = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM chain_txs WHERE network_id = ?"
                                                        " AND hash = ? AND purpose = 'topup'"),
                                         {networkId, hexText(d.txHash)});
                if (!topup)
                    return topup.error();
                if (topup->toInt() > 0)
                    return okStatus();
            }
            d.kind = QStringLiteral("user");
            d.userId = owner->userId;
        } else if (d.address == m_hotWallet && !isOurs(d.from)) {
            d.kind = QStringLiteral("house");
        } else {
            return okStatus();
        }
        d.networkId = networkId;
        d.asset = asset.asset;
        auto isNew = m_book.record(d, asset.minDeposit);
        if (!isNew)
            return isNew.error();
        if (isNew.value())
            seen.append(d);
        return okStatus();
    };

    quint64 last = f->from - 1;
    for (const auto &maybeBlock : f->blocks) {
        if (!maybeBlock)
            break; // the node does not have it yet
        const chain::Block &b = *maybeBlock;
        if (!previousHash.isEmpty() && b.parentHash != previousHash) {
            if (b.number != f->from)
                return done(QList<Deposit>{}); // the chain changed while we fetched: try again
            // Reorg: block from-1 is not on the chain any more. Step back one block.
            const quint64 rewound = f->from - 1;
            auto del = m_db.exec(QStringLiteral("DELETE FROM chain_blocks WHERE network_id = ? AND number >= ?"),
                                 {networkId, qint64(rewound)});
            if (!del)
                return done(del.error());
            if (auto s = m_book.orphanFrom(networkId, rewound); !s)
                return done(s.error());
            auto w = m_db.exec(QStringLiteral("UPDATE chain_scan SET next_block = ? WHERE network_id = ?"),
                               {qint64(rewound), networkId});
            if (!w)
                return done(w.error());
            if (auto c = tx.commit(); !c)
                return done(c.error());
            qInfo("custody: reorg on %s, rewound to block %llu", qPrintable(networkId), rewound);
            return done(QList<Deposit>{});
        }
        if (const NetworkAsset *native = network->native()) {
            for (const chain::BlockTransaction &t : b.transactions) {
                if (t.to.isEmpty() || t.value.isEmpty() || f->failedPayments.contains(t.hash))
                    continue;
                auto amount = chain::toAmount(t.value);
                if (!amount || amount->isZero())
                    continue;
                Deposit d;
                d.address = t.to;
                d.from = t.from;
                d.txHash = t.hash;
                d.logIndex = -1;
                d.amount = *amount;
                d.blockNumber = b.number;
                d.blockHash = b.hash;
                if (auto s = record(d, *native); !s)
                    return done(s.error());
            }
        }
        for (const chain::TokenTransfer &t : f->transfers) {
            if (t.blockNumber != b.number)
                continue;
            if (t.blockHash != b.hash)
                return done(QList<Deposit>{}); // logs from another fork: try again
            const NetworkAsset *asset = network->token(t.contract);
            auto amount = chain::toAmount(t.value);
            if (!asset || !amount || amount->isZero())
                continue;
            Deposit d;
            d.address = t.to;
            d.from = t.from;
            d.txHash = t.transactionHash;
            d.logIndex = qint64(t.logIndex);
            d.amount = *amount;
            d.blockNumber = b.number;
            d.blockHash = b.hash;
            if (auto s = record(d, *asset); !s)
                return done(s.error());
        }
        auto w = m_db.exec(QStringLiteral("INSERT INTO chain_blocks (network_id, number, hash) VALUES (?, ?, ?)"),
                           {networkId, qint64(b.number), hexText(b.hash)});
        if (!w)
            return done(w.error());
        previousHash = b.hash;
        last = b.number;
    }
    if (last + 1 == f->from)
        return done(QList<Deposit>{});
    auto w = m_db.exec(QStringLiteral("UPDATE chain_scan SET next_block = ? WHERE network_id = ?"),
                       {qint64(last + 1), networkId});
    if (!w)
        return done(w.error());
    if (last > kKeptBlocks) {
        auto prune = m_db.exec(QStringLiteral("DELETE FROM chain_blocks WHERE network_id = ? AND number < ?"),
                               {networkId, qint64(last - kKeptBlocks)});
        if (!prune)
            return done(prune.error());
    }
    if (auto c = tx.commit(); !c)
        return done(c.error());
    done(seen);
}

} // namespace azc::custody
