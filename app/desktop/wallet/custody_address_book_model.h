#pragma once
// Deposits and withdrawals (custody): the user's withdrawal address book
// (withdraw.addresses). A new entry is usable only after a cooling period;
// the model re-reads the book when the next entry becomes usable, so the
// screen never offers an address the server would refuse.
// Rows: itemId, network, address, label, createdAt, usableAt, usable.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class CustodyAddressBookModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(qint64 coolingMs READ coolingMs NOTIFY coolingMsChanged)
public:
    explicit CustodyAddressBookModel(QObject *parent = nullptr);

    QString errorText() const { return m_errorText; }
    qint64 coolingMs() const { return m_coolingMs; }

    Q_INVOKABLE void reload() override;
    // withdraw.addAddress, confirmed with the account's password (and the
    // authenticator code when 2FA is on); failures (invalid_credentials,
    // bad_checksum, invalid_address, …) in errorText.
    Q_INVOKABLE void add(const QString &network, const QString &address, const QString &label, const QString &password,
                         const QString &twoFactorCode = {});
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void clearError();

signals:
    void errorTextChanged();
    void coolingMsChanged();
    void added(const QVariantMap &entry);

private:
    void setErrorText(const QString &text);
    void scheduleCoolingEnd();

    QString m_errorText;
    qint64 m_coolingMs = 0;
    QTimer m_coolingTimer;
};

} // namespace azc
