#pragma once
// core/governance: the DAO. Proposals written by staked AZC holders, each
// with a discussion (a real group conversation of the messaging module) and
// an announcement in the public governance channel; voting power is the
// voter's active stake at the snapshot taken when voting opens, so tokens
// bought, borrowed or staked after that do not count; one vote per account,
// changeable until the end; quorum, threshold and a timelock; then the
// proposal's typed action is executed by the system — never by hand — once,
// also across a restart (the row says 'executing' before anything moves and
// every action is idempotent under the proposal's id).
//
// The community fund is the ledger owner "community-fund": the ledger lets
// money leave it only in operations coded "governance.execute", which only
// the execution of a passed proposal submits.
//
// When voting ends the votes are published as a Merkle sum tree (tally.h)
// and its root and totals are recorded on chain (TallyRecorder).

#include "common/amount.h"
#include "common/clock.h"
#include "common/result.h"
#include "governance/governance_config.h"
#include "server/call_context.h"
#include "server/method_table.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace azc::storage { class Database; }
namespace azc::ledger { class LedgerService; }
namespace azc::staking { class StakingService; }
namespace azc::messaging { class MessagingService; }
namespace azc::identity { class UserDirectory; }
namespace azc::notify { class NotificationService; class EventBus; }
namespace azc::audit { class AuditLog; }
namespace azc::wallet { class WalletService; }

namespace azc::governance {

class TallyRecorder;

// A kind of action a proposal may carry: checked when the proposal is
// written and again before it runs; `execute` must be idempotent for one
// proposal id (it may run again after a crash).
struct ActionKind {
    QString type;
    std::function<Status(const QJsonObject &params)> validate;
    std::function<void(const QString &proposalId, const QJsonObject &params, std::function<void(Status)> done)> execute;
};

struct GovernanceServices {
    storage::Database &db;
    ledger::LedgerService &ledger;
    wallet::WalletService &wallet;
    staking::StakingService &staking;
    messaging::MessagingService &messaging;
    identity::UserDirectory &users;
    notify::NotificationService &notifications;
    notify::EventBus &bus;
    audit::AuditLog &audit;
    const Clock &clock;
};

class GovernanceService : public QObject
{
    Q_OBJECT
public:
    GovernanceService(GovernanceServices services, GovernanceConfig config, QObject *parent = nullptr);
    ~GovernanceService() override;

    static QString fundOwner() { return QStringLiteral("community-fund"); }
    static QString executeCode() { return QStringLiteral("governance.execute"); }

    void addAction(ActionKind kind) { m_actions.insert(kind.type, std::move(kind)); }
    void setRecorder(TallyRecorder *recorder);
    const GovernanceConfig &config() const { return m_config; }

    // The DAO's account and channel; finishes executions a crash interrupted; starts the clock.
    Status start();
    // One pass: open voting (snapshot), close voting (tally), run what the timelock released.
    void tick();

    // --- proposals (governance_proposals.cpp)
    Result<QJsonObject> propose(const server::Caller &author, const QString &title, const QString &body, const QJsonObject &action);
    // Demo history only: a proposal written at `createdAt` (its periods count from then).
    Result<QJsonObject> importProposal(const server::Caller &author, const QString &title, const QString &body, const QJsonObject &action,
                                       qint64 createdAt);
    Result<QJsonObject> list(const server::Caller &caller, const QString &status, int limit);
    Result<QJsonObject> get(const server::Caller &caller, const QString &proposalId);
    Result<QJsonObject> cancel(const server::Caller &author, const QString &proposalId);
    Result<QJsonObject> joinDiscussion(const server::Caller &caller, const QString &proposalId);
    Result<QJsonObject> channel();

    // --- votes and the tally (governance_voting.cpp)
    Result<QJsonObject> vote(const server::Caller &voter, const QString &proposalId, const QString &choice);
    Result<QJsonObject> votingPower(const server::Caller &caller, const QString &proposalId);
    Result<QJsonObject> tally(const QString &proposalId);
    Result<QJsonObject> myVote(const server::Caller &voter, const QString &proposalId);
    void chainRecord(const QString &proposalId, std::function<void(Result<QJsonObject>)> done);
    // Demo history only: a vote cast at the time it was cast (no window check).
    Status importVote(const QString &userId, const QString &proposalId, const QString &choice);

    // --- the community fund (governance_fund.cpp)
    Result<QJsonObject> fund(int limit);
    // Money in is anyone's to give: from a user's wallet, or the house treasury (admins).
    void donate(const server::Caller &caller, const QString &asset, const QString &amount, const QString &key, bool fromTreasury,
                server::Reply reply);

private:
    struct Proposal;
    Result<Proposal> proposal(const QString &id);
    Result<QList<Proposal>> proposals(const QString &where, const QVariantList &params);
    Status saveStatus(const Proposal &p);
    Result<QJsonObject> proposalJson(const Proposal &p, const QString &viewerId);
    Status openVoting(Proposal p);
    Status closeVoting(Proposal p);
    void execute(Proposal p);
    void finishExecution(const QString &proposalId, Status result);
    void recordOnChain(const QString &proposalId);
    Status validateAction(const QJsonObject &action);
    void announce(const QString &text);
    void changed(const QString &proposalId);
    Result<QString> daoAccount();
    Result<int> decimals();
    // fund payouts: the one flow that may debit the community fund
    void payFromFund(const QString &proposalId, const QJsonObject &params, std::function<void(Status)> done);
    Status validatePayout(const QJsonObject &params);

    GovernanceServices s;
    GovernanceConfig m_config;
    TallyRecorder *m_recorder = nullptr;
    QHash<QString, ActionKind> m_actions;
    QTimer m_timer;
    QSet<QString> m_executing; // proposals whose action is running
    struct Backoff {
        qint64 nextAt = 0, delayMs = 0;
    };
    QHash<QString, Backoff> m_recordBackoff; // chain records that could not be sent yet
    QString m_daoId, m_channelId;
};

} // namespace azc::governance
