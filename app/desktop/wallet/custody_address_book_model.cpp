#include "wallet/custody_address_book_model.h"

#include "wallet/custody_errors.h"
#include "foundation/error_sink.h"

#include <QDateTime>
#include <QJsonArray>

namespace azc {

CustodyAddressBookModel::CustodyAddressBookModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("network"), QStringLiteral("address"),
                       QStringLiteral("label"), QStringLiteral("createdAt"), QStringLiteral("usableAt"),
                       QStringLiteral("usable")},
                      parent)
{
    m_coolingTimer.setSingleShot(true);
    connect(&m_coolingTimer, &QTimer::timeout, this, &CustodyAddressBookModel::reload);
}

void CustodyAddressBookModel::reload()
{
    requestQuietly(QStringLiteral("withdraw.addresses"), {}, [this](const QJsonObject &result) {
        setRowsFrom(result.value(QStringLiteral("addresses")));
        const qint64 cooling = result.value(QStringLiteral("coolingMs")).toInteger();
        if (cooling != m_coolingMs) {
            m_coolingMs = cooling;
            emit coolingMsChanged();
        }
        scheduleCoolingEnd();
    }, [](const RpcReply &) {});
}

void CustodyAddressBookModel::scheduleCoolingEnd()
{
    qint64 next = 0;
    for (const QJsonObject &row : rows()) {
        if (row.value(QStringLiteral("usable")).toBool())
            continue;
        const qint64 at = row.value(QStringLiteral("usableAt")).toInteger();
        if (next == 0 || at < next)
            next = at;
    }
    if (next == 0)
        return;
    // A little after the server's moment, so its clock has passed it too.
    const qint64 wait = qBound<qint64>(200, next - QDateTime::currentMSecsSinceEpoch() + 250, 24LL * 3600 * 1000);
    m_coolingTimer.start(int(wait));
}

void CustodyAddressBookModel::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void CustodyAddressBookModel::clearError()
{
    setErrorText({});
}

void CustodyAddressBookModel::add(const QString &network, const QString &address, const QString &label,
                                  const QString &password, const QString &twoFactorCode)
{
    setErrorText({});
    if (label.trimmed().isEmpty()) {
        setErrorText(tr("Give the address a name, like “My hardware wallet”."));
        return;
    }
    if (password.isEmpty()) {
        setErrorText(tr("Enter your password to save a new address."));
        return;
    }
    QJsonObject params{{QStringLiteral("network"), network},
                       {QStringLiteral("address"), address.trimmed()},
                       {QStringLiteral("label"), label.trimmed()},
                       {QStringLiteral("password"), password}};
    if (!twoFactorCode.trimmed().isEmpty())
        params.insert(QStringLiteral("twoFactorCode"), twoFactorCode.trimmed());
    requestQuietly(QStringLiteral("withdraw.addAddress"), params, [this](const QJsonObject &result) {
        const QJsonObject entry = result.value(QStringLiteral("address")).toObject();
        errors()->inform(tr("Saved. For your safety it can be used from %1.")
                             .arg(CustodyErrors::dateTime(entry.value(QStringLiteral("usableAt")).toInteger())));
        emit added(entry.toVariantMap());
        reload();
    }, [this](const RpcReply &reply) { setErrorText(CustodyErrors::describe(reply)); });
}

void CustodyAddressBookModel::remove(const QString &id)
{
    request(QStringLiteral("withdraw.removeAddress"), {{QStringLiteral("id"), id}}, [this, id](const QJsonObject &) {
        removeRowWithId(id);
        errors()->inform(tr("The address was removed from your address book."));
    });
}

} // namespace azc
