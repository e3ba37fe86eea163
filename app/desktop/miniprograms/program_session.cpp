#include "miniprograms/program_session.h"

#include "foundation/app_context.h"
#include "foundation/event_hub.h"
#include "foundation/idempotency_key.h"
#include "foundation/language_manager.h"
#include "foundation/qr_decoder.h"
#include "foundation/theme.h"
#include "miniprograms/bundle.h"
#include "miniprograms/program_bridge.h"
#include "miniprograms/program_scheme.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtWebEngineQuick/QQuickWebEngineProfile>

Q_LOGGING_CATEGORY(lcPrograms, "azc.desktop.miniprograms")

namespace azc {

namespace {

QString &cacheDirOverride()
{
    static QString dir;
    return dir;
}

QString json(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// Bridge methods and the manifest permission each needs ("" = none).
const QHash<QString, QString> &bridgeMethods()
{
    static const QHash<QString, QString> m{
        {QStringLiteral("getUserProfile"), QStringLiteral("profile")},
        {QStringLiteral("requestPayment"), QStringLiteral("payments")},
        {QStringLiteral("shareToChat"), QStringLiteral("share")},
        {QStringLiteral("scanQr"), QStringLiteral("scanQr")},
        {QStringLiteral("storage.get"), QStringLiteral("storage")},
        {QStringLiteral("storage.set"), QStringLiteral("storage")},
        {QStringLiteral("close"), QString()}};
    return m;
}

} // namespace

ProgramSession::ProgramSession(QObject *parent)
    : RemoteObject(parent),
      m_bridge(new ProgramBridge([this](int id, const QString &m, const QString &a) { dispatch(id, m, a); },
                                 [this] {
                                     if (m_firstPaintMs >= 0 || !m_openedAt.isValid())
                                         return;
                                     m_firstPaintMs = int(m_openedAt.elapsed());
                                     qCInfo(lcPrograms) << m_programId << "first paint after" << m_firstPaintMs << "ms";
                                     emit firstPaint();
                                 },
                                 this))
{
    // QWebChannel publishes a QObject's own deleteLater() to the page; Qt 6.4
    // refuses it for registered objects, but should a version not, the
    // program is treated as hostile and stopped rather than left dangling.
    connect(m_bridge, &QObject::destroyed, this, [this] {
        if (m_state == State::Running) {
            closePrompt();
            setState(State::Refused, tr("This mini program tried to break out of its sandbox and was stopped."));
        }
    });
}

ProgramSession::~ProgramSession() = default;

void ProgramSession::setCacheDir(const QString &dir) { cacheDirOverride() = dir; }

QString ProgramSession::cacheDir()
{
    return cacheDirOverride().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/miniprograms")
        : cacheDirOverride();
}

QString ProgramSession::cacheFile() const
{
    return m_sha256.isEmpty() ? QString() : cacheDir() + QLatin1Char('/') + m_sha256 + QStringLiteral(".zip");
}

QObject *ProgramSession::bridge() const { return m_bridge; }
int ProgramSession::servedFiles() const { return m_scheme ? m_scheme->served() : 0; }

QUrl ProgramSession::entryUrl() const
{
    if (m_state != State::Running)
        return {};
    return QUrl(QStringLiteral("%1://%2/%3").arg(QLatin1String(kProgramScheme), m_programId,
                                                  m_manifest.value(QStringLiteral("entry")).toString()));
}

void ProgramSession::onAttached()
{
    // Suspended by the platform: it closes wherever it runs, at once.
    events()->on(Topic::MiniProgramsChanged, this, [this](const ServerEvent &e) {
        if (e.objectId == m_programId && e.params.value(QStringLiteral("status")).toString() == QLatin1String("suspended")
            && (m_state == State::Running || m_state == State::Loading)) {
            closePrompt();
            setState(State::Suspended, tr("AZCoiner suspended this mini program. It was closed."));
        }
    });
    connect(context()->theme(), &Theme::changed, this, &ProgramSession::updateContext);
    connect(context()->language(), &LanguageManager::changed, this, &ProgramSession::updateContext);
}

void ProgramSession::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    emit stateChanged();
}

void ProgramSession::call(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> onSuccess,
                          std::function<void(const RpcReply &)> onFailure)
{
    auto success = [this, run = m_run, onSuccess](const QJsonObject &r) {
        if (run == m_run)
            onSuccess(r);
    };
    if (!onFailure)
        return request(method, params, success);
    request(method, params, success, [this, run = m_run, onFailure](const RpcReply &r) {
        if (run == m_run)
            onFailure(r);
    });
}

void ProgramSession::open(const QString &programId, const QString &startParam)
{
    close();
    ++m_run;
    m_programId = programId;
    m_startParam = startParam;
    m_firstPaintMs = -1;
    m_blocked.clear();
    m_openedAt.start();
    setState(State::Loading);
    call(QStringLiteral("miniprograms.open"), {{QStringLiteral("programId"), programId}},
            [this](const QJsonObject &meta) { loaded(meta); },
            [this](const RpcReply &r) { setState(State::Refused, r.message); });
}

void ProgramSession::loaded(const QJsonObject &meta)
{
    m_version = meta.value(QStringLiteral("version")).toString();
    m_sha256 = meta.value(QStringLiteral("sha256")).toString();
    m_signature = meta.value(QStringLiteral("signature")).toString();
    m_publicKey = meta.value(QStringLiteral("publicKey")).toString();
    m_icon = meta.value(QStringLiteral("icon")).toString();
    m_manifest = meta.value(QStringLiteral("manifest")).toObject();
    m_consent = meta.value(QStringLiteral("consent")).toObject();
    m_origins.clear();
    for (const QJsonValue &o : meta.value(QStringLiteral("approvedOrigins")).toArray())
        m_origins.append(o.toString());
    emit consentChanged();
    QFile cached(cacheFile());
    if (cached.open(QIODevice::ReadOnly)) {
        start(cached.readAll()); // verified again in start(): a cache is not trusted either
        return;
    }
    download({});
}

void ProgramSession::download(const QByteArray &soFar)
{
    call(QStringLiteral("miniprograms.bundle"),
            {{QStringLiteral("programId"), m_programId}, {QStringLiteral("sha256"), m_sha256}, {QStringLiteral("offset"), soFar.size()}},
            [this, soFar](const QJsonObject &chunk) {
                const QByteArray next = soFar + QByteArray::fromBase64(chunk.value(QStringLiteral("data")).toString().toLatin1());
                if (next.size() > miniprograms::Bundle::kMaxZipBytes)
                    return setState(State::Refused, tr("This mini program is larger than allowed."));
                if (!chunk.value(QStringLiteral("done")).toBool())
                    return download(next);
                if (QDir().mkpath(cacheDir())) {
                    QSaveFile out(cacheFile());
                    if (out.open(QIODevice::WriteOnly) && out.write(next) == next.size())
                        out.commit();
                }
                start(next);
            },
            [this](const RpcReply &r) { setState(State::Refused, r.message); });
}

void ProgramSession::start(const QByteArray &bundle)
{
    // The bytes must be the reviewed ones, signed by the developer, before
    // anything of them reaches the browser.
    if (miniprograms::sha256Hex(bundle) != m_sha256 || !miniprograms::verifySignature(bundle, m_signature, m_publicKey)) {
        QFile::remove(cacheFile()); // the next open fetches the reviewed bytes again
        qCWarning(lcPrograms) << m_programId << "refused: its bundle is not the reviewed one";
        return setState(State::Refused, tr("This mini program's files are not the ones AZCoiner reviewed, so it was not started."));
    }
    auto opened = miniprograms::Bundle::open(bundle);
    if (!opened || opened->manifest().id != m_programId || opened->manifest().version != m_version)
        return setState(State::Refused, tr("This mini program's files cannot be read."));
    // Only origins both approved by the server and declared by the verified bundle (in the
    // bundle reader's normal form): nothing from the wire reaches the CSP unchecked.
    QStringList origins;
    for (const QString &o : opened->manifest().origins)
        if (m_origins.contains(o))
            origins.append(o);
    m_origins = origins;
    m_scheme = new ProgramSchemeHandler(m_programId, opened->files(), m_origins, this);
    m_guard = new ProgramRequestGuard(m_programId, m_origins, this);
    connect(m_guard, &ProgramRequestGuard::blocked, this, [this](const QUrl &url) {
        m_blocked.append(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        emit blockedRequestsChanged();
    });
    updateContext();
    setState(State::Running);
}

void ProgramSession::attach(QQuickWebEngineProfile *profile)
{
    if (!profile || !m_scheme || m_profile == profile)
        return;
    m_profile = profile;
    profile->installUrlSchemeHandler(kProgramScheme, m_scheme);
    profile->setUrlRequestInterceptor(m_guard);
}

void ProgramSession::close()
{
    ++m_run; // whatever is still on its way belongs to a page that is gone
    if (m_state == State::Idle)
        return;
    closePrompt();
    if (m_profile) {
        m_profile->removeAllUrlSchemeHandlers();
        m_profile->setUrlRequestInterceptor(nullptr);
    }
    m_profile = nullptr;
    delete m_scheme;
    delete m_guard;
    if (m_state == State::Running || m_state == State::Loading)
        setState(State::Closed);
}

void ProgramSession::updateContext()
{
    if (!context() || !m_bridge)
        return;
    const Theme *t = context()->theme();
    const LanguageManager *l = context()->language();
    const auto hex = [](const QColor &c) { return c.name(QColor::HexRgb); };
    m_bridge->setContext(json({{QStringLiteral("programId"), m_programId}, {QStringLiteral("version"), m_version},
                               {QStringLiteral("theme"), t->dark() ? QStringLiteral("dark") : QStringLiteral("light")},
                               {QStringLiteral("colors"), QJsonObject{{QStringLiteral("background"), hex(t->window())},
                                                                      {QStringLiteral("surface"), hex(t->surface())},
                                                                      {QStringLiteral("text"), hex(t->text())},
                                                                      {QStringLiteral("muted"), hex(t->textMuted())},
                                                                      {QStringLiteral("accent"), hex(t->accent())},
                                                                      {QStringLiteral("accentText"), hex(t->onAccent())},
                                                                      {QStringLiteral("danger"), hex(t->danger())},
                                                                      {QStringLiteral("success"), hex(t->success())}}},
                               {QStringLiteral("language"), l->current()},
                               {QStringLiteral("direction"), l->rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr")},
                               {QStringLiteral("startParam"), m_startParam}}));
}

// --- the page's calls

void ProgramSession::answer(int id, const QJsonObject &result)
{
    if (m_bridge)
        m_bridge->answer(id, true, json(result));
}

void ProgramSession::refuse(int id, const QString &code, const QString &message)
{
    if (m_bridge)
        m_bridge->answer(id, false, json({{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}));
}

void ProgramSession::dispatch(int id, const QString &method, const QString &argsJson)
{
    if (m_state != State::Running)
        return refuse(id, QStringLiteral("closed"), QStringLiteral("the program is not running"));
    const auto known = bridgeMethods().constFind(method);
    if (known == bridgeMethods().constEnd())
        return refuse(id, QStringLiteral("unknown_method"), QStringLiteral("the host has no method \"%1\"").arg(method.left(64)));
    if (!known->isEmpty() && !declares(*known))
        return refuse(id, QStringLiteral("not_declared"),
                      QStringLiteral("%1 needs the \"%2\" permission in the manifest").arg(method, *known));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(argsJson.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(id, QStringLiteral("invalid_params"), QStringLiteral("arguments must be a JSON object"));
    const QJsonObject args = doc.object();
    const bool needsUser = method == QLatin1String("requestPayment") || method == QLatin1String("shareToChat")
                        || method == QLatin1String("scanQr") || method == QLatin1String("getUserProfile");
    if (needsUser && !m_prompt.isEmpty())
        return refuse(id, QStringLiteral("busy"), QStringLiteral("the user is answering another request"));
    const auto relay = [this, id](const QString &rpc, const QJsonObject &params, std::function<QJsonObject(const QJsonObject &)> shape) {
        call(rpc, params, [this, id, shape](const QJsonObject &r) { answer(id, shape(r)); },
                [this, id](const RpcReply &r) { refuse(id, r.reason, r.message); });
    };

    if (method == QLatin1String("close")) {
        if (m_prompt == QLatin1String("payment") && m_promptBusy)
            return refuse(id, QStringLiteral("busy"), QStringLiteral("a payment is being made"));
        answer(id, {});
        emit closeRequested();
    } else if (method == QLatin1String("storage.get")) {
        relay(QStringLiteral("miniprograms.storageGet"),
              {{QStringLiteral("programId"), m_programId}, {QStringLiteral("key"), args.value(QStringLiteral("key")).toString()}},
              [](const QJsonObject &r) { return QJsonObject{{QStringLiteral("value"), r.value(QStringLiteral("value"))}}; });
    } else if (method == QLatin1String("storage.set")) {
        QJsonObject params{{QStringLiteral("programId"), m_programId}, {QStringLiteral("key"), args.value(QStringLiteral("key")).toString()}};
        if (args.contains(QStringLiteral("value")))
            params.insert(QStringLiteral("value"), args.value(QStringLiteral("value")).toString());
        relay(QStringLiteral("miniprograms.storageSet"), params, [](const QJsonObject &r) { return r; });
    } else if (method == QLatin1String("getUserProfile")) {
        if (m_consent.value(QStringLiteral("profile")).toBool())
            fetchProfile(id);
        else
            openPrompt(QStringLiteral("consent"), id, {{QStringLiteral("kind"), QStringLiteral("profile")}});
    } else if (method == QLatin1String("requestPayment")) {
        // The amount and asset come from the page; payee, fee and limits from the server.
        call(QStringLiteral("miniprograms.checkout"),
                {{QStringLiteral("programId"), m_programId}, {QStringLiteral("asset"), args.value(QStringLiteral("asset")).toString()},
                 {QStringLiteral("amount"), args.value(QStringLiteral("amount")).toString()},
                 {QStringLiteral("description"), args.value(QStringLiteral("description")).toString().left(200)},
                 {QStringLiteral("orderId"), args.value(QStringLiteral("orderId")).toString().left(100)}},
                [this, id](const QJsonObject &checkout) {
                    if (!m_prompt.isEmpty() || m_state != State::Running)
                        return refuse(id, QStringLiteral("busy"), QStringLiteral("the user is answering another request"));
                    m_idempotencyKey = newIdempotencyKey();
                    openPrompt(QStringLiteral("payment"), id, checkout);
                },
                [this, id](const RpcReply &r) { refuse(id, r.reason, r.message); });
    } else if (method == QLatin1String("shareToChat")) {
        const QString text = args.value(QStringLiteral("text")).toString().trimmed();
        if (text.isEmpty() || text.size() > 500)
            return refuse(id, QStringLiteral("invalid_params"), QStringLiteral("text must be 1-500 characters"));
        openPrompt(QStringLiteral("share"), id,
                   {{QStringLiteral("text"), text}, {QStringLiteral("startParam"), args.value(QStringLiteral("startParam")).toString().left(256)}});
    } else if (method == QLatin1String("scanQr")) {
        openPrompt(QStringLiteral("scan"), id, {});
    }
}

bool ProgramSession::declares(const QString &permission) const
{
    return m_manifest.value(QStringLiteral("permissions")).toArray().contains(QJsonValue(permission));
}

void ProgramSession::fetchProfile(int id)
{
    call(QStringLiteral("miniprograms.profile"), {{QStringLiteral("programId"), m_programId}},
            [this, id](const QJsonObject &r) { answer(id, r); }, [this, id](const RpcReply &r) { refuse(id, r.reason, r.message); });
}

// --- prompts

void ProgramSession::openPrompt(const QString &kind, int callId, const QJsonObject &data)
{
    m_prompt = kind;
    m_promptCall = callId;
    m_promptData = data;
    m_promptError.clear();
    m_promptBusy = false;
    emit promptChanged();
}

void ProgramSession::closePrompt()
{
    if (m_prompt.isEmpty())
        return;
    if (m_promptCall >= 0)
        refuse(m_promptCall, QStringLiteral("cancelled"), QStringLiteral("the user cancelled"));
    m_prompt.clear();
    m_promptCall = -1;
    m_promptData = {};
    m_promptError.clear();
    m_promptBusy = false;
    emit promptChanged();
}

void ProgramSession::dismissPrompt()
{
    const QString kind = m_promptData.value(QStringLiteral("kind")).toString();
    if (m_prompt == QLatin1String("consent") && devicePermission(kind) == QLatin1String("ask"))
        emit devicePermissionDecided(kind, false);
    closePrompt();
}

void ProgramSession::confirmPayment(const QString &twoFactorCode)
{
    if (m_prompt != QLatin1String("payment") || m_promptBusy)
        return;
    m_promptBusy = true;
    m_promptError.clear();
    emit promptChanged();
    const QString invoiceId = m_promptData.value(QStringLiteral("invoice")).toObject().value(QStringLiteral("id")).toString();
    QJsonObject params{{QStringLiteral("programId"), m_programId}, {QStringLiteral("invoiceId"), invoiceId},
                       {QStringLiteral("idempotencyKey"), m_idempotencyKey}};
    if (!twoFactorCode.isEmpty())
        params.insert(QStringLiteral("twoFactorCode"), twoFactorCode);
    call(QStringLiteral("miniprograms.pay"), params,
            [this, invoiceId](const QJsonObject &r) {
                const int call = std::exchange(m_promptCall, -1);
                const QJsonObject receipt = r.value(QStringLiteral("receipt")).toObject();
                answer(call, {{QStringLiteral("status"), QStringLiteral("paid")}, {QStringLiteral("invoiceId"), invoiceId},
                              {QStringLiteral("receipt"), receipt}});
                closePrompt();
                emit paid(receipt.toVariantMap());
            },
            [this](const RpcReply &r) {
                // The dialog stays open with the reason: a wrong code can be typed again.
                m_promptBusy = false;
                m_promptError = r.message;
                if (r.reason == QLatin1String("two_factor_required")) {
                    m_promptData.insert(QStringLiteral("twoFactorRequired"), true);
                    m_promptError = tr("Enter the code from your authenticator app.");
                }
                emit promptChanged();
            });
}

void ProgramSession::answerConsent(bool granted)
{
    if (m_prompt != QLatin1String("consent") || m_promptBusy)
        return;
    const QString kind = m_promptData.value(QStringLiteral("kind")).toString();
    if (!granted) {
        const int call = std::exchange(m_promptCall, -1);
        if (call >= 0)
            refuse(call, QStringLiteral("consent_denied"), QStringLiteral("the user said no"));
        if (kind != QLatin1String("profile"))
            emit devicePermissionDecided(kind, false);
        closePrompt();
        return;
    }
    QJsonObject change{{QStringLiteral("programId"), m_programId}};
    if (kind == QLatin1String("profile")) {
        change.insert(QStringLiteral("profile"), true);
    } else {
        QJsonArray device = m_consent.value(QStringLiteral("device")).toArray();
        device.append(kind);
        change.insert(QStringLiteral("device"), device);
    }
    m_promptBusy = true;
    emit promptChanged();
    call(QStringLiteral("miniprograms.setConsent"), change,
            [this, kind](const QJsonObject &c) {
                m_consent = c;
                emit consentChanged();
                afterConsent(kind, true);
            },
            [this](const RpcReply &r) {
                m_promptBusy = false;
                m_promptError = r.message;
                emit promptChanged();
            });
}

void ProgramSession::afterConsent(const QString &kind, bool granted)
{
    const int call = std::exchange(m_promptCall, -1);
    closePrompt();
    if (kind == QLatin1String("profile")) {
        if (call >= 0)
            fetchProfile(call);
    } else {
        emit devicePermissionDecided(kind, granted);
    }
}

void ProgramSession::shareTo(const QString &conversationId)
{
    if (m_prompt != QLatin1String("share") || m_promptBusy)
        return;
    m_promptBusy = true;
    emit promptChanged();
    call(QStringLiteral("miniprograms.share"),
            {{QStringLiteral("programId"), m_programId}, {QStringLiteral("conversationId"), conversationId},
             {QStringLiteral("text"), m_promptData.value(QStringLiteral("text"))},
             {QStringLiteral("startParam"), m_promptData.value(QStringLiteral("startParam"))}},
            [this, conversationId](const QJsonObject &) {
                answer(std::exchange(m_promptCall, -1), {{QStringLiteral("shared"), true}});
                closePrompt();
            },
            [this](const RpcReply &r) {
                m_promptBusy = false;
                m_promptError = r.message;
                emit promptChanged();
            });
}

void ProgramSession::scanImage(const QUrl &file)
{
    if (m_prompt != QLatin1String("scan"))
        return;
    const QImage image(file.isLocalFile() ? file.toLocalFile() : file.toString());
    const QString text = image.isNull() ? QString() : decodeCodeInImage(image);
    if (text.isEmpty()) {
        m_promptError = tr("No QR code or barcode was found in this picture.");
        emit promptChanged();
        return;
    }
    answer(std::exchange(m_promptCall, -1), {{QStringLiteral("text"), text}});
    closePrompt();
}

QString ProgramSession::devicePermission(const QString &name) const
{
    if (!declares(name) || !miniprograms::devicePermissions().contains(name))
        return QStringLiteral("deny");
    for (const QJsonValue &v : m_consent.value(QStringLiteral("device")).toArray())
        if (v.toString() == name)
            return QStringLiteral("grant");
    return QStringLiteral("ask");
}

void ProgramSession::askDevicePermission(const QString &name)
{
    if (devicePermission(name) != QLatin1String("ask") || !m_prompt.isEmpty())
        return emit devicePermissionDecided(name, devicePermission(name) == QLatin1String("grant"));
    openPrompt(QStringLiteral("consent"), -1, {{QStringLiteral("kind"), name}});
}

void ProgramSession::refreshConsent()
{
    if (m_state != State::Running)
        return;
    call(QStringLiteral("miniprograms.consent"), {{QStringLiteral("programId"), m_programId}}, [this](const QJsonObject &c) {
        m_consent = c;
        emit consentChanged();
    });
}

} // namespace azc
