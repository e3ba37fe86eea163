#pragma once
// One deposit address per user per network: BIP44 index n for the n-th user
// who asks (stored, no gaps, never reused), derived from the deposit xpub
// alone. Keeps the watched set (address → owner) the scanner matches
// against in memory.

#include "common/clock.h"
#include "common/result.h"

#include <QByteArray>
#include <QHash>
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
    const DepositAddress *owner(const QString &networkId, const QByteArray &address) const;
    int watchedCount(const QString &networkId) const { return m_byAddress.value(networkId).size(); }
    QList<DepositAddress> all(const QString &networkId) const { return m_byAddress.value(networkId).values(); }

private:
    storage::Database &m_db;
    const Clock &m_clock;
    QString m_xpub;
    QHash<QString, QHash<QByteArray, DepositAddress>> m_byAddress; // network → address → owner
    QHash<QString, QHash<QString, QByteArray>> m_byUser;            // network → user → address
};

} // namespace azc::custody
