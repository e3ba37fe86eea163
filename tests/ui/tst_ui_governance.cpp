// The DAO as members use it, on the demo: alice reads the proposals (one
// executed, one voting, one in discussion), opens the one being voted on,
// reads its discussion beside it, votes with the confirmation that shows her
// weight, and changes her mind; on the executed one she verifies her vote
// against the published tally on this computer — and the same check refuses
// the tally with one vote altered. The community fund shows the payout. Screens
// are saved, in English and in dark Persian.

#include "ui_harness.h"

#include "governance/governance_proposal.h"
#include "foundation/error_sink.h"
#include "governance/governance_proposals_model.h"

#include <QJsonArray>

using azc::GovernanceProposal;
using azc::GovernanceProposalsModel;
using azc::uitest::UiHarness;

namespace {

// The row of `model` whose status is `status`, or -1.
int rowWithStatus(GovernanceProposalsModel *model, const QString &status)
{
    for (int i = 0; i < model->count(); ++i)
        if (model->get(i).value(QStringLiteral("status")).toString() == status)
            return i;
    return -1;
}

} // namespace

class TestUiGovernance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
    }
    void cleanup() { ui.close(); }
    void cleanupTestCase() { UiHarness::stopBackend(); }

    void voteWithTheWeightShownAndVerifyIt();
    void alteredTallyFailsVerification();
    void darkPersianProposals();

private:
    // Opens the proposal of `status` from the list (filter "All"); its id.
    QString openProposal(const QString &status);
    UiHarness ui;
};

QString TestUiGovernance::openProposal(const QString &status)
{
    if (!ui.openSection(QStringLiteral("governance")))
        return {};
    if (!ui.click(QStringLiteral("proposalFilter_all")))
        return {};
    auto *model = ui.findAs<GovernanceProposalsModel>(QStringLiteral("governanceProposals"));
    if (!model || !QTest::qWaitFor([&] { return rowWithStatus(model, status) >= 0; }, 10000))
        return {};
    const int row = rowWithStatus(model, status);
    const QString id = model->get(row).value(QStringLiteral("id")).toString();
    const QString rowName = QStringLiteral("proposalRow_%1").arg(row);
    if (!QTest::qWaitFor([&] { return ui.item(rowName) != nullptr; }, 5000) || !ui.click(rowName))
        return {};
    return id;
}

void TestUiGovernance::voteWithTheWeightShownAndVerifyIt()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(ui.openSection(QStringLiteral("governance")));
    auto *model = ui.findAs<GovernanceProposalsModel>(QStringLiteral("governanceProposals"));
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->count() >= 2, 10000); // open: the voting one and the one in discussion
    ui.screenshot(QStringLiteral("governance_proposals"));

    // The one being voted on: its discussion beside it, alice's weight in the confirmation.
    const QString votingId = openProposal(QStringLiteral("voting"));
    QVERIFY(!votingId.isEmpty());
    auto *proposal = ui.findAs<GovernanceProposal>(QStringLiteral("governanceProposal"));
    QVERIFY(proposal);
    QTRY_VERIFY_WITH_TIMEOUT(proposal->loaded() && proposal->canVote(), 10000);
    const QString weight = proposal->proposal().value(QStringLiteral("myWeight")).toString();
    QCOMPARE(weight, QStringLiteral("2000"));
    QVERIFY(ui.click(QStringLiteral("vote_against")));
    QTRY_VERIFY(ui.find(QStringLiteral("voteDialog"))->property("opened").toBool());
    QQuickItem *weightText = ui.item(QStringLiteral("voteWeight"));
    QVERIFY(weightText);
    QTRY_VERIFY(weightText->isVisible());
    QVERIFY(weightText->property("text").toString().contains(QStringLiteral("2000 AZC")));
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("voteConfirm"))->isEnabled(), 3000);
    ui.screenshot(QStringLiteral("governance_vote_confirm"));
    QVERIFY(ui.click(QStringLiteral("voteConfirm")));
    QTRY_COMPARE_WITH_TIMEOUT(proposal->proposal().value(QStringLiteral("myChoice")).toString(), QStringLiteral("against"), 10000);
    // Changed her mind: the same weight, the other side.
    QTRY_VERIFY(!ui.find(QStringLiteral("voteDialog"))->property("visible").toBool());
    QVERIFY(ui.click(QStringLiteral("vote_for")));
    QTRY_VERIFY(ui.find(QStringLiteral("voteDialog"))->property("opened").toBool());
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("voteConfirm"))->isEnabled(), 3000);
    QVERIFY(ui.click(QStringLiteral("voteConfirm")));
    QTRY_COMPARE_WITH_TIMEOUT(proposal->proposal().value(QStringLiteral("myChoice")).toString(), QStringLiteral("for"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(proposal->proposal().value(QStringLiteral("totals")).toMap().value(QStringLiteral("for")).toString() != QLatin1String("0"), 10000);
    QTest::qWait(500); // the discussion's messages
    ui.context()->errors()->dismiss();
    ui.screenshot(QStringLiteral("governance_proposal_voting"));
    QVERIFY(ui.click(QStringLiteral("proposalBack")));

    // The executed one: verify my vote here, on this computer.
    const QString executedId = openProposal(QStringLiteral("executed"));
    QVERIFY(!executedId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(proposal = ui.findAs<GovernanceProposal>(QStringLiteral("governanceProposal")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(proposal->loaded() && proposal->proposalId() == executedId, 10000);
    QVERIFY(ui.click(QStringLiteral("verifyMyVote")));
    QTRY_COMPARE_WITH_TIMEOUT(proposal->verdict(), GovernanceProposal::Verified, 10000);
    QVERIFY2(proposal->verdictText().contains(QStringLiteral("for")), qPrintable(proposal->verdictText()));
    ui.context()->errors()->dismiss(); // the "vote recorded" note from before
    ui.scrollIntoView(QStringLiteral("verifyVerdict"));
    ui.screenshot(QStringLiteral("governance_proposal_verified"));
    QVERIFY(ui.click(QStringLiteral("proposalBack")));

    // The community fund, with the executed proposal's payout among its movements.
    QVERIFY(ui.click(QStringLiteral("governanceTab_fund")));
    QTRY_VERIFY_WITH_TIMEOUT(ui.item(QStringLiteral("fundBalance_AZC")), 10000);
    ui.screenshot(QStringLiteral("governance_fund"));
}

// The check the app runs, on the real published tally: it holds; with one
// vote moved to the other side it does not.
void TestUiGovernance::alteredTallyFailsVerification()
{
    QVERIFY(ui.launch());
    QVERIFY(ui.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    const auto list = ui.callNow(QStringLiteral("governance.proposals"), {{QStringLiteral("status"), QStringLiteral("executed")}});
    QVERIFY(list);
    const QJsonObject executed = list->value(QStringLiteral("proposals")).toArray().at(0).toObject();
    const QString id = executed.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const auto tally = ui.callNow(QStringLiteral("governance.tally"), {{QStringLiteral("proposalId"), id}});
    const auto mine = ui.callNow(QStringLiteral("governance.myVote"), {{QStringLiteral("proposalId"), id}});
    QVERIFY(tally && mine);
    const QJsonObject published = tally->value(QStringLiteral("tally")).toObject();
    const QString root = executed.value(QStringLiteral("root")).toString();
    QCOMPARE(GovernanceProposal::check(published, root, *mine), QString());

    // One vote altered: someone else's "against" shown as "for".
    QJsonObject altered = published;
    QJsonArray leaves = altered.value(QStringLiteral("leaves")).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < leaves.size() && !changed; ++i) {
        QJsonObject leaf = leaves[i].toObject();
        if (leaf.value(QStringLiteral("choice")).toString() == QLatin1String("against")) {
            leaf.insert(QStringLiteral("choice"), QStringLiteral("for"));
            leaves[i] = leaf;
            changed = true;
        }
    }
    QVERIFY(changed);
    altered.insert(QStringLiteral("leaves"), leaves);
    QVERIFY(!GovernanceProposal::check(altered, root, *mine).isEmpty());
    // Her own vote altered: it is not counted as she cast it.
    QJsonObject flipped = *mine;
    flipped.insert(QStringLiteral("choice"), QStringLiteral("against"));
    QVERIFY(!GovernanceProposal::check(published, root, flipped).isEmpty());
    // A root that is not the proposal's.
    QVERIFY(!GovernanceProposal::check(published, QString(64, QLatin1Char('0')), *mine).isEmpty());
}

void TestUiGovernance::darkPersianProposals()
{
    QVERIFY(ui.launch(QStringLiteral("fa"), true));
    QVERIFY(ui.signIn(QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    QVERIFY(!openProposal(QStringLiteral("voting")).isEmpty());
    auto *proposal = ui.findAs<GovernanceProposal>(QStringLiteral("governanceProposal"));
    QTRY_VERIFY_WITH_TIMEOUT(proposal && proposal->loaded(), 10000);
    QTest::qWait(500);
    ui.screenshot(QStringLiteral("governance_proposal_dark_fa"));
    QVERIFY(ui.click(QStringLiteral("proposalBack")));
    QTest::qWait(300);
    ui.screenshot(QStringLiteral("governance_proposals_dark_fa"));
}

AZC_UI_TEST_MAIN(TestUiGovernance)
#include "tst_ui_governance.moc"
