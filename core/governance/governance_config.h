#pragma once
// The DAO's rules. Every proposal copies the quorum and threshold it was
// created under, so changing them never changes a vote already running.

#include <QString>
#include <QtGlobal>

namespace azc::governance {

struct GovernanceConfig {
    QString asset = QStringLiteral("AZC");           // staked in it = voting power
    QString minProposerStake = QStringLiteral("100"); // in `asset`, staked, to write a proposal
    qint64 discussionMs = 24LL * 3600 * 1000;         // comments before the vote opens
    qint64 votingMs = 72LL * 3600 * 1000;
    qint64 timelockMs = 24LL * 3600 * 1000;           // a passed proposal waits this long before it runs
    int quorumBps = 1000;    // votes cast (any choice) ≥ this share of the stake at the snapshot
    int thresholdBps = 5000; // passed when for / (for + against) is strictly above this
    int tickMs = 1000;       // how often due proposals move on
    // On-chain record of each tally (custody's network and the TallyRecord
    // contract); empty: results are not recorded on chain.
    QString chainNetwork;
    QString tallyContract;
};

} // namespace azc::governance
