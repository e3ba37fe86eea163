// Messaging through a real backend over real WebSockets, on SQLite and
// PostgreSQL, with several clients at once: delivery to every socket of
// every member, seq order under concurrent senders, catch-up and paging,
// read receipts and unread counts, edits, deletes, reactions, mentions and
// notifications, permissions (non-members, channel subscribers, removed
// members), invite links, search, typing, files shared in a chat, bad input.

#include "demo_users.h"
#include "test_backend.h"
#include "ws_client.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

#include <functional>

using namespace azc;
using namespace azc::test;

namespace {

using Client = std::unique_ptr<WsClient>;

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject o(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}

// The next `name` event whose params satisfy `match` (others of that name are dropped).
QJsonObject waitFor(WsClient &c, const QString &name,
                    const std::function<bool(const QJsonObject &)> &match, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject e = c.waitEvent(name, int(std::max<qint64>(1, deadline.remainingTime())));
        if (e.isEmpty())
            break;
        if (match(e))
            return e;
    }
    return {};
}

auto inConversation(const QString &conversationId)
{
    return [conversationId](const QJsonObject &e) {
        return s(e, "conversationId") == conversationId
                || s(o(e, "message"), "conversationId") == conversationId;
    };
}

} // namespace

class TstMessaging : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestBackend> m_backend;
    QHash<QString, QString> m_ids;

    Client as(const char *username) { return test::signIn(m_backend->url(), QString::fromLatin1(username)); }
    static QString directWith(WsClient &c, const char *username)
    {
        return s(o(c.result(QStringLiteral("chats.openDirect"),
                            {{QStringLiteral("username"), QString::fromLatin1(username)}}),
                   "conversation"),
                 "id");
    }
    static QString group(WsClient &owner, const QString &title, const QStringList &members)
    {
        return s(o(owner.result(
                           QStringLiteral("chats.createGroup"),
                           {{QStringLiteral("title"), title},
                            {QStringLiteral("usernames"), QJsonArray::fromStringList(members)}}),
                   "conversation"),
                 "id");
    }
    static QJsonObject send(WsClient &c, const QString &conversationId, const QString &text,
                            QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("conversationId"), conversationId);
        extra.insert(QStringLiteral("text"), text);
        return o(c.result(QStringLiteral("messages.send"), extra), "message");
    }
    static QJsonArray list(WsClient &c, const QString &conversationId, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("conversationId"), conversationId);
        return c.result(QStringLiteral("messages.list"), extra)
                .value(QStringLiteral("messages"))
                .toArray();
    }
    static QJsonObject chatOf(WsClient &c, const QString &conversationId)
    {
        for (const QJsonValue &v : c.result(QStringLiteral("chats.list"))
                                           .value(QStringLiteral("conversations"))
                                           .toArray())
            if (s(v.toObject(), "id") == conversationId)
                return v.toObject();
        return {};
    }
    static QString detail(const QJsonObject &reply)
    {
        return o(o(reply, "error"), "data").value(QStringLiteral("detail")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        BackendConfig config;
        config.seedDemoData = true;
        config.limits.rateMultiplier =
                1000; // the ordering test sends many messages from one account
        m_backend = std::make_unique<TestBackend>(config);
        QVERIFY(m_backend->start());
        for (const char *name : {"alice", "bob", "carol", "dariush"}) {
            auto c = as(name);
            QVERIFY(c);
            m_ids.insert(QString::fromLatin1(name),
                         s(o(c->result(QStringLiteral("account.me")), "user"), "id"));
        }
    }
    void cleanupTestCase() { m_backend.reset(); }

    void demoConversationsAreThere()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        const QJsonArray chats = alice->result(QStringLiteral("chats.list"))
                                         .value(QStringLiteral("conversations"))
                                         .toArray();
        QVERIFY(chats.size() >= 3);
        QStringList kinds;
        for (const QJsonValue &v : chats) {
            kinds.append(s(v.toObject(), "kind"));
            QVERIFY(!o(v.toObject(), "lastMessage").isEmpty());
        }
        QVERIFY(kinds.contains(QStringLiteral("direct")) && kinds.contains(QStringLiteral("group"))
                && kinds.contains(QStringLiteral("channel")));
        // Newest activity first.
        for (int i = 1; i < chats.size(); ++i)
            QVERIFY(chats.at(i - 1).toObject().value(QStringLiteral("lastActivityAt")).toInteger()
                    >= chats.at(i).toObject().value(QStringLiteral("lastActivityAt")).toInteger());
    }

    void deliveryToEverySocketOfEveryMember()
    {
        auto alice = as("alice");
        auto bob1 = as("bob");
        auto bob2 = as("bob");
        QVERIFY(alice && bob1 && bob2);
        const QString conv = directWith(*alice, "bob");
        QVERIFY(!conv.isEmpty());
        QCOMPARE(directWith(*bob1, "alice"), conv); // one direct chat per pair
        const qint64 before = o(alice->result(QStringLiteral("chats.get"),
                                              {{QStringLiteral("conversationId"), conv}}),
                                "conversation")
                                      .value(QStringLiteral("lastSeq"))
                                      .toInteger();
        const QJsonObject sent = send(*alice, conv, QStringLiteral("hello both of your screens"));
        QCOMPARE(sent.value(QStringLiteral("seq")).toInteger(), before + 1);
        for (WsClient *c : {bob1.get(), bob2.get(), alice.get()}) {
            const QJsonObject e =
                    waitFor(*c, QStringLiteral("event.message.new"), inConversation(conv));
            QCOMPARE(s(o(e, "message"), "id"), s(sent, "id"));
            QCOMPARE(s(o(e, "message"), "text"), QStringLiteral("hello both of your screens"));
            QCOMPARE(s(o(o(e, "message"), "author"), "username"), QStringLiteral("alice"));
        }
    }

    void seqStrictlyIncreasingWithConcurrentSenders()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        auto carol = as("carol");
        auto watcher = as("carol");
        QVERIFY(alice && bob && carol && watcher);
        const QString conv = group(*alice, QStringLiteral("Race"),
                                   {QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(!conv.isEmpty());
        const int perSender = 25;
        QList<QPair<WsClient *, QString>> pending;
        for (int i = 0; i < perSender; ++i)
            for (WsClient *c : {alice.get(), bob.get(), carol.get()})
                pending.append({c,
                                c->send(QStringLiteral("messages.send"),
                                        {{QStringLiteral("conversationId"), conv},
                                         {QStringLiteral("text"), QStringLiteral("m%1").arg(i)}})});
        QSet<qint64> seqs;
        for (const auto &[c, id] : pending) {
            const QJsonObject r = c->take(id);
            QVERIFY2(r.contains(QStringLiteral("result")),
                     qPrintable(QString::fromUtf8(QJsonDocument(r).toJson())));
            seqs.insert(o(o(r, "result"), "message").value(QStringLiteral("seq")).toInteger());
        }
        QCOMPARE(seqs.size(), 3 * perSender); // no seq given twice
        // Arrival order on one socket is seq order.
        qint64 last = 0;
        for (int n = 0; n < 3 * perSender; ++n) {
            const QJsonObject e = waitFor(
                    *watcher, QStringLiteral("event.message.new"), [&](const QJsonObject &ev) {
                        return s(o(ev, "message"), "conversationId") == conv
                                && s(o(ev, "message"), "kind") == QLatin1String("text");
                    });
            QVERIFY(!e.isEmpty());
            const qint64 seq = o(e, "message").value(QStringLiteral("seq")).toInteger();
            QVERIFY2(seq > last, qPrintable(QStringLiteral("%1 after %2").arg(seq).arg(last)));
            last = seq;
        }
        // The history has no gaps: 1..N in order.
        const QJsonArray all =
                list(*alice, conv, {{QStringLiteral("since"), 0}, {QStringLiteral("limit"), 100}});
        QCOMPARE(all.size(), 3 * perSender);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).toObject().value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
    }

    void catchUpAfterDisconnectAndPaging()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        QVERIFY(alice && bob);
        const QString conv = group(*alice, QStringLiteral("Paging"), {QStringLiteral("bob")});
        send(*alice, conv, QStringLiteral("before the drop"));
        const QJsonObject seen =
                waitFor(*bob, QStringLiteral("event.message.new"), inConversation(conv));
        const qint64 lastSeen = o(seen, "message").value(QStringLiteral("seq")).toInteger();
        bob.reset(); // offline
        QStringList missed;
        for (int i = 0; i < 5; ++i)
            missed.append(s(send(*alice, conv, QStringLiteral("missed %1").arg(i)), "id"));
        bob = as("bob");
        QVERIFY(bob);
        const QJsonArray caught = list(*bob, conv, {{QStringLiteral("since"), lastSeen}});
        QCOMPARE(caught.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s(caught.at(i).toObject(), "id"), missed.at(i));
            QCOMPARE(caught.at(i).toObject().value(QStringLiteral("seq")).toInteger(),
                     lastSeen + 1 + i);
        }
        for (int i = 0; i < 24; ++i)
            send(*alice, conv, QStringLiteral("page %1").arg(i));
        const QJsonObject latest = bob->result(
                QStringLiteral("messages.list"),
                {{QStringLiteral("conversationId"), conv}, {QStringLiteral("limit"), 10}});
        const QJsonArray page1 = latest.value(QStringLiteral("messages")).toArray();
        QCOMPARE(page1.size(), 10);
        QVERIFY(latest.value(QStringLiteral("hasMore")).toBool());
        const qint64 top = latest.value(QStringLiteral("lastSeq")).toInteger();
        QCOMPARE(page1.last().toObject().value(QStringLiteral("seq")).toInteger(), top);
        const qint64 oldest = page1.first().toObject().value(QStringLiteral("seq")).toInteger();
        const QJsonArray page2 = list(
                *bob, conv, {{QStringLiteral("before"), oldest}, {QStringLiteral("limit"), 10}});
        QCOMPARE(page2.size(), 10);
        QCOMPARE(page2.last().toObject().value(QStringLiteral("seq")).toInteger(), oldest - 1);
        QCOMPARE(page2.first().toObject().value(QStringLiteral("seq")).toInteger(), oldest - 10);
        const QJsonObject first = bob->result(
                QStringLiteral("messages.list"),
                {{QStringLiteral("conversationId"), conv}, {QStringLiteral("before"), 3}});
        QCOMPARE(first.value(QStringLiteral("messages")).toArray().size(), 2);
        QVERIFY(!first.value(QStringLiteral("hasMore")).toBool());
    }

    void readReceiptsAndUnreadCounts()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        QVERIFY(alice && bob);
        const QString conv = group(*alice, QStringLiteral("Receipts"), {QStringLiteral("bob")});
        qint64 last = 0;
        for (int i = 0; i < 3; ++i)
            last = send(*alice, conv, QStringLiteral("unread %1").arg(i))
                           .value(QStringLiteral("seq"))
                           .toInteger();
        QCOMPARE(chatOf(*bob, conv).value(QStringLiteral("unread")).toInt(), 3);
        QCOMPARE(chatOf(*alice, conv).value(QStringLiteral("unread")).toInt(),
                 0); // your own messages are read
        const QJsonObject r = bob->result(
                QStringLiteral("messages.markRead"),
                {{QStringLiteral("conversationId"), conv}, {QStringLiteral("seq"), last - 1}});
        QCOMPARE(r.value(QStringLiteral("unread")).toInt(), 1);
        const QJsonObject receipt =
                waitFor(*alice, QStringLiteral("event.read"), inConversation(conv));
        QCOMPARE(s(o(receipt, "user"), "username"), QStringLiteral("bob"));
        QCOMPARE(receipt.value(QStringLiteral("seq")).toInteger(), last - 1);
        // A read mark never goes backwards, and never past the end.
        bob->result(QStringLiteral("messages.markRead"),
                    {{QStringLiteral("conversationId"), conv}, {QStringLiteral("seq"), 1}});
        QCOMPARE(chatOf(*bob, conv).value(QStringLiteral("lastReadSeq")).toInteger(), last - 1);
        bob->result(QStringLiteral("messages.markRead"),
                    {{QStringLiteral("conversationId"), conv}, {QStringLiteral("seq"), 999999}});
        const QJsonObject chat = chatOf(*bob, conv);
        QCOMPARE(chat.value(QStringLiteral("lastReadSeq")).toInteger(), last);
        QCOMPARE(chat.value(QStringLiteral("unread")).toInt(), 0);
    }

    void editsKeepHistoryAndDeletesLeaveTombstones()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        QVERIFY(alice && bob);
        const QString conv = group(*alice, QStringLiteral("Edits"), {QStringLiteral("bob")});
        const QJsonObject m = send(*alice, conv, QStringLiteral("first words"));
        const QString id = s(m, "id");
        const QJsonObject edited =
                o(alice->result(QStringLiteral("messages.edit"),
                                {{QStringLiteral("messageId"), id},
                                 {QStringLiteral("text"), QStringLiteral("better words")}}),
                  "message");
        QVERIFY(edited.value(QStringLiteral("edited")).toBool());
        QVERIFY(edited.value(QStringLiteral("editedAt")).toInteger() > 0);
        const QJsonObject e =
                waitFor(*bob, QStringLiteral("event.message.edited"), inConversation(conv));
        QCOMPARE(s(o(e, "message"), "text"), QStringLiteral("better words"));
        const QJsonArray versions =
                bob->result(QStringLiteral("messages.edits"), {{QStringLiteral("messageId"), id}})
                        .value(QStringLiteral("versions"))
                        .toArray();
        QCOMPARE(versions.size(), 1);
        QCOMPARE(s(versions.first().toObject(), "text"), QStringLiteral("first words"));
        const QJsonObject notYours =
                bob->call(QStringLiteral("messages.edit"),
                          {{QStringLiteral("messageId"), id},
                           {QStringLiteral("text"), QStringLiteral("hijack")}});
        QCOMPARE(reason(notYours), QStringLiteral("forbidden"));
        QCOMPARE(detail(notYours), QStringLiteral("not_author"));

        // Delete for me: gone for bob only.
        const QString second = s(send(*alice, conv, QStringLiteral("hide me")), "id");
        bob->result(QStringLiteral("messages.delete"), {{QStringLiteral("messageId"), second}});
        auto has = [](const QJsonArray &msgs, const QString &mid) {
            return std::any_of(msgs.begin(), msgs.end(),
                               [&](const QJsonValue &v) { return s(v.toObject(), "id") == mid; });
        };
        QVERIFY(!has(list(*bob, conv), second));
        QVERIFY(has(list(*alice, conv), second));
        // Bob is no admin and not the author: he cannot delete it for everyone.
        const QJsonObject refused = bob->call(
                QStringLiteral("messages.delete"),
                {{QStringLiteral("messageId"), id}, {QStringLiteral("forEveryone"), true}});
        QCOMPARE(reason(refused), QStringLiteral("forbidden"));
        // For everyone by the author: a tombstone with the same seq.
        alice->result(QStringLiteral("messages.delete"),
                      {{QStringLiteral("messageId"), id}, {QStringLiteral("forEveryone"), true}});
        const QJsonObject gone =
                waitFor(*bob, QStringLiteral("event.message.deleted"),
                        [&](const QJsonObject &ev) { return s(ev, "messageId") == id; });
        QCOMPARE(s(gone, "messageId"), id);
        QVERIFY(gone.value(QStringLiteral("forEveryone")).toBool());
        QJsonObject tomb;
        for (const QJsonValue &v : list(*bob, conv))
            if (s(v.toObject(), "id") == id)
                tomb = v.toObject();
        QVERIFY(tomb.value(QStringLiteral("deleted")).toBool());
        QCOMPARE(s(tomb, "text"), QString());
        QCOMPARE(tomb.value(QStringLiteral("seq")).toInteger(),
                 m.value(QStringLiteral("seq")).toInteger());
        QCOMPARE(bob->result(QStringLiteral("messages.edits"), {{QStringLiteral("messageId"), id}})
                         .value(QStringLiteral("versions"))
                         .toArray()
                         .size(),
                 0);
        const QJsonObject late = alice->call(QStringLiteral("messages.edit"),
                                             {{QStringLiteral("messageId"), id},
                                              {QStringLiteral("text"), QStringLiteral("again")}});
        QCOMPARE(reason(late), QStringLiteral("invalid_state"));
    }

    void reactions()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        QVERIFY(alice && bob);
        const QString conv = directWith(*alice, "bob");
        const QString id = s(send(*alice, conv, QStringLiteral("react to me")), "id");
        auto react = [&](const QString &emoji) {
            return o(bob->result(
                             QStringLiteral("messages.react"),
                             {{QStringLiteral("messageId"), id}, {QStringLiteral("emoji"), emoji}}),
                     "message");
        };
        QJsonObject m = react(QStringLiteral("👍"));
        QCOMPARE(s(m, "myReaction"), QStringLiteral("👍"));
        QJsonObject e = waitFor(*alice, QStringLiteral("event.reaction.changed"),
                                [&](const QJsonObject &ev) { return s(ev, "messageId") == id; });
        QCOMPARE(s(o(e, "user"), "username"), QStringLiteral("bob"));
        QCOMPARE(e.value(QStringLiteral("reactions")).toArray().size(), 1);
        QCOMPARE(e.value(QStringLiteral("reactions"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("count"))
                         .toInt(),
                 1);
        m = react(QStringLiteral("❤️")); // one reaction per user: this replaces the thumbs-up
        QCOMPARE(m.value(QStringLiteral("reactions")).toArray().size(), 1);
        QCOMPARE(s(m.value(QStringLiteral("reactions")).toArray().first().toObject(), "emoji"),
                 QStringLiteral("❤️"));
        m = react(QString());
        QCOMPARE(m.value(QStringLiteral("reactions")).toArray().size(), 0);
        QCOMPARE(s(m, "myReaction"), QString());
    }

    void mentionsAndOfflineNotifications()
    {
        auto alice = as("alice");
        auto carol = as("carol");
        QVERIFY(alice && carol);
        const QString conv = group(*alice, QStringLiteral("Mentions"),
                                   {QStringLiteral("bob"), QStringLiteral("carol")});
        carol->result(QStringLiteral("chats.mute"),
                      {{QStringLiteral("conversationId"), conv}, {QStringLiteral("muted"), true}});
        QVERIFY(chatOf(*carol, conv).value(QStringLiteral("muted")).toBool());
        const QJsonObject m = send(*alice, conv, QStringLiteral("@carol and @bob, look at this"));
        const QJsonArray mentions = m.value(QStringLiteral("mentions")).toArray();
        QCOMPARE(mentions.size(), 2);
        QVERIFY(mentions.contains(m_ids.value(QStringLiteral("carol"))));
        const QString plain = s(send(*alice, conv, QStringLiteral("no mention here")), "id");
        // Carol muted the group: the mention reaches her, the plain message does not.
        const QJsonObject n =
                waitFor(*carol, QStringLiteral("event.notify.new"), [&](const QJsonObject &ev) {
                    return o(o(ev, "notification"), "data")
                                   .value(QStringLiteral("conversationId"))
                                   .toString()
                            == conv;
                });
        QCOMPARE(s(o(n, "notification"), "kind"), QStringLiteral("messaging.mention"));
        QTest::qWait(200);
        auto kindsFor = [&](WsClient &c) {
            QStringList kinds;
            for (const QJsonValue &v :
                 c.result(QStringLiteral("notify.list"), {{QStringLiteral("limit"), 100}})
                         .value(QStringLiteral("notifications"))
                         .toArray())
                if (o(v.toObject(), "data").value(QStringLiteral("conversationId")).toString()
                    == conv)
                    kinds.append(s(v.toObject(), "kind") + QLatin1Char(':')
                                 + o(v.toObject(), "data")
                                           .value(QStringLiteral("messageId"))
                                           .toString());
            return kinds;
        };
        QCOMPARE(kindsFor(*carol),
                 QStringList{QString(QStringLiteral("messaging.mention:") + s(m, "id"))});
        // Bob is offline and did not mute: a mention for the first, a new-message notification for
        // the second.
        auto bob = as("bob");
        QVERIFY(bob);
        const QStringList bobs = kindsFor(*bob);
        QVERIFY2(bobs.contains(QStringLiteral("messaging.mention:") + s(m, "id")),
                 qPrintable(bobs.join(QLatin1Char(','))));
        QVERIFY2(bobs.contains(QStringLiteral("messaging.message:") + plain),
                 qPrintable(bobs.join(QLatin1Char(','))));
        // Online now: no notification for the next one, only the live message.
        const QString live = s(send(*alice, conv, QStringLiteral("you are here")), "id");
        QVERIFY(!waitFor(*bob, QStringLiteral("event.message.new"), [&](const QJsonObject &ev) {
                     return s(o(ev, "message"), "id") == live;
                 }).isEmpty());
        QTest::qWait(200);
        QVERIFY(!kindsFor(*bob).contains(QStringLiteral("messaging.message:") + live));
    }

    void permissions()
    {
        auto alice = as("alice");
        auto dariush = as("dariush");
        auto support = as("support");
        QVERIFY(alice && dariush && support);
        const QString direct = directWith(*alice, "bob");
        // Not a member: refused, and nothing is written.
        const QJsonObject read = dariush->call(QStringLiteral("messages.list"),
                                               {{QStringLiteral("conversationId"), direct}});
        QCOMPARE(errorCode(read), -32003);
        QCOMPARE(detail(read), QStringLiteral("not_member"));
        const qint64 lastSeq = o(alice->result(QStringLiteral("chats.get"),
                                               {{QStringLiteral("conversationId"), direct}}),
                                 "conversation")
                                       .value(QStringLiteral("lastSeq"))
                                       .toInteger();
        const QJsonObject post =
                dariush->call(QStringLiteral("messages.send"),
                              {{QStringLiteral("conversationId"), direct},
                               {QStringLiteral("text"), QStringLiteral("let me in")}});
        QCOMPARE(detail(post), QStringLiteral("not_member"));
        QCOMPARE(o(alice->result(QStringLiteral("chats.get"),
                                 {{QStringLiteral("conversationId"), direct}}),
                   "conversation")
                         .value(QStringLiteral("lastSeq"))
                         .toInteger(),
                 lastSeq);
        QCOMPARE(reason(dariush->call(QStringLiteral("messages.search"),
                                      {{QStringLiteral("query"), QStringLiteral("hello")},
                                       {QStringLiteral("conversationId"), direct}})),
                 QStringLiteral("forbidden"));

        // A channel: subscribers read, only admins post.
        const QJsonObject channel =
                o(support->result(QStringLiteral("chats.createChannel"),
                                  {{QStringLiteral("title"), QStringLiteral("Ops")},
                                   {QStringLiteral("handle"), QStringLiteral("ops_news")},
                                   {QStringLiteral("public"), true}}),
                  "conversation");
        const QString ch = s(channel, "id");
        QVERIFY(!ch.isEmpty());
        QCOMPARE(s(o(alice->result(QStringLiteral("chats.join"),
                                   {{QStringLiteral("handle"), QStringLiteral("ops_news")}}),
                     "conversation"),
                   "myRole"),
                 QStringLiteral("subscriber"));
        const QJsonObject subPost =
                alice->call(QStringLiteral("messages.send"),
                            {{QStringLiteral("conversationId"), ch},
                             {QStringLiteral("text"), QStringLiteral("me too")}});
        QCOMPARE(reason(subPost), QStringLiteral("forbidden"));
        QCOMPARE(detail(subPost), QStringLiteral("admins_only"));
        QCOMPARE(detail(alice->call(QStringLiteral("chats.members"),
                                    {{QStringLiteral("conversationId"), ch}})),
                 QStringLiteral("admins_only"));
        send(*support, ch, QStringLiteral("maintenance at 02:00 UTC"));
        QVERIFY(!waitFor(*alice, QStringLiteral("event.message.new"), inConversation(ch))
                         .isEmpty());
        QCOMPARE(o(support->result(QStringLiteral("chats.get"),
                                   {{QStringLiteral("conversationId"), ch}}),
                   "conversation")
                         .value(QStringLiteral("memberCount"))
                         .toInt(),
                 2);
        // Promoted, alice may post.
        support->result(QStringLiteral("chats.setRole"),
                        {{QStringLiteral("conversationId"), ch},
                         {QStringLiteral("userId"), m_ids.value(QStringLiteral("alice"))},
                         {QStringLiteral("role"), QStringLiteral("admin")}});
        QVERIFY(!send(*alice, ch, QStringLiteral("now I can")).isEmpty());

        // A removed member reads nothing more and receives nothing more.
        const QString g = group(*alice, QStringLiteral("Removal"),
                                {QStringLiteral("dariush"), QStringLiteral("bob")});
        send(*alice, g, QStringLiteral("before removal"));
        QVERIFY(!waitFor(*dariush, QStringLiteral("event.message.new"), inConversation(g))
                         .isEmpty());
        const QJsonObject notAdmin =
                dariush->call(QStringLiteral("chats.removeMember"),
                              {{QStringLiteral("conversationId"), g},
                               {QStringLiteral("userId"), m_ids.value(QStringLiteral("bob"))}});
        QCOMPARE(detail(notAdmin), QStringLiteral("admins_only"));
        alice->result(QStringLiteral("chats.removeMember"),
                      {{QStringLiteral("conversationId"), g},
                       {QStringLiteral("userId"), m_ids.value(QStringLiteral("dariush"))}});
        const QJsonObject left =
                waitFor(*dariush, QStringLiteral("event.chat.left"), inConversation(g));
        QVERIFY(left.value(QStringLiteral("removed")).toBool());
        QTest::qWait(100);
        while (!dariush->waitEvent(QStringLiteral("event.message.new"), 50).isEmpty()) {
        } // drain what came before the removal
        send(*alice, g, QStringLiteral("after removal"));
        QVERIFY(waitFor(*dariush, QStringLiteral("event.message.new"), inConversation(g), 500)
                        .isEmpty());
        QCOMPARE(detail(dariush->call(QStringLiteral("messages.list"),
                                      {{QStringLiteral("conversationId"), g}})),
                 QStringLiteral("not_member"));
        QCOMPARE(detail(dariush->call(
                         QStringLiteral("messages.list"),
                         {{QStringLiteral("conversationId"), g}, {QStringLiteral("before"), 2}})),
                 QStringLiteral("not_member"));
        QVERIFY(chatOf(*dariush, g).isEmpty());
    }

    void inviteLinks()
    {
        auto alice = as("alice");
        auto carol = as("carol");
        QVERIFY(alice && carol);
        const QString g = group(*alice, QStringLiteral("Invites"), {});
        QCOMPARE(reason(carol->call(QStringLiteral("chats.join"),
                                    {{QStringLiteral("conversationId"), g}})),
                 QStringLiteral("forbidden"));
        const QString token = s(alice->result(QStringLiteral("chats.invite"),
                                              {{QStringLiteral("conversationId"), g}}),
                                "inviteToken");
        QVERIFY(token.size() >= 32);
        const QJsonObject joined = o(carol->result(QStringLiteral("chats.join"),
                                                   {{QStringLiteral("inviteToken"), token}}),
                                     "conversation");
        QCOMPARE(s(joined, "id"), g);
        QCOMPARE(s(joined, "myRole"), QStringLiteral("member"));
        QCOMPARE(s(joined, "inviteToken"), QString()); // members do not see the link
        const QJsonArray members = alice->result(QStringLiteral("chats.members"),
                                                 {{QStringLiteral("conversationId"), g}})
                                           .value(QStringLiteral("members"))
                                           .toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(s(members.first().toObject(), "role"), QStringLiteral("owner"));
        // A reset link stops the old one.
        const QString fresh = s(alice->result(QStringLiteral("chats.invite"),
                                              {{QStringLiteral("conversationId"), g},
                                               {QStringLiteral("reset"), true}}),
                                "inviteToken");
        QVERIFY(fresh != token);
        auto dariush = as("dariush");
        QVERIFY(dariush);
        QCOMPARE(reason(dariush->call(QStringLiteral("chats.join"),
                                      {{QStringLiteral("inviteToken"), token}})),
                 QStringLiteral("not_found"));
        QVERIFY(dariush->call(QStringLiteral("chats.join"),
                              {{QStringLiteral("inviteToken"), fresh}})
                        .contains(QStringLiteral("result")));
        // Leaving ends access; a member cannot manage.
        QCOMPARE(detail(carol->call(QStringLiteral("chats.invite"),
                                    {{QStringLiteral("conversationId"), g}})),
                 QStringLiteral("admins_only"));
        carol->result(QStringLiteral("chats.leave"), {{QStringLiteral("conversationId"), g}});
        QCOMPARE(detail(carol->call(QStringLiteral("messages.list"),
                                    {{QStringLiteral("conversationId"), g}})),
                 QStringLiteral("not_member"));
    }

    void searchOnlyMyConversations()
    {
        auto alice = as("alice");
        auto carol = as("carol");
        QVERIFY(alice && carol);
        const QString mine = directWith(*alice, "bob");
        const QString theirs = directWith(*carol, "dariush");
        const QJsonObject m =
                send(*alice, mine, QStringLiteral("the quick zebrafox jumps over the lazy dog"));
        send(*carol, theirs, QStringLiteral("a private zebrafox sighting"));
        const QJsonArray results =
                alice->result(QStringLiteral("messages.search"),
                              {{QStringLiteral("query"), QStringLiteral("zebraf")}})
                        .value(QStringLiteral("results"))
                        .toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject hit = results.first().toObject();
        QCOMPARE(s(hit, "conversationId"), mine);
        QCOMPARE(hit.value(QStringLiteral("seq")).toInteger(),
                 m.value(QStringLiteral("seq")).toInteger());
        QVERIFY2(s(hit, "snippet").contains(QStringLiteral("<mark>zebrafox</mark>")),
                 qPrintable(s(hit, "snippet")));
        QCOMPARE(s(o(hit, "author"), "username"), QStringLiteral("alice"));
        // Several words: all must match.
        QCOMPARE(alice->result(QStringLiteral("messages.search"),
                               {{QStringLiteral("query"), QStringLiteral("zebrafox cat")}})
                         .value(QStringLiteral("results"))
                         .toArray()
                         .size(),
                 0);
        // Query syntax never reaches the engine.
        QVERIFY(alice->call(QStringLiteral("messages.search"),
                            {{QStringLiteral("query"), QStringLiteral("\"zebra* OR ) NEAR(")}})
                        .contains(QStringLiteral("result")));
        QCOMPARE(reason(alice->call(QStringLiteral("messages.search"),
                                    {{QStringLiteral("query"), QStringLiteral("*** ")}})),
                 QStringLiteral("invalid_params"));
        // Edited text is what is found; deleted messages are not.
        alice->result(QStringLiteral("messages.edit"),
                      {{QStringLiteral("messageId"), s(m, "id")},
                       {QStringLiteral("text"), QStringLiteral("the quick quaggacat")}});
        QCOMPARE(alice->result(QStringLiteral("messages.search"),
                               {{QStringLiteral("query"), QStringLiteral("zebrafox")}})
                         .value(QStringLiteral("results"))
                         .toArray()
                         .size(),
                 0);
        QCOMPARE(alice->result(QStringLiteral("messages.search"),
                               {{QStringLiteral("query"), QStringLiteral("quaggacat")}})
                         .value(QStringLiteral("results"))
                         .toArray()
                         .size(),
                 1);
        alice->result(
                QStringLiteral("messages.delete"),
                {{QStringLiteral("messageId"), s(m, "id")}, {QStringLiteral("forEveryone"), true}});
        QCOMPARE(alice->result(QStringLiteral("messages.search"),
                               {{QStringLiteral("query"), QStringLiteral("quaggacat")}})
                         .value(QStringLiteral("results"))
                         .toArray()
                         .size(),
                 0);
    }

    void typingIndicators()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        QVERIFY(alice && bob);
        const QString conv = group(*alice, QStringLiteral("Typing"), {QStringLiteral("bob")});
        QVERIFY(alice->result(QStringLiteral("chat.typing"),
                              {{QStringLiteral("conversationId"), conv}})
                        .value(QStringLiteral("sent"))
                        .toBool());
        const QJsonObject e = waitFor(*bob, QStringLiteral("event.typing"), inConversation(conv));
        QCOMPARE(s(o(e, "user"), "username"), QStringLiteral("alice"));
        QVERIFY(!alice->result(QStringLiteral("chat.typing"),
                               {{QStringLiteral("conversationId"), conv}})
                         .value(QStringLiteral("sent"))
                         .toBool());
        QVERIFY(waitFor(*alice, QStringLiteral("event.typing"), inConversation(conv), 300)
                        .isEmpty()); // not to yourself
    }

    void pinnedMessagesAndChats()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        QVERIFY(alice && bob);
        const QString g = group(*alice, QStringLiteral("Pins"), {QStringLiteral("bob")});
        const QString id = s(send(*bob, g, QStringLiteral("pin me")), "id");
        QCOMPARE(detail(bob->call(
                         QStringLiteral("messages.pin"),
                         {{QStringLiteral("messageId"), id}, {QStringLiteral("pinned"), true}})),
                 QStringLiteral("admins_only"));
        alice->result(QStringLiteral("messages.pin"),
                      {{QStringLiteral("messageId"), id}, {QStringLiteral("pinned"), true}});
        const QJsonArray pinned = bob->result(QStringLiteral("messages.pinned"),
                                              {{QStringLiteral("conversationId"), g}})
                                          .value(QStringLiteral("messages"))
                                          .toArray();
        QCOMPARE(pinned.size(), 1);
        QCOMPARE(s(pinned.first().toObject(), "id"), id);
        // In a direct chat both may pin.
        const QString d = directWith(*alice, "bob");
        const QString did = s(send(*alice, d, QStringLiteral("direct pin")), "id");
        QVERIFY(bob->call(QStringLiteral("messages.pin"),
                          {{QStringLiteral("messageId"), did}, {QStringLiteral("pinned"), true}})
                        .contains(QStringLiteral("result")));
        // A pinned chat comes first in the list.
        const QString quiet = group(*bob, QStringLiteral("Quiet"), {});
        bob->result(QStringLiteral("chats.pin"),
                    {{QStringLiteral("conversationId"), quiet}, {QStringLiteral("pinned"), true}});
        send(*alice, d, QStringLiteral("newer activity"));
        const QJsonArray chats = bob->result(QStringLiteral("chats.list"))
                                         .value(QStringLiteral("conversations"))
                                         .toArray();
        QCOMPARE(s(chats.first().toObject(), "id"), quiet);
        QVERIFY(chats.first().toObject().value(QStringLiteral("pinned")).toBool());
    }

    void repliesForwardsAndRetries()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        QVERIFY(alice && bob);
        const QString d = directWith(*alice, "bob");
        const QString g = group(*alice, QStringLiteral("Forwards"), {QStringLiteral("carol")});
        const QJsonObject original = send(*alice, d, QStringLiteral("original"));
        const QJsonObject reply = send(*bob, d, QStringLiteral("a reply"),
                                       {{QStringLiteral("replyTo"), s(original, "id")}});
        QCOMPARE(s(reply, "replyTo"), s(original, "id"));
        QCOMPARE(reason(bob->call(QStringLiteral("messages.send"),
                                  {{QStringLiteral("conversationId"), d},
                                   {QStringLiteral("text"), QStringLiteral("x")},
                                   {QStringLiteral("replyTo"),
                                    QString(s(original, "id") + QStringLiteral("0"))}})),
                 QStringLiteral("not_found"));
        const QJsonObject fwd =
                o(alice->result(QStringLiteral("messages.send"),
                                {{QStringLiteral("conversationId"), g},
                                 {QStringLiteral("forwardMessageId"), s(reply, "id")}}),
                  "message");
        QCOMPARE(s(fwd, "text"), QStringLiteral("a reply"));
        QCOMPARE(s(o(fwd, "forwardedFrom"), "messageId"), s(reply, "id"));
        QCOMPARE(s(o(o(fwd, "forwardedFrom"), "author"), "username"), QStringLiteral("bob"));
        // Carol cannot forward from a chat she is not in.
        auto carol = as("carol");
        QVERIFY(carol);
        QCOMPARE(reason(carol->call(QStringLiteral("messages.send"),
                                    {{QStringLiteral("conversationId"), g},
                                     {QStringLiteral("forwardMessageId"), s(original, "id")}})),
                 QStringLiteral("not_found"));
        // A retry with the same client key gives the same message, once.
        const QJsonObject params{{QStringLiteral("conversationId"), d},
                                 {QStringLiteral("text"), QStringLiteral("once")},
                                 {QStringLiteral("clientKey"), QStringLiteral("retry-key-0001")}};
        const QJsonObject a = o(alice->result(QStringLiteral("messages.send"), params), "message");
        const QJsonObject b = o(alice->result(QStringLiteral("messages.send"), params), "message");
        QCOMPARE(s(a, "id"), s(b, "id"));
        QCOMPARE(a.value(QStringLiteral("seq")).toInteger(),
                 b.value(QStringLiteral("seq")).toInteger());
        // First message to someone creates the direct chat.
        auto dariush = as("dariush");
        QVERIFY(dariush);
        const QJsonObject first =
                o(dariush->result(QStringLiteral("messages.send"),
                                  {{QStringLiteral("toUsername"), QStringLiteral("bob")},
                                   {QStringLiteral("text"), QStringLiteral("hi bob")}}),
                  "message");
        QVERIFY(!s(first, "conversationId").isEmpty());
        QCOMPARE(directWith(*bob, "dariush"), s(first, "conversationId"));
    }

    void filesSharedInAChat()
    {
        auto alice = as("alice");
        auto bob = as("bob");
        auto carol = as("carol");
        QVERIFY(alice && bob && carol);
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(3000, 'x'));
        const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        const QJsonObject begun =
                alice->result(QStringLiteral("files.beginUpload"),
                              {{QStringLiteral("name"), QStringLiteral("photo.png")},
                               {QStringLiteral("mime"), QStringLiteral("image/png")},
                               {QStringLiteral("size"), png.size()},
                               {QStringLiteral("sha256"), sha},
                               {QStringLiteral("purpose"), QStringLiteral("chat")}});
        const QString uploadId = s(begun, "uploadId");
        QVERIFY(!uploadId.isEmpty());
        alice->result(QStringLiteral("files.uploadChunk"),
                      {{QStringLiteral("uploadId"), uploadId},
                       {QStringLiteral("offset"), 0},
                       {QStringLiteral("data"), QString::fromLatin1(png.toBase64())}});
        const QString fileId = s(o(alice->result(QStringLiteral("files.finishUpload"),
                                                 {{QStringLiteral("uploadId"), uploadId}}),
                                   "file"),
                                 "fileId");
        QVERIFY(!fileId.isEmpty());
        auto download = [&](WsClient &c) {
            return c.call(QStringLiteral("files.download"),
                          {{QStringLiteral("fileId"), fileId}, {QStringLiteral("offset"), 0}});
        };
        QCOMPARE(reason(download(*bob)), QStringLiteral("forbidden")); // not shared yet
        // Bob cannot attach alice's file before it is shared with him.
        QCOMPARE(reason(bob->call(QStringLiteral("messages.send"),
                                  {{QStringLiteral("conversationId"), directWith(*bob, "alice")},
                                   {QStringLiteral("fileId"), fileId}})),
                 QStringLiteral("forbidden"));
        const QString d = directWith(*alice, "bob");
        const QJsonObject m =
                o(alice->result(QStringLiteral("messages.send"),
                                {{QStringLiteral("conversationId"), d},
                                 {QStringLiteral("fileId"), fileId},
                                 {QStringLiteral("text"), QStringLiteral("our photo")}}),
                  "message");
        QCOMPARE(s(m, "kind"), QStringLiteral("file"));
        QCOMPARE(s(o(m, "file"), "name"), QStringLiteral("photo.png"));
        const QJsonObject got = download(*bob);
        QCOMPARE(QByteArray::fromBase64(s(o(got, "result"), "data").toLatin1()), png);
        QCOMPARE(reason(download(*carol)), QStringLiteral("forbidden"));
        // Deleted for everyone: the share ends with it.
        alice->result(
                QStringLiteral("messages.delete"),
                {{QStringLiteral("messageId"), s(m, "id")}, {QStringLiteral("forEveryone"), true}});
        QCOMPARE(reason(download(*bob)), QStringLiteral("forbidden"));
        QVERIFY(download(*alice).contains(QStringLiteral("result")));
    }

    void badInputChangesNothing()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        const QString d = directWith(*alice, "bob");
        auto lastSeq = [&] {
            return o(alice->result(QStringLiteral("chats.get"),
                                   {{QStringLiteral("conversationId"), d}}),
                     "conversation")
                    .value(QStringLiteral("lastSeq"))
                    .toInteger();
        };
        const qint64 before = lastSeq();
        const QJsonObject tooLong =
                alice->call(QStringLiteral("messages.send"),
                            {{QStringLiteral("conversationId"), d},
                             {QStringLiteral("text"), QString(4097, QLatin1Char('a'))}});
        QCOMPARE(errorCode(tooLong), -32602);
        QCOMPARE(o(o(tooLong, "error"), "data").value(QStringLiteral("field")).toString(),
                 QStringLiteral("text"));
        QVERIFY(!send(*alice, d, QString(4096, QLatin1Char('b')))
                         .isEmpty()); // the limit itself is fine
        const QJsonObject unknown =
                alice->call(QStringLiteral("messages.send"),
                            {{QStringLiteral("conversationId"), QStringLiteral("nope")},
                             {QStringLiteral("text"), QStringLiteral("hi")}});
        QCOMPARE(reason(unknown), QStringLiteral("not_found"));
        QCOMPARE(errorCode(alice->call(
                         QStringLiteral("messages.send"),
                         {{QStringLiteral("conversationId"), d}, {QStringLiteral("text"), 5}})),
                 -32602);
        QCOMPARE(errorCode(alice->call(QStringLiteral("messages.list"),
                                       {{QStringLiteral("conversationId"), d},
                                        {QStringLiteral("since"), QStringLiteral("3")}})),
                 -32602);
        QCOMPARE(errorCode(alice->call(QStringLiteral("messages.list"),
                                       {{QStringLiteral("conversationId"), d},
                                        {QStringLiteral("since"), 1},
                                        {QStringLiteral("before"), 5}})),
                 -32602);
        QCOMPARE(errorCode(alice->call(QStringLiteral("messages.send"),
                                       {{QStringLiteral("conversationId"), d},
                                        {QStringLiteral("text"), QStringLiteral("   ")}})),
                 -32602);
        QCOMPARE(errorCode(alice->call(QStringLiteral("messages.send"),
                                       {{QStringLiteral("conversationId"), d},
                                        {QStringLiteral("colour"), QStringLiteral("red")}})),
                 -32602);
        QCOMPARE(reason(alice->call(QStringLiteral("messages.react"),
                                    {{QStringLiteral("messageId"), QStringLiteral("nope")},
                                     {QStringLiteral("emoji"), QStringLiteral("x")}})),
                 QStringLiteral("not_found"));
        QCOMPARE(reason(alice->call(QStringLiteral("chats.openDirect"),
                                    {{QStringLiteral("username"), QStringLiteral("nobody_here")}})),
                 QStringLiteral("not_found"));
        QCOMPARE(lastSeq(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TstMessaging)
#include "tst_messaging.moc"
