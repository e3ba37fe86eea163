#include "custody/address_book.h"

#include "chaincrypto/eth_address.h"
#include "crypto/secure_random.h"
#include "storage/database.h"

namespace azc::custody {

QJsonObject BookEntry::toJson(qint64 now) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("network"), networkId},
            {QStringLiteral("address"), chain::toChecksumAddress(address)},
            {QStringLiteral("label"), label},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("usableAt"), usableAt},
            {QStringLiteral("usable"), now >= usableAt}};
}

AddressBook::AddressBook(storage::Database &db, const Clock &clock, qint64 coolingMs)
    : m_db(db), m_clock(clock), m_coolingMs(coolingMs)
{
}

Result<QList<BookEntry>> AddressBook::select(const QString &where, const QVariantList &params)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, user_id, network_id, address, label, created_at FROM chain_address_book"
                                      " WHERE ") + where + QStringLiteral(" ORDER BY created_at"),
                       params);
    if (!q)
        return q.error();
    QList<BookEntry> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        BookEntry e{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(4).toString(),
                    QByteArray::fromHex(r.value(3).toString().toLatin1()), r.value(5).toLongLong(), 0};
        e.usableAt = e.createdAt + m_coolingMs;
        out.append(e);
    }
    return out;
}

Result<QList<BookEntry>> AddressBook::list(const QString &userId)
{
    return select(QStringLiteral("user_id = ?"), {userId});
}

Result<BookEntry> AddressBook::add(const QString &userId, const QString &networkId, const QString &addressText,
                                   const QString &label)
{
    auto address = chain::parseAddress(addressText.trimmed());
    if (!address) {
        Error e = address.error();
        e.data.insert(QStringLiteral("field"), QStringLiteral("address"));
        return e;
    }
    if (address->count('\0') == 20)
        return fail("invalid_address", QStringLiteral("the zero address burns coins; it cannot be saved"),
                    {{QStringLiteral("field"), QStringLiteral("address")}});
    const QString trimmedLabel = label.trimmed();
    if (trimmedLabel.isEmpty() || trimmedLabel.size() > 40)
        return fail("invalid_params", QStringLiteral("a label has 1–40 characters"),
                    {{QStringLiteral("field"), QStringLiteral("label")}});
    auto existing = select(QStringLiteral("user_id = ? AND network_id = ? AND address = ?"),
                           {userId, networkId, QString::fromLatin1(address->toHex())});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return fail("already_exists", QStringLiteral("this address is already in your address book"));
    BookEntry e{crypto::randomId(), userId, networkId, trimmedLabel, address.value(), m_clock.nowMs(), 0};
    e.usableAt = e.createdAt + m_coolingMs;
    auto w = m_db.exec(QStringLiteral("INSERT INTO chain_address_book (id, user_id, network_id, address, label, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {e.id, userId, networkId, QString::fromLatin1(e.address.toHex()), e.label, e.createdAt});
    if (!w)
        return w.error();
    return e;
}

Status AddressBook::remove(const QString &userId, const QString &id)
{
    auto w = m_db.exec(QStringLiteral("DELETE FROM chain_address_book WHERE id = ? AND user_id = ?"), {id, userId});
    if (!w)
        return w.error();
    if (w.value().numRowsAffected() == 0)
        return fail("not_found", QStringLiteral("no such address in your address book"));
    return okStatus();
}

Result<BookEntry> AddressBook::usable(const QString &userId, const QString &networkId, const QByteArray &address)
{
    auto rows = select(QStringLiteral("user_id = ? AND network_id = ? AND address = ?"),
                       {userId, networkId, QString::fromLatin1(address.toHex())});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("save the address in your address book first"),
                    {{QStringLiteral("detail"), QStringLiteral("address_not_saved")}});
    const BookEntry e = rows->first();
    if (m_clock.nowMs() < e.usableAt)
        return fail("invalid_state", QStringLiteral("a new address can be used 24 hours after it was saved"),
                    {{QStringLiteral("detail"), QStringLiteral("address_cooling")}, {QStringLiteral("usableAt"), e.usableAt}});
    return e;
}

} // namespace azc::custody
