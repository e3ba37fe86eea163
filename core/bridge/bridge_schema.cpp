#include "bridge/bridge_schema.h"

namespace azc::bridge {

QList<storage::Migration> bridgeMigrations()
{
    return {{1, QStringLiteral("partner points, policies with four eyes, swaps, credits, consents"), {
        // A point is a ledger asset its partner issued (kind 'point') or the
        // partner's ERC-20 token custody carries (kind 'token': network, contract).
        // status: draft (no approved policy yet) → active ⇄ paused.
        QStringLiteral("CREATE TABLE br_points (code TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT NOT NULL, decimals INTEGER NOT NULL,"
                       " icon_file_id TEXT NOT NULL, kind TEXT NOT NULL, network TEXT NOT NULL, contract TEXT NOT NULL, coin TEXT NOT NULL,"
                       " status TEXT NOT NULL, created_by TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX br_points_org ON br_points (org_id)"),
        // policy: Policy::toStored() as JSON. The point's policy in force is its
        // newest approved row. status: pending → approved | rejected.
        QStringLiteral("CREATE TABLE br_policies (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, point TEXT NOT NULL, org_id TEXT NOT NULL,"
                       " policy TEXT NOT NULL, status TEXT NOT NULL, proposed_by TEXT NOT NULL, decided_by TEXT NOT NULL, reason TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, decided_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX br_policies_point ON br_policies (point, status, seq)"),
        // Written in the same transaction as the swap's money (a commit participant).
        // day: the UTC day number the caps count it in.
        QStringLiteral("CREATE TABLE br_swaps (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, point TEXT NOT NULL, org_id TEXT NOT NULL,"
                       " user_id TEXT NOT NULL, direction TEXT NOT NULL, points TEXT NOT NULL, coin_amount TEXT NOT NULL, fee TEXT NOT NULL,"
                       " rate TEXT NOT NULL, via TEXT NOT NULL, consent_id TEXT NOT NULL, day BIGINT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX br_swaps_user ON br_swaps (user_id, seq)"),
        QStringLiteral("CREATE INDEX br_swaps_point_day ON br_swaps (point, day)"),
        QStringLiteral("CREATE INDEX br_swaps_org ON br_swaps (org_id, seq)"),
        QStringLiteral("CREATE TABLE br_credits (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, point TEXT NOT NULL, org_id TEXT NOT NULL,"
                       " user_id TEXT NOT NULL, amount TEXT NOT NULL, reference TEXT NOT NULL, created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        // A partner asks a user to swap; the user confirms (or not) in the app.
        QStringLiteral("CREATE TABLE br_consents (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, point TEXT NOT NULL, user_id TEXT NOT NULL,"
                       " direction TEXT NOT NULL, amount TEXT NOT NULL, reference TEXT NOT NULL, status TEXT NOT NULL,"
                       " expires_at BIGINT NOT NULL, swap_id TEXT NOT NULL, created_by TEXT NOT NULL, created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX br_consents_user ON br_consents (user_id, status)"),
    }}};
}

QList<storage::Migration> marketMigrations()
{
    return {{1, QStringLiteral("partners' products, voucher codes and orders"), {
        // price in units of price_asset; images: JSON array of file ids.
        QStringLiteral("CREATE TABLE mk_products (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, org_id TEXT NOT NULL, title TEXT NOT NULL,"
                       " description TEXT NOT NULL, images TEXT NOT NULL, price_asset TEXT NOT NULL, price TEXT NOT NULL,"
                       " stock BIGINT NOT NULL, sold BIGINT NOT NULL, delivery TEXT NOT NULL, active INTEGER NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, CHECK (stock >= 0))"),
        QStringLiteral("CREATE INDEX mk_products_org ON mk_products (org_id)"),
        // A listed product's pictures may be read by everyone (FileService's shared access).
        QStringLiteral("CREATE TABLE mk_images (file_id TEXT NOT NULL, product_id TEXT NOT NULL, PRIMARY KEY (file_id, product_id))"),
        // Voucher codes, sealed at rest; order_id set when one is sold.
        QStringLiteral("CREATE TABLE mk_codes (id BIGINT PRIMARY KEY, product_id TEXT NOT NULL, sealed TEXT NOT NULL, order_id TEXT,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX mk_codes_product ON mk_codes (product_id, order_id)"),
        // status: paying (stock taken, money on its way) → paid → shipped → delivered;
        // refunded, disputed; failed (the payment was refused; the stock went back).
        QStringLiteral("CREATE TABLE mk_orders (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, product_id TEXT NOT NULL, org_id TEXT NOT NULL,"
                       " buyer_id TEXT NOT NULL, quantity INTEGER NOT NULL, price_asset TEXT NOT NULL, total TEXT NOT NULL,"
                       " status TEXT NOT NULL, address TEXT NOT NULL, tracking TEXT NOT NULL, dispute_reason TEXT NOT NULL,"
                       " disputed_at BIGINT NOT NULL, decision TEXT NOT NULL, decision_note TEXT NOT NULL, decided_at BIGINT NOT NULL,"
                       " client_key TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, UNIQUE (buyer_id, client_key))"),
        QStringLiteral("CREATE INDEX mk_orders_org ON mk_orders (org_id, seq)"),
        QStringLiteral("CREATE INDEX mk_orders_status ON mk_orders (status)"),
    }}};
}

} // namespace azc::bridge
