// The Chats section end to end, with two people in two app windows against
// one in-process backend: Alice writes and Bob sees it live, Bob replies,
// Alice reacts, shares an image that Bob previews and downloads, sends
// money, pays Bob's request (balances move by exactly the amounts; a second
// payment is refused); a group is created and grows; search finds a message
// and opens it; a 100,000-message history scrolls back page by page with a
// bounded number of delegates; the dark Persian (RTL) variant.

#include "ui_harness.h"

#include "profile/bots_model.h"
#include "chat/chat_info_model.h"
#include "chat/chat_list_model.h"
#include "chat/chat_messages_model.h"
#include "chat/chat_search_model.h"
#include "foundation/session.h"

#include "client/api_client.h"
#include "common/amount.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <optional>

using azc::Amount;
using azc::ChatListModel;
using azc::ChatMessagesModel;
using azc::uitest::UiHarness;
using azc::uitest::exactAmount;

namespace {

Amount available(UiHarness &ui, const QString &asset)
{
    const auto result = ui.callNow(QStringLiteral("wallet.balances"), {});
    if (!result)
        return Amount::min();
    for (const QJsonValue &v : result->value(QStringLiteral("balances")).toArray()) {
        if (v.toObject().value(QStringLiteral("asset")).toString() == asset)
            return exactAmount(v.toObject().value(QStringLiteral("available")).toString());
    }
    return Amount();
}

// The id of the first conversation in the list that satisfies `match`.
QString conversationWhere(ChatListModel *list, const std::function<bool(const QVariantMap &)> &match)
{
    for (int i = 0; i < list->count(); ++i) {
        const QVariantMap row = list->get(i);
        if (match(row))
            return row.value(QStringLiteral("id")).toString();
    }
    return {};
}

int rowWhere(ChatMessagesModel *model, const std::function<bool(const QVariantMap &)> &match)
{
    for (int i = model->count() - 1; i >= 0; --i) {
        if (match(model->get(i)))
            return i;
    }
    return -1;
}

int rowWithText(ChatMessagesModel *model, const QString &text)
{
    return rowWhere(model, [&text](const QVariantMap &m) { return m.value(QStringLiteral("text")).toString() == text; });
}

// The message delegates the view has made (visible or kept in its cache).
int delegatesOf(QQuickItem *listView)
{
    auto *content = listView->property("contentItem").value<QQuickItem *>();
    int n = 0;
    for (QQuickItem *child : content->childItems()) {
        if (child->objectName().startsWith(QLatin1String("message_")) && child->isVisible())
            ++n;
    }
    return n;
}

} // namespace

class TestUiChat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void twoPeopleChat();
    void groupAndSearch();
    void hundredThousandMessages();
    void botsFromTheProfile();
    void redPacketInAGroup();
    void darkPersian();

private:
    bool openChats(UiHarness &ui, const QString &user, const QString &password);
    bool openConversation(UiHarness &ui, const QString &conversationId);

    UiHarness a;
    UiHarness b;
    QTemporaryDir m_files;
};

void TestUiChat::initTestCase()
{
    QString error;
    QVERIFY2(UiHarness::startBackend(&error), qPrintable(error));
    QVERIFY(m_files.isValid());
}

void TestUiChat::cleanup()
{
    a.close();
    b.close();
}

void TestUiChat::cleanupTestCase()
{
    UiHarness::stopBackend();
}

bool TestUiChat::openChats(UiHarness &ui, const QString &user, const QString &password)
{
    if (!ui.signIn(user, password) || !ui.openSection(QStringLiteral("chats")))
        return false;
    return QTest::qWaitFor([&ui] {
        auto *list = ui.findAs<ChatListModel>(QStringLiteral("chatList"));
        return list && list->count() > 0;
    }, 10000);
}

bool TestUiChat::openConversation(UiHarness &ui, const QString &conversationId)
{
    QTest::qWait(50);
    if (!ui.click(QStringLiteral("chatRow_") + conversationId))
        return false;
    return QTest::qWaitFor([&ui, &conversationId] {
        auto *model = ui.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
        return model && model->conversationId() == conversationId && model->pagesLoaded() > 0
               && model->conversation().value(QStringLiteral("id")).toString() == conversationId;
    }, 10000);
}

void TestUiChat::twoPeopleChat()
{
    QVERIFY(a.launch());
    QVERIFY(openChats(a, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(b.launch());
    QVERIFY(openChats(b, QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    auto *listA = a.findAs<ChatListModel>(QStringLiteral("chatList"));
    auto *listB = b.findAs<ChatListModel>(QStringLiteral("chatList"));
    // The demo's direct chat, group and channel.
    QTRY_VERIFY(listA->count() >= 3);
    const QString direct = conversationWhere(listA, [](const QVariantMap &c) {
        return c.value(QStringLiteral("kind")) == QLatin1String("direct")
               && c.value(QStringLiteral("peer")).toMap().value(QStringLiteral("username")) == QLatin1String("bob");
    });
    QVERIFY(!direct.isEmpty());
    QVERIFY(!conversationWhere(listA, [](const QVariantMap &c) { return c.value(QStringLiteral("kind")) == QLatin1String("channel"); }).isEmpty());

    // 1. Both open the direct chat; Alice's text reaches Bob's open view live.
    QVERIFY(openConversation(a, direct));
    QVERIFY(openConversation(b, direct));
    auto *modelA = a.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
    auto *modelB = b.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
    QTRY_VERIFY(modelA->count() >= 4); // the demo's four lines
    const int bBefore = modelB->count();
    const QString hello = QStringLiteral("Are we still on for Friday lunch? 🍜");
    a.setText(QStringLiteral("composerInput"), hello);
    QVERIFY(a.click(QStringLiteral("composerSend")));
    QTRY_VERIFY(rowWithText(modelB, hello) >= 0);
    QCOMPARE(modelB->count(), bBefore + 1);
    QCOMPARE(modelB->get(modelB->count() - 1).value(QStringLiteral("text")).toString(), hello);
    QVERIFY(!modelB->get(modelB->count() - 1).value(QStringLiteral("mine")).toBool());
    QVERIFY(modelA->get(rowWithText(modelA, hello)).value(QStringLiteral("mine")).toBool());
    const QVariantMap helloMsg = modelA->get(rowWithText(modelA, hello));
    const QString helloId = helloMsg.value(QStringLiteral("messageId")).toString();
    // Bob's open view marks it read; Alice's bubble gets the read mark.
    QTRY_VERIFY(modelA->get(rowWithText(modelA, hello)).value(QStringLiteral("readByOthers")).toBool());
    QTRY_VERIFY(listB->conversation(direct).value(QStringLiteral("unread")).toInt() == 0);

    // 2. Bob replies to it through the composer.
    QObject *composerB = b.find(QStringLiteral("composer"));
    QVERIFY(composerB);
    QVariantMap target{{QStringLiteral("messageId"), helloId}, {QStringLiteral("authorName"), QStringLiteral("Alice Nguyen")},
                       {QStringLiteral("text"), hello}};
    QVERIFY(QMetaObject::invokeMethod(composerB, "replyTo", Q_ARG(QVariant, QVariant(target))));
    QTRY_VERIFY(b.find(QStringLiteral("composerContext"))->property("text").toString().contains(QStringLiteral("Alice")));
    const QString reply = QStringLiteral("Yes! 12:30 at the usual place.");
    b.setText(QStringLiteral("composerInput"), reply);
    // Typing in the composer shows in Alice's header until the message comes.
    QTRY_COMPARE(modelA->typingText(), QStringLiteral("Bob Kim is typing…"));
    QTRY_COMPARE(a.find(QStringLiteral("conversationSubtitle"))->property("text").toString(), QStringLiteral("Bob Kim is typing…"));
    QVERIFY(b.click(QStringLiteral("composerSend")));
    QTRY_VERIFY(rowWithText(modelA, reply) >= 0);
    const QVariantMap replyMsg = modelA->get(rowWithText(modelA, reply));
    QCOMPARE(replyMsg.value(QStringLiteral("replyTo")).toString(), helloId);
    QCOMPARE(replyMsg.value(QStringLiteral("replyText")).toString(), hello);
    QCOMPARE(replyMsg.value(QStringLiteral("replyAuthor")).toString(), QStringLiteral("Alice Nguyen"));
    QTRY_VERIFY(a.item(QStringLiteral("replyQuote_") + replyMsg.value(QStringLiteral("messageId")).toString()));

    // 3. Alice reacts to the reply from the message menu; Bob sees the count.
    const QString replyId = replyMsg.value(QStringLiteral("messageId")).toString();
    QTest::qWait(200);
    QQuickItem *bubble = a.item(QStringLiteral("bubble_") + replyId);
    QVERIFY(bubble);
    QTest::mouseClick(a.window(), Qt::RightButton, {}, bubble->mapToScene(QPointF(20, bubble->height() / 2)).toPoint());
    QTRY_VERIFY(a.find(QStringLiteral("messageMenu"))->property("visible").toBool());
    QTRY_VERIFY(a.item(QStringLiteral("reactPick_👍")) && a.item(QStringLiteral("reactPick_👍"))->isVisible());
    QVERIFY(a.click(QStringLiteral("reactPick_👍")));
    const auto reactedWith = [](ChatMessagesModel *m, const QString &id, const QString &emoji) {
        const QVariantList reactions = m->get(m->rowOfId(id)).value(QStringLiteral("reactions")).toList();
        for (const QVariant &r : reactions) {
            if (r.toMap().value(QStringLiteral("emoji")).toString() == emoji)
                return r.toMap().value(QStringLiteral("count")).toInt();
        }
        return 0;
    };
    QTRY_COMPARE(reactedWith(modelB, replyId, QStringLiteral("👍")), 1);
    QTRY_COMPARE(modelA->get(modelA->rowOfId(replyId)).value(QStringLiteral("myReaction")).toString(), QStringLiteral("👍"));
    QTRY_VERIFY(a.item(QStringLiteral("reaction_") + replyId + QStringLiteral("_👍")));

    QVERIFY(modelA->typingText().isEmpty()); // Bob's message ended his typing

    // Edit, pin, delete for everyone and forward reach Bob as they happen.
    modelA->edit(helloId, hello + QStringLiteral(" (12:30?)"));
    QTRY_COMPARE(modelB->get(modelB->rowOfId(helloId)).value(QStringLiteral("text")).toString(), hello + QStringLiteral(" (12:30?)"));
    QVERIFY(modelB->get(modelB->rowOfId(helloId)).value(QStringLiteral("edited")).toBool());
    QTRY_VERIFY(b.item(QStringLiteral("editedMark_") + helloId) && b.item(QStringLiteral("editedMark_") + helloId)->isVisible());
    QTRY_COMPARE(modelB->get(modelB->rowOfId(replyId)).value(QStringLiteral("replyText")).toString(), hello + QStringLiteral(" (12:30?)"));
    modelA->pin(replyId, true);
    QTRY_VERIFY(modelB->get(modelB->rowOfId(replyId)).value(QStringLiteral("pinned")).toBool());
    modelA->send(QStringLiteral("oops, wrong chat"));
    QTRY_VERIFY(rowWithText(modelB, QStringLiteral("oops, wrong chat")) >= 0);
    const QString oopsId = modelB->get(rowWithText(modelB, QStringLiteral("oops, wrong chat"))).value(QStringLiteral("messageId")).toString();
    modelA->remove(oopsId, true);
    QTRY_VERIFY(modelB->get(modelB->rowOfId(oopsId)).value(QStringLiteral("deleted")).toBool());
    QVERIFY(modelB->get(modelB->rowOfId(oopsId)).value(QStringLiteral("text")).toString().isEmpty());
    const QString hike = conversationWhere(listA, [](const QVariantMap &c) { return c.value(QStringLiteral("title")) == QLatin1String("Weekend hike"); });
    QVERIFY(!hike.isEmpty());
    modelA->forward(replyId, hike);
    QTRY_VERIFY(!listA->conversation(hike).value(QStringLiteral("lastMessage")).toMap().value(QStringLiteral("forwardedFrom")).isNull());
    QCOMPARE(listA->conversation(hike).value(QStringLiteral("lastMessage")).toMap().value(QStringLiteral("text")).toString(), reply);

    // 4. Alice shares a small PNG; Bob sees its preview and downloads the same bytes.
    QImage picture(96, 64, QImage::Format_RGB32);
    picture.fill(QColor("#0ea5a4"));
    for (int x = 0; x < 96; ++x)
        picture.setPixelColor(x, 32, QColor("#4f46e5"));
    const QString png = m_files.filePath(QStringLiteral("lunch-spot.png"));
    QVERIFY(picture.save(png));
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    const QByteArray pngBytes = pngFile.readAll();
    modelA->sendFile(QUrl::fromLocalFile(png), QStringLiteral("the place"));
    const auto isPicture = [](const QVariantMap &m) { return m.value(QStringLiteral("fileName")).toString() == QLatin1String("lunch-spot.png"); };
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(modelB, isPicture) >= 0, 15000);
    const QVariantMap shared = modelB->get(rowWhere(modelB, isPicture));
    QVERIFY(shared.value(QStringLiteral("isImage")).toBool());
    QCOMPARE(shared.value(QStringLiteral("text")).toString(), QStringLiteral("the place"));
    const QString sharedId = shared.value(QStringLiteral("messageId")).toString();
    const QString fileId = shared.value(QStringLiteral("fileId")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(!modelB->get(modelB->rowOfId(sharedId)).value(QStringLiteral("thumbnail")).toString().isEmpty(), 10000);
    QTRY_COMPARE(b.find(QStringLiteral("imageThumb_") + sharedId)->property("status").toInt(), 1); // Image.Ready
    QSignalSpy saved(modelB, &ChatMessagesModel::fileSaved);
    const QString downloaded = m_files.filePath(QStringLiteral("downloaded.png"));
    modelB->saveFile(fileId, QUrl::fromLocalFile(downloaded));
    QTRY_COMPARE(saved.count(), 1);
    QFile back(downloaded);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), pngBytes);

    // 5. Alice sends Bob 2.5 USDT from the composer's money dialog: Bob gets
    // exactly 2.5, Alice pays 2.5 plus the fee the bubble states.
    const QString usdt = QStringLiteral("USDT");
    const Amount aliceBefore = available(a, usdt);
    const Amount bobBefore = available(b, usdt);
    QVERIFY(QMetaObject::invokeMethod(a.find(QStringLiteral("composer")), "sendMoneyRequested"));
    QTRY_VERIFY(a.item(QStringLiteral("moneyAsset")) && a.item(QStringLiteral("moneyAsset"))->isVisible());
    QQuickItem *assetBox = a.item(QStringLiteral("moneyAsset"));
    QTRY_VERIFY(assetBox->property("count").toInt() > 0);
    int usdtIndex = -1;
    QVERIFY(QMetaObject::invokeMethod(assetBox, "indexOfValue", Q_RETURN_ARG(int, usdtIndex), Q_ARG(QVariant, usdt)));
    QVERIFY(usdtIndex >= 0);
    assetBox->setProperty("currentIndex", usdtIndex);
    a.setText(QStringLiteral("moneyAmount"), QStringLiteral("2.5"));
    a.setText(QStringLiteral("moneyMemo"), QStringLiteral("coffee"));
    QVERIFY(a.click(QStringLiteral("moneySubmit"))); // continue
    QTRY_VERIFY(a.item(QStringLiteral("moneyConfirmText"))->isVisible());
    QVERIFY(a.item(QStringLiteral("moneyConfirmText"))->property("text").toString().contains(QStringLiteral("2.5 USDT")));
    QVERIFY(a.click(QStringLiteral("moneySubmit"))); // send now
    const auto isPayment = [](const QVariantMap &m) { return m.value(QStringLiteral("kind")).toString() == QLatin1String("payment"); };
    QTRY_VERIFY(rowWhere(modelB, isPayment) >= 0);
    const QVariantMap payment = modelB->get(rowWhere(modelB, isPayment)).value(QStringLiteral("payload")).toMap();
    QCOMPARE(payment.value(QStringLiteral("amount")).toString(), QStringLiteral("2.5"));
    QCOMPARE(payment.value(QStringLiteral("asset")).toString(), usdt);
    QCOMPARE(payment.value(QStringLiteral("to")).toMap().value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    const Amount paymentFee = exactAmount(payment.value(QStringLiteral("fee")).toString());
    QTRY_COMPARE(available(b, usdt), Amount::fromUnits(bobBefore.units() + exactAmount(QStringLiteral("2.5")).units()));
    QCOMPARE(available(a, usdt), Amount::fromUnits(aliceBefore.units() - exactAmount(QStringLiteral("2.5")).units() - paymentFee.units()));

    // 6. Bob asks for 3 USDT; Alice presses Pay, confirms, and it is paid once.
    const Amount aliceMid = available(a, usdt);
    const Amount bobMid = available(b, usdt);
    modelB->requestMoney(usdt, QStringLiteral("3"), QStringLiteral("tickets"));
    const auto isRequest = [](const QVariantMap &m) { return m.value(QStringLiteral("kind")).toString() == QLatin1String("request"); };
    QTRY_VERIFY(rowWhere(modelA, isRequest) >= 0);
    const QString requestId = modelA->get(rowWhere(modelA, isRequest)).value(QStringLiteral("messageId")).toString();
    QTRY_VERIFY(a.item(QStringLiteral("payRequest_") + requestId) && a.item(QStringLiteral("payRequest_") + requestId)->isVisible());
    QVERIFY(!b.item(QStringLiteral("payRequest_") + requestId) || !b.item(QStringLiteral("payRequest_") + requestId)->isVisible());
    QTest::qWait(200);
    QVERIFY(a.click(QStringLiteral("payRequest_") + requestId));
    QTRY_VERIFY(a.find(QStringLiteral("payConfirmDialog"))->property("visible").toBool());
    QVERIFY(a.click(QStringLiteral("payConfirm")));
    const auto statusOf = [](ChatMessagesModel *m, const QString &id) {
        return m->get(m->rowOfId(id)).value(QStringLiteral("payload")).toMap().value(QStringLiteral("status")).toString();
    };
    QTRY_COMPARE(statusOf(modelA, requestId), QStringLiteral("paid"));
    QTRY_COMPARE(statusOf(modelB, requestId), QStringLiteral("paid"));
    QTRY_VERIFY(!a.item(QStringLiteral("payRequest_") + requestId)->isVisible());
    const Amount requestFee = exactAmount(modelA->get(modelA->rowOfId(requestId)).value(QStringLiteral("payload")).toMap().value(QStringLiteral("fee")).toString());
    QTRY_COMPARE(available(b, usdt), Amount::fromUnits(bobMid.units() + exactAmount(QStringLiteral("3")).units()));
    QCOMPARE(available(a, usdt), Amount::fromUnits(aliceMid.units() - exactAmount(QStringLiteral("3")).units() - requestFee.units()));
    // A second payment is refused, in words, and moves nothing.
    QSignalSpy refused(modelA, &ChatMessagesModel::failed);
    modelA->payRequest(requestId);
    QTRY_COMPARE(refused.count(), 1);
    QCOMPARE(refused.first().at(0).toString(), QStringLiteral("invalid_state"));
    QVERIFY(refused.first().at(1).toString().contains(QStringLiteral("already been paid")));
    QTRY_VERIFY(a.find(QStringLiteral("toastText"))->property("text").toString().contains(QStringLiteral("already been paid")));
    QCOMPARE(available(a, usdt), Amount::fromUnits(aliceMid.units() - exactAmount(QStringLiteral("3")).units() - requestFee.units()));
    QCOMPARE(available(b, usdt), Amount::fromUnits(bobMid.units() + exactAmount(QStringLiteral("3")).units()));

    // The chat list shows the newest message as the preview, for both.
    QTRY_VERIFY(listB->conversation(direct).value(QStringLiteral("lastMessage")).toMap().value(QStringLiteral("kind")).toString() == QLatin1String("request"));
    QTest::qWait(300);
    a.screenshot(QStringLiteral("16b_chat_conversation"));
    b.screenshot(QStringLiteral("16a_chat_list_bob"));
}

void TestUiChat::groupAndSearch()
{
    QVERIFY(a.launch());
    QVERIFY(openChats(a, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(b.launch());
    QVERIFY(openChats(b, QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    auto *listA = a.findAs<ChatListModel>(QStringLiteral("chatList"));
    auto *listB = b.findAs<ChatListModel>(QStringLiteral("chatList"));
    const int bobChats = listB->total();

    // A group with Bob, from the "New group" dialog; it opens for Alice and appears for Bob.
    QVERIFY(a.click(QStringLiteral("newChatButton")));
    QTRY_VERIFY(a.item(QStringLiteral("newGroup")) && a.item(QStringLiteral("newGroup"))->isVisible());
    QVERIFY(a.click(QStringLiteral("newGroup")));
    QTRY_VERIFY(a.find(QStringLiteral("newChatDialog"))->property("visible").toBool());
    a.setText(QStringLiteral("newChatFirst"), QStringLiteral("Friday lunch crew"));
    a.setText(QStringLiteral("newChatSecond"), QStringLiteral("@bob"));
    QVERIFY(a.click(QStringLiteral("newChatSubmit")));
    auto *modelA = a.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
    QTRY_COMPARE(modelA->conversation().value(QStringLiteral("title")).toString(), QStringLiteral("Friday lunch crew"));
    const QString group = modelA->conversationId();
    QCOMPARE(modelA->conversation().value(QStringLiteral("myRole")).toString(), QStringLiteral("owner"));
    QTRY_COMPARE(listB->total(), bobChats + 1);
    QVERIFY(!listB->conversation(group).isEmpty());

    // The info panel: Alice adds Carol, who becomes the third member; Bob is promoted.
    QTRY_VERIFY(!a.find(QStringLiteral("newChatDialog"))->property("visible").toBool());
    QTest::qWait(300); // the dialog's fade-out
    QVERIFY(a.click(QStringLiteral("conversationInfoButton")));
    auto *info = a.findAs<azc::ChatInfoModel>(QStringLiteral("chatInfo"));
    QVERIFY(info);
    QTRY_COMPARE(info->conversationId(), group);
    QTRY_VERIFY2(info->count() == 2, qPrintable(QStringLiteral("%1 members, hidden %2").arg(info->count()).arg(info->membersHidden())));
    a.setText(QStringLiteral("chatAddMemberField"), QStringLiteral("carol"));
    QVERIFY(a.click(QStringLiteral("chatAddMemberButton")));
    QTRY_COMPARE(info->count(), 3);
    QTRY_VERIFY(a.item(QStringLiteral("member_carol")));
    QTRY_VERIFY(rowWhere(modelA, [](const QVariantMap &m) { return m.value(QStringLiteral("kind")).toString() == QLatin1String("system"); }) >= 0);
    const auto roleOf = [info](const QString &username) {
        for (int i = 0; i < info->count(); ++i) {
            if (info->get(i).value(QStringLiteral("username")).toString() == username)
                return info->get(i).value(QStringLiteral("role")).toString();
        }
        return QString();
    };
    QString bobId;
    for (int i = 0; i < info->count(); ++i) {
        if (info->get(i).value(QStringLiteral("username")).toString() == QLatin1String("bob"))
            bobId = info->get(i).value(QStringLiteral("id")).toString();
    }
    info->setRole(bobId, QStringLiteral("admin"));
    QTRY_COMPARE(roleOf(QStringLiteral("bob")), QStringLiteral("admin"));
    QVERIFY(a.click(QStringLiteral("chatInviteButton")));
    QTRY_VERIFY(info->inviteLink().startsWith(QStringLiteral("azcoiner://join/")));
    a.setText(QStringLiteral("composerInput"), QStringLiteral("Welcome Carol! Pizza or sushi?"));
    QVERIFY(a.click(QStringLiteral("composerSend")));
    QTRY_VERIFY(rowWithText(modelA, QStringLiteral("Welcome Carol! Pizza or sushi?")) >= 0);
    a.screenshot(QStringLiteral("16c_chat_group_info"));

    // Search in messages: the hit's snippet marks the words, and opening it shows the message.
    QVERIFY(a.click(QStringLiteral("searchModeMessages")));
    a.setText(QStringLiteral("chatSearchField"), QStringLiteral("tochal hike"));
    auto *search = a.findAs<azc::ChatSearchModel>(QStringLiteral("chatSearch"));
    QTRY_VERIFY(search->count() > 0);
    const QVariantMap hit = search->get(0);
    QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<mark>")));
    const QString highlighted = azc::ChatSearchModel::highlight(hit.value(QStringLiteral("snippet")).toString(), QStringLiteral("#4f46e5"));
    QVERIFY(highlighted.contains(QStringLiteral("<font color=\"#4f46e5\">")));
    QVERIFY(!highlighted.contains(QStringLiteral("<mark>")));
    a.screenshot(QStringLiteral("16e_chat_search"));
    QTest::qWait(100);
    QVERIFY(a.click(QStringLiteral("searchHit_") + hit.value(QStringLiteral("messageId")).toString()));
    QTRY_COMPARE(modelA->conversationId(), hit.value(QStringLiteral("conversationId")).toString());
    QTRY_VERIFY(modelA->rowOfId(hit.value(QStringLiteral("messageId")).toString()) >= 0);
    Q_UNUSED(listA);
}

void TestUiChat::hundredThousandMessages()
{
    constexpr int Total = 100000;
    QVERIFY(a.launch());
    QVERIFY(openChats(a, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    auto *listA = a.findAs<ChatListModel>(QStringLiteral("chatList"));
    const auto created = a.callNow(QStringLiteral("chats.createGroup"),
                                 {{QStringLiteral("title"), QStringLiteral("Archive: 100k messages")},
                                  {QStringLiteral("usernames"), QJsonArray{QStringLiteral("bob")}}});
    QVERIFY(created);
    const QString id = created->value(QStringLiteral("conversation")).toObject().value(QStringLiteral("id")).toString();
    const QString alice = a.context()->session()->userId();

    // Test-only fast path: the history is written straight into the backend's
    // SQLite database in one transaction (100,000 messages.send calls would
    // take minutes under the write rate limit). The service keeps no state
    // about a conversation's messages outside its tables.
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(UiHarness::dataDir() + QStringLiteral("/azcoiner.db"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO msg_messages (id, conversation_id, seq, author_id, kind, text, data,"
                                         " reply_to, forward_json, file_id, mentions, client_key, created_at, edited_at,"
                                         " deleted, pinned) VALUES (?, ?, ?, ?, 'text', ?, '{}', '', '', '', '[]', '', ?, 0, 0, 0)")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int seq = 1; seq <= Total; ++seq) {
            q.bindValue(0, QStringLiteral("bulk-%1-%2").arg(id).arg(seq));
            q.bindValue(1, id);
            q.bindValue(2, seq);
            q.bindValue(3, alice);
            q.bindValue(4, QStringLiteral("Archived message number %1").arg(seq));
            q.bindValue(5, now - qint64(Total - seq) * 90000); // 90 s apart: about 104 days, with day separators
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("UPDATE msg_conversations SET last_seq = %1, last_activity = %2 WHERE id = '%3'")
                               .arg(Total).arg(now).arg(id)));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    qInfo("100k history written in %lld ms (test-only fast path)", timer.elapsed());

    listA->reload();
    QTRY_VERIFY(listA->indexOf(id) >= 0);
    QTRY_VERIFY(a.item(QStringLiteral("chatRow_") + id));
    timer.restart();
    QVERIFY(openConversation(a, id));
    auto *model = a.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
    auto *view = a.item(QStringLiteral("messageList"));
    QVERIFY(model && view);
    const qint64 openMs = timer.elapsed();
    QCOMPARE(model->count(), ChatMessagesModel::PageSize);
    QCOMPARE(model->lastSeq(), qint64(Total));
    QVERIFY(model->hasOlder());
    qInfo("first page: %d ms for messages.list, %lld ms from the click to the rows", model->firstPageMs(), openMs);
    QVERIFY2(openMs < 2000, qPrintable(QStringLiteral("first page took %1 ms").arg(openMs)));
    QTRY_VERIFY(view->property("atYEnd").toBool());
    a.screenshot(QStringLiteral("16f_chat_100k_newest"));

    // Scroll up through older pages: each brings exactly one page more rows,
    // and the view keeps a bounded set of delegates.
    int frames = 0;
    const auto frameConnection = QObject::connect(a.window(), &QQuickWindow::frameSwapped, [&frames] { ++frames; });
    int maxDelegates = 0;
    QList<qint64> pageMs;
    constexpr int Pages = 8;
    QTRY_VERIFY(!model->loading());
    const int pagesBefore = model->pagesLoaded();
    QSignalSpy older(model, &ChatMessagesModel::olderLoaded);
    for (int page = 1; page <= Pages; ++page) {
        const int before = model->count();
        // A fling towards the top, then a drag to the very top, like a user in a hurry.
        QMetaObject::invokeMethod(view, "flick", Q_ARG(qreal, 0), Q_ARG(qreal, 6000));
        QTest::qWait(50);
        timer.restart();
        view->setProperty("contentY", view->property("originY").toReal());
        QTRY_VERIFY_WITH_TIMEOUT(model->count() > before, 5000);
        pageMs.append(timer.elapsed());
        QTRY_VERIFY(!model->loading());
        // Whole pages only (the view may fetch the next one ahead), oldest first, no gap.
        QCOMPARE((model->count() - before) % ChatMessagesModel::PageSize, 0);
        QCOMPARE(model->get(0).value(QStringLiteral("seq")).toLongLong(), qint64(Total - model->count() + 1));
        QTest::qWait(30);
        maxDelegates = std::max(maxDelegates, delegatesOf(view));
    }
    for (const QList<QVariant> &emitted : std::as_const(older))
        QCOMPARE(emitted.at(0).toInt(), ChatMessagesModel::PageSize);
    QCOMPARE(model->pagesLoaded(), pagesBefore + int(older.count()));
    QCOMPARE(model->count(), ChatMessagesModel::PageSize * model->pagesLoaded());
    QVERIFY(model->count() >= (Pages + 1) * ChatMessagesModel::PageSize);
    // Rows stay in seq order with no gap.
    for (int i = 1; i < model->count(); ++i)
        QCOMPARE(model->get(i).value(QStringLiteral("seq")).toLongLong(), model->get(i - 1).value(QStringLiteral("seq")).toLongLong() + 1);
    QObject::disconnect(frameConnection);
    QString figures;
    for (qint64 ms : pageMs)
        figures += QString::number(ms) + QLatin1Char(' ');
    qInfo("older pages (ms each, scroll to rows): %s; frames while scrolling: %d; rows loaded: %d; delegates alive at most: %d",
          qPrintable(figures.trimmed()), frames, model->count(), maxDelegates);
    QVERIFY2(maxDelegates > 0 && maxDelegates < 80, qPrintable(QStringLiteral("%1 delegates").arg(maxDelegates)));
    QVERIFY(frames > Pages);
    a.screenshot(QStringLiteral("16g_chat_100k_scrolled"));

    // A new message still lands at the end, in order, while far up in the history.
    const auto sent = a.callNow(QStringLiteral("messages.send"),
                              {{QStringLiteral("conversationId"), id}, {QStringLiteral("text"), QStringLiteral("and one more")}});
    QVERIFY(sent);
    QTRY_COMPARE(model->lastSeq(), qint64(Total + 1));
    QCOMPARE(model->get(model->count() - 1).value(QStringLiteral("text")).toString(), QStringLiteral("and one more"));
}

// Alice makes a bot on her profile page: its token is shown once, works
// with auth.bot, and "New token" replaces it (the old one stops working).
void TestUiChat::botsFromTheProfile()
{
    QVERIFY(a.launch());
    QVERIFY(a.signIn(QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(a.openSection(QStringLiteral("profile")));
    auto *bots = a.findAs<azc::BotsModel>(QStringLiteral("botsModel"));
    QVERIFY(bots);
    QTRY_VERIFY(!bots->busy());
    const int before = bots->count();
    a.scrollIntoView(QStringLiteral("botCreate"));
    // A username that does not end in "bot" is refused with the rule, and nothing is made.
    a.setText(QStringLiteral("botName"), QStringLiteral("Lunch reminders"));
    a.setText(QStringLiteral("botUsername"), QStringLiteral("lunchreminder"));
    QVERIFY(a.click(QStringLiteral("botCreate")));
    QTRY_VERIFY(a.find(QStringLiteral("botError"))->property("text").toString().contains(QStringLiteral("ends in")));
    QCOMPARE(bots->count(), before);
    a.setText(QStringLiteral("botUsername"), QStringLiteral("lunchreminderbot"));
    QVERIFY(a.click(QStringLiteral("botCreate")));
    QTRY_COMPARE(bots->count(), before + 1);
    QTRY_VERIFY(a.item(QStringLiteral("botTokenBox"))->isVisible());
    const QString token = a.find(QStringLiteral("botToken"))->property("text").toString();
    QVERIFY(token.contains(QLatin1Char('.')));
    // The token signs a connection in as the bot.
    UiHarness probe;
    QVERIFY(probe.launch());
    QVERIFY(probe.callNow(QStringLiteral("auth.bot"), {{QStringLiteral("token"), token}}).has_value());
    a.scrollIntoView(QStringLiteral("botTokenBox"));
    a.screenshot(QStringLiteral("16e_profile_bots"));
    // A new token replaces it.
    QVERIFY(a.click(QStringLiteral("botReset_lunchreminderbot")));
    QTRY_VERIFY(a.find(QStringLiteral("botToken"))->property("text").toString() != token);
    const QString fresh = a.find(QStringLiteral("botToken"))->property("text").toString();
    UiHarness probe2;
    QVERIFY(probe2.launch());
    QVERIFY(!probe2.callNow(QStringLiteral("auth.bot"), {{QStringLiteral("token"), token}}).has_value());
    QVERIFY(probe2.callNow(QStringLiteral("auth.bot"), {{QStringLiteral("token"), fresh}}).has_value());
    probe.close();
    probe2.close();
}

// Alice puts 3 USDT in a red packet of two equal shares in "Weekend hike";
// Bob opens it from his window and gets exactly 1.5; Alice has no Open button
// on her own packet; a second open by Bob moves nothing.
void TestUiChat::redPacketInAGroup()
{
    QVERIFY(a.launch());
    QVERIFY(openChats(a, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    QVERIFY(b.launch());
    QVERIFY(openChats(b, QStringLiteral("bob"), QStringLiteral("AzcBob#2026")));
    auto *listA = a.findAs<ChatListModel>(QStringLiteral("chatList"));
    const QString hike = conversationWhere(listA, [](const QVariantMap &c) { return c.value(QStringLiteral("title")) == QLatin1String("Weekend hike"); });
    QVERIFY(!hike.isEmpty());
    QVERIFY(openConversation(a, hike));
    QVERIFY(openConversation(b, hike));
    auto *modelA = a.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
    auto *modelB = b.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
    const QString usdt = QStringLiteral("USDT");
    const Amount aliceBefore = available(a, usdt);
    const Amount bobBefore = available(b, usdt);

    QVERIFY(QMetaObject::invokeMethod(a.find(QStringLiteral("composer")), "redPacketRequested"));
    QTRY_VERIFY(a.item(QStringLiteral("moneyShares")) && a.item(QStringLiteral("moneyShares"))->isVisible());
    QQuickItem *assetBox = a.item(QStringLiteral("moneyAsset"));
    QTRY_VERIFY(assetBox->property("count").toInt() > 0);
    int usdtIndex = -1;
    QVERIFY(QMetaObject::invokeMethod(assetBox, "indexOfValue", Q_RETURN_ARG(int, usdtIndex), Q_ARG(QVariant, usdt)));
    assetBox->setProperty("currentIndex", usdtIndex);
    a.setText(QStringLiteral("moneyAmount"), QStringLiteral("3"));
    a.setText(QStringLiteral("moneyShares"), QStringLiteral("2"));
    a.setText(QStringLiteral("moneyMemo"), QStringLiteral("Snacks for Saturday"));
    QVERIFY(a.click(QStringLiteral("moneySubmit"))); // continue
    QTRY_VERIFY(a.item(QStringLiteral("moneyConfirmText"))->property("text").toString().contains(QStringLiteral("2 shares")));
    QVERIFY(a.click(QStringLiteral("moneySubmit"))); // send now

    const auto isPacket = [](const QVariantMap &m) { return m.value(QStringLiteral("kind")).toString() == QLatin1String("redpacket"); };
    QTRY_VERIFY(rowWhere(modelB, isPacket) >= 0);
    const QVariantMap packet = modelB->get(rowWhere(modelB, isPacket));
    const QString packetId = packet.value(QStringLiteral("messageId")).toString();
    const QString fee = packet.value(QStringLiteral("payload")).toMap().value(QStringLiteral("fee")).toString();
    // The whole total left Alice at once (plus the transfer fee, if any).
    QTRY_VERIFY(available(a, usdt) <= Amount::fromUnits(aliceBefore.units() - exactAmount(QStringLiteral("3")).units()));
    QTest::qWait(300);
    QVERIFY(!a.item(QStringLiteral("openRedPacket_") + packetId)->isVisible());
    QTRY_VERIFY(b.item(QStringLiteral("openRedPacket_") + packetId) && b.item(QStringLiteral("openRedPacket_") + packetId)->isVisible());
    QVERIFY(b.click(QStringLiteral("openRedPacket_") + packetId));
    QTRY_VERIFY(b.item(QStringLiteral("redPacketMine_") + packetId)->isVisible());
    QCOMPARE(b.find(QStringLiteral("redPacketMine_") + packetId)->property("text").toString(), QStringLiteral("You got 1.5 USDT"));
    QTRY_COMPARE(available(b, usdt), Amount::fromUnits(bobBefore.units() + exactAmount(QStringLiteral("1.5")).units()));
    QVERIFY(!b.item(QStringLiteral("openRedPacket_") + packetId)->isVisible());
    // Alice's window follows: one of two shares taken.
    QTRY_COMPARE(modelA->get(modelA->rowOfId(packetId)).value(QStringLiteral("payload")).toMap().value(QStringLiteral("claimed")).toInt(), 1);
    QTRY_VERIFY(a.find(QStringLiteral("redPacketStatus_") + packetId)->property("text").toString().startsWith(QStringLiteral("1 of 2")));
    // Opening again (a second click from a stale window) moves nothing.
    QSignalSpy again(modelB, &ChatMessagesModel::redPacketOpened);
    modelB->openRedPacket(packetId);
    QTRY_COMPARE(again.count(), 1);
    QCOMPARE(again.first().at(3).toBool(), true);
    QCOMPARE(available(b, usdt), Amount::fromUnits(bobBefore.units() + exactAmount(QStringLiteral("1.5")).units()));
    Q_UNUSED(fee);
    b.screenshot(QStringLiteral("16h_chat_red_packet"));
}

void TestUiChat::darkPersian()
{
    QVERIFY(a.launch(QStringLiteral("fa"), true));
    QVERIFY(openChats(a, QStringLiteral("alice"), QStringLiteral("AzcAlice#2026")));
    auto *listA = a.findAs<ChatListModel>(QStringLiteral("chatList"));
    const QString direct = conversationWhere(listA, [](const QVariantMap &c) {
        return c.value(QStringLiteral("kind")) == QLatin1String("direct")
               && c.value(QStringLiteral("peer")).toMap().value(QStringLiteral("username")) == QLatin1String("bob");
    });
    QVERIFY(openConversation(a, direct));
    auto *model = a.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
    QTRY_VERIFY(model->count() >= 4);
    // Mirrored: Alice's own bubbles sit on the left in a right-to-left layout.
    const int mineRow = rowWhere(model, [](const QVariantMap &m) { return m.value(QStringLiteral("mine")).toBool() && m.value(QStringLiteral("kind")) == QLatin1String("text"); });
    QVERIFY(mineRow >= 0);
    QTest::qWait(300);
    QQuickItem *bubble = a.item(QStringLiteral("bubble_") + model->get(mineRow).value(QStringLiteral("messageId")).toString());
    QVERIFY(bubble);
    QQuickItem *view = a.item(QStringLiteral("messageList"));
    const qreal centre = bubble->mapToItem(view, QPointF(bubble->width() / 2, 0)).x();
    QVERIFY2(centre < view->width() / 2, "own bubbles are on the leading side in RTL");
    a.screenshot(QStringLiteral("16d_chat_dark_persian"));
}

AZC_UI_TEST_MAIN(TestUiChat)
#include "tst_ui_chat.moc"
