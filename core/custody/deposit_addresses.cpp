#include "custody/deposit_addresses.h"

#include "custody/custody_keys.h"
#include "storage/database.h"

#include <algorithm>

namespace azc::custody {

DepositAddresses::DepositAddresses(storage::Database &db, const Clock &clock, QString depositXpub)
    : m_db(db), m_clock(clock), m_xpub(std::move(depositXpub))
{
}

Status DepositAddresses::load()
{
    auto q = m_db.exec(QStringLiteral("SELECT network_id, user_id, idx, address FROM chain_addresses"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        DepositAddress a{r.value(1).toString(), quint32(r.value(2).toLongLong()),
                         QByteArray::fromHex(r.value(3).toString().toLatin1())};
        m_byUser.insert(a.userId, a);
        m_byAddress.insert(a.address, a);
        m_networksOfUser[a.userId].insert(r.value(0).toString());
        m_nextIndex = std::max(m_nextIndex, a.index + 1);
    }
    return okStatus();
}

Result<DepositAddress> DepositAddresses::addressFor(const QString &networkId, const QString &userId)
{
    DepositAddress a;
    if (auto known = m_byUser.find(userId); known != m_byUser.end()) {
        if (m_networksOfUser.value(userId).contains(networkId))
            return *known;
        a = *known; // the same address, now also asked for on this network
    } else {
        // The backend thread is the only writer, so the next index cannot be taken concurrently;
        // the unique constraints on (network, idx) and (network, address) would refuse a second holder.
        auto address = depositAddressAt(m_xpub, m_nextIndex);
        if (!address)
            return address.error();
        a = DepositAddress{userId, m_nextIndex, address.value()};
    }
    auto w = m_db.exec(QStringLiteral("INSERT INTO chain_addresses (network_id, user_id, idx, address, created_at)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {networkId, userId, qint64(a.index), QString::fromLatin1(a.address.toHex()), m_clock.nowMs()});
    if (!w)
        return w.error();
    m_byUser.insert(userId, a);
    m_byAddress.insert(a.address, a);
    m_networksOfUser[userId].insert(networkId);
    m_nextIndex = std::max(m_nextIndex, a.index + 1);
    return a;
}

const DepositAddress *DepositAddresses::owner(const QByteArray &address) const
{
    auto it = m_byAddress.constFind(address);
    return it == m_byAddress.constEnd() ? nullptr : &it.value();
}

} // namespace azc::custody
