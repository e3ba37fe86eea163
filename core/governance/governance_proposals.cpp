// Proposals: writing one (with its discussion and announcement), reading,
// cancelling, and the clock that moves them from phase to phase.

#include "governance/governance_proposal.h"
#include "governance/tally.h"
#include "governance/tally_recorder.h"

#include "audit/audit_log.h"
#include "crypto/secure_random.h"
#include "identity/user_directory.h"
#include "ledger/ledger_service.h"
#include "messaging/messaging_service.h"
#include "notify/event_bus.h"
#include "staking/staking_service.h"
#include "storage/database.h"
#include "storage/stored_amount.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>

namespace azc::governance {

const char *GovernanceService::Proposal::columns()
{
    return "id, seq, author_id, title, body, action, status, conversation_id, created_at, voting_starts, voting_ends, snapshot_at, timelock_ms,"
           " executable_at, quorum_bps, threshold_bps, snapshot_total, for_weight, against_weight, abstain_weight, root, outcome,"
           " failure, executed_at, chain_tx, chain_status, imported, updated_at";
}

GovernanceService::Proposal GovernanceService::Proposal::from(const QSqlQuery &q)
{
    Proposal p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.seq = q.value(i++).toLongLong();
    p.authorId = q.value(i++).toString();
    p.title = q.value(i++).toString();
    p.body = q.value(i++).toString();
    p.action = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    p.status = q.value(i++).toString();
    p.conversationId = q.value(i++).toString();
    p.createdAt = q.value(i++).toLongLong();
    p.votingStarts = q.value(i++).toLongLong();
    p.votingEnds = q.value(i++).toLongLong();
    p.snapshotAt = q.value(i++).toLongLong();
    p.timelockMs = q.value(i++).toLongLong();
    p.executableAt = q.value(i++).toLongLong();
    p.quorumBps = q.value(i++).toInt();
    p.thresholdBps = q.value(i++).toInt();
    p.snapshotTotal = storage::storedAmount(q.value(i++));
    p.forWeight = storage::storedAmount(q.value(i++));
    p.againstWeight = storage::storedAmount(q.value(i++));
    p.abstainWeight = storage::storedAmount(q.value(i++));
    p.root = q.value(i++).toString();
    p.outcome = q.value(i++).toString();
    p.failure = q.value(i++).toString();
    p.executedAt = q.value(i++).toLongLong();
    p.chainTx = q.value(i++).toString();
    p.chainStatus = q.value(i++).toString();
    p.imported = q.value(i++).toInt() != 0;
    p.updatedAt = q.value(i++).toLongLong();
    return p;
}

QVariantList GovernanceService::Proposal::values() const
{
    return {id, seq, authorId, title, body,
            action.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(action).toJson(QJsonDocument::Compact)), status,
            conversationId, createdAt, votingStarts, votingEnds, snapshotAt, timelockMs, executableAt, quorumBps, thresholdBps,
            snapshotTotal.unitsText(), forWeight.unitsText(), againstWeight.unitsText(), abstainWeight.unitsText(), root, outcome,
            failure, executedAt, chainTx, chainStatus, imported ? 1 : 0, updatedAt};
}

GovernanceService::GovernanceService(GovernanceServices services, GovernanceConfig config, QObject *parent)
    : QObject(parent), s(services), m_config(std::move(config))
{
    m_timer.setInterval(m_config.tickMs);
    connect(&m_timer, &QTimer::timeout, this, &GovernanceService::tick);
    s.ledger.protectOwner(fundOwner(), executeCode());
    addAction({QStringLiteral("fund.payout"), [this](const QJsonObject &p) { return validatePayout(p); },
               [this](const QString &id, const QJsonObject &p, std::function<void(Status)> done) { payFromFund(id, p, std::move(done)); }});
}

GovernanceService::~GovernanceService() = default;

Result<int> GovernanceService::decimals()
{
    auto a = s.ledger.asset(m_config.asset);
    if (!a)
        return a.error();
    return a->decimals;
}

Result<QList<GovernanceService::Proposal>> GovernanceService::proposals(const QString &where, const QVariantList &params)
{
    auto q = s.db.exec(QStringLiteral("SELECT %1 FROM gov_proposals %2").arg(QLatin1String(Proposal::columns()), where), params);
    if (!q)
        return q.error();
    QList<Proposal> out;
    while (q->next())
        out.append(Proposal::from(*q));
    return out;
}

Result<GovernanceService::Proposal> GovernanceService::proposal(const QString &id)
{
    auto rows = proposals(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail("not_found", QStringLiteral("no such proposal"), {{QStringLiteral("field"), QStringLiteral("proposalId")}});
    return rows->first();
}

Status GovernanceService::saveStatus(const Proposal &p)
{
    QVariantList v = p.values();
    v.removeFirst();
    v.append(p.id);
    auto q = s.db.exec(QStringLiteral("UPDATE gov_proposals SET seq = ?, author_id = ?, title = ?, body = ?, action = ?, status = ?,"
                                      " conversation_id = ?, created_at = ?, voting_starts = ?, voting_ends = ?, snapshot_at = ?, timelock_ms = ?,"
                                      " executable_at = ?, quorum_bps = ?, threshold_bps = ?, snapshot_total = ?, for_weight = ?,"
                                      " against_weight = ?, abstain_weight = ?, root = ?, outcome = ?, failure = ?, executed_at = ?,"
                                      " chain_tx = ?, chain_status = ?, imported = ?, updated_at = ? WHERE id = ?"),
                       v);
    if (!q)
        return q.error();
    return okStatus();
}

Status GovernanceService::validateAction(const QJsonObject &action)
{
    if (action.isEmpty())
        return okStatus();
    const QString type = action.value(QStringLiteral("type")).toString();
    auto kind = m_actions.constFind(type);
    if (kind == m_actions.cend())
        return fail("invalid_params", QStringLiteral("unknown action type \"%1\"").arg(type), {{QStringLiteral("field"), QStringLiteral("action")}});
    return kind->validate(action.value(QStringLiteral("params")).toObject());
}

Result<QJsonObject> GovernanceService::propose(const server::Caller &author, const QString &title, const QString &body,
                                                const QJsonObject &action)
{
    return importProposal(author, title, body, action, s.clock.nowMs());
}

Result<QJsonObject> GovernanceService::importProposal(const server::Caller &author, const QString &titleIn, const QString &bodyIn,
                                                      const QJsonObject &action, qint64 createdAt)
{
    const QString title = titleIn.trimmed(), body = bodyIn.trimmed();
    if (title.size() < 5)
        return fail("invalid_params", QStringLiteral("give the proposal a title"), {{QStringLiteral("field"), QStringLiteral("title")}});
    auto d = decimals();
    if (!d)
        return d.error();
    auto minimum = Amount::parse(m_config.minProposerStake, *d);
    auto staked = s.staking.activeStake(author.userId, m_config.asset);
    if (!minimum || !staked)
        return !minimum ? minimum.error() : staked.error();
    if (*staked < *minimum)
        return fail("insufficient_stake", QStringLiteral("writing a proposal needs at least %1 %2 staked (you have %3)")
                                              .arg(minimum->toString(*d), m_config.asset, staked->toString(*d)));
    if (auto v = validateAction(action); !v)
        return v.error();
    auto dao = daoAccount();
    if (!dao)
        return dao.error();
    const qint64 now = createdAt;
    Proposal p;
    p.id = crypto::randomId();
    auto last = s.db.scalar(QStringLiteral("SELECT MAX(seq) FROM gov_proposals"));
    if (!last)
        return last.error();
    p.seq = last->toLongLong() + 1;
    p.authorId = author.userId;
    p.title = title;
    p.body = body;
    p.action = action;
    p.status = QStringLiteral("discussion");
    p.createdAt = p.updatedAt = now;
    p.votingStarts = now + m_config.discussionMs;
    p.votingEnds = p.votingStarts + m_config.votingMs;
    p.timelockMs = m_config.timelockMs;
    p.quorumBps = m_config.quorumBps;
    p.thresholdBps = m_config.thresholdBps;
    p.imported = createdAt < s.clock.nowMs() - 60'000; // written as history, not now

    storage::Transaction tx(s.db);
    // The discussion is a group conversation the author owns; anyone joins it from the proposal.
    auto chat = s.messaging.openSystemGroup(author.userId, QStringLiteral("Proposal #%1: %2").arg(p.seq).arg(title.left(80)), {});
    if (!chat)
        return chat.error();
    p.conversationId = *chat;
    auto q = s.db.exec(QStringLiteral("INSERT INTO gov_proposals (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                           .arg(QLatin1String(Proposal::columns())),
                       p.values());
    if (!q)
        return q.error();
    if (auto a = s.audit.record(author.userId, QStringLiteral("governance.propose"), p.id, {{QStringLiteral("title"), title}}); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    announce(QStringLiteral("New proposal #%1: %2 — discussion open; voting from %3 UTC.")
                 .arg(p.seq)
                 .arg(title, QDateTime::fromMSecsSinceEpoch(p.votingStarts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    changed(p.id);
    auto json = proposalJson(p, author.userId);
    if (!json)
        return json.error();
    return QJsonObject{{QStringLiteral("proposal"), *json}};
}

Result<QJsonObject> GovernanceService::proposalJson(const Proposal &p, const QString &viewerId)
{
    auto d = decimals();
    if (!d)
        return d.error();
    auto author = s.users.byId(p.authorId);
    const QString authorName = author && author.value() ? author.value()->username : QString();
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("number"), p.seq},
                  {QStringLiteral("title"), p.title},
                  {QStringLiteral("body"), p.body},
                  {QStringLiteral("author"), authorName},
                  {QStringLiteral("status"), p.status},
                  {QStringLiteral("conversationId"), p.conversationId},
                  {QStringLiteral("createdAt"), p.createdAt},
                  {QStringLiteral("votingStartsAt"), p.votingStarts},
                  {QStringLiteral("votingEndsAt"), p.votingEnds},
                  {QStringLiteral("snapshotAt"), p.snapshotAt},
                  {QStringLiteral("executableAt"), p.executableAt},
                  {QStringLiteral("executedAt"), p.executedAt},
                  {QStringLiteral("quorumBps"), p.quorumBps},
                  {QStringLiteral("thresholdBps"), p.thresholdBps},
                  {QStringLiteral("asset"), m_config.asset},
                  {QStringLiteral("snapshotTotal"), p.snapshotTotal.toString(*d)},
                  {QStringLiteral("quorum"), quorumOf(p.snapshotTotal, p.quorumBps).toString(*d)},
                  {QStringLiteral("totals"), QJsonObject{{QStringLiteral("for"), p.forWeight.toString(*d)},
                                                         {QStringLiteral("against"), p.againstWeight.toString(*d)},
                                                         {QStringLiteral("abstain"), p.abstainWeight.toString(*d)}}},
                  {QStringLiteral("root"), p.root},
                  {QStringLiteral("outcome"), p.outcome},
                  {QStringLiteral("failure"), p.failure},
                  {QStringLiteral("chain"), QJsonObject{{QStringLiteral("status"), p.chainStatus},
                                                        {QStringLiteral("txHash"), p.chainTx}}}};
    if (!p.action.isEmpty())
        o.insert(QStringLiteral("action"), p.action);
    if (p.status == QLatin1String("voting")) {
        // Results so far, as votes come in (the published tally follows at the end).
        auto q = s.db.exec(QStringLiteral("SELECT choice, weight FROM gov_votes WHERE proposal_id = ?"), {p.id});
        if (!q)
            return q.error();
        QList<VoteLeaf> votes;
        while (q->next())
            votes.append({QString(), choiceFrom(q->value(0).toString()).value_or(Choice::Abstain), storage::storedAmount(q->value(1))});
        const Totals t = totalsOf(votes);
        o.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("for"), t.forWeight.toString(*d)},
                                                       {QStringLiteral("against"), t.againstWeight.toString(*d)},
                                                       {QStringLiteral("abstain"), t.abstainWeight.toString(*d)}});
    }
    if (!viewerId.isEmpty()) {
        auto mine = s.db.exec(QStringLiteral("SELECT s.weight, v.choice FROM gov_snapshots s LEFT JOIN gov_votes v"
                                             " ON v.proposal_id = s.proposal_id AND v.user_id = s.user_id"
                                             " WHERE s.proposal_id = ? AND s.user_id = ?"),
                              {p.id, viewerId});
        if (!mine)
            return mine.error();
        if (mine->next()) {
            o.insert(QStringLiteral("myWeight"), storage::storedAmount(mine->value(0)).toString(*d));
            o.insert(QStringLiteral("myChoice"), mine->value(1).toString());
        }
        o.insert(QStringLiteral("mine"), p.authorId == viewerId);
    }
    return o;
}

Result<QJsonObject> GovernanceService::list(const server::Caller &caller, const QString &status, int limit)
{
    // "open" means not finished: in discussion, voting or waiting for its timelock.
    QString where;
    if (status == QLatin1String("open"))
        where = QStringLiteral("WHERE status IN ('discussion', 'voting', 'queued', 'executing')");
    else if (!status.isEmpty())
        where = QStringLiteral("WHERE status = ?");
    auto rows = proposals(where + QStringLiteral(" ORDER BY seq DESC LIMIT ?"),
                          status.isEmpty() || status == QLatin1String("open") ? QVariantList{limit} : QVariantList{status, limit});
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const Proposal &p : *rows) {
        auto json = proposalJson(p, caller.userId);
        if (!json)
            return json.error();
        QJsonObject o = *json;
        o.remove(QStringLiteral("body")); // the list shows titles; the page reads the rest
        out.append(o);
    }
    return QJsonObject{{QStringLiteral("proposals"), out}, {QStringLiteral("now"), s.clock.nowMs()}};
}

Result<QJsonObject> GovernanceService::get(const server::Caller &caller, const QString &proposalId)
{
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    auto json = proposalJson(*p, caller.userId);
    if (!json)
        return json.error();
    return QJsonObject{{QStringLiteral("proposal"), *json}, {QStringLiteral("now"), s.clock.nowMs()}};
}

Result<QJsonObject> GovernanceService::cancel(const server::Caller &author, const QString &proposalId)
{
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    if (p->authorId != author.userId)
        return fail("forbidden", QStringLiteral("only the author may cancel a proposal"));
    if (p->status != QLatin1String("discussion") && p->status != QLatin1String("voting"))
        return fail("invalid_state", QStringLiteral("this proposal is %1").arg(p->status));
    auto votes = s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM gov_votes WHERE proposal_id = ?"), {proposalId});
    if (!votes)
        return votes.error();
    if (votes->toLongLong() > 0)
        return fail("invalid_state", QStringLiteral("votes have been cast: the proposal runs to its end"));
    p->status = QStringLiteral("canceled");
    p->updatedAt = s.clock.nowMs();
    if (auto st = saveStatus(*p); !st)
        return st.error();
    announce(QStringLiteral("Proposal #%1 was withdrawn by its author.").arg(p->seq));
    changed(p->id);
    return get(author, proposalId);
}

Result<QJsonObject> GovernanceService::joinDiscussion(const server::Caller &caller, const QString &proposalId)
{
    auto p = proposal(proposalId);
    if (!p)
        return p.error();
    auto members = s.messaging.members(p->conversationId);
    if (!members)
        return members.error();
    if (!members->contains(caller.userId))
        if (auto st = s.messaging.addSystemMember(p->conversationId, caller.userId); !st)
            return st.error();
    return QJsonObject{{QStringLiteral("conversationId"), p->conversationId}};
}

Result<QJsonObject> GovernanceService::channel()
{
    if (auto dao = daoAccount(); !dao)
        return dao.error();
    if (m_channelId.isEmpty())
        return fail("unavailable", QStringLiteral("the governance channel is not open yet"));
    return QJsonObject{{QStringLiteral("conversationId"), m_channelId}, {QStringLiteral("handle"), QStringLiteral("governance")}};
}

void GovernanceService::announce(const QString &text)
{
    if (m_channelId.isEmpty() || m_daoId.isEmpty())
        return;
    messaging::SendRequest r;
    r.conversationId = m_channelId;
    r.text = text;
    (void)s.messaging.send(m_daoId, r); // an announcement that fails to post does not undo the proposal
}

void GovernanceService::changed(const QString &proposalId)
{
    s.bus.publishToEveryone(QStringLiteral("event.governance.changed"), {{QStringLiteral("proposalId"), proposalId}});
}

// ---------------------------------------------------------------- the clock

void GovernanceService::tick()
{
    const qint64 now = s.clock.nowMs();
    auto due = proposals(QStringLiteral("WHERE (status = 'discussion' AND voting_starts <= ?) OR (status = 'voting' AND voting_ends <= ?)"
                                        " OR (status = 'queued' AND executable_at <= ?) OR status = 'executing' ORDER BY seq"),
                         {now, now, now});
    if (!due)
        return;
    for (const Proposal &p : *due) {
        if (p.status == QLatin1String("discussion"))
            (void)openVoting(p);
        else if (p.status == QLatin1String("voting"))
            (void)closeVoting(p);
        else
            execute(p);
    }
    // Records the chain has not taken yet (node offline) are sent again; sent
    // ones whose final state was missed (a restart) are looked up.
    if (m_recorder) {
        auto unfinished = proposals(QStringLiteral("WHERE chain_status IN ('pending', 'sent') ORDER BY seq"), {});
        if (unfinished)
            for (Proposal p : *unfinished) {
                if (p.chainStatus == QLatin1String("pending")) {
                    recordOnChain(p.id);
                    continue;
                }
                QString hash;
                if (auto final = m_recorder->finalState(p.id, &hash)) {
                    p.chainTx = hash;
                    p.chainStatus = *final ? QStringLiteral("confirmed") : QStringLiteral("failed");
                    if (saveStatus(p))
                        changed(p.id);
                }
            }
    }
}

Status GovernanceService::openVoting(Proposal p)
{
    // The snapshot: every active stake right now, in one transaction with the
    // status change, so a stake or unstake lands wholly before or after it.
    auto stakes = s.staking.activeStakes(m_config.asset);
    if (!stakes)
        return stakes.error();
    storage::Transaction tx(s.db);
    Amount total;
    for (auto it = stakes->cbegin(); it != stakes->cend(); ++it) {
        if (it.value().isZero())
            continue;
        auto q = s.db.exec(QStringLiteral("INSERT INTO gov_snapshots (proposal_id, user_id, weight, nonce) VALUES (?,?,?,?)"),
                           {p.id, it.key(), it.value().unitsText(), crypto::randomId()});
        if (!q)
            return q.error();
        total = total.checkedAdd(it.value()).value_or(Amount::max());
    }
    p.snapshotTotal = total;
    p.status = QStringLiteral("voting");
    p.snapshotAt = p.updatedAt = s.clock.nowMs();
    // Opened late (the server was down when voting should have started): the
    // vote still lasts its whole period. A tick's lag is not lateness; history
    // keeps its recorded dates.
    if (!p.imported && p.snapshotAt - p.votingStarts > 60'000)
        p.votingEnds = std::max(p.votingEnds, p.snapshotAt + (p.votingEnds - p.votingStarts));
    if (auto st = saveStatus(p); !st)
        return st;
    if (auto c = tx.commit(); !c)
        return c;
    announce(QStringLiteral("Voting is open on proposal #%1: %2 — until %3 UTC.")
                 .arg(p.seq)
                 .arg(p.title, QDateTime::fromMSecsSinceEpoch(p.votingEnds, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    changed(p.id);
    return okStatus();
}

Result<QString> GovernanceService::daoAccount()
{
    if (!m_daoId.isEmpty())
        return m_daoId;
    // The DAO's own account: posts announcements, never signs in (a bot without a token).
    auto saved = s.db.scalar(QStringLiteral("SELECT value FROM gov_settings WHERE name = 'dao_user'"));
    if (!saved)
        return saved.error();
    if (saved->isValid()) {
        auto channel = s.db.scalar(QStringLiteral("SELECT value FROM gov_settings WHERE name = 'channel'"));
        if (!channel)
            return channel.error();
        m_daoId = saved->toString();
        m_channelId = channel->toString();
        return m_daoId;
    }
    identity::User dao;
    dao.id = crypto::randomId();
    dao.username = QStringLiteral("dao");
    if (auto taken = s.users.byUsername(dao.username); taken && taken.value())
        dao.username = QStringLiteral("dao_") + dao.id.left(6);
    dao.displayName = QStringLiteral("AZCoiner DAO");
    dao.role = server::Role::Bot;
    storage::Transaction tx(s.db);
    if (auto st = s.users.insert(dao); !st)
        return st.error();
    auto made = s.messaging.createChannel(dao.id, QStringLiteral("AZCoiner Governance"), QStringLiteral("governance"),
                                          QStringLiteral("Proposals, votes and results of the AZC DAO"), true);
    if (!made)
        return made.error();
    const QString channelId = made->value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString();
    for (const auto &[name, value] : {std::pair{QStringLiteral("dao_user"), dao.id}, std::pair{QStringLiteral("channel"), channelId}})
        if (auto q = s.db.exec(QStringLiteral("INSERT INTO gov_settings (name, value) VALUES (?, ?)"), {name, value}); !q)
            return q.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    m_daoId = dao.id;
    m_channelId = channelId;
    return m_daoId;
}

Status GovernanceService::start()
{
    if (auto dao = daoAccount(); !dao)
        return dao.error();
    tick(); // finishes what a crash interrupted ('executing' rows) and whatever came due while stopped
    m_timer.start();
    return okStatus();
}

} // namespace azc::governance
