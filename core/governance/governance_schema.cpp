#include "governance/governance_schema.h"

namespace azc::governance {

QList<storage::Migration> governanceMigrations()
{
    return {{1, QStringLiteral("proposals, snapshots, votes, settings"), {
        // status: discussion → voting → queued → executing → executed | failed;
        //         voting → passed (no action) | rejected; discussion/voting → canceled.
        // Amounts are units of the governance asset; action is JSON ('' for none).
        QStringLiteral("CREATE TABLE gov_proposals (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, author_id TEXT NOT NULL,"
                       " title TEXT NOT NULL, body TEXT NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL,"
                       " conversation_id TEXT NOT NULL, created_at BIGINT NOT NULL, voting_starts BIGINT NOT NULL,"
                       " voting_ends BIGINT NOT NULL, snapshot_at BIGINT NOT NULL, timelock_ms BIGINT NOT NULL, executable_at BIGINT NOT NULL,"
                       " quorum_bps INTEGER NOT NULL, threshold_bps INTEGER NOT NULL, snapshot_total TEXT NOT NULL,"
                       " for_weight TEXT NOT NULL, against_weight TEXT NOT NULL, abstain_weight TEXT NOT NULL,"
                       " root TEXT NOT NULL, outcome TEXT NOT NULL, failure TEXT NOT NULL, executed_at BIGINT NOT NULL,"
                       " chain_tx TEXT NOT NULL, chain_status TEXT NOT NULL, imported INTEGER NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX gov_proposals_status ON gov_proposals (status, voting_starts)"),
        // Voting power, fixed when voting opens; nonce makes the voter's leaf in
        // the published tally unlinkable to them for anyone but them.
        QStringLiteral("CREATE TABLE gov_snapshots (proposal_id TEXT NOT NULL, user_id TEXT NOT NULL, weight TEXT NOT NULL,"
                       " nonce TEXT NOT NULL, PRIMARY KEY (proposal_id, user_id))"),
        QStringLiteral("CREATE TABLE gov_votes (proposal_id TEXT NOT NULL, user_id TEXT NOT NULL, choice TEXT NOT NULL,"
                       " weight TEXT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (proposal_id, user_id))"),
        QStringLiteral("CREATE TABLE gov_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    }}};
}

} // namespace azc::governance
