#pragma once
// Partner console (for members of an organisation, picked like the merchant
// console's): the organisation's points (bridge.orgPoints) with what is
// outstanding, the reserve, what the reserve must be and the coverage;
// creating a point (or registering an ERC-20 token); and the money actions
// on a point — top up the reserve (from the organisation's balance or the
// member's wallet), withdraw what is above the required reserve, credit a
// user, burn points the organisation holds — each with one idempotency key
// per confirmed action, kept for a retry after a lost answer; and pausing.
// Kept current by event.bridge.changed about the organisation's points and
// after a reconnect. Outcomes come back as signals: dialogs stay open on a
// refusal and say why.

#include "bridge/bridge_errors.h"
#include "foundation/intent_key.h"
#include "foundation/remote_object.h"

#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace azc {

class PartnerConsole : public RemoteObject
{
    Q_OBJECT
    QML_ELEMENT
    // payments.myOrgs: [{id, name, status, settlementAsset, role}]
    Q_PROPERTY(QVariantList orgs READ orgs NOTIFY orgsChanged)
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY orgChanged)
    Q_PROPERTY(QVariantMap org READ org NOTIFY orgChanged)
    // The owner and admins of the organisation create, propose and move money; others watch.
    Q_PROPERTY(bool canManage READ canManage NOTIFY orgChanged)
    // Point rows as BridgePointsModel makes them (drafts too).
    Q_PROPERTY(QVariantList points READ points NOTIFY pointsChanged)
    Q_PROPERTY(QString iconFileId READ iconFileId NOTIFY iconChanged)
    Q_PROPERTY(bool uploadingIcon READ uploadingIcon NOTIFY iconChanged)
public:
    explicit PartnerConsole(QObject *parent = nullptr);

    QVariantList orgs() const { return m_orgs; }
    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    QVariantMap org() const;
    bool canManage() const;
    QVariantList points() const { return m_points; }
    QString iconFileId() const { return m_iconFileId; }
    bool uploadingIcon() const { return m_uploadingIcon; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void reloadPoints();
    Q_INVOKABLE QVariantMap pointByCode(const QString &code) const;

    // A new point: form keys kind ("point" or "token"), code, name, decimals,
    // coin, and for a token network and contract; the uploaded icon goes with a point.
    Q_INVOKABLE void createPoint(const QVariantMap &form);
    Q_INVOKABLE void uploadIcon(const QUrl &file);
    Q_INVOKABLE void clearIcon();

    // A new money action (its dialog opened): the next one gets a new key.
    Q_INVOKABLE void beginAction();
    // `from`: "org" (the organisation's balance) or "me" (your wallet).
    Q_INVOKABLE void topUpReserve(const QString &point, const QString &amount, const QString &from);
    Q_INVOKABLE void withdrawReserve(const QString &point, const QString &amount);
    Q_INVOKABLE void credit(const QString &point, const QString &username, const QString &amount, const QString &reference);
    Q_INVOKABLE void burn(const QString &point, const QString &amount);
    Q_INVOKABLE void pause(const QString &point);

    QString actionKey() const { return m_actionKey.current(); }

signals:
    void orgsChanged();
    void orgChanged();
    void pointsChanged();
    void iconChanged();
    void created(const QVariantMap &point);
    void createFailed(const QString &message);
    // `action`: topUp, withdraw, credit, burn, pause.
    void acted(const QString &action, const QVariantMap &result);
    void actionFailed(const QString &action, const QString &message, bool canRetry);

protected:
    void onAttached() override;

private:
    void moneyAction(const QString &action, const QString &method, const QString &point, const QString &amount,
                     int decimals, QJsonObject extra, BridgeErrors::Action kind);
    void setPoints(const QJsonValue &points);

    QVariantList m_orgs;
    QString m_orgId;
    QVariantList m_points;
    QString m_iconFileId;
    bool m_uploadingIcon = false;
    IntentKey m_actionKey;
    QTimer m_reloadSoon;
};

} // namespace azc
