#include "call_client.h"

#include "chat/chat_messages_model.h"
#include "demo_users.h"
#include "foundation/session.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QJsonArray>
#include <QSet>

namespace azc::uitest {

namespace {

QObject *findCallItem(QObject *root, const QString &name, QSet<QObject *> &seen)
{
    if (!root || seen.contains(root))
        return nullptr;
    seen.insert(root);
    if (root->objectName() == name)
        return root;
    for (QObject *child : root->children())
        if (QObject *found = findCallItem(child, name, seen))
            return found;
    if (auto *item = qobject_cast<QQuickItem *>(root))
        for (QQuickItem *child : item->childItems())
            if (QObject *found = findCallItem(child, name, seen))
                return found;
    return nullptr;
}

} // namespace

void useFakeMediaDevices()
{
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
            flags + " --use-fake-device-for-media-stream --use-fake-ui-for-media-stream --disable-gpu");
    // Chromium's sandbox refuses to run as root, which the test machines are (with_display.sh says the same).
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

bool configureTurnFromEnvironment()
{
    const QString url = qEnvironmentVariable("AZC_TEST_TURN_URL");
    const QByteArray secret = qgetenv("AZC_TEST_TURN_SECRET");
    if (url.isEmpty() || secret.isEmpty())
        return false;
    UiHarness::configureBackend([url, secret](BackendConfig &config) {
        config.calls.iceUrls = QStringList{url};
        config.calls.turnSecret = secret;
    });
    return true;
}

bool CallClient::start(const QString &username, const QString &language, bool dark)
{
    if (!ui.launch(language, dark) || !ui.signIn(username, test::demoPassword(username)))
        return false;
    userId = ui.context()->session()->userId();
    return calls() != nullptr;
}

QQuickWindow *CallClient::callWindow() const
{
    for (QWindow *w : QGuiApplication::topLevelWindows()) {
        auto *quick = qobject_cast<QQuickWindow *>(w);
        if (quick && quick->objectName() == QLatin1String("callWindow") && qmlEngine(quick) == ui.engine())
            return quick;
    }
    return nullptr;
}

QObject *CallClient::findInCall(const QString &name) const
{
    QQuickWindow *w = callWindow();
    if (!w)
        return nullptr;
    QSet<QObject *> seen;
    if (QObject *found = findCallItem(w, name, seen))
        return found;
    return findCallItem(w->contentItem(), name, seen);
}

bool CallClient::clickInCall(const QString &name)
{
    auto *item = qobject_cast<QQuickItem *>(findInCall(name));
    QQuickWindow *w = callWindow();
    if (!item || !w || !item->isVisible() || !item->isEnabled()) {
        qWarning() << "cannot click" << name << "in the call window";
        return false;
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(w, Qt::LeftButton, {}, centre.toPoint());
    return true;
}

qint64 CallClient::packetsFrom(const QString &peerId) const
{
    CallManager *c = calls();
    return c ? qint64(c->peerStats(peerId).value(QStringLiteral("packetsReceived")).toDouble()) : 0;
}

QString CallClient::conversationWhere(const QString &kind, const QString &titleOrPeer)
{
    const auto list = ui.callNow(QStringLiteral("chats.list"));
    if (!list)
        return {};
    for (const QJsonValue &v : list->value(QLatin1String("conversations")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("kind")).toString() != kind)
            continue;
        if (c.value(QLatin1String("title")).toString() == titleOrPeer
            || c.value(QLatin1String("peer")).toObject().value(QLatin1String("username")).toString() == titleOrPeer)
            return c.value(QLatin1String("id")).toString();
    }
    return {};
}

bool CallClient::openConversation(const QString &conversationId)
{
    if (!ui.openSection(QStringLiteral("chats")))
        return false;
    if (!QTest::qWaitFor([this, &conversationId] { return ui.item(QStringLiteral("chatRow_") + conversationId) != nullptr; }, 10000))
        return false;
    QTest::qWait(50);
    if (!ui.click(QStringLiteral("chatRow_") + conversationId))
        return false;
    return QTest::qWaitFor([this, &conversationId] {
        auto *model = ui.findAs<ChatMessagesModel>(QStringLiteral("conversationModel"));
        return model && model->conversationId() == conversationId && model->pagesLoaded() > 0;
    }, 10000);
}

QString CallClient::screenshotCall(const QString &name) const
{
    QTest::qWait(400);
    QQuickWindow *w = callWindow();
    QDir().mkpath(QStringLiteral(AZC_SCREENSHOT_DIR));
    const QString path = QStringLiteral(AZC_SCREENSHOT_DIR "/") + name + QStringLiteral(".png");
    const QImage image = w ? w->grabWindow() : QImage();
    if (image.isNull() || !image.save(path))
        qWarning() << "could not save" << path;
    return path;
}

bool waitInEventLoop(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll, limit;
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(5);
    limit.setSingleShot(true);
    limit.start(timeoutMs);
    loop.exec();
    return ok;
}

bool mediaFlows(CallClient &a, CallClient &b, int timeoutMs)
{
    return waitInEventLoop([&] { return a.packetsFrom(b.userId) > 0 && b.packetsFrom(a.userId) > 0; }, timeoutMs);
}

} // namespace azc::uitest
