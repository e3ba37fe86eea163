#pragma once
// bridge/ "Requests from partners": one request (a Consent) a partner sent
// the user — swap so many points or coin at their shop. Opening it reads
// bridge.consent, which comes with a fresh quote; the quote counts down like
// the Swap panel's, Confirm sends bridge.confirmConsent with it and one
// idempotency key per confirmed quote; Decline refuses the request.

#include "bridge/bridge_quote_flow.h"

namespace azc {

class BridgeConsent : public BridgeQuoteFlow
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString consentId READ consentId NOTIFY consentChanged)
    Q_PROPERTY(QVariantMap consent READ consent NOTIFY consentChanged)
public:
    explicit BridgeConsent(QObject *parent = nullptr);

    QString consentId() const { return m_consentId; }
    QVariantMap consent() const { return m_consent.toVariantMap(); }

    // Reads the request and a fresh quote for it (again: a new quote after one ran out).
    Q_INVOKABLE void open(const QString &consentId);
    Q_INVOKABLE void refreshQuote() { open(m_consentId); }
    Q_INVOKABLE void decline();
    // "azcoiner:bridge?consent=<id>" (a partner's QR) or a bare id → the id; "" when neither.
    Q_INVOKABLE static QString consentIdFrom(const QString &text);

signals:
    void consentChanged();
    void declined();

protected:
    QString confirmMethod() const override { return QStringLiteral("bridge.confirmConsent"); }
    QJsonObject confirmParams(const QString &quoteId, const QString &key) const override;
    BridgeErrors::Action confirmAction() const override { return BridgeErrors::Action::ConfirmConsent; }
    QJsonObject pointContext() const override;
    void onConfirmed(const QJsonObject &answer) override;

private:
    QString m_consentId;
    QJsonObject m_consent;
};

} // namespace azc
