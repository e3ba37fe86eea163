#include "ui_harness.h"

#include "foundation/qml_entry.h"
#include "chaincrypto/eth_address.h"
#include "client/api_client.h"
#include "foundation/session.h"

#include <QDir>
#include <QQmlExtensionPlugin>
#include <QSet>
#include <QTest>

Q_IMPORT_QML_PLUGIN(AzCoinerPlugin)

namespace azc::uitest {

namespace {

QTemporaryDir *s_dataDir = nullptr;
EmbeddedBackend *s_backend = nullptr;
test::AnvilNode *s_anvil = nullptr;
QByteArray s_token;
QString s_custodyError;
std::function<void(BackendConfig &)> s_configure;

// Custody against a private chain, configured like tst_custody: network
// "anvil" (3 confirmations, ETH and AZC) seeded with the demo data, followed
// every 100 ms; saved addresses usable after half a second.
void startChain(BackendConfig &config)
{
    s_anvil = new test::AnvilNode;
    const Status started = s_anvil->start();
    if (!started.ok()) {
        s_custodyError = test::describeError(started.error());
        delete s_anvil;
        s_anvil = nullptr;
        return;
    }
    auto token = s_anvil->deployToken(0);
    if (!token.ok()) {
        s_custodyError = test::describeError(token.error());
        return;
    }
    s_token = token.value();
    config.custody.passphrase = QStringLiteral("ui test custody passphrase");
    config.custody.pollIntervalMs = 100;
    config.custody.addressCoolingMs = 500;
    config.custody.demoRpcUrl = s_anvil->url().toString();
    config.custody.demoTokenAddress = chain::toChecksumAddress(s_token);
}

QObject *findIn(QObject *root, const QString &name, QSet<QObject *> &seen)
{
    if (!root || seen.contains(root))
        return nullptr;
    seen.insert(root);
    if (root->objectName() == name)
        return root;
    for (QObject *child : root->children()) {
        if (QObject *found = findIn(child, name, seen))
            return found;
    }
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findIn(child, name, seen))
                return found;
        }
    }
    return nullptr;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

bool UiHarness::startBackend(QString *error)
{
    s_dataDir = new QTemporaryDir;
    s_backend = new EmbeddedBackend;
    BackendConfig config = EmbeddedBackend::defaultConfig(s_dataDir->path());
    config.payments.apiEnabled = true; // partners' servers (the Node example) reach it in the payments test
    startChain(config);
    if (s_configure)
        s_configure(config);
    s_backend->start(config);
    if (!s_backend->waitUntilStarted(120000)) {
        *error = s_backend->error().isEmpty() ? QStringLiteral("the backend did not start in time") : s_backend->error();
        return false;
    }
    return true;
}

void UiHarness::configureBackend(std::function<void(BackendConfig &)> configure)
{
    s_configure = std::move(configure);
}

void UiHarness::stopBackend()
{
    delete s_backend;
    s_backend = nullptr;
    delete s_dataDir;
    s_dataDir = nullptr;
    delete s_anvil;
    s_anvil = nullptr;
}

test::AnvilNode *UiHarness::anvil()
{
    return s_token.isEmpty() ? nullptr : s_anvil;
}

QByteArray UiHarness::tokenAddress()
{
    return s_token;
}

QString UiHarness::custodyError()
{
    return s_custodyError;
}

QUrl UiHarness::paymentApiUrl()
{
    return s_backend ? s_backend->paymentApiUrl() : QUrl();
}

QUrl UiHarness::backendUrl()
{
    return s_backend->url();
}

QString UiHarness::dataDir()
{
    return s_dataDir ? s_dataDir->path() : QString();
}

QByteArray UiHarness::launchSecret()
{
    return s_backend->launchSecret();
}

bool UiHarness::launch(const QString &language, bool dark)
{
    AppOptions options;
    options.useKeychain = false;        // the keychain has its own test
    options.persistPreferences = false; // leave the user's settings alone
    m_context = std::make_unique<AppContext>(options);
    m_context->loadPreferences(language, dark ? QStringLiteral("dark") : QStringLiteral("light"));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_context->attach(m_engine.get());
    m_engine->load(qmlModuleUrl(QStringLiteral("shell/Main.qml")));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().value(0));
    if (!m_window)
        return false;
    m_context->start(backendUrl(), launchSecret());
    return QTest::qWaitForWindowExposed(m_window);
}

void UiHarness::close()
{
    m_window = nullptr;
    m_engine.reset();
    m_context.reset();
}

QObject *UiHarness::find(const QString &name) const
{
    QSet<QObject *> seen;
    return findIn(m_window, name, seen);
}

void UiHarness::setText(const QString &name, const QString &text)
{
    QObject *object = find(name);
    QVERIFY2(object, qPrintable(QStringLiteral("no item named ") + name));
    QVERIFY(object->setProperty("text", text));
}

bool UiHarness::click(const QString &name)
{
    QQuickItem *target = item(name);
    if (!target || !target->isVisible() || !target->isEnabled()) {
        qWarning() << "cannot click" << name << (target ? "(hidden or disabled)" : "(not found)");
        return false;
    }
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    if (QRectF(QPointF(0, 0), m_window->size()).contains(centre)) {
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        return true;
    }
    return QMetaObject::invokeMethod(target, "clicked");
}

bool UiHarness::signIn(const QString &username, const QString &password)
{
    if (!waitFor([this] { return find(QStringLiteral("signInForm")) != nullptr; }))
        return false;
    setText(QStringLiteral("signInUsername"), username);
    setText(QStringLiteral("signInPassword"), password);
    if (!click(QStringLiteral("signInButton")))
        return false;
    return waitFor([this] { return m_context->session()->status() == Session::SignedIn
                                   && find(QStringLiteral("shell")) != nullptr; });
}

bool UiHarness::signOut()
{
    if (!click(QStringLiteral("signOutButton")))
        return false;
    return waitFor([this] { return find(QStringLiteral("signInForm")) != nullptr; });
}

bool UiHarness::openSection(const QString &key)
{
    return click(QStringLiteral("nav_") + key);
}

void UiHarness::scrollIntoView(const QString &name)
{
    QTest::qWait(100); // layouts settle in the polish pass before a frame
    QQuickItem *target = item(name);
    if (!target)
        return;
    for (QQuickItem *p = target->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        const qreal y = target->mapToItem(content, QPointF(0, 0)).y();
        const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
        p->setProperty("contentY", std::clamp<qreal>(y - 16, 0, maxY));
        return;
    }
}

QString UiHarness::screenshot(const QString &name)
{
    QTest::qWait(350); // let transitions and the toast settle
    QDir().mkpath(QStringLiteral(AZC_SCREENSHOT_DIR));
    const QString path = QStringLiteral(AZC_SCREENSHOT_DIR "/") + name + QStringLiteral(".png");
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(path))
        qWarning() << "could not save" << path;
    return path;
}

std::optional<QJsonObject> UiHarness::callNow(const QString &method, const QJsonObject &params)
{
    std::optional<RpcReply> reply;
    m_context->client()->call(method, params, [&reply](const RpcReply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000) || !reply->ok)
        return std::nullopt;
    return reply->object();
}

Amount exactAmount(const QString &text)
{
    const auto parsed = Amount::parse(text, Amount::kMaxDecimals);
    return parsed ? parsed.value() : Amount::min();
}

} // namespace azc::uitest
