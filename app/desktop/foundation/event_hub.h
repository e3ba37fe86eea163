#pragma once
// The server's pushes (docs/protocol.md, event.*) decoded in one place: each
// becomes a ServerEvent with its topic and the id of the object it is about
// (the asset, the market, the conversation, the trade...), and view models
// subscribe to topics rather than compare event names. The hub also keeps
// what must survive a reconnect: it tells subscribers to catch up once the
// session is resumed (pushes sent meanwhile are lost), and it owns the
// session's market-data subscription (spot.subscribe replaces the session's
// whole list, so it is the union of what every open screen wants, re-sent
// after each reconnect).

#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace azc {

class RpcTransport;

enum class Topic : quint32 {
    WalletChanged = 1u << 0,     // id: asset; params.balance
    NotificationNew = 1u << 1,   // id: notification id; params.notification
    ReservesPublished = 1u << 2, // params.snapshot
    DepositChanged = 1u << 3,    // id: deposit id; params.deposit
    WithdrawalChanged = 1u << 4, // id: withdrawal id; params.withdrawal
    KycDecided = 1u << 5,
    MessageNew = 1u << 6,        // id: conversation; params.message
    MessageEdited = 1u << 7,     // id: conversation; params.message
    MessageDeleted = 1u << 8,    // id: conversation; params.messageId
    MessagePinned = 1u << 9,     // id: conversation
    ReactionChanged = 1u << 10,  // id: conversation
    Read = 1u << 11,             // id: conversation; params.user, params.seq
    Typing = 1u << 12,           // id: conversation
    ChatJoined = 1u << 13,       // id: conversation; params.conversation
    ChatLeft = 1u << 14,         // id: conversation
    BotCallback = 1u << 15,      // id: message id
    SpotTicker = 1u << 16,       // id: market; params.ticker
    SpotDepth = 1u << 17,        // id: market; params: {market, seq, prevSeq, bids, asks}
    SpotTrade = 1u << 18,        // id: market; params.trade
    SpotOrder = 1u << 19,        // id: market; params.order
    P2pTrade = 1u << 20,         // id: trade id; params.trade
    PaymentsChanged = 1u << 21,  // id: organisation; params: {orgId, type, objectId}
    MiniProgramsChanged = 1u << 22, // id: program; params: {programId, status}
    StakingChanged = 1u << 23,   // id: asset (the user's positions in it changed)
    StakingProducts = 1u << 24,  // id: product
    GovernanceChanged = 1u << 25, // id: proposal
    LaunchpadChanged = 1u << 26, // id: sale
    BridgeChanged = 1u << 27,    // id: point code; params: {kind (swap, credit, consent, policy, point, reserve), point, id}
    MarketChanged = 1u << 28,    // id: order or product id; params: {kind (order, product), id, orgId}
    CallUpdated = 1u << 29,      // id: call; params.call
    CallSignal = 1u << 30,       // id: call; params: {callId, from, type, sdp?, candidate?}
};
Q_DECLARE_FLAGS(Topics, Topic)
Q_DECLARE_OPERATORS_FOR_FLAGS(Topics)

struct ServerEvent {
    Topic topic;
    QString objectId;
    QJsonObject params; // as the server sent them

    // params[key] as an object: the usual payload ("trade", "message", ...).
    QJsonObject object(const char *key) const;
};

class EventHub : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ServerEvent &)>;

    explicit EventHub(RpcTransport *transport, QObject *parent = nullptr);

    // Null for pushes that are not for view models (event.session.rotated is
    // the client's) and for names this build does not know.
    static std::optional<ServerEvent> decode(const QString &name, const QJsonObject &params);

    // `handler` runs for every push of one of `topics` for as long as `context` lives.
    void on(Topics topics, const QObject *context, Handler handler);
    // `catchUp` runs after every reconnect that resumed the session, for as
    // long as `context` lives: reload, or fetch what came since.
    void onResync(const QObject *context, std::function<void()> catchUp);
    // The markets `owner` wants depth, trades and tickers of ([] or the
    // owner's destruction: none). The session subscribes to the union.
    void watchMarkets(const QObject *owner, const QStringList &markets);
    QStringList watchedMarkets() const { return m_subscribed; }

signals:
    void received(const azc::ServerEvent &event);
    void resynced();

private:
    void onPush(const QString &name, const QJsonObject &params);
    void resubscribe(bool force);

    RpcTransport *m_transport;
    QHash<const QObject *, QStringList> m_marketsByOwner;
    QStringList m_subscribed; // what the server was last asked for
};

} // namespace azc
