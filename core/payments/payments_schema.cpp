#include "payments/payments_schema.h"

namespace azc::payments {

QList<storage::Migration> paymentsMigrations()
{
    // Amounts are TEXT of the asset's units (128 bits fit no portable integer).
    // `seq` columns are assigned by the one writer and order the cursor pages.
    return {{1, QStringLiteral("merchants, invoices, refunds, payouts, webhooks"), {
        QStringLiteral("CREATE TABLE pay_orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, owner_id TEXT NOT NULL,"
                       " status TEXT NOT NULL, settlement_asset TEXT NOT NULL, website TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE pay_members (org_id TEXT NOT NULL REFERENCES pay_orgs(id), user_id TEXT NOT NULL,"
                       " role TEXT NOT NULL, added_at BIGINT NOT NULL, PRIMARY KEY (org_id, user_id))"),
        QStringLiteral("CREATE INDEX pay_members_user ON pay_members (user_id)"),
        QStringLiteral("CREATE TABLE pay_kyb_cases (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES pay_orgs(id),"
                       " status TEXT NOT NULL, legal_name TEXT NOT NULL, registration_number TEXT NOT NULL,"
                       " country TEXT NOT NULL, address TEXT NOT NULL, representative TEXT NOT NULL,"
                       " file_ids TEXT NOT NULL, checklist TEXT NOT NULL, reason TEXT NOT NULL,"
                       " assigned_to TEXT NOT NULL, decided_by TEXT NOT NULL, created_at BIGINT NOT NULL,"
                       " decided_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX pay_kyb_status ON pay_kyb_cases (status, created_at)"),
        QStringLiteral("CREATE TABLE pay_fee_plans (org_id TEXT NOT NULL, flow TEXT NOT NULL, asset TEXT NOT NULL,"
                       " fixed TEXT NOT NULL, rate TEXT NOT NULL, min_fee TEXT NOT NULL, max_fee TEXT NOT NULL,"
                       " PRIMARY KEY (org_id, flow, asset))"),
        QStringLiteral("CREATE TABLE pay_api_keys (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES pay_orgs(id),"
                       " label TEXT NOT NULL, secret_sealed TEXT NOT NULL, secret_hint TEXT NOT NULL,"
                       " scopes TEXT NOT NULL, allow_from TEXT NOT NULL, created_by TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, revoked_at BIGINT NOT NULL, last_used_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE pay_links (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES pay_orgs(id),"
                       " asset TEXT NOT NULL, amount TEXT NOT NULL, description TEXT NOT NULL, active INTEGER NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE pay_invoices (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE,"
                       " org_id TEXT NOT NULL REFERENCES pay_orgs(id), link_id TEXT NOT NULL, status TEXT NOT NULL,"
                       " asset TEXT NOT NULL, amount TEXT NOT NULL, fee TEXT NOT NULL, refunded TEXT NOT NULL,"
                       " description TEXT NOT NULL, order_id TEXT NOT NULL, metadata TEXT NOT NULL,"
                       " price_currency TEXT NOT NULL, price_amount TEXT NOT NULL, rate TEXT NOT NULL,"
                       " expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL, paid_at BIGINT NOT NULL,"
                       " payer_id TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX pay_invoices_org ON pay_invoices (org_id, seq)"),
        QStringLiteral("CREATE INDEX pay_invoices_open ON pay_invoices (status, expires_at)"),
        QStringLiteral("CREATE INDEX pay_invoices_payer ON pay_invoices (payer_id, seq)"),
        QStringLiteral("CREATE TABLE pay_refunds (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, org_id TEXT NOT NULL,"
                       " invoice_id TEXT NOT NULL REFERENCES pay_invoices(id), asset TEXT NOT NULL, amount TEXT NOT NULL,"
                       " reason TEXT NOT NULL, payer_id TEXT NOT NULL, created_by TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX pay_refunds_org ON pay_refunds (org_id, seq)"),
        QStringLiteral("CREATE TABLE pay_payouts (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, org_id TEXT NOT NULL,"
                       " asset TEXT NOT NULL, amount TEXT NOT NULL, fee TEXT NOT NULL, to_user_id TEXT NOT NULL,"
                       " created_by TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX pay_payouts_org ON pay_payouts (org_id, seq)"),
        QStringLiteral("CREATE TABLE pay_events (id TEXT PRIMARY KEY, seq BIGINT NOT NULL UNIQUE, org_id TEXT NOT NULL,"
                       " type TEXT NOT NULL, object_id TEXT NOT NULL, payload TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX pay_events_org ON pay_events (org_id, seq)"),
        QStringLiteral("CREATE TABLE pay_webhooks (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES pay_orgs(id),"
                       " url TEXT NOT NULL, secret_sealed TEXT NOT NULL, events TEXT NOT NULL, enabled INTEGER NOT NULL,"
                       " disabled_reason TEXT NOT NULL, failing_since BIGINT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE pay_deliveries (id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES pay_events(id),"
                       " endpoint_id TEXT NOT NULL REFERENCES pay_webhooks(id), org_id TEXT NOT NULL, status TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL, next_at BIGINT NOT NULL, last_status INTEGER NOT NULL,"
                       " last_error TEXT NOT NULL, created_at BIGINT NOT NULL, delivered_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX pay_deliveries_due ON pay_deliveries (status, next_at)"),
        QStringLiteral("CREATE INDEX pay_deliveries_endpoint ON pay_deliveries (endpoint_id, created_at)"),
        QStringLiteral("CREATE TABLE pay_attempts (delivery_id TEXT NOT NULL REFERENCES pay_deliveries(id),"
                       " attempt INTEGER NOT NULL, at BIGINT NOT NULL, status_code INTEGER NOT NULL, error TEXT NOT NULL,"
                       " duration_ms BIGINT NOT NULL, PRIMARY KEY (delivery_id, attempt))"),
        QStringLiteral("CREATE TABLE pay_idempotency (org_id TEXT NOT NULL, idem_key TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL, status_code INTEGER NOT NULL, body TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, PRIMARY KEY (org_id, idem_key))"),
    }}};
}

} // namespace azc::payments
