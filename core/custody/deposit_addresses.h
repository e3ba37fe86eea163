#pragma once
// One deposit address per user, the same on every network: BIP44 index n for
// the n-th user who asks (stored, no gaps, never reused), derived from the
// deposit xpub alone. An EVM address is the same on every EVM chain, so one
// index per user (not per network) is what keeps coins sent on the wrong
// network with their sender's owner. Keeps the watched set (address → owner)
// the scanner matches against in memory.

#include "common/clock.h"
#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QJsonObject>

namespace azc::storage { class Database; }

namespace azc::custody {

struct DepositAddress {
    QString userId;
    quint32 index = 0;
    QByteArray address; // 20 bytes
};

class DepositAddresses
{
public:
    DepositAddresses(storage::Database &db, const Clock &clock, QString depositXpub);

    Status load();
    // The user's address on the network, allocating the next index on first use.
    Result<DepositAddress> addressFor(const QString &networkId, const QString &userId);
    // The user an address belongs to, whichever network they asked on.
    const DepositAddress *owner(const QByteArray &address) const;
    int watchedCount() const { return int(m_byAddress.size()); }

private:
    storage::Database &m_db;
    const Clock &m_clock;
    QString m_xpub;
    QHash<QByteArray, DepositAddress> m_byAddress;         // address → owner, all networks
    QHash<QString, DepositAddress> m_byUser;               // user → their address and index
    QHash<QString, QSet<QString>> m_networksOfUser;        // user → networks they asked on (rows)
    quint32 m_nextIndex = 0;
};

} // namespace azc::custody
