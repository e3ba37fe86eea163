#include "earn/staking_positions_model.h"

#include "earn/earn_amounts.h"
#include "earn/earn_errors.h"
#include "foundation/event_hub.h"

#include <QJsonArray>

#include <algorithm>

namespace azc {

namespace {

const QStringList kKeys{QStringLiteral("id"), QStringLiteral("productId"), QStringLiteral("productName"), QStringLiteral("kind"),
                        QStringLiteral("asset"), QStringLiteral("amount"), QStringLiteral("status"), QStringLiteral("owed"),
                        QStringLiteral("claimable"), QStringLiteral("owedUnits"), QStringLiteral("remainder"),
                        QStringLiteral("accruedAt"), QStringLiteral("rateBps"), QStringLiteral("ratePercent"),
                        QStringLiteral("decimals"), QStringLiteral("paid"), QStringLiteral("forfeited"),
                        QStringLiteral("lockedUntil"), QStringLiteral("unbondsAt"), QStringLiteral("createdAt")};

int roleOf(const QString &key)
{
    return Qt::UserRole + 1 + int(kKeys.indexOf(key));
}

bool isActive(const QJsonObject &position)
{
    return position.value(QStringLiteral("status")).toString() == QLatin1String("active");
}

} // namespace

StakingPositionsModel::StakingPositionsModel(QObject *parent)
    : RemoteListModel(kKeys, parent), m_owedRole(roleOf(QStringLiteral("owed"))), m_claimableRole(roleOf(QStringLiteral("claimable")))
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &StakingPositionsModel::tick);
    connect(this, &QAbstractItemModel::modelReset, this, &StakingPositionsModel::countsChanged);
}

void StakingPositionsModel::onAttached()
{
    events()->onResync(this, [this] { reload(); });
    events()->on(Topic::StakingChanged, this, [this](const ServerEvent &) { reload(); });
}

void StakingPositionsModel::reload()
{
    request(QStringLiteral("staking.positions"), {}, [this](const QJsonObject &result) {
        m_clock.sync(result.value(QStringLiteral("now")).toInteger());
        QList<QJsonObject> positions;
        for (const QJsonValue &v : result.value(QStringLiteral("positions")).toArray()) {
            QJsonObject p = v.toObject();
            p.insert(QStringLiteral("ratePercent"), earn::percentFromBps(p.value(QStringLiteral("rateBps")).toInt()));
            positions.append(p);
        }
        // Newest first: a new stake or a compounded reward shows at the top.
        std::reverse(positions.begin(), positions.end());
        setRows(positions);
        updateTicker();
        emit ticked();
    });
}

QString StakingPositionsModel::liveOwed(const QJsonObject &position) const
{
    const auto owed = earn::owedAt(position, m_clock.now());
    if (!owed)
        return position.value(QStringLiteral("owed")).toString();
    return owed->toFixed(position.value(QStringLiteral("decimals")).toInt());
}

QVariant StakingPositionsModel::data(const QModelIndex &index, int role) const
{
    if ((role == m_owedRole || role == m_claimableRole) && index.isValid() && index.row() < rows().size()) {
        const QJsonObject &position = rows().at(index.row());
        if (role == m_owedRole)
            return liveOwed(position);
        const auto owed = earn::owedAt(position, m_clock.now());
        // A locked stake's rewards are paid when its lock ends (the server refuses an earlier claim).
        const qint64 lockedUntil = position.value(QStringLiteral("lockedUntil")).toInteger();
        const bool stillLocked = position.value(QStringLiteral("status")).toString() == QLatin1String("active") && lockedUntil > m_clock.now();
        return owed && owed->units() > 0 && !stillLocked;
    }
    return RemoteListModel::data(index, role);
}

QString StakingPositionsModel::owedOf(const QString &positionId) const
{
    const int row = rowOf(positionId);
    return row < 0 ? QString() : liveOwed(rows().at(row));
}

int StakingPositionsModel::activeCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), isActive));
}

void StakingPositionsModel::updateTicker()
{
    activeCount() > 0 ? m_ticker.start() : m_ticker.stop();
}

void StakingPositionsModel::tick()
{
    for (int i = 0; i < rows().size(); ++i) {
        if (isActive(rows().at(i)))
            emit dataChanged(index(i), index(i), {m_owedRole, m_claimableRole});
    }
    emit ticked();
}

void StakingPositionsModel::beginStake()
{
    m_stakeKey.begin();
}

void StakingPositionsModel::stake(const QString &productId, const QString &amount)
{
    const QString trimmed = amount.trimmed();
    const QJsonObject params{{QStringLiteral("productId"), productId},
                             {QStringLiteral("amount"), trimmed},
                             {QStringLiteral("idempotencyKey"), m_stakeKey.keyFor(productId + u'\n' + trimmed)}};
    requestQuietly(QStringLiteral("staking.stake"), params, [this](const QJsonObject &result) {
        m_stakeKey.begin();
        emit staked(result.value(QStringLiteral("position")).toObject().toVariantMap());
        reload();
    }, [this](const RpcReply &reply) {
        m_stakeKey.settle(reply);
        emit stakeFailed(EarnErrors::describe(reply, EarnErrors::Action::Stake), reply.lostInTransit());
    });
}

void StakingPositionsModel::unstake(const QString &positionId)
{
    requestQuietly(QStringLiteral("staking.unstake"), {{QStringLiteral("positionId"), positionId}}, [this](const QJsonObject &result) {
        emit unstaked(result.value(QStringLiteral("position")).toObject().toVariantMap());
        reload();
    }, [this](const RpcReply &reply) { emit actionFailed(EarnErrors::describe(reply, EarnErrors::Action::Unstake)); });
}

void StakingPositionsModel::claim(const QString &positionId, bool compound)
{
    const QJsonObject params{{QStringLiteral("positionId"), positionId}, {QStringLiteral("compound"), compound}};
    requestQuietly(QStringLiteral("staking.claim"), params, [this](const QJsonObject &result) {
        emit claimed(result.toVariantMap());
        reload();
    }, [this](const RpcReply &reply) { emit actionFailed(EarnErrors::describe(reply, EarnErrors::Action::Claim)); });
}

} // namespace azc
