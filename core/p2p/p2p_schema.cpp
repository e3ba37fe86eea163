#include "p2p/p2p_schema.h"

namespace azc::p2p {

QList<storage::Migration> p2pMigrations()
{
    return {{1, QStringLiteral("ads, trades, timeline"),
             {QStringLiteral("CREATE TABLE p2p_ads (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, side TEXT NOT NULL,"
                             " asset TEXT NOT NULL, fiat TEXT NOT NULL, price TEXT NOT NULL, total TEXT NOT NULL,"
                             " available TEXT NOT NULL, min_amount TEXT NOT NULL, max_amount TEXT NOT NULL,"
                             " payment_window_ms BIGINT NOT NULL, terms TEXT NOT NULL, min_kyc_tier INTEGER NOT NULL,"
                             " status TEXT NOT NULL, hold_id TEXT NOT NULL, client_key TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, UNIQUE (user_id, client_key))"),
              QStringLiteral("CREATE INDEX p2p_ads_market ON p2p_ads (status, side, asset, fiat)"),
              QStringLiteral("CREATE TABLE p2p_trades (id TEXT PRIMARY KEY, ad_id TEXT NOT NULL, seller_id TEXT NOT NULL,"
                             " buyer_id TEXT NOT NULL, taker_id TEXT NOT NULL, asset TEXT NOT NULL, amount TEXT NOT NULL,"
                             " fiat TEXT NOT NULL, price TEXT NOT NULL, fiat_amount TEXT NOT NULL, status TEXT NOT NULL,"
                             " outcome TEXT NOT NULL, hold_id TEXT NOT NULL, escrow_in_ad INTEGER NOT NULL,"
                             " payment_deadline BIGINT NOT NULL, release_deadline BIGINT NOT NULL,"
                             " settled INTEGER NOT NULL, client_key TEXT NOT NULL, created_at BIGINT NOT NULL,"
                             " updated_at BIGINT NOT NULL, UNIQUE (taker_id, client_key))"),
              QStringLiteral("CREATE INDEX p2p_trades_status ON p2p_trades (status, payment_deadline)"),
              QStringLiteral("CREATE TABLE p2p_events (trade_id TEXT NOT NULL, seq INTEGER NOT NULL, at BIGINT NOT NULL,"
                             " action TEXT NOT NULL, user_id TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (trade_id, seq))")}},
            {2, QStringLiteral("the trade's chat"),
             {QStringLiteral("ALTER TABLE p2p_trades ADD COLUMN chat_id TEXT NOT NULL DEFAULT ''")}},
            {3, QStringLiteral("payment methods, floating prices, requirements, reputation"),
             {QStringLiteral("CREATE TABLE p2p_payment_methods (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, type TEXT NOT NULL,"
                             " label TEXT NOT NULL, fields TEXT NOT NULL, created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX p2p_payment_methods_user ON p2p_payment_methods (user_id)"),
              QStringLiteral("ALTER TABLE p2p_ads ADD COLUMN price_type TEXT NOT NULL DEFAULT 'fixed'"),
              QStringLiteral("ALTER TABLE p2p_ads ADD COLUMN margin TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE p2p_ads ADD COLUMN payment_types TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE p2p_ads ADD COLUMN payment_method_ids TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE p2p_ads ADD COLUMN auto_reply TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE p2p_ads ADD COLUMN min_account_age_days INTEGER NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE p2p_ads ADD COLUMN min_completed_trades INTEGER NOT NULL DEFAULT 0"),
              // The seller's payment details as they were when the trade opened, and the buyer's proofs (JSON arrays).
              QStringLiteral("ALTER TABLE p2p_trades ADD COLUMN payment_methods TEXT NOT NULL DEFAULT '[]'"),
              QStringLiteral("ALTER TABLE p2p_trades ADD COLUMN proofs TEXT NOT NULL DEFAULT '[]'"),
              QStringLiteral("ALTER TABLE p2p_trades ADD COLUMN paid_at BIGINT NOT NULL DEFAULT 0"),
              QStringLiteral("ALTER TABLE p2p_trades ADD COLUMN completed_at BIGINT NOT NULL DEFAULT 0"),
              QStringLiteral("CREATE INDEX p2p_trades_buyer ON p2p_trades (buyer_id, created_at)"),
              QStringLiteral("CREATE INDEX p2p_trades_seller ON p2p_trades (seller_id, created_at)"),
              QStringLiteral("CREATE TABLE p2p_feedback (trade_id TEXT NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL,"
                             " rating TEXT NOT NULL, comment TEXT NOT NULL, at BIGINT NOT NULL, PRIMARY KEY (trade_id, from_id))"),
              QStringLiteral("CREATE INDEX p2p_feedback_to ON p2p_feedback (to_id, at)"),
              QStringLiteral("CREATE TABLE p2p_reference_rates (asset TEXT NOT NULL, fiat TEXT NOT NULL, rate TEXT NOT NULL,"
                             " updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (asset, fiat))")}}};
}

} // namespace azc::p2p
