#pragma once
// AZPay: merchants (organisations with members, KYB, a fee plan and API
// keys), invoices and payment links paid from the wallet, refunds, payouts,
// statements, and the events that feed the partners' webhooks.
//
// Money moves only through the ledger. A merchant's money sits in the
// ledger under the owner "merchant-<org id>" (a liability like any user's
// balance). Rows that must agree with the money (an invoice becoming paid,
// a refund, the event and its webhook deliveries) are written inside the
// ledger's group-commit transaction (a commit participant), so a crash keeps
// both or neither; changes without money (an invoice created, cancelled,
// expired) are one ordinary transaction with their event. That is the
// webhook outbox: the WebhookSender only ever reads committed deliveries.
//
// Two doors reach this service with the same rules: members over the
// WebSocket (their org role decides) and partners' servers over the HTTPS
// API (the key's scopes decide). Both become an Actor.

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "crypto/secret_box.h"
#include "ledger/ledger_types.h"
#include "payments/payments_config.h"
#include "server/call_context.h"
#include "server/client_address.h"
#include "server/method_table.h"
#include "wallet/fee_schedule.h"

#include <QHash>
#include <QMap>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QVariant>

#include <functional>

class QTimer;

namespace azc::identity { class UserDirectory; }
namespace azc::ledger { class LedgerService; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::storage { class Database; }
namespace azc::wallet { class WalletService; }
namespace azc::audit { class AuditLog; }
namespace azc::files { class FileService; }

namespace azc::payments {

// What an actor may do. A member's org role grants a set; an API key's
// scopes grant the same names ("invoices:write", ...).
// Points: the Bridge's point work (credits, reserves, policies, consents);
// Market: the partner's products and orders (core/bridge).
enum class Permission { Read, Invoices, Refunds, Payouts, Developers, Members, Points, Market };
QString scopeName(Permission p);         // "read", "invoices:write", ...
const QStringList &allScopes();
const QStringList &memberRoles();        // owner, admin, staff, viewer

struct Actor {
    QString orgId;
    QString userId;           // a member, or empty for an API key
    QString keyId;            // an API key, or empty for a member
    QString role;             // the member's role
    QStringList scopes;       // the key's scopes
    QString label() const { return keyId.isEmpty() ? userId : keyId; }
};

struct ApiKey {
    QString id;
    QString orgId;
    QByteArray secret;
    QStringList scopes;
    QList<server::Subnet> allowFrom; // the addresses or networks it may be used from; empty: anywhere
};

struct InvoiceDraft {
    QString asset;
    QString amount;           // in the asset; or empty with a price below
    QString priceCurrency;    // "USD": priced in a fiat currency, converted at a locked rate
    QString priceAmount;
    QString description;
    QString orderId;
    QJsonObject metadata;
    int expiresInMinutes = 0; // 0: the default
};

struct Page {
    QString cursor;           // opaque; empty: from the newest
    int limit = 20;
};

class PaymentsService : public QObject
{
    Q_OBJECT
public:
    // Converts a fiat price to an asset at the exchange's current rate: the
    // units of `asset` one unit of `currency` buys, as an exact decimal
    // string (set by the module from the exchange's prices).
    using RateSource = std::function<Result<QString>(const QString &currency, const QString &asset)>;

    PaymentsService(storage::Database &db, ledger::LedgerService &ledger, wallet::WalletService &wallet,
                    identity::UserDirectory &users, files::FileService &files, notify::NotificationService &notifications,
                    notify::EventBus &bus, audit::AuditLog &audit, crypto::SecretBox secrets, const Clock &clock,
                    PaymentsConfig config, QObject *parent = nullptr);
    ~PaymentsService() override;

    Status start();              // loads counters, starts the expiry sweep
    void setRateSource(RateSource source) { m_rates = std::move(source); }
    const PaymentsConfig &config() const { return m_config; }
    storage::Database &db() { return m_db; }
    const Clock &clock() const { return m_clock; }
    crypto::SecretBox &secrets() { return m_secrets; }

    // --- organisations (payments_orgs.cpp)
    Result<QJsonObject> createOrg(const server::Caller &caller, const QString &name, const QString &website,
                                  const QString &settlementAsset);
    Result<QJsonObject> myOrgs(const server::Caller &caller);
    // The member's Actor for `orgId`, or not_found / forbidden.
    Result<Actor> memberActor(const server::Caller &caller, const QString &orgId);
    Result<QJsonObject> org(const Actor &actor);
    Result<QJsonObject> addMember(const Actor &actor, const QString &username, const QString &role);
    Result<QJsonObject> removeMember(const Actor &actor, const QString &userId);
    Result<QJsonObject> submitKyb(const Actor &actor, const QJsonObject &fields, const QStringList &fileIds);
    Result<QJsonObject> kybQueue(const QString &status, int offset, int limit);
    Result<QJsonObject> kybCase(const QString &caseId);
    Result<QJsonObject> decideKyb(const server::Caller &agent, const QString &caseId, const QString &decision,
                                  const QString &reason, const QJsonObject &checklist);
    // `rule`: {asset, flow, fixed, rate, min, max} as method params (wallet::FeeRule::fromParams).
    Result<QJsonObject> setFee(const server::Caller &admin, const QString &orgId, const QJsonObject &rule);
    Result<QJsonObject> feePlan(const QString &orgId);
    static const QStringList &kybChecklist();

    // --- API keys and webhook endpoints (payments_developers.cpp)
    Result<QJsonObject> createKey(const Actor &actor, const QString &label, const QStringList &scopes,
                                  const QStringList &allowFrom);
    Result<QJsonObject> keys(const Actor &actor);
    Result<QJsonObject> revokeKey(const Actor &actor, const QString &keyId);
    Result<QJsonObject> rotateKey(const Actor &actor, const QString &keyId);
    // The key behind a request; not_found for unknown or revoked keys.
    Result<ApiKey> apiKey(const QString &keyId);
    void touchKey(const QString &keyId);
    Result<QJsonObject> addWebhook(const Actor &actor, const QString &url, const QStringList &events);
    Result<QJsonObject> webhooks(const Actor &actor);
    Result<QJsonObject> removeWebhook(const Actor &actor, const QString &endpointId);
    Result<QJsonObject> enableWebhook(const Actor &actor, const QString &endpointId);
    Result<QJsonObject> deliveries(const Actor &actor, const QString &endpointId, int offset, int limit);
    Result<QJsonObject> redeliver(const Actor &actor, const QString &deliveryId);

    // --- invoices and links (payments_invoices.cpp)
    // An invoice checked and ready: its JSON and the rows to write (the
    // invoice and its invoice.created event), for the caller to commit with
    // its idempotency record (once()) in the next group commit.
    struct PreparedInvoice {
        QJsonObject invoice;
        std::function<Status()> write;
    };
    Result<PreparedInvoice> prepareInvoice(const Actor &actor, const InvoiceDraft &draft);
    Result<QJsonObject> invoice(const Actor &actor, const QString &invoiceId);
    Result<QJsonObject> invoices(const Actor &actor, const QString &status, const Page &page);
    Result<QJsonObject> cancelInvoice(const Actor &actor, const QString &invoiceId);
    Result<QJsonObject> createLink(const Actor &actor, const QString &asset, const QString &amount,
                                   const QString &description);
    Result<QJsonObject> links(const Actor &actor);
    Result<QJsonObject> setLinkActive(const Actor &actor, const QString &linkId, bool active);
    // What a payer sees before confirming (an invoice, or a link/static QR).
    Result<QJsonObject> preview(const server::Caller &payer, const QString &reference);
    // Pays an invoice, or a link (`amount` needed when the link has none).
    void pay(const server::Caller &payer, const QString &reference, const QString &amount,
             const QString &twoFactorCode, const QString &idempotencyKey, server::Reply reply);
    Result<QJsonObject> paidByMe(const server::Caller &payer, const Page &page);
    // Invoices `payer` paid (or had refunded) that `createdBy` made, paid at
    // or after `sinceMs`, newest first (at most `limit`): a mini program's
    // spending history (its invoices are made by "mp:<program id>").
    Result<QJsonArray> paidFrom(const QString &payerId, const QString &createdBy, qint64 sinceMs, int limit);
    // What was paid through invoices `createdBy` made, per asset, summed in
    // units without building invoices: by one payer since `sinceMs` (a daily
    // cap), or by everyone (empty payer: a program's sales).
    struct PaidTotal {
        qint64 payments = 0;
        Amount amount;   // as paid
        Amount refunded; // of that, given back since
    };
    Result<QMap<QString, PaidTotal>> paidTotals(const QString &createdBy, const QString &payerId = {}, qint64 sinceMs = 0);
    // The actor a mini program's host charges as: it may create and read
    // invoices of the program's payee organisation and nothing else (the
    // program itself never holds a key or reaches this server).
    static Actor programActor(const QString &orgId, const QString &programId);
    // Closes open invoices whose time is up (the sweep calls it).
    void expireDue();

    // --- money out of the merchant account (payments_settlement.cpp)
    void refund(const Actor &actor, const QString &invoiceId, const QString &amount, const QString &reason,
                const QString &idempotencyKey, server::Reply reply);
    Result<QJsonObject> refunds(const Actor &actor, const QString &invoiceId, const Page &page);
    void payout(const Actor &actor, const QString &asset, const QString &amount, const QString &toUsername,
                const QString &idempotencyKey, server::Reply reply);
    Result<QJsonObject> payouts(const Actor &actor, const Page &page);
    Result<QJsonObject> balances(const Actor &actor);
    // Daily rows (UTC) of what moved the merchant's account: payments, fees,
    // refunds, payouts and the closing balance, read from the ledger itself.
    Result<QJsonObject> statement(const Actor &actor, const QString &asset, int days);

    // --- events (payments_events.cpp)
    Result<QJsonObject> events(const Actor &actor, const QString &type, const Page &page);
    Result<QJsonObject> event(const Actor &actor, const QString &eventId);

    // --- idempotency shared by both doors (payments_events.cpp): a
    // repeat with the same fingerprint gets the first answer; another body
    // under the same key is refused; a repeat while the first is still
    // running waits for its answer.
    struct StoredAnswer {
        int status = 200;
        QByteArray body;
    };
    using AnswerDone = std::function<void(const StoredAnswer &)>;
    // What a request's work came to: the answer and, for a success, rows
    // that make it true (committed together with the idempotency record, so
    // a crash leaves both or neither).
    struct Outcome {
        StoredAnswer answer;
        std::function<Status()> write;
    };
    // Runs `work` once per (org, key); `work` must call its argument once.
    void once(const QString &orgId, const QString &key, const QByteArray &fingerprint,
              std::function<void(std::function<void(Outcome)>)> work, AnswerDone answer);

    // Rows written in the ledger's next group commit (one fsync for many
    // requests); `done` once they are durable (or the commit failed).
    void writeWithNextCommit(std::function<Status()> write, std::function<void(Status)> done);

    // The sender switched an endpoint off: the next events skip it.
    void forgetEndpoints(const QString &orgId) { m_endpoints.remove(orgId); }

    // Pushed when deliveries are waiting (the sender wakes up).
    std::function<void()> onDeliveriesQueued;

    static QString merchantOwner(const QString &orgId) { return QStringLiteral("merchant-") + orgId; }
    static QString newId(const char *prefix);

    // A row of pay_invoices.
    struct Invoice {
        QString id, orgId, linkId, status, asset, description, orderId, priceCurrency, priceAmount, rate, payerId, createdBy;
        qint64 seq = 0, expiresAt = 0, createdAt = 0, paidAt = 0;
        Amount amount, fee, refunded;
        QJsonObject metadata;
    };

    // What other domains that serve partners (the Bridge) share: the role or
    // scope check, the organisation's row ({id, name, status, ...}), and
    // the partner's events (written in the caller's transaction; the
    // webhook sender wakes after the commit).
    Status require(const Actor &actor, Permission p) const;
    Result<QJsonObject> orgRow(const QString &orgId);
    Status writeEvent(const QString &orgId, const QString &type, const QString &objectId, const QJsonObject &object);
    QStringList memberIds(const QString &orgId);

    // Routes other domains add to the partner HTTPS API (PaymentApi serves
    // them after its own, with the same authentication, signatures, scopes,
    // idempotency and problem details). `handle` answers once: the status
    // for success (200, 201) and the result, or an error.
    struct ApiRequest {
        Actor actor;
        QString method;
        QStringList args;       // the {…} segments of the path
        QMap<QString, QString> query;
        QJsonObject body;
        QString idempotencyKey; // POST only
    };
    using ApiAnswer = std::function<void(int okStatus, const Result<QJsonObject> &result)>;
    struct ApiRoute {
        QString method, path, scope, twin;
        std::function<void(const ApiRequest &, ApiAnswer)> handle;
    };
    void addApiRoutes(const QList<ApiRoute> &routes) { m_apiRoutes.append(routes); }
    const QList<ApiRoute> &apiRoutes() const { return m_apiRoutes; }

    // One page of a table ordered by its `seq`, newest first: `from` is
    // "<table> WHERE <conditions>" with `params`; `row` turns the selected
    // `columns` of a row (column 0 is the first of them) into JSON. The
    // answer is {<key>: [...], hasMore, nextCursor}. Partners' lists in
    // other domains (the Bridge's swaps) page the same way.
    using RowToJson = std::function<QJsonObject(const std::function<QVariant(int)> &column)>;
    Result<QJsonObject> seqPage(const char *key, const QString &columns, const QString &from, QVariantList params,
                                const Page &page, const RowToJson &row);

private:
    Result<ledger::Asset> asset(const QString &code);
    Result<wallet::FeeRule> feeRule(const QString &orgId, const QString &asset, const QString &flow);
    Result<std::optional<wallet::FeeRule>> orgFeeRule(const QString &orgId, const QString &asset, const QString &flow);
    Result<std::optional<Invoice>> loadInvoice(const QString &id);
    QJsonObject invoiceJson(const Invoice &inv, bool forMerchant);
    QJsonObject merchantParty(const QString &orgId);
    // The receipt of money moving between a person and a merchant (a payment,
    // a refund, a payout), shaped as wallet transfers' receipts so the
    // wallet's history and receipts show it; `extra` adds invoiceId, orderId.
    QJsonObject merchantReceipt(const QString &orgId, const QString &userId, bool toMerchant, const QString &asset,
                                int decimals, Amount amount, const QString &memo, QJsonObject extra = {});
    // The invoice row, whatever its state (created open, or paid at once through a link).
    Status insertInvoice(const Invoice &invoice);
    QJsonArray documentsOf(const QJsonArray &fileIds);
    void forgetOrg(const QString &orgId);
    qint64 nextSeq(const QString &table);
    // Rows to write in the ledger's next commit, with the money.
    void queueWithMoney(std::function<Status()> write) { m_withMoney.append(std::move(write)); }
    Status writeQueued();
    // Tells the organisation's members' desktops that something changed.
    void announce(const QString &orgId, const QString &type, const QString &objectId);
    void payInvoice(const server::Caller &payer, const QString &invoiceId, const QString &linkId, const QString &amount,
                    const QString &twoFactorCode, const QString &idempotencyKey, server::Reply reply);

    storage::Database &m_db;
    ledger::LedgerService &m_ledger;
    wallet::WalletService &m_wallet;
    identity::UserDirectory &m_users;
    files::FileService &m_files;
    notify::NotificationService &m_notifications;
    notify::EventBus &m_bus;
    audit::AuditLog &m_audit;
    crypto::SecretBox m_secrets;
    const Clock &m_clock;
    PaymentsConfig m_config;
    RateSource m_rates;
    QHash<QString, qint64> m_seq;            // table → last seq handed out
    QSet<QString> m_paying;                  // invoices whose payment is on its way to the ledger
    QHash<QString, Amount> m_refunding;      // invoice → refunds on their way
    QList<std::function<Status()>> m_withMoney;
    // Read on every payment, changed rarely: kept here, dropped on change.
    QHash<QString, QJsonObject> m_orgs;      // org → its row (orgRow)
    QHash<QString, QStringList> m_members;   // org → member user ids
    QHash<QString, QList<QPair<QString, QStringList>>> m_endpoints; // org → enabled (endpoint, events)
    // "org/asset/flow" → the org's own rule; nullopt: none, the house fee table applies
    // (read each time: an admin may change it)
    QHash<QString, std::optional<wallet::FeeRule>> m_fees;
    QHash<QString, ApiKey> m_keys;           // cache by id (revocation updates it)
    QHash<QString, qint64> m_keyTouched;     // key → when "last used" was last written
    struct Waiting {
        QByteArray fingerprint;
        QList<AnswerDone> answers;
    };
    QHash<QString, Waiting> m_running;       // "org\nkey" → repeats waiting for the first answer
    QTimer *m_expiry = nullptr;
    QList<ApiRoute> m_apiRoutes;
};

} // namespace azc::payments
