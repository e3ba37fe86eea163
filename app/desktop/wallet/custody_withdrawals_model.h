#pragma once
// Deposits and withdrawals (custody): withdrawals in a list. For the user
// (withdraw.list, newest first, live from event.withdrawal.changed) with
// Cancel while one is still `requested`; with `queue` set, the support
// console's approval queue (withdraw.queue, oldest first, re-read every
// `refreshMs` because staff get no push) with Approve and Reject. The
// backend's refusals (needs_admin, own_withdrawal) are shown in words.
// Rows: itemId, network, asset, decimals, amount, fee, total, address,
// status, approvals, approvalsCount, approvalsNeeded, approvedByMe, timeline,
// reason, txHash, confirmations, required, createdAt, updatedAt, user,
// username, displayName.

#include "foundation/remote_list_model.h"

#include <QTimer>

namespace azc {

class CustodyWithdrawalsModel : public RemoteListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool queue READ queue WRITE setQueue NOTIFY queueChanged)
    Q_PROPERTY(int refreshMs READ refreshMs WRITE setRefreshMs NOTIFY refreshMsChanged)
public:
    explicit CustodyWithdrawalsModel(QObject *parent = nullptr);

    bool queue() const { return m_queue; }
    void setQueue(bool queue);
    int refreshMs() const { return m_refreshMs; }
    void setRefreshMs(int ms);

    Q_INVOKABLE void reload() override;
    Q_INVOKABLE QVariantMap withdrawal(const QString &id) const { return get(rowOf(id)); }

    Q_INVOKABLE void cancel(const QString &id);
    Q_INVOKABLE void approve(const QString &id);
    Q_INVOKABLE void reject(const QString &id, const QString &reason);

signals:
    void queueChanged();
    void refreshMsChanged();
    void withdrawalChanged(const QVariantMap &withdrawal);

protected:
    void onAttached() override;

private:
    QJsonObject rowFrom(QJsonObject withdrawal) const;
    void apply(const QJsonObject &withdrawal);
    void decide(const QString &method, const QJsonObject &params, const QString &doneText);

    bool m_queue = false;
    int m_refreshMs = 0;
    QTimer m_timer;
};

} // namespace azc
