#pragma once
// A user's saved withdrawal addresses per network. A new entry can be used
// only after a cooling period (24 hours by default), so a thief who got
// into an account cannot drain it to a fresh address at once.

#include "common/clock.h"
#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace azc::storage { class Database; }

namespace azc::custody {

struct BookEntry {
    QString id, userId, networkId, label;
    QByteArray address;
    qint64 createdAt = 0;
    qint64 usableAt = 0;
    QJsonObject toJson(qint64 now) const;
};

class AddressBook
{
public:
    AddressBook(storage::Database &db, const Clock &clock, qint64 coolingMs);

    Result<QList<BookEntry>> list(const QString &userId);
    // Reasons: "invalid_address", "bad_checksum", "invalid_params" (label), "already_exists".
    Result<BookEntry> add(const QString &userId, const QString &networkId, const QString &address,
                          const QString &label);
    Status remove(const QString &userId, const QString &id);
    // The entry for a withdrawal: "not_found" when the address is not saved,
    // "invalid_state" (detail "address_cooling", data.usableAt) while cooling.
    Result<BookEntry> usable(const QString &userId, const QString &networkId, const QByteArray &address);
    qint64 coolingMs() const { return m_coolingMs; }

private:
    Result<QList<BookEntry>> select(const QString &where, const QVariantList &params);
    storage::Database &m_db;
    const Clock &m_clock;
    qint64 m_coolingMs;
};

} // namespace azc::custody
