#include "custody/deposit_addresses.h"

#include "custody/custody_keys.h"
#include "storage/database.h"

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
        m_byUser[r.value(0).toString()].insert(a.userId, a.address);
        m_byAddress[r.value(0).toString()].insert(a.address, a);
    }
    return okStatus();
}

Result<DepositAddress> DepositAddresses::addressFor(const QString &networkId, const QString &userId)
{
    if (auto known = m_byUser.value(networkId).value(userId); !known.isEmpty())
        return m_byAddress.value(networkId).value(known);
    // The backend thread is the only writer, so the next index cannot be taken concurrently;
    // the unique constraint on (network, idx) would still refuse a second holder.
    const quint32 index = quint32(m_byUser.value(networkId).size());
    auto address = depositAddressAt(m_xpub, index);
    if (!address)
        return address.error();
    auto w = m_db.exec(QStringLiteral("INSERT INTO chain_addresses (network_id, user_id, idx, address, created_at)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {networkId, userId, qint64(index), QString::fromLatin1(address->toHex()), m_clock.nowMs()});
    if (!w)
        return w.error();
    DepositAddress a{userId, index, address.value()};
    m_byUser[networkId].insert(userId, a.address);
    m_byAddress[networkId].insert(a.address, a);
    return a;
}

const DepositAddress *DepositAddresses::owner(const QString &networkId, const QByteArray &address) const
{
    auto net = m_byAddress.constFind(networkId);
    if (net == m_byAddress.constEnd())
        return nullptr;
    auto it = net->constFind(address);
    return it == net->constEnd() ? nullptr : &it.value();
}

} // namespace azc::custody
