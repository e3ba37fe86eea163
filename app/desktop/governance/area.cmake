# The DAO on the desktop: proposals with their results, a proposal's page with
# its discussion (a chat of its own), voting with the weight shown, verifying
# one's vote against the published tally (core/governance/tally.h, here on
# this computer) and the chain, writing proposals, and the community fund.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER governance
  SOURCES
    governance_errors.cpp governance_errors.h governance_proposals_model.cpp governance_proposals_model.h
    governance_proposal.cpp governance_proposal.h community_fund.cpp community_fund.h
    proposal_composer.cpp proposal_composer.h
  QML
    GovernanceWords.qml GovernancePage.qml ProposalsList.qml ResultsBar.qml ProposalView.qml VoteDialog.qml
    NewProposalDialog.qml FundView.qml
  SINGLETONS GovernanceWords.qml
)
