#pragma once
// The messaging domain's tables. Search differs per engine (SQLite FTS5,
// PostgreSQL tsvector + GIN), so the migrations depend on the dialect.

#include "storage/database.h"

namespace azc::messaging {

QList<storage::Migration> messagingMigrations(storage::Dialect dialect);

} // namespace azc::messaging
