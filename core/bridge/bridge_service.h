#pragma once
// core/bridge: partners' points and tokens, their reserves and policies, and
// the Bridge that swaps them with the point's coin (AZC, or USDT).
//
// Ledger design (docs/architecture.md, "bridge"):
// - a point's units are issued from World(point, "bridge") (mayGoNegative);
//   a token's come from its partner's inventory, the owner merchant-<org>;
// - the reserve is the owner bridge-reserve-<point>'s account in the coin
//   (money the platform holds for the partner: a liability like a user's);
// - outstanding = what users hold = −(World balances of the asset) − the
//   partner's own holding; required reserve = outstanding × rate × coverage;
// - fees go to FeeRevenue(coin, "bridge").
// Every swap and credit is one ledger operation under an idempotency key;
// its row (br_swaps, br_credits) and the partner's webhook event are written
// in the same transaction as the money (a commit participant), so a crash
// keeps both or neither. Caps and coverage are checked inside the ledger's
// check (after the idempotency check, against every operation already
// accepted), so concurrent swaps can never pass a cap or the reserve together.

#include "bridge/bridge_policy.h"
#include "common/clock.h"
#include "ledger/ledger_types.h"
#include "payments/payments_service.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::wallet { class WalletService; }
namespace azc::identity { class UserDirectory; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::audit { class AuditLog; }
namespace azc::files { class FileService; }

namespace azc::bridge {

struct Point {
    QString code, orgId, name, iconFileId, kind, network, contract, coin, status, createdBy;
    int decimals = 0, coinDecimals = 0;
    qint64 createdAt = 0;
    bool isToken() const { return kind == QLatin1String("token"); }
};

struct BridgeServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    wallet::WalletService &wallet;
    payments::PaymentsService &payments;
    identity::UserDirectory &users;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    audit::AuditLog &audit;
    files::FileService &files;
    const Clock &clock;
};

class BridgeService : public QObject
{
    Q_OBJECT
public:
    // The last price of the spot market <point>-<coin> as an exact decimal (a "market" policy's rate).
    using PriceSource = std::function<Result<QString>(const QString &market)>;
    // Custody's side of a registered token: `check` that the network exists
    // (before anything is written), then `add` the asset to it (deposits and
    // withdrawals follow it from then on).
    struct TokenRegistrar {
        std::function<Status(const QString &network)> check;
        std::function<Status(const QString &network, const QString &asset, const QString &contract)> add;
    };

    BridgeService(BridgeServices services, QObject *parent = nullptr);
    ~BridgeService() override;

    Status start();
    void setPriceSource(PriceSource source) { m_prices = std::move(source); }
    void setTokenRegistrar(TokenRegistrar r) { m_tokens = std::move(r); }
    BridgeServices &services() { return s; }

    // --- points and reserves (bridge_points.cpp)
    Result<QJsonObject> createPoint(const payments::Actor &actor, const QJsonObject &params);
    Result<QJsonObject> registerToken(const payments::Actor &actor, const QJsonObject &params);
    Result<QJsonObject> points(const QString &userId);                 // users: active and paused, with balances
    Result<QJsonObject> orgPoints(const payments::Actor &actor);
    Result<QJsonObject> setPaused(const server::Caller &caller, const QString &code, bool paused, const QString &orgId);
    void topUpReserve(const payments::Actor &actor, const QString &code, const QString &amount, const QString &from,
                      const QString &key, server::Reply reply);
    void withdrawReserve(const payments::Actor &actor, const QString &code, const QString &amount, const QString &key,
                         server::Reply reply);
    void credit(const payments::Actor &actor, const QString &code, const QString &username, const QString &amount,
                const QString &reference, const QString &key, server::Reply reply);
    void burn(const payments::Actor &actor, const QString &code, const QString &amount, const QString &key, server::Reply reply);
    Result<QJsonObject> history(const QString &userId, const QString &code);

    // --- policies (bridge_policies.cpp)
    Result<QJsonObject> proposePolicy(const payments::Actor &actor, const QString &code, const QJsonObject &policy);
    Result<QJsonObject> policies(const std::optional<payments::Actor> &actor, const QString &status);
    Result<QJsonObject> decidePolicy(const server::Caller &admin, const QString &proposalId, bool approve, const QString &reason);

    // --- swaps and consents (bridge_swaps.cpp)
    Result<QJsonObject> quote(const QString &userId, const QString &code, const QString &direction, const QString &amount);
    void swap(const server::Caller &caller, const QString &quoteId, const QString &key, server::Reply reply);
    Result<QJsonObject> swaps(const QString &userId, const QString &orgId, const QString &code, const payments::Page &page);
    Result<QJsonObject> createConsent(const payments::Actor &actor, const QJsonObject &params);
    Result<QJsonObject> consentForPartner(const payments::Actor &actor, const QString &consentId);
    Result<QJsonObject> consents(const QString &userId);
    Result<QJsonObject> consent(const QString &userId, const QString &consentId);
    void confirmConsent(const server::Caller &caller, const QString &consentId, const QString &quoteId, const QString &key,
                        server::Reply reply);
    Result<QJsonObject> declineConsent(const QString &userId, const QString &consentId);
    void expireConsents();

    // --- figures (bridge_dashboard.cpp), all read from the ledger
    Result<QJsonObject> dashboard(const payments::Actor &actor, int days);
    Result<QJsonObject> overview();
    // What users hold of `code` (−World − the partner's own), and its reserve.
    Result<Amount> outstanding(const Point &p);
    Result<Amount> reserve(const Point &p);

    Result<Point> point(const QString &code);
    Result<std::optional<Policy>> activePolicy(const QString &code);
    Status requireOrg(const payments::Actor &actor, payments::Permission permission, bool verified = true);
    // The partner's members and, for a user's own change, the user.
    void announce(const QString &orgId, const QStringList &userIds, const QString &kind, const QString &code, const QString &id);
    QJsonObject orgJson(const QString &orgId);
    // A picture a partner shows to everyone (a point's icon, a product's
    // images) must be one of its members' own uploads: listing a file makes
    // it public, so another person's file (a KYC scan) may never be named.
    Status requireOwnFiles(const payments::Actor &actor, const QStringList &fileIds);

    // Ledger owners and accounts.
    static QString reserveOwner(const QString &code) { return QStringLiteral("bridge-reserve-") + code; }
    static QString feeFlow() { return QStringLiteral("bridge"); }
    Result<QString> issuerAccount(const Point &p);   // World(point, "bridge") or the partner's inventory
    Result<QString> reserveAccount(const Point &p);
    // The partner's own holding of its point (market sales; a token's inventory).
    static ledger::AccountKey partnerHolding(const Point &p);
    // The accounts whose balances are not users' holdings: outstanding is the
    // negative of their sum (outstanding() adds them, the dashboard follows them).
    static QList<ledger::AccountKey> supplyKeys(const Point &p);
    // The point `code` if the actor may manage points (requireOrg, Permission::Points) and it is their
    // organisation's (not_found otherwise).
    Result<Point> orgPoint(const payments::Actor &actor, const QString &code);

private:
    struct Quote {
        QString id, userId, code, direction, consentId;
        SwapAmounts amounts;
        Policy policy;
        qint64 expiresAt = 0;
    };
    Result<QJsonObject> pointJson(const Point &p, const QString &userId, bool forPartner);
    Result<QJsonObject> pointAnswer(const Point &p); // {point: the partner's view}
    // Policy proposals as the protocol shows them, newest first (at most 200).
    Result<QJsonArray> proposalRows(const QString &where, const QVariantList &params);
    Result<QJsonObject> proposalAnswer(const QString &proposalId); // {proposal}
    server::Reply answerWithPoint(const Point &p, const QString &kind, server::Reply reply);
    Result<QList<Point>> pointRows(const QString &where, const QVariantList &params);
    Result<Policy> effectivePolicy(const Point &p);   // the active policy with a "market" rate read now
    Result<Quote> makeQuote(const QString &userId, const Point &p, const QString &direction, const QString &amount);
    // How much of a day's caps a swap would use, including swaps accepted but not yet durable.
    Status checkCaps(const Point &p, const Policy &policy, const QString &userId, Amount points, QJsonObject *limits);
    Status checkCoverage(const Point &p, const Policy &policy, Amount extraOutstanding, Amount reserveDelta);
    // What a quote asks of the reserve: paying coin out needs the coin there;
    // issuing points needs the reserve to cover them afterwards.
    Status checkReserveFor(const Point &p, const Quote &q);
    void executeSwap(const server::Caller &caller, const Quote &q, const QString &key, const QString &via, server::Reply reply);
    // A swap from its row's fields (amounts as unit text), for users and partners.
    QJsonObject swapJson(const QJsonObject &fields, bool withUser = false);
    Status writeSwap(const QJsonObject &fields, qint64 day);
    QJsonObject consentJson(const QJsonObject &row);
    Result<QJsonObject> consentRow(const QString &id);
    Result<QList<QJsonObject>> consentRows(const QString &where, const QVariantList &params);
    qint64 today() const;
    qint64 nextSeq(const QString &table);
    void queueWithMoney(std::function<Status()> write) { m_withMoney.append(std::move(write)); }
    Status writeQueued();
    Result<QJsonObject> loadUsage();

    BridgeServices s;
    PriceSource m_prices;
    TokenRegistrar m_tokens;
    QHash<QString, Quote> m_quotes;                 // live quotes (30 s, single use)
    QHash<QString, Amount> m_usage;                 // "point/day/user" and "point/day/*" → points swapped
    QSet<QString> m_consentsSwapping;               // consents whose swap is accepted but not yet durable
    QHash<QString, qint64> m_seq;
    QList<std::function<Status()>> m_withMoney;
    QTimer m_timer;                                 // consents' expiry
};

} // namespace azc::bridge
