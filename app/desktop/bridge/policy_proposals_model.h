#pragma once
// Policy proposals (bridge.policies, newest first): with orgId a partner's
// own, where its owner or admins propose a new policy for a point
// (bridge.proposePolicy, the form's values made into the protocol's Policy
// exactly — see bridge::policyFromForm); without orgId, for an admin, every
// partner's, pending ones first to decide: approve (bridge.approvePolicy,
// never one's own) or reject with a reason (bridge.rejectPolicy). Read again
// on a policy push and after a reconnect; the admin's view also every 15 s
// (staff are not among a push's recipients).
// Rows: itemId, point, org {orgId, name}, orgName, policy, current (the
// policy in force when proposed, or null), status (pending, approved,
// rejected), proposedBy, proposerName, decidedBy, reason, createdAt,
// decidedAt; derived from `policy`: spreadPercent, feePercent,
// coveragePercent.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class PolicyProposalsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString orgId READ orgId WRITE setOrgId NOTIFY filterChanged)
    // Lists every partner's proposals when orgId is empty (admins only).
    Q_PROPERTY(bool admin READ admin WRITE setAdmin NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
public:
    explicit PolicyProposalsModel(QObject *parent = nullptr);

    QString orgId() const { return m_orgId; }
    void setOrgId(const QString &orgId);
    bool admin() const { return m_admin; }
    void setAdmin(bool admin);
    QString status() const { return m_status; }
    void setStatus(const QString &status);

    Q_INVOKABLE void reload() override;
    // See bridge::policyFromForm for the form's keys; `pointDecimals` bounds its amounts.
    Q_INVOKABLE void propose(const QString &point, const QVariantMap &form, int pointDecimals);
    Q_INVOKABLE void approve(const QString &proposalId);
    Q_INVOKABLE void reject(const QString &proposalId, const QString &reason);

signals:
    void filterChanged();
    void proposed(const QVariantMap &proposal);
    void proposeFailed(const QString &message);
    // `action`: approve, reject.
    void decided(const QString &action, const QVariantMap &proposal);
    void decideFailed(const QString &action, const QString &message);

protected:
    void onAttached() override;

private:
    bool ready() const { return !m_orgId.isEmpty() || m_admin; }

    QString m_orgId;
    bool m_admin = false;
    QString m_status;
    QTimer m_poll;
};

} // namespace azc
