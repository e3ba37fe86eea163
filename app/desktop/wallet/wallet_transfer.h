#pragma once
// Sending money: the form's values are quoted (wallet.quoteTransfer: fee,
// total, recipient, remaining daily limit, whether a 2FA code is needed),
// the user confirms, and wallet.transfer sends it with an idempotency key.
// One key per confirmed intent: a retry after a lost connection reuses it,
// so the money moves at most once; editing the form makes a new intent.
// Failures are kept in errorText (shown inside the dialog), not toasted.

#include "foundation/remote_object.h"

#include <QVariantMap>

namespace azc {

class WalletTransfer : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QVariantMap quote READ quote NOTIFY stageChanged)
    Q_PROPERTY(QVariantMap receipt READ receipt NOTIFY stageChanged)
    Q_PROPERTY(QString memo READ memo NOTIFY stageChanged)
    Q_PROPERTY(bool needsTwoFactor READ needsTwoFactor NOTIFY stageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorReason READ errorReason NOTIFY errorChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY errorChanged)
    Q_PROPERTY(QString idempotencyKey READ idempotencyKey NOTIFY stageChanged)
public:
    enum Stage { Editing, Quoting, Confirming, Sending, Done };
    Q_ENUM(Stage)

    explicit WalletTransfer(QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    QVariantMap quote() const { return m_quote; }
    QVariantMap receipt() const { return m_receipt; }
    QString memo() const { return m_memo; }
    bool needsTwoFactor() const { return m_needsTwoFactor; }
    QString errorText() const { return m_errorText; }
    QString errorReason() const { return m_errorReason; }
    bool canRetry() const { return m_canRetry; }
    QString idempotencyKey() const { return m_key; }

    // Checks the amount locally (exact at `decimals`, above zero), then quotes.
    Q_INVOKABLE void prepare(const QString &asset, int decimals, const QString &amount,
                             const QString &toUsername, const QString &memo);
    // Sends the quoted transfer; `twoFactorCode` when the quote asks for one.
    Q_INVOKABLE void send(const QString &twoFactorCode = {});
    // Back to the form (the next confirmation is a new intent, with a new key).
    Q_INVOKABLE void edit();
    // A blank form for another transfer.
    Q_INVOKABLE void reset();

    // A failed quote or transfer in words, with the amounts the server sent.
    QString describe(const RpcReply &reply) const;

signals:
    void stageChanged();
    void errorChanged();
    void sent(const QVariantMap &receipt);

private:
    void setStage(Stage stage);
    void setError(const RpcReply *reply, bool canRetry = false);

    Stage m_stage = Editing;
    QString m_asset;
    QString m_amount;
    QString m_toUsername;
    QString m_memo;
    QString m_key;
    QVariantMap m_quote;
    QVariantMap m_receipt;
    bool m_needsTwoFactor = false;
    QString m_errorText;
    QString m_errorReason;
    bool m_canRetry = false;
};

} // namespace azc
