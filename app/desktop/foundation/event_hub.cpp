#include "foundation/event_hub.h"

#include "foundation/rpc_transport.h"

#include <QJsonArray>

#include <algorithm>

namespace azc {

namespace {

struct TopicName {
    const char *name;
    Topic topic;
};

const TopicName kTopics[] = {
    {"event.wallet.changed", Topic::WalletChanged},
    {"event.payments.changed", Topic::PaymentsChanged},
    {"event.miniprograms.changed", Topic::MiniProgramsChanged},
    {"event.staking.changed", Topic::StakingChanged},
    {"event.staking.products", Topic::StakingProducts},
    {"event.governance.changed", Topic::GovernanceChanged},
    {"event.launchpad.changed", Topic::LaunchpadChanged},
    {"event.bridge.changed", Topic::BridgeChanged},
    {"event.market.changed", Topic::MarketChanged},
    {"event.notify.new", Topic::NotificationNew},
    {"event.reserves.published", Topic::ReservesPublished},
    {"event.deposit.changed", Topic::DepositChanged},
    {"event.withdrawal.changed", Topic::WithdrawalChanged},
    {"event.kyc.decided", Topic::KycDecided},
    {"event.message.new", Topic::MessageNew},
    {"event.message.edited", Topic::MessageEdited},
    {"event.message.deleted", Topic::MessageDeleted},
    {"event.message.pinned", Topic::MessagePinned},
    {"event.reaction.changed", Topic::ReactionChanged},
    {"event.read", Topic::Read},
    {"event.typing", Topic::Typing},
    {"event.chat.joined", Topic::ChatJoined},
    {"event.chat.left", Topic::ChatLeft},
    {"event.bot.callback", Topic::BotCallback},
    {"event.spot.ticker", Topic::SpotTicker},
    {"event.spot.depth", Topic::SpotDepth},
    {"event.spot.trade", Topic::SpotTrade},
    {"event.spot.order", Topic::SpotOrder},
    {"event.p2p.trade", Topic::P2pTrade},
    {"event.call.updated", Topic::CallUpdated},
    {"event.call.signal", Topic::CallSignal},
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

// The id of the object a push is about, by where each topic carries it.
QString objectIdOf(Topic topic, const QJsonObject &p)
{
    switch (topic) {
    case Topic::WalletChanged: {
        const QString asset = str(p, "asset");
        return asset.isEmpty() ? str(obj(p, "balance"), "asset") : asset;
    }
    case Topic::NotificationNew: return str(obj(p, "notification"), "id");
    case Topic::ReservesPublished: return str(obj(p, "snapshot"), "id");
    case Topic::DepositChanged: return str(obj(p, "deposit"), "id");
    case Topic::WithdrawalChanged: return str(obj(p, "withdrawal"), "id");
    case Topic::KycDecided: return str(p, "caseId");
    case Topic::PaymentsChanged: return str(p, "orgId");
    case Topic::MiniProgramsChanged: return str(p, "programId");
    case Topic::StakingChanged: return str(p, "asset");
    case Topic::StakingProducts: return str(p, "productId");
    case Topic::GovernanceChanged: return str(p, "proposalId");
    case Topic::LaunchpadChanged: return str(p, "saleId");
    case Topic::BridgeChanged: return str(p, "point");
    case Topic::MarketChanged: return str(p, "id");
    case Topic::MessageNew:
    case Topic::MessageEdited:
    case Topic::MessageDeleted:
    case Topic::MessagePinned:
    case Topic::ReactionChanged:
    case Topic::Read:
    case Topic::Typing:
    case Topic::ChatLeft: {
        const QString inMessage = str(obj(p, "message"), "conversationId");
        return inMessage.isEmpty() ? str(p, "conversationId") : inMessage;
    }
    case Topic::ChatJoined: {
        const QString direct = str(p, "conversationId");
        return direct.isEmpty() ? str(obj(p, "conversation"), "id") : direct;
    }
    case Topic::BotCallback: return str(p, "messageId");
    case Topic::SpotTicker: return str(obj(p, "ticker"), "market");
    case Topic::SpotDepth:
    case Topic::SpotTrade: return str(p, "market");
    case Topic::SpotOrder: return str(obj(p, "order"), "market");
    case Topic::P2pTrade: return str(obj(p, "trade"), "id");
    case Topic::CallUpdated: return str(obj(p, "call"), "id");
    case Topic::CallSignal: return str(p, "callId");
    }
    return {};
}

} // namespace

QJsonObject ServerEvent::object(const char *key) const
{
    return params.value(QLatin1String(key)).toObject();
}

EventHub::EventHub(RpcTransport *transport, QObject *parent) : QObject(parent), m_transport(transport)
{
    connect(transport, &RpcTransport::pushed, this, &EventHub::onPush);
    connect(transport, &RpcTransport::resumed, this, [this] {
        // A new connection has no market subscription: ask again first, so
        // screens that catch up from a snapshot get the deltas after it.
        resubscribe(true);
        emit resynced();
    });
}

std::optional<ServerEvent> EventHub::decode(const QString &name, const QJsonObject &params)
{
    for (const TopicName &t : kTopics) {
        if (name == QLatin1String(t.name))
            return ServerEvent{t.topic, objectIdOf(t.topic, params), params};
    }
    return std::nullopt;
}

void EventHub::onPush(const QString &name, const QJsonObject &params)
{
    if (auto event = decode(name, params))
        emit received(*event);
}

void EventHub::on(Topics topics, const QObject *context, Handler handler)
{
    connect(this, &EventHub::received, context, [topics, handler = std::move(handler)](const ServerEvent &e) {
        if (topics.testFlag(e.topic))
            handler(e);
    });
}

void EventHub::onResync(const QObject *context, std::function<void()> catchUp)
{
    connect(this, &EventHub::resynced, context, std::move(catchUp));
}

void EventHub::watchMarkets(const QObject *owner, const QStringList &markets)
{
    if (!m_marketsByOwner.contains(owner))
        connect(owner, &QObject::destroyed, this, [this, owner] {
            m_marketsByOwner.remove(owner);
            resubscribe(false);
        });
    m_marketsByOwner.insert(owner, markets); // kept when empty: its destruction is watched once
    resubscribe(false);
}

void EventHub::resubscribe(bool force)
{
    QStringList wanted;
    for (const QStringList &markets : std::as_const(m_marketsByOwner))
        for (const QString &m : markets)
            if (!wanted.contains(m))
                wanted.append(m);
    std::sort(wanted.begin(), wanted.end());
    // A fresh connection (force) has no subscription: ask again unless nothing is wanted.
    if (force ? wanted.isEmpty() : wanted == m_subscribed)
        return;
    m_subscribed = wanted;
    // An older server without pushes refuses: the screens' snapshots still show.
    m_transport->call(QStringLiteral("spot.subscribe"),
                      {{QStringLiteral("markets"), QJsonArray::fromStringList(wanted)}}, this,
                      [](const RpcReply &) {});
}

} // namespace azc
