#include "wallet/custody_withdrawals_model.h"

#include "foundation/event_hub.h"
#include "foundation/app_context.h"
#include "wallet/custody_errors.h"
#include "foundation/error_sink.h"
#include "foundation/session.h"

#include <QJsonArray>

namespace azc {

namespace {

bool isFinal(const QString &status)
{
    return status == QLatin1String("confirmed") || status == QLatin1String("rejected")
           || status == QLatin1String("cancelled") || status == QLatin1String("failed");
}

} // namespace

CustodyWithdrawalsModel::CustodyWithdrawalsModel(QObject *parent)
    : RemoteListModel({QStringLiteral("id"), QStringLiteral("network"), QStringLiteral("asset"),
                       QStringLiteral("decimals"), QStringLiteral("amount"), QStringLiteral("fee"),
                       QStringLiteral("total"), QStringLiteral("address"), QStringLiteral("status"),
                       QStringLiteral("approvals"), QStringLiteral("approvalsCount"),
                       QStringLiteral("approvalsNeeded"), QStringLiteral("approvedByMe"),
                       QStringLiteral("timeline"), QStringLiteral("reason"), QStringLiteral("txHash"),
                       QStringLiteral("confirmations"), QStringLiteral("required"), QStringLiteral("createdAt"),
                       QStringLiteral("updatedAt"), QStringLiteral("user"), QStringLiteral("username"),
                       QStringLiteral("displayName")},
                      parent)
{
    connect(&m_timer, &QTimer::timeout, this, &CustodyWithdrawalsModel::reload);
}

void CustodyWithdrawalsModel::setQueue(bool queue)
{
    if (m_queue == queue)
        return;
    m_queue = queue;
    emit queueChanged();
    if (context())
        reload();
}

void CustodyWithdrawalsModel::setRefreshMs(int ms)
{
    if (m_refreshMs == ms)
        return;
    m_refreshMs = ms;
    emit refreshMsChanged();
    if (ms > 0 && context())
        m_timer.start(ms);
    else
        m_timer.stop();
}

void CustodyWithdrawalsModel::onAttached()
{
    if (m_refreshMs > 0)
        m_timer.start(m_refreshMs);
    events()->on(Topic::WithdrawalChanged, this, [this](const ServerEvent &e) { apply(e.object("withdrawal")); });
}

QJsonObject CustodyWithdrawalsModel::rowFrom(QJsonObject withdrawal) const
{
    const QJsonArray approvals = withdrawal.value(QStringLiteral("approvals")).toArray();
    const QString me = context() ? context()->session()->userId() : QString();
    bool mine = false;
    for (const QJsonValue &a : approvals)
        mine = mine || a.toObject().value(QStringLiteral("by")).toObject().value(QStringLiteral("userId")).toString() == me;
    withdrawal.insert(QStringLiteral("approvalsCount"), int(approvals.size()));
    withdrawal.insert(QStringLiteral("approvedByMe"), mine);
    const QJsonObject user = withdrawal.value(QStringLiteral("user")).toObject();
    withdrawal.insert(QStringLiteral("username"), user.value(QStringLiteral("username")));
    withdrawal.insert(QStringLiteral("displayName"), user.value(QStringLiteral("displayName")));
    return withdrawal;
}

void CustodyWithdrawalsModel::apply(const QJsonObject &withdrawal)
{
    const QJsonObject row = rowFrom(withdrawal);
    const QString id = row.value(QStringLiteral("id")).toString();
    const bool leavesQueue = m_queue && isFinal(row.value(QStringLiteral("status")).toString());
    if (rowOf(id) >= 0) {
        if (leavesQueue)
            removeRowWithId(id);
        else
            replaceRow(row);
    } else if (!leavesQueue) {
        if (m_queue)
            appendRows({row}); // the queue is oldest first
        else
            prependRow(row);
    }
    emit withdrawalChanged(row.toVariantMap());
}

void CustodyWithdrawalsModel::reload()
{
    requestQuietly(m_queue ? QStringLiteral("withdraw.queue") : QStringLiteral("withdraw.list"),
                   {{QStringLiteral("limit"), 100}}, [this](const QJsonObject &result) {
        QList<QJsonObject> list;
        for (const QJsonValue &v : result.value(QStringLiteral("withdrawals")).toArray())
            list.append(rowFrom(v.toObject()));
        setRows(list);
    }, [](const RpcReply &) {}); // "unavailable" without custody: the list stays empty
}

void CustodyWithdrawalsModel::decide(const QString &method, const QJsonObject &params, const QString &doneText)
{
    const QString id = params.value(QStringLiteral("id")).toString();
    const QString asset = get(rowOf(id)).value(QStringLiteral("asset")).toString();
    requestQuietly(method, params, [this, doneText](const QJsonObject &result) {
        errors()->inform(doneText);
        apply(result.value(QStringLiteral("withdrawal")).toObject());
    }, [this, asset](const RpcReply &reply) {
        errors()->reportText(CustodyErrors::describe(reply, asset));
        reload(); // show what the state is now
    });
}

void CustodyWithdrawalsModel::cancel(const QString &id)
{
    decide(QStringLiteral("withdraw.cancel"), {{QStringLiteral("id"), id}},
           tr("The withdrawal was cancelled and the amount is available again."));
}

void CustodyWithdrawalsModel::approve(const QString &id)
{
    decide(QStringLiteral("withdraw.approve"), {{QStringLiteral("id"), id}}, tr("Your approval was recorded."));
}

void CustodyWithdrawalsModel::reject(const QString &id, const QString &reason)
{
    if (reason.trimmed().size() < 3) {
        errors()->reportText(tr("Write the reason the user will see (at least 3 characters)."));
        return;
    }
    decide(QStringLiteral("withdraw.reject"), {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason.trimmed()}},
           tr("Rejected. The amount was returned to the user, who was told why."));
}

} // namespace azc
