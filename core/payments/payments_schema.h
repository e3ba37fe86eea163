#pragma once
#include "storage/database.h"

namespace azc::payments {

// The "payments" domain's tables: organisations and their members, KYB
// cases, fee plans, API keys, invoices and payment links, refunds, payouts,
// events with their webhook deliveries (the outbox), idempotency records.
QList<storage::Migration> paymentsMigrations();

} // namespace azc::payments
