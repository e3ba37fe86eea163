#include "messaging/messaging_schema.h"

namespace azc::messaging {

QList<storage::Migration> messagingMigrations(storage::Dialect dialect)
{
    QStringList v1 = {
            // direct_key ("userA:userB", sorted) makes one direct chat per pair; handle is
            // the public name of a channel. Both are unique only where set.
            QStringLiteral("CREATE TABLE msg_conversations (id TEXT PRIMARY KEY, kind TEXT NOT "
                           "NULL, title TEXT NOT NULL,"
                           " about TEXT NOT NULL, handle TEXT NOT NULL, is_public INTEGER NOT "
                           "NULL, owner_id TEXT NOT NULL,"
                           " direct_key TEXT NOT NULL, invite_token TEXT NOT NULL, last_seq BIGINT "
                           "NOT NULL,"
                           " last_activity BIGINT NOT NULL, created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX msg_conversations_direct ON msg_conversations "
                           "(direct_key) WHERE kind = 'direct'"),
            QStringLiteral("CREATE UNIQUE INDEX msg_conversations_handle ON msg_conversations "
                           "(handle) WHERE handle <> ''"),
            QStringLiteral(
                    "CREATE INDEX msg_conversations_invite ON msg_conversations (invite_token)"),
            // A member is a row; leaving or removal deletes it, so access ends with it.
            QStringLiteral("CREATE TABLE msg_members (conversation_id TEXT NOT NULL, user_id TEXT "
                           "NOT NULL, role TEXT NOT NULL,"
                           " joined_at BIGINT NOT NULL, last_read_seq BIGINT NOT NULL, muted "
                           "INTEGER NOT NULL,"
                           " pinned INTEGER NOT NULL, PRIMARY KEY (conversation_id, user_id))"),
            QStringLiteral("CREATE INDEX msg_members_user ON msg_members (user_id)"),
            // `data` is JSON for kinds beyond text (system now; payment, request, red packet
            // later).
            QStringLiteral("CREATE TABLE msg_messages (id TEXT PRIMARY KEY, conversation_id TEXT "
                           "NOT NULL, seq BIGINT NOT NULL,"
                           " author_id TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, data "
                           "TEXT NOT NULL,"
                           " reply_to TEXT NOT NULL, forward_json TEXT NOT NULL, file_id TEXT NOT "
                           "NULL, mentions TEXT NOT NULL,"
                           " client_key TEXT NOT NULL, created_at BIGINT NOT NULL, edited_at "
                           "BIGINT NOT NULL,"
                           " deleted INTEGER NOT NULL, pinned INTEGER NOT NULL)"),
            QStringLiteral(
                    "CREATE UNIQUE INDEX msg_messages_seq ON msg_messages (conversation_id, seq)"),
            QStringLiteral("CREATE UNIQUE INDEX msg_messages_client ON msg_messages (author_id, "
                           "client_key) WHERE client_key <> ''"),
            QStringLiteral(
                    "CREATE INDEX msg_messages_file ON msg_messages (file_id) WHERE file_id <> ''"),
            QStringLiteral("CREATE TABLE msg_edits (message_id TEXT NOT NULL, text TEXT NOT NULL, "
                           "replaced_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX msg_edits_message ON msg_edits (message_id, replaced_at)"),
            QStringLiteral(
                    "CREATE TABLE msg_hidden (user_id TEXT NOT NULL, message_id TEXT NOT NULL,"
                    " PRIMARY KEY (user_id, message_id))"),
            QStringLiteral("CREATE TABLE msg_reactions (message_id TEXT NOT NULL, user_id TEXT NOT "
                           "NULL, emoji TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL, PRIMARY KEY (message_id, user_id))"),
    };
    if (dialect == storage::Dialect::Sqlite) {
        // A copy of each live message's text; kept by the service (send, edit, delete).
        v1 << QStringLiteral("CREATE VIRTUAL TABLE msg_fts USING fts5(text, message_id UNINDEXED,"
                             " conversation_id UNINDEXED, tokenize = 'unicode61')");
    } else {
        v1 << QStringLiteral("ALTER TABLE msg_messages ADD COLUMN tsv tsvector"
                             " GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED")
           << QStringLiteral("CREATE INDEX msg_messages_tsv ON msg_messages USING GIN (tsv)");
    }
    return {{1, QStringLiteral("conversations, members, messages, edits, reactions, search"), v1}};
}

} // namespace azc::messaging
