// Chat view models against canned answers: the chat list counts what others
// write and re-reads after a reconnect; the info panel pages through the
// members and hides them from a channel's subscribers.

#include "chat/chat_info_model.h"
#include "chat/chat_list_model.h"
#include "vm_fixture.h"

#include <QJsonArray>

using namespace azc;
using namespace azc::test;

namespace {

QJsonObject conversation(const QString &id, qint64 lastSeq, int unread, qint64 activity)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("direct")},
            {QStringLiteral("title"), QString(QStringLiteral("Chat ") + id)}, {QStringLiteral("lastSeq"), lastSeq},
            {QStringLiteral("unread"), unread}, {QStringLiteral("lastActivityAt"), activity},
            {QStringLiteral("lastMessage"), QJsonObject{{QStringLiteral("id"), QStringLiteral("m0")}}}};
}

QJsonObject message(const QString &conversationId, qint64 seq, const QString &authorId)
{
    return {{QStringLiteral("id"), QStringLiteral("m%1").arg(seq)}, {QStringLiteral("conversationId"), conversationId},
            {QStringLiteral("seq"), seq}, {QStringLiteral("kind"), QStringLiteral("text")},
            {QStringLiteral("createdAt"), 1000 + seq},
            {QStringLiteral("author"), QJsonObject{{QStringLiteral("userId"), authorId}}}};
}

QJsonObject member(int i)
{
    return {{QStringLiteral("role"), QStringLiteral("member")},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("userId"), QStringLiteral("u-%1").arg(i)},
                                                 {QStringLiteral("username"), QStringLiteral("user%1").arg(i)}}}};
}

} // namespace

class TstVmChat : public QObject
{
    Q_OBJECT
private slots:
    void listCountsWhatOthersWriteAndMovesTheChatUp()
    {
        VmFixture f;
        QVERIFY(f.signIn(QStringLiteral("u-alice")));
        ChatListModel chats;
        f.transport.reply(QStringLiteral("chats.list"),
                          listOf("conversations", {conversation(QStringLiteral("c1"), 5, 0, 100),
                                                   conversation(QStringLiteral("c2"), 9, 0, 200)}));
        chats.attach(&f.context);
        QTRY_COMPARE(chats.count(), 2);
        QCOMPARE(chats.get(0).value(QStringLiteral("id")).toString(), QStringLiteral("c2"));

        f.transport.push(QStringLiteral("event.message.new"),
                         {{QStringLiteral("message"), message(QStringLiteral("c1"), 6, QStringLiteral("u-bob"))}});
        QCOMPARE(chats.conversation(QStringLiteral("c1")).value(QStringLiteral("unread")).toInt(), 1);
        QCOMPARE(chats.unreadTotal(), 1);
        QCOMPARE(chats.get(0).value(QStringLiteral("id")).toString(), QStringLiteral("c1"));
        // The same push again (a retry) is not counted twice.
        f.transport.push(QStringLiteral("event.message.new"),
                         {{QStringLiteral("message"), message(QStringLiteral("c1"), 6, QStringLiteral("u-bob"))}});
        QCOMPARE(chats.unreadTotal(), 1);
        // What I write myself marks the chat read.
        f.transport.push(QStringLiteral("event.message.new"),
                         {{QStringLiteral("message"), message(QStringLiteral("c1"), 7, QStringLiteral("u-alice"))}});
        QCOMPARE(chats.unreadTotal(), 0);

        // A chat someone else just started is fetched.
        f.transport.reply(QStringLiteral("chats.get"), {{QStringLiteral("conversation"), conversation(QStringLiteral("c3"), 1, 1, 300)}});
        f.transport.push(QStringLiteral("event.message.new"),
                         {{QStringLiteral("message"), message(QStringLiteral("c3"), 1, QStringLiteral("u-carol"))}});
        QTRY_COMPARE(chats.count(), 3);

        f.transport.reply(QStringLiteral("chats.list"), listOf("conversations", {conversation(QStringLiteral("c1"), 7, 0, 100)}));
        f.transport.resume();
        QTRY_COMPARE(chats.count(), 1);
    }

    void infoPanelPagesThroughMembers()
    {
        VmFixture f;
        ChatInfoModel info;
        info.setPageSize(2);
        info.attach(&f.context);
        QVERIFY(f.transport.calls().isEmpty()); // no conversation yet

        f.transport.reply(QStringLiteral("chats.members"), listOf("members", {member(1), member(2)}, {{QStringLiteral("total"), 3}}));
        info.setConversationId(QStringLiteral("g1"));
        QTRY_COMPARE(info.count(), 2);
        QCOMPARE(info.total(), 3);
        QCOMPARE(info.get(0).value(QStringLiteral("id")).toString(), QStringLiteral("u-1"));
        QVERIFY(info.canLoadMore());

        f.transport.reply(QStringLiteral("chats.members"), listOf("members", {member(3)}, {{QStringLiteral("total"), 3}}));
        info.loadMore();
        QTRY_COMPARE(info.count(), 3);
        QCOMPARE(f.transport.calls().last().params.value(QStringLiteral("offset")).toInt(), 2);
        QCOMPARE(f.transport.calls().last().params.value(QStringLiteral("conversationId")).toString(), QStringLiteral("g1"));
        QVERIFY(info.atEnd());
        QVERIFY(!info.membersHidden());
    }

    void channelSubscribersSeeNoMembers()
    {
        VmFixture f;
        ChatInfoModel info;
        info.attach(&f.context);
        f.transport.fail(QStringLiteral("chats.members"), QStringLiteral("forbidden"));
        info.setConversationId(QStringLiteral("ch1"));
        QTRY_VERIFY(info.membersHidden());
        QCOMPARE(info.count(), 0);
    }
};

QTEST_MAIN(TstVmChat)
#include "tst_vm_chat.moc"
