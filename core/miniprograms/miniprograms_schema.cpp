#include "miniprograms/miniprograms_schema.h"

namespace azc::miniprograms {

QList<storage::Migration> miniprogramsMigrations()
{
    return {{1, QStringLiteral("developers, programs, reviewed versions, installs, consents, storage"), {
        QStringLiteral("CREATE TABLE mp_developers (user_id TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
                       " public_key TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE mp_programs (id TEXT PRIMARY KEY, developer_id TEXT NOT NULL,"
                       " status TEXT NOT NULL, current_version TEXT NOT NULL, status_reason TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        // The bundle's bytes are a file of the files domain (stored once by hash);
        // sha256 and signature are what was reviewed, checked again at every download.
        QStringLiteral("CREATE TABLE mp_versions (id TEXT PRIMARY KEY, program_id TEXT NOT NULL REFERENCES mp_programs(id),"
                       " version TEXT NOT NULL, manifest TEXT NOT NULL, icon TEXT NOT NULL, file_id TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL, size BIGINT NOT NULL, signature TEXT NOT NULL, public_key TEXT NOT NULL,"
                       " status TEXT NOT NULL, reason TEXT NOT NULL, reviewed_by TEXT NOT NULL, reviewed_at BIGINT NOT NULL,"
                       " created_at BIGINT NOT NULL, UNIQUE (program_id, version))"),
        QStringLiteral("CREATE INDEX mp_versions_status ON mp_versions (status, created_at)"),
        QStringLiteral("CREATE TABLE mp_installs (user_id TEXT NOT NULL, program_id TEXT NOT NULL, installed INTEGER NOT NULL,"
                       " installed_at BIGINT NOT NULL, last_opened_at BIGINT NOT NULL, opens BIGINT NOT NULL,"
                       " PRIMARY KEY (user_id, program_id))"),
        QStringLiteral("CREATE INDEX mp_installs_program ON mp_installs (program_id)"),
        // caps: {asset: units per day}; device: the device permissions the user granted.
        QStringLiteral("CREATE TABLE mp_consents (user_id TEXT NOT NULL, program_id TEXT NOT NULL, profile INTEGER NOT NULL,"
                       " device TEXT NOT NULL, caps TEXT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (user_id, program_id))"),
        QStringLiteral("CREATE TABLE mp_storage (user_id TEXT NOT NULL, program_id TEXT NOT NULL, item_key TEXT NOT NULL,"
                       " item_value TEXT NOT NULL, PRIMARY KEY (user_id, program_id, item_key))"),
    }}};
}

} // namespace azc::miniprograms
