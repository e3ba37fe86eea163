#include "custody/custody_schema.h"

namespace azc::custody {

QList<storage::Migration> custodyMigrations()
{
    return {{1, QStringLiteral("networks, addresses, deposits, transactions, withdrawals"),
             {QStringLiteral("CREATE TABLE custody_keys (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE chain_networks (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                             " chain_id BIGINT NOT NULL, rpc_url TEXT NOT NULL, confirmations INTEGER NOT NULL,"
                             " native_asset TEXT NOT NULL, enabled INTEGER NOT NULL, created_at BIGINT NOT NULL)"),
              // contract '' is the network's native coin.
              QStringLiteral("CREATE TABLE chain_assets (network_id TEXT NOT NULL, asset TEXT NOT NULL,"
                             " contract TEXT NOT NULL, min_deposit TEXT NOT NULL, min_withdrawal TEXT NOT NULL,"
                             " withdrawal_fee TEXT NOT NULL, dual_approval_above TEXT NOT NULL,"
                             " PRIMARY KEY (network_id, asset))"),
              QStringLiteral("CREATE TABLE chain_withdraw_limits (asset TEXT NOT NULL, tier INTEGER NOT NULL,"
                             " per_withdrawal TEXT NOT NULL, daily TEXT NOT NULL, two_factor_above TEXT NOT NULL,"
                             " PRIMARY KEY (asset, tier))"),
              QStringLiteral("CREATE TABLE chain_addresses (network_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                             " idx INTEGER NOT NULL, address TEXT NOT NULL, created_at BIGINT NOT NULL,"
                             " PRIMARY KEY (network_id, user_id), UNIQUE (network_id, idx),"
                             " UNIQUE (network_id, address))"),
              QStringLiteral("CREATE TABLE chain_scan (network_id TEXT PRIMARY KEY, next_block BIGINT NOT NULL)"),
              QStringLiteral("CREATE TABLE chain_blocks (network_id TEXT NOT NULL, number BIGINT NOT NULL,"
                             " hash TEXT NOT NULL, PRIMARY KEY (network_id, number))"),
              // log_index -1: a native payment. kind: 'user' (a user's deposit address) or
              // 'house' (funds sent to the hot wallet from outside).
              QStringLiteral("CREATE TABLE chain_deposits (id TEXT PRIMARY KEY, network_id TEXT NOT NULL,"
                             " asset TEXT NOT NULL, kind TEXT NOT NULL, user_id TEXT NOT NULL,"
                             " address TEXT NOT NULL, from_address TEXT NOT NULL, tx_hash TEXT NOT NULL,"
                             " log_index INTEGER NOT NULL, amount TEXT NOT NULL, block_number BIGINT NOT NULL,"
                             " block_hash TEXT NOT NULL, status TEXT NOT NULL, sweep_tx_id TEXT NOT NULL,"
                             " operation_id TEXT NOT NULL, created_at BIGINT NOT NULL, credited_at BIGINT NOT NULL,"
                             " UNIQUE (network_id, tx_hash, log_index))"),
              QStringLiteral("CREATE INDEX chain_deposits_user ON chain_deposits (user_id, created_at)"),
              QStringLiteral("CREATE INDEX chain_deposits_status ON chain_deposits (network_id, status)"),
              // One row per signed transaction; (network, sender, nonce) is unique, so one nonce
              // is never signed twice.
              QStringLiteral("CREATE TABLE chain_txs (id TEXT PRIMARY KEY, network_id TEXT NOT NULL,"
                             " purpose TEXT NOT NULL, ref_id TEXT NOT NULL, from_address TEXT NOT NULL,"
                             " to_address TEXT NOT NULL, asset TEXT NOT NULL, amount TEXT NOT NULL,"
                             " nonce BIGINT NOT NULL, raw TEXT NOT NULL, hash TEXT NOT NULL, status TEXT NOT NULL,"
                             " block_number BIGINT NOT NULL, gas_cost TEXT NOT NULL, booked INTEGER NOT NULL,"
                             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                             " UNIQUE (network_id, from_address, nonce))"),
              QStringLiteral("CREATE INDEX chain_txs_status ON chain_txs (network_id, status)"),
              QStringLiteral("CREATE TABLE chain_nonces (network_id TEXT NOT NULL, address TEXT NOT NULL,"
                             " next_nonce BIGINT NOT NULL, PRIMARY KEY (network_id, address))"),
              QStringLiteral("CREATE TABLE chain_withdrawals (id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
                             " network_id TEXT NOT NULL, asset TEXT NOT NULL, address TEXT NOT NULL,"
                             " amount TEXT NOT NULL, fee TEXT NOT NULL, hold_id TEXT NOT NULL,"
                             " status TEXT NOT NULL, approvals_needed INTEGER NOT NULL, tx_id TEXT NOT NULL,"
                             " reason TEXT NOT NULL, idempotency_key TEXT NOT NULL, fingerprint TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                             " UNIQUE (user_id, idempotency_key))"),
              QStringLiteral("CREATE INDEX chain_withdrawals_status ON chain_withdrawals (status, created_at)"),
              QStringLiteral("CREATE TABLE chain_withdrawal_events (withdrawal_id TEXT NOT NULL,"
                             " seq INTEGER NOT NULL, status TEXT NOT NULL, actor_id TEXT NOT NULL,"
                             " note TEXT NOT NULL, at BIGINT NOT NULL, PRIMARY KEY (withdrawal_id, seq))"),
              QStringLiteral("CREATE TABLE chain_withdrawal_approvals (withdrawal_id TEXT NOT NULL,"
                             " approver_id TEXT NOT NULL, role TEXT NOT NULL, at BIGINT NOT NULL,"
                             " PRIMARY KEY (withdrawal_id, approver_id))"),
              QStringLiteral("CREATE TABLE chain_address_book (id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
                             " network_id TEXT NOT NULL, address TEXT NOT NULL, label TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, UNIQUE (user_id, network_id, address))")}},
            // Other domains' contract calls are found by what they serve (CustodyService::sendContractCall).
            {2, QStringLiteral("transactions by purpose and reference"),
             {QStringLiteral("CREATE INDEX chain_txs_ref ON chain_txs (purpose, ref_id)")}}};
}

} // namespace azc::custody
