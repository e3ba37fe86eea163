#include "bridge/bridge_consent.h"

#include "bridge/bridge_amounts.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace azc {

BridgeConsent::BridgeConsent(QObject *parent) : BridgeQuoteFlow(parent) {}

void BridgeConsent::open(const QString &consentId)
{
    if (consentId.isEmpty() || stage() == Confirming || (stage() == Uncertain && consentId == m_consentId))
        return;
    if (consentId != m_consentId) {
        m_consentId = consentId;
        m_consent = {};
        resetFlow();
        emit consentChanged();
    }
    setError({});
    setStage(Quoting);
    request(QStringLiteral("bridge.consent"), {{QStringLiteral("consentId"), consentId}},
            [this, consentId](const QJsonObject &answer) {
                if (consentId != m_consentId)
                    return;
                m_consent = answer.value(QStringLiteral("consent")).toObject();
                emit consentChanged();
                if (m_consent.value(QStringLiteral("status")).toString() != QLatin1String("pending")) {
                    setStage(Idle);
                    setError(BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_state")),
                                                    BridgeErrors::Action::ConfirmConsent));
                    return;
                }
                setQuote(answer.value(QStringLiteral("quote")).toObject());
            },
            [this, consentId](const RpcReply &reply) {
                if (consentId != m_consentId)
                    return;
                describeFailure(reply, BridgeErrors::Action::ConfirmConsent);
                setStage(Idle);
            });
}

void BridgeConsent::decline()
{
    if (m_consentId.isEmpty() || stage() == Confirming || stage() == Uncertain)
        return;
    request(QStringLiteral("bridge.declineConsent"), {{QStringLiteral("consentId"), m_consentId}},
            [this](const QJsonObject &answer) {
                m_consent = answer.value(QStringLiteral("consent")).toObject();
                emit consentChanged();
                setStage(Declined);
                emit declined();
            },
            [this](const RpcReply &reply) { describeFailure(reply, BridgeErrors::Action::DeclineConsent); });
}

QJsonObject BridgeConsent::confirmParams(const QString &quoteId, const QString &key) const
{
    return {{QStringLiteral("consentId"), m_consentId},
            {QStringLiteral("quoteId"), quoteId},
            {QStringLiteral("idempotencyKey"), key}};
}

QJsonObject BridgeConsent::pointContext() const
{
    // The request names its point; the limits come from the quote.
    return {{QStringLiteral("code"), m_consent.value(QStringLiteral("point"))}};
}

void BridgeConsent::onConfirmed(const QJsonObject &answer)
{
    m_consent = answer.value(QStringLiteral("consent")).toObject();
    emit consentChanged();
    setResult(answer.value(QStringLiteral("swap")).toObject());
}

QString BridgeConsent::consentIdFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("azcoiner:bridge"), Qt::CaseInsensitive)) {
        const int q = trimmed.indexOf(QLatin1Char('?'));
        if (q < 0)
            return {};
        return QUrlQuery(trimmed.mid(q + 1)).queryItemValue(QStringLiteral("consent"), QUrl::FullyDecoded).trimmed();
    }
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return bare.match(trimmed).hasMatch() ? trimmed : QString();
}

} // namespace azc
