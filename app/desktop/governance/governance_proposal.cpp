#include "governance/governance_proposal.h"

#include "foundation/event_hub.h"
#include "governance/governance_errors.h"
#include "governance/tally.h"

#include <QDateTime>

namespace azc {

GovernanceProposal::GovernanceProposal(QObject *parent) : RemoteObject(parent) {}

void GovernanceProposal::onAttached()
{
    events()->on(Topic::GovernanceChanged, this, [this](const ServerEvent &e) {
        if (e.objectId == m_id)
            reload();
    });
    events()->onResync(this, [this] { reload(); });
    reload();
}

void GovernanceProposal::setProposalId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_proposal = {};
    m_chain = {};
    setVerdict(None, {});
    emit proposalIdChanged();
    emit changed();
    reload();
}

bool GovernanceProposal::canVote() const
{
    return m_proposal.value(QStringLiteral("status")).toString() == QLatin1String("voting")
           && !m_proposal.value(QStringLiteral("myWeight")).toString().isEmpty();
}

bool GovernanceProposal::canCancel() const
{
    const QString status = m_proposal.value(QStringLiteral("status")).toString();
    return m_proposal.value(QStringLiteral("mine")).toBool() && (status == QLatin1String("discussion") || status == QLatin1String("voting"));
}

void GovernanceProposal::reload()
{
    if (m_id.isEmpty() || !context())
        return;
    const QString asked = m_id;
    request(QStringLiteral("governance.proposal"), {{QStringLiteral("proposalId"), m_id}}, [this, asked](const QJsonObject &r) {
        if (asked != m_id)
            return; // another proposal was opened meanwhile
        m_proposal = r.value(QStringLiteral("proposal")).toObject();
        m_offsetMs = r.value(QStringLiteral("now")).toInteger() - QDateTime::currentMSecsSinceEpoch();
        emit changed();
    });
}

void GovernanceProposal::vote(const QString &choice)
{
    request(QStringLiteral("governance.vote"), {{QStringLiteral("proposalId"), m_id}, {QStringLiteral("choice"), choice}},
            [this](const QJsonObject &r) {
                emit voted(r.value(QStringLiteral("choice")).toString(), r.value(QStringLiteral("weight")).toString());
                reload();
            },
            [this](const RpcReply &reply) { emit failed(GovernanceErrors::describe(reply)); });
}

void GovernanceProposal::cancel()
{
    request(QStringLiteral("governance.cancel"), {{QStringLiteral("proposalId"), m_id}}, [this](const QJsonObject &) { reload(); },
            [this](const RpcReply &reply) { emit failed(GovernanceErrors::describe(reply)); });
}

void GovernanceProposal::joinDiscussion()
{
    request(QStringLiteral("governance.joinDiscussion"), {{QStringLiteral("proposalId"), m_id}}, [this](const QJsonObject &r) {
        emit discussionReady(r.value(QStringLiteral("conversationId")).toString());
    });
}

QString GovernanceProposal::check(const QJsonObject &tallyJson, const QString &publishedRoot, const QJsonObject &myVote)
{
    const int decimals = tallyJson.value(QStringLiteral("decimals")).toInt(18);
    auto tally = governance::tallyFromJson(tallyJson, decimals);
    if (!tally)
        return tr("The published tally could not be read: %1").arg(tally.error().message);
    if (tally->root != publishedRoot)
        return tr("The tally's root is not the one the proposal published.");
    auto choice = governance::choiceFrom(myVote.value(QStringLiteral("choice")).toString());
    auto weight = Amount::parse(myVote.value(QStringLiteral("weight")).toString(), decimals);
    if (!choice || !weight)
        return tr("Your vote could not be read.");
    auto mine = governance::verifyMyVote(*tally, myVote.value(QStringLiteral("userId")).toString(),
                                         myVote.value(QStringLiteral("nonce")).toString(), *choice, *weight);
    if (!mine)
        return mine.error().reason == QLatin1String("vote_not_counted")
                       ? tr("Your vote is not in the published tally as you cast it.")
                       : tr("The published tally does not add up: %1").arg(mine.error().message);
    return {};
}

void GovernanceProposal::verifyMyVote()
{
    setVerdict(Checking, tr("Checking…"));
    m_chain = {};
    const QString asked = m_id;
    request(QStringLiteral("governance.tally"), {{QStringLiteral("proposalId"), m_id}}, [this, asked](const QJsonObject &t) {
        if (asked != m_id)
            return;
        const QJsonObject tally = t.value(QStringLiteral("tally")).toObject();
        request(QStringLiteral("governance.myVote"), {{QStringLiteral("proposalId"), m_id}}, [this, tally, asked](const QJsonObject &mine) {
            if (asked != m_id)
                return;
            const QString why = check(tally, m_proposal.value(QStringLiteral("root")).toString(), mine);
            if (!why.isEmpty())
                return setVerdict(Failed, why);
            const int leaves = int(tally.value(QStringLiteral("leaves")).toArray().size());
            const QString choice = mine.value(QStringLiteral("choice")).toString();
            const QString choiceWord = choice == QLatin1String("for") ? tr("for") : choice == QLatin1String("against") ? tr("against") : tr("abstain");
            setVerdict(Verified, tr("Your vote (%1, weight %2 %3) is counted: the %n published vote(s) rebuild the root and the totals.", nullptr, leaves)
                                         .arg(choiceWord, mine.value(QStringLiteral("weight")).toString(), tally.value(QStringLiteral("asset")).toString()));
            if (tally.value(QStringLiteral("chain")).toObject().value(QStringLiteral("status")).toString() != QLatin1String("off"))
                readChain(tally.value(QStringLiteral("root")).toString());
        }, [this](const RpcReply &reply) {
            setVerdict(Failed, reply.reason == QLatin1String("not_found") ? tr("You did not vote on this proposal.") : GovernanceErrors::describe(reply));
        });
    }, [this](const RpcReply &reply) { setVerdict(Failed, GovernanceErrors::describe(reply)); });
}

void GovernanceProposal::readChain(const QString &tallyRoot)
{
    request(QStringLiteral("governance.chainRecord"), {{QStringLiteral("proposalId"), m_id}}, [this, tallyRoot](const QJsonObject &r) {
        m_chain = r;
        // The chain must hold the very root just verified, or the tally was rewritten.
        if (r.value(QStringLiteral("recorded")).toBool() && r.value(QStringLiteral("root")).toString() != tallyRoot)
            return setVerdict(Failed, tr("The blockchain holds a different result for this proposal."));
        emit verdictChanged();
    }, [this](const RpcReply &) { emit verdictChanged(); });
}

void GovernanceProposal::setVerdict(Verdict verdict, const QString &text)
{
    m_verdict = verdict;
    m_verdictText = text;
    emit verdictChanged();
}

} // namespace azc
