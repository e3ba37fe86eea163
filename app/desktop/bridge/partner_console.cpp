#include "bridge/partner_console.h"

#include "bridge/bridge_amounts.h"
#include "bridge/bridge_points_model.h"
#include "foundation/event_hub.h"
#include "foundation/file_transfer.h"

#include <QJsonArray>

namespace azc {

PartnerConsole::PartnerConsole(QObject *parent) : RemoteObject(parent)
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(250);
    connect(&m_reloadSoon, &QTimer::timeout, this, &PartnerConsole::reloadPoints);
}

void PartnerConsole::onAttached()
{
    events()->on(Topic::BridgeChanged, this, [this](const ServerEvent &e) {
        // A new point of ours is not in the list yet: a point push reads it too.
        const bool ours = !pointByCode(e.objectId).isEmpty() || e.params.value(QStringLiteral("kind")).toString() == QLatin1String("point");
        if (ours && !m_reloadSoon.isActive())
            m_reloadSoon.start();
    });
    events()->onResync(this, [this] { reload(); });
    reload();
}

void PartnerConsole::reload()
{
    request(QStringLiteral("payments.myOrgs"), {}, [this](const QJsonObject &r) {
        m_orgs = r.value(QStringLiteral("orgs")).toArray().toVariantList();
        emit orgsChanged();
        bool known = false;
        for (const QVariant &o : std::as_const(m_orgs))
            known = known || o.toMap().value(QStringLiteral("id")).toString() == m_orgId;
        if (!known)
            setOrgId(m_orgs.isEmpty() ? QString() : m_orgs.first().toMap().value(QStringLiteral("id")).toString());
        else {
            emit orgChanged();
            reloadPoints();
        }
    });
}

void PartnerConsole::setOrgId(const QString &orgId)
{
    if (orgId == m_orgId)
        return;
    m_orgId = orgId;
    m_points.clear();
    m_actionKey.begin();
    emit orgChanged();
    emit pointsChanged();
    reloadPoints();
}

QVariantMap PartnerConsole::org() const
{
    for (const QVariant &o : m_orgs)
        if (o.toMap().value(QStringLiteral("id")).toString() == m_orgId)
            return o.toMap();
    return {};
}

bool PartnerConsole::canManage() const
{
    const QString role = org().value(QStringLiteral("role")).toString();
    return role == QLatin1String("owner") || role == QLatin1String("admin");
}

void PartnerConsole::reloadPoints()
{
    if (m_orgId.isEmpty())
        return;
    const QString orgId = m_orgId;
    request(QStringLiteral("bridge.orgPoints"), {{QStringLiteral("orgId"), orgId}}, [this, orgId](const QJsonObject &r) {
        if (orgId == m_orgId)
            setPoints(r.value(QStringLiteral("points")));
    });
}

void PartnerConsole::setPoints(const QJsonValue &points)
{
    m_points.clear();
    for (const QJsonValue &v : points.toArray())
        m_points.append(BridgePointsModel::rowFrom(v.toObject()).toVariantMap());
    emit pointsChanged();
}

QVariantMap PartnerConsole::pointByCode(const QString &code) const
{
    for (const QVariant &p : m_points)
        if (p.toMap().value(QStringLiteral("code")).toString() == code)
            return p.toMap();
    return {};
}

void PartnerConsole::uploadIcon(const QUrl &file)
{
    if (!context() || m_uploadingIcon)
        return;
    auto *uploader = new FileUploader(client(), this);
    m_uploadingIcon = true;
    emit iconChanged();
    connect(uploader, &FileUploader::finished, this, [this, uploader](const QJsonObject &f) {
        uploader->deleteLater();
        m_uploadingIcon = false;
        m_iconFileId = f.value(QStringLiteral("fileId")).toString();
        emit iconChanged();
    });
    connect(uploader, &FileUploader::failed, this, [this, uploader](const RpcReply &reply) {
        uploader->deleteLater();
        m_uploadingIcon = false;
        emit iconChanged();
        emit createFailed(BridgeErrors::describe(reply, BridgeErrors::Action::CreatePoint));
    });
    uploader->upload(file.isLocalFile() ? file.toLocalFile() : file.toString(), bridge::imagePurpose());
}

void PartnerConsole::clearIcon()
{
    m_iconFileId.clear();
    emit iconChanged();
}

void PartnerConsole::createPoint(const QVariantMap &form)
{
    const auto typed = [&form](const char *key) { return form.value(QLatin1String(key)).toString().trimmed(); };
    const bool token = typed("kind") == QLatin1String("token");
    bool decimalsOk = false;
    const int decimals = typed("decimals").toInt(&decimalsOk);
    if (!decimalsOk || decimals < 0 || decimals > (token ? 18 : 8)) {
        emit createFailed(BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_params"), QStringLiteral("decimals")),
                                                 BridgeErrors::Action::CreatePoint));
        return;
    }
    QJsonObject params{{QStringLiteral("orgId"), m_orgId},
                       {QStringLiteral("code"), typed("code").toUpper()},
                       {QStringLiteral("name"), typed("name")},
                       {QStringLiteral("decimals"), decimals},
                       {QStringLiteral("coin"), typed("coin")}};
    if (token) {
        params.insert(QStringLiteral("network"), typed("network"));
        params.insert(QStringLiteral("contract"), typed("contract"));
    } else if (!m_iconFileId.isEmpty()) {
        params.insert(QStringLiteral("iconFileId"), m_iconFileId);
    }
    request(token ? QStringLiteral("bridge.registerToken") : QStringLiteral("bridge.createPoint"), params,
            [this](const QJsonObject &r) {
                m_iconFileId.clear();
                emit iconChanged();
                emit created(BridgePointsModel::rowFrom(r.value(QStringLiteral("point")).toObject()).toVariantMap());
                reloadPoints();
            },
            [this](const RpcReply &reply) { emit createFailed(BridgeErrors::describe(reply, BridgeErrors::Action::CreatePoint)); });
}

void PartnerConsole::beginAction()
{
    m_actionKey.begin();
}

void PartnerConsole::moneyAction(const QString &action, const QString &method, const QString &point, const QString &amount,
                                 int decimals, QJsonObject extra, BridgeErrors::Action kind)
{
    const QJsonObject pointRow = QJsonObject::fromVariantMap(pointByCode(point));
    const QString trimmed = amount.trimmed();
    if (!bridge::positive(trimmed, decimals)) {
        emit actionFailed(action, BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_amount")), kind, pointRow), false);
        return;
    }
    extra.insert(QStringLiteral("orgId"), m_orgId);
    extra.insert(QStringLiteral("point"), point);
    extra.insert(QStringLiteral("amount"), trimmed);
    // The intent is everything asked: another amount, user or source is another action.
    QStringList intent{action};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        intent.append(it.key() + u'=' + it.value().toString());
    extra.insert(QStringLiteral("idempotencyKey"), m_actionKey.keyFor(intent.join(u'\n')));
    request(method, extra, [this, action](const QJsonObject &r) {
        m_actionKey.begin();
        if (r.contains(QStringLiteral("point")))
            reloadPoints();
        emit acted(action, r.toVariantMap());
    }, [this, action, kind, pointRow](const RpcReply &reply) {
        m_actionKey.settle(reply);
        emit actionFailed(action, BridgeErrors::describe(reply, kind, pointRow), reply.lostInTransit());
    });
}

void PartnerConsole::topUpReserve(const QString &point, const QString &amount, const QString &from)
{
    const int decimals = pointByCode(point).value(QStringLiteral("coinDecimals"), Amount::kMaxDecimals).toInt();
    moneyAction(QStringLiteral("topUp"), QStringLiteral("bridge.topUpReserve"), point, amount, decimals,
                {{QStringLiteral("from"), from == QLatin1String("me") ? QStringLiteral("me") : QStringLiteral("org")}},
                BridgeErrors::Action::TopUp);
}

void PartnerConsole::withdrawReserve(const QString &point, const QString &amount)
{
    const int decimals = pointByCode(point).value(QStringLiteral("coinDecimals"), Amount::kMaxDecimals).toInt();
    moneyAction(QStringLiteral("withdraw"), QStringLiteral("bridge.withdrawReserve"), point, amount, decimals, {},
                BridgeErrors::Action::Withdraw);
}

void PartnerConsole::credit(const QString &point, const QString &username, const QString &amount, const QString &reference)
{
    QString user = username.trimmed();
    if (user.startsWith(QLatin1Char('@')))
        user.remove(0, 1);
    const QString ref = reference.trimmed();
    if (user.isEmpty() || ref.size() > 64) {
        emit actionFailed(QStringLiteral("credit"),
                          BridgeErrors::describe(BridgeErrors::local(QStringLiteral("invalid_params"),
                                                                     user.isEmpty() ? QStringLiteral("username") : QStringLiteral("reference")),
                                                 BridgeErrors::Action::Credit),
                          false);
        return;
    }
    QJsonObject extra{{QStringLiteral("username"), user}};
    if (!ref.isEmpty())
        extra.insert(QStringLiteral("reference"), ref);
    const int decimals = pointByCode(point).value(QStringLiteral("decimals"), Amount::kMaxDecimals).toInt();
    moneyAction(QStringLiteral("credit"), QStringLiteral("bridge.credit"), point, amount, decimals, extra,
                BridgeErrors::Action::Credit);
}

void PartnerConsole::burn(const QString &point, const QString &amount)
{
    const int decimals = pointByCode(point).value(QStringLiteral("decimals"), Amount::kMaxDecimals).toInt();
    moneyAction(QStringLiteral("burn"), QStringLiteral("bridge.burn"), point, amount, decimals, {}, BridgeErrors::Action::Burn);
}

void PartnerConsole::pause(const QString &point)
{
    const QJsonObject params{{QStringLiteral("point"), point}, {QStringLiteral("paused"), true}, {QStringLiteral("orgId"), m_orgId}};
    request(QStringLiteral("bridge.setPaused"), params, [this](const QJsonObject &r) {
        reloadPoints();
        emit acted(QStringLiteral("pause"), r.toVariantMap());
    }, [this, point](const RpcReply &reply) {
        emit actionFailed(QStringLiteral("pause"),
                          BridgeErrors::describe(reply, BridgeErrors::Action::Pause, QJsonObject::fromVariantMap(pointByCode(point))),
                          false);
    });
}

} // namespace azc
