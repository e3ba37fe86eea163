// Reading a big history: the first page of a 100,000-message conversation
// and full-text search over 1,000,000 messages, through a real azcoinerd
// (SQLite, FTS5) over a WebSocket, as a member of every conversation would
// see them. The history is written straight into a fresh database first
// (the server stopped), with the same rows the messaging service writes:
// ten group conversations of 100,000 messages each, eight words a message
// from a 5,000-word vocabulary (each word in ~1,600 messages). Then 200
// requests of each kind: p50/p95.
// Targets (issue 6): first page under 50 ms, search under 100 ms at p95.
// Prints figures; never fails on speed.
//
// Knobs: AZC_BENCH_MESSAGES (default 1000000), AZC_BENCH_CONVERSATIONS (10).

#include "azcoinerd_process.h"
#include "bench_knob.h"
#include "storage/database.h"
#include "ws_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace azc;
using namespace azc::test;

namespace {

using bench::knob;

// Same length for every word: a query word is then nobody's prefix (search
// matches word prefixes, and "w12" would also find w120..w1299).
QString word(quint32 n) { return QStringLiteral("w%1").arg(n, 4, 10, QLatin1Char('0')); }

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Fills the database: conversations with alice and bob, and their messages.
bool fill(const QString &dbPath, int conversations, int messages, QStringList *conversationIds)
{
    auto db = storage::Database::open(QStringLiteral("sqlite:") + dbPath);
    if (!db)
        return false;
    auto id = [&](const char *username) {
        auto v = db.value()->scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {QString::fromLatin1(username)});
        return v ? v->toString() : QString();
    };
    const QString alice = id("alice"), bob = id("bob");
    if (alice.isEmpty() || bob.isEmpty())
        return false;
    QRandomGenerator rng(42);
    const qint64 start = 1790000000000;
    if (!db.value()->beginTransaction())
        return false;
    const int perConversation = messages / conversations;
    for (int c = 0; c < conversations; ++c) {
        const QString cid = QStringLiteral("benchconversation%1").arg(c);
        conversationIds->append(cid);
        if (!db.value()->exec(QStringLiteral("INSERT INTO msg_conversations (id, kind, title, about, handle, is_public, owner_id,"
                                             " direct_key, invite_token, last_seq, last_activity, created_at)"
                                             " VALUES (?, 'group', ?, '', '', 0, ?, '', '', ?, ?, ?)"),
                              {cid, QStringLiteral("History %1").arg(c), alice, perConversation, start, start}))
            return false;
        for (const QString &member : {alice, bob})
            if (!db.value()->exec(QStringLiteral("INSERT INTO msg_members (conversation_id, user_id, role, joined_at, last_read_seq,"
                                                 " muted, pinned) VALUES (?, ?, 'member', ?, ?, 0, 0)"),
                                  {cid, member, start, perConversation}))
                return false;
        for (int seq = 1; seq <= perConversation; ++seq) {
            QStringList words;
            for (int w = 0; w < 8; ++w)
                words.append(word(rng.bounded(5000u)));
            const QString text = words.join(u' ');
            const QString mid = QStringLiteral("m%1x%2").arg(c).arg(seq);
            auto m = db.value()->execPrepared(
                    QStringLiteral("INSERT INTO msg_messages (id, conversation_id, seq, author_id, kind, text, data, reply_to,"
                                   " forward_json, file_id, mentions, client_key, created_at, edited_at, deleted, pinned)"
                                   " VALUES (?, ?, ?, ?, 'text', ?, '{}', '', '', '', '[]', '', ?, 0, 0, 0)"),
                    {mid, cid, seq, seq % 2 ? alice : bob, text, start + seq});
            auto f = db.value()->execPrepared(
                    QStringLiteral("INSERT INTO msg_fts (text, message_id, conversation_id) VALUES (?, ?, ?)"), {text, mid, cid});
            if (!m || !f)
                return false;
        }
    }
    return db.value()->commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = knob("AZC_BENCH_MESSAGES", 1000000);
    const int conversations = knob("AZC_BENCH_CONVERSATIONS", 10);
    QTemporaryDir data;
    const QString port = QString::number(freeTcpPort());
    auto serve = [&](AzcoinerdProcess &server) {
        server.args = {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port,
                       QStringLiteral("--demo"), QStringLiteral("--rate-multiplier"), QStringLiteral("1000")};
        return server.start();
    };
    {
        AzcoinerdProcess seed(QStringLiteral(AZCOINERD_PATH)); // the schema and the demo users
        if (!serve(seed)) {
            std::fprintf(stderr, "bench_messages_read: the server did not start\n");
            return 1;
        }
        seed.stop();
    }
    QStringList ids;
    QElapsedTimer filling;
    filling.start();
    if (!fill(data.filePath(QStringLiteral("azcoiner.db")), conversations, messages, &ids)) {
        std::fprintf(stderr, "bench_messages_read: cannot write the history (database at %s?)\n",
                     qPrintable(data.filePath(QStringLiteral("azcoiner.db"))));
        return 1;
    }
    std::printf("messages_read: %d messages in %d conversations written in %.1f s\n", messages, conversations,
                double(filling.elapsed()) / 1000);

    AzcoinerdProcess server(QStringLiteral(AZCOINERD_PATH));
    WsClient alice;
    if (!serve(server) || !alice.open(server.url) || alice.login(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")).isEmpty()) {
        std::fprintf(stderr, "bench_messages_read: cannot sign in\n");
        return 1;
    }
    auto timed = [&](const QString &method, const QJsonObject &params, int *results) {
        QElapsedTimer t;
        t.start();
        const QJsonObject reply = alice.call(method, params, 30000);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const QJsonObject r = reply[QStringLiteral("result")].toObject();
        *results = int((r.contains(QStringLiteral("messages")) ? r[QStringLiteral("messages")] : r[QStringLiteral("results")])
                               .toArray()
                               .size());
        return ms;
    };
    std::vector<double> firstPage, search;
    int got = 0, found = 0, hits = 0;
    for (int i = 0; i < 200; ++i) {
        firstPage.push_back(timed(QStringLiteral("messages.list"),
                                  {{QStringLiteral("conversationId"), ids.at(i % ids.size())}, {QStringLiteral("limit"), 50}}, &got));
        search.push_back(timed(QStringLiteral("messages.search"), {{QStringLiteral("query"), word(quint32(i * 17 % 5000))}},
                               &hits));
        found += hits;
    }
    const double pageP50 = percentile(firstPage, 0.5), pageP95 = percentile(firstPage, 0.95);
    const double searchP50 = percentile(search, 0.5), searchP95 = percentile(search, 0.95);
    std::printf("  first page (50 of %d): p50 %.2f ms, p95 %.2f ms (last page had %d messages)\n", messages / conversations,
                pageP50, pageP95, got);
    std::printf("  search over %d: p50 %.2f ms, p95 %.2f ms (%d hits per query on average, 20 shown)\n", messages, searchP50,
                searchP95, found / 200);
    std::printf("BENCH messages_read messages=%d first_page_p50_ms=%.2f first_page_p95_ms=%.2f search_p50_ms=%.2f "
                "search_p95_ms=%.2f target_first_page_ms=50 target_search_p95_ms=100\n",
                messages, pageP50, pageP95, searchP50, searchP95);
    server.stop();
    return got > 0 ? 0 : 1;
}
