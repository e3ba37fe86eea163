#include "bridge/bridge_consents_model.h"

#include "foundation/event_hub.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace azc {

BridgeConsentsModel::BridgeConsentsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("org"), QStringLiteral("orgName"), QStringLiteral("point"),
                       QStringLiteral("pointName"), QStringLiteral("direction"), QStringLiteral("amount"),
                       QStringLiteral("reference"), QStringLiteral("status"), QStringLiteral("expiresAt"),
                       QStringLiteral("uri"), QStringLiteral("swapId"), QStringLiteral("createdAt")},
                      parent)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &BridgeConsentsModel::reload);
}

void BridgeConsentsModel::onAttached()
{
    events()->on(Topic::BridgeChanged, this, [this](const ServerEvent &e) {
        // A confirmed request may come as the swap it made rather than as a consent push.
        const QString kind = e.params.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("consent") || (kind == QLatin1String("swap") && count() > 0))
            reload();
    });
    events()->onResync(this, [this] { reload(); });
}

void BridgeConsentsModel::reload()
{
    request(QStringLiteral("bridge.consents"), {}, [this](const QJsonObject &result) {
        QList<QJsonObject> rows;
        qint64 first = 0;
        for (const QJsonValue &v : result.value(QStringLiteral("consents")).toArray()) {
            QJsonObject c = v.toObject();
            c.insert(QStringLiteral("orgName"), c.value(QStringLiteral("org")).toObject().value(QStringLiteral("name")));
            const qint64 expiresAt = c.value(QStringLiteral("expiresAt")).toInteger();
            if (expiresAt > 0 && (first == 0 || expiresAt < first))
                first = expiresAt;
            rows.append(c);
        }
        setRows(rows);
        // An expired request leaves the server's list without a push: read it again then
        // (by the wall clock; a skewed one only moves the re-read).
        m_expiry.stop();
        if (first > 0) {
            const qint64 wait = std::clamp<qint64>(first - QDateTime::currentMSecsSinceEpoch() + 1000, 1000, 3'600'000);
            m_expiry.start(int(wait));
        }
    });
}

void BridgeConsentsModel::decline(const QString &consentId)
{
    requestQuietly(QStringLiteral("bridge.declineConsent"), {{QStringLiteral("consentId"), consentId}},
                   [this, consentId](const QJsonObject &) {
                       removeRowWithId(consentId);
                       emit declined(consentId);
                   },
                   [this](const RpcReply &reply) {
                       emit declineFailed(BridgeErrors::describe(reply, BridgeErrors::Action::DeclineConsent));
                       reload(); // answered or expired meanwhile: the list says so
                   });
}

} // namespace azc
