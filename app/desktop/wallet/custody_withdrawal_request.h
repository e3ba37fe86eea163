#pragma once
// Deposits and withdrawals (custody): one withdrawal being asked for. Each
// change of the form is quoted as the user types (withdraw.quote: fee, total,
// approvals needed, what is left of the daily limit, whether a 2FA code is
// needed), and submit() sends withdraw.request with an idempotency key. One
// key per intent: a retry after a lost answer reuses it, so at most one
// withdrawal is made; changing the form starts a new intent with a new key.
// Failures are kept in errorText (shown inside the dialog), not toasted.

#include "foundation/remote_object.h"

#include <QVariantMap>

namespace azc {

class CustodyWithdrawalRequest : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QVariantMap quote READ quote NOTIFY quoteChanged)
    Q_PROPERTY(bool hasQuote READ hasQuote NOTIFY quoteChanged)
    Q_PROPERTY(bool quoting READ quoting NOTIFY quoteChanged)
    Q_PROPERTY(bool needsTwoFactor READ needsTwoFactor NOTIFY quoteChanged)
    Q_PROPERTY(QVariantMap withdrawal READ withdrawal NOTIFY stageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorReason READ errorReason NOTIFY errorChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY errorChanged)
    Q_PROPERTY(QString idempotencyKey READ idempotencyKey NOTIFY stageChanged)
public:
    enum Stage { Editing, Sending, Done };
    Q_ENUM(Stage)

    explicit CustodyWithdrawalRequest(QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    QVariantMap quote() const { return m_quote; }
    bool hasQuote() const { return !m_quote.isEmpty(); }
    bool quoting() const { return m_quoting; }
    bool needsTwoFactor() const { return m_needsTwoFactor; }
    QVariantMap withdrawal() const { return m_withdrawal; }
    QString errorText() const { return m_errorText; }
    QString errorReason() const { return m_errorReason; }
    bool canRetry() const { return m_canRetry; }
    QString idempotencyKey() const { return m_key; }

    // The form changed: checks the amount locally (exact at `decimals`, above
    // zero), then quotes it. The same values again change nothing.
    Q_INVOKABLE void update(const QString &network, const QString &asset, int decimals, const QString &amount,
                            const QString &address);
    // Quotes the same values again (e.g. when a saved address stopped cooling).
    Q_INVOKABLE void requote();
    // Sends the quoted withdrawal; `twoFactorCode` when the quote asks for one.
    Q_INVOKABLE void submit(const QString &twoFactorCode = {});
    // A blank form for another withdrawal.
    Q_INVOKABLE void reset();

signals:
    void stageChanged();
    void quoteChanged();
    void errorChanged();
    void submitted(const QVariantMap &withdrawal);

private:
    void setStage(Stage stage);
    void setError(const RpcReply *reply, bool canRetry = false);
    void setQuote(const QVariantMap &quote, bool quoting);
    QJsonObject params() const;

    Stage m_stage = Editing;
    QString m_network;
    QString m_asset;
    QString m_amount;
    QString m_address;
    int m_decimals = -1;
    QString m_key;
    quint64 m_quoteSeq = 0;
    QVariantMap m_quote;
    bool m_quoting = false;
    bool m_needsTwoFactor = false;
    QVariantMap m_withdrawal;
    QString m_errorText;
    QString m_errorReason;
    bool m_canRetry = false;
};

} // namespace azc
