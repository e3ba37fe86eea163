#pragma once
// Paying a merchant from the wallet: a payment code arrives as pasted text,
// from an image (a saved QR code, a screenshot, the clipboard's picture) or
// a barcode scanner's typing; the server's preview says who is paid, how
// much and that the payer pays no fee; the user confirms (with a 2FA code
// above their threshold) and payments.pay moves the money once. One
// idempotency key per confirmed intent, kept for a retry after a lost
// answer, so two quick clicks or a reconnect never pay twice.

#include "foundation/remote_object.h"

#include <QUrl>
#include <QVariantMap>

namespace azc {

class PaymentCheckout : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString reference READ reference NOTIFY stageChanged)
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY stageChanged)
    Q_PROPERTY(QVariantMap receipt READ receipt NOTIFY stageChanged)
    Q_PROPERTY(bool needsAmount READ needsAmount NOTIFY stageChanged)
    Q_PROPERTY(bool needsTwoFactor READ needsTwoFactor NOTIFY stageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorReason READ errorReason NOTIFY errorChanged)
public:
    enum Stage { Idle, Loading, Confirming, Paying, Done };
    Q_ENUM(Stage)

    explicit PaymentCheckout(QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    QString reference() const { return m_reference; }
    QVariantMap preview() const { return m_preview; }
    QVariantMap receipt() const { return m_receipt; }
    bool needsAmount() const;
    bool needsTwoFactor() const { return m_needsTwoFactor; }
    QString errorText() const { return m_errorText; }
    QString errorReason() const { return m_errorReason; }

    // A payment code as text: "azcoiner:pay?invoice=…", a link's, or a bare id.
    Q_INVOKABLE void open(const QString &text);
    // The code in an image file (PNG, JPEG): false, with errorText, when none is found.
    Q_INVOKABLE bool openImage(const QUrl &file);
    // The code in the clipboard's picture (or its text).
    Q_INVOKABLE bool openClipboard();
    // Pays what the preview shows; `amount` only for a shop's code without one.
    Q_INVOKABLE void pay(const QString &amount = {}, const QString &twoFactorCode = {});
    Q_INVOKABLE void reset();

    QString describe(const RpcReply &reply) const;

signals:
    void stageChanged();
    void errorChanged();
    void paid(const QVariantMap &receipt);

private:
    void setStage(Stage stage);
    void setError(const RpcReply *reply);
    void setLocalError(const QString &reason);

    Stage m_stage = Idle;
    QString m_reference;
    QString m_key;
    QString m_amount;
    QVariantMap m_preview;
    QVariantMap m_receipt;
    bool m_needsTwoFactor = false;
    QString m_errorText;
    QString m_errorReason;
};

} // namespace azc
