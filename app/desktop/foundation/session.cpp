#include "foundation/session.h"

#include "foundation/event_hub.h"
#include "foundation/rpc_transport.h"

#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/token_store.h"

#include "client/api_client.h"

#include <QJsonArray>
#include <QSysInfo>

namespace azc {

namespace {

QString deviceName()
{
    // Shown in the sessions list of the account, so the user recognises it.
    return QString(QStringLiteral("AZCoiner Desktop · ") + QSysInfo::prettyProductName()).left(64);
}

} // namespace

Session::Session(ApiClient *client, RpcTransport *transport, EventHub *events, TokenStore *tokens,
                 ErrorSink *errors, QObject *parent)
    : QObject(parent), m_client(client), m_transport(transport), m_tokens(tokens), m_errors(errors)
{
    connect(m_client, &ApiClient::stateChanged, this, &Session::connectedChanged);
    connect(m_client, &ApiClient::sessionResumed, this, [this](const QJsonObject &result) {
        setUser(result.value(QStringLiteral("user")).toObject());
        setStatus(SignedIn);
    });
    connect(m_client, &ApiClient::sessionLost, this, &Session::endSession);
    connect(m_client, &ApiClient::tokenRotated, this, [this](const QString &token) {
        // The role changed (that is what rotates tokens): keep the new token and re-read it.
        m_tokens->save(token);
        refresh();
    });
    // A KYC decision changes the tier shown everywhere.
    events->on(Topic::KycDecided, this, [this](const ServerEvent &) {
        if (m_status == SignedIn)
            refresh();
    });
}

Session *Session::create(QQmlEngine *qml, QJSEngine *)
{
    return AppContext::singletonFor<Session>(qml, &AppContext::session);
}

bool Session::connected() const
{
    return m_client->state() == ApiClient::State::Connected;
}

void Session::start(const QUrl &serverUrl, const QByteArray &launchSecret)
{
    m_serverLabel = serverUrl.host() + QLatin1Char(':') + QString::number(serverUrl.port());
    m_startupError.clear();
    setStatus(Starting);
    m_tokens->load([this, serverUrl, launchSecret](const QString &token) {
        m_client->setSessionToken(token);
        m_client->open(serverUrl, launchSecret);
        // With a saved token we wait for auth.resume; without, the sign-in
        // form can show at once (its call waits for the connection).
        if (token.isEmpty())
            setStatus(SignedOut);
    });
}

void Session::failStartup(const QString &why)
{
    m_startupError = why;
    setStatus(Unavailable);
}

void Session::login(const QString &username, const QString &password, const QString &totpCode)
{
    setError({});
    QJsonObject params{{QStringLiteral("username"), username.trimmed()},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("device"), deviceName()}};
    if (!totpCode.trimmed().isEmpty())
        params.insert(QStringLiteral("totpCode"), totpCode.trimmed());
    beginBusy();
    m_transport->call(QStringLiteral("auth.login"), params, this, [this](const RpcReply &reply) {
        endBusy();
        if (reply.ok) {
            setTotpRequired(false);
            adopt(reply.object().value(QStringLiteral("token")).toString(),
                  reply.object().value(QStringLiteral("user")).toObject());
            return;
        }
        if (reply.reason == QLatin1String("totp_required"))
            setTotpRequired(true);
        setError(ErrorSink::describe(reply));
    });
}

void Session::registerAccount(const QString &username, const QString &displayName,
                              const QString &password, const QString &email, const QString &phone)
{
    setError({});
    QJsonObject params{{QStringLiteral("username"), username.trimmed()},
                       {QStringLiteral("displayName"), displayName.trimmed()},
                       {QStringLiteral("password"), password}};
    if (!email.trimmed().isEmpty())
        params.insert(QStringLiteral("email"), email.trimmed());
    if (!phone.trimmed().isEmpty())
        params.insert(QStringLiteral("phone"), phone.trimmed());
    beginBusy();
    m_transport->call(QStringLiteral("auth.register"), params, this,
                   [this, username, password](const RpcReply &reply) {
                       endBusy();
                       if (!reply.ok) {
                           setError(ErrorSink::describe(reply));
                           return;
                       }
                       login(username, password); // a new account signs straight in
                   });
}

void Session::logout()
{
    beginBusy();
    m_transport->call(QStringLiteral("auth.logout"), {}, this, [this](const RpcReply &) {
        endBusy();
        // Signed out locally whatever the reply: the token is forgotten either way.
        endSession({});
        m_client->reconnect();
    });
}

void Session::refresh()
{
    request(QStringLiteral("account.me"), {}, [this](const QJsonObject &result) {
        setUser(result.value(QStringLiteral("user")).toObject());
    });
}

void Session::updateProfile(const QString &displayName, const QString &email, const QString &phone)
{
    // Only what the user filled in: an empty field means "leave as it is".
    QJsonObject params{{QStringLiteral("displayName"), displayName.trimmed()}};
    if (!email.trimmed().isEmpty())
        params.insert(QStringLiteral("email"), email.trimmed());
    if (!phone.trimmed().isEmpty())
        params.insert(QStringLiteral("phone"), phone.trimmed());
    request(QStringLiteral("account.updateProfile"), params, [this](const QJsonObject &result) {
        setUser(result.value(QStringLiteral("user")).toObject());
        m_errors->inform(tr("Profile saved."));
        emit profileSaved();
    });
}

void Session::changePassword(const QString &currentPassword, const QString &newPassword)
{
    const QJsonObject params{{QStringLiteral("currentPassword"), currentPassword},
                             {QStringLiteral("newPassword"), newPassword}};
    request(QStringLiteral("account.changePassword"), params, [this](const QJsonObject &) {
        m_errors->inform(tr("Password changed. Your other sessions were signed out."));
        emit passwordChanged();
    });
}

void Session::beginTotpEnrollment()
{
    request(QStringLiteral("totp.enroll"), {}, [this](const QJsonObject &result) {
        m_totpSecret = result.value(QStringLiteral("secret")).toString();
        m_totpUri = result.value(QStringLiteral("uri")).toString();
        m_recoveryCodes.clear();
        emit totpChanged();
    });
}

void Session::confirmTotp(const QString &code)
{
    request(QStringLiteral("totp.confirm"), {{QStringLiteral("code"), code.trimmed()}},
            [this](const QJsonObject &result) {
                m_recoveryCodes.clear();
                const QJsonArray codes = result.value(QStringLiteral("recoveryCodes")).toArray();
                for (const QJsonValue &c : codes)
                    m_recoveryCodes.append(c.toString());
                m_totpSecret.clear();
                m_totpUri.clear();
                emit totpChanged();
                refresh();
            });
}

void Session::disableTotp(const QString &password, const QString &code)
{
    const QJsonObject params{{QStringLiteral("password"), password},
                             {QStringLiteral("code"), code.trimmed()}};
    request(QStringLiteral("totp.disable"), params, [this](const QJsonObject &) {
        m_errors->inform(tr("Two-factor authentication is off."));
        emit totpDisabled();
        refresh();
    });
}

void Session::finishTotpSetup()
{
    m_totpSecret.clear();
    m_totpUri.clear();
    m_recoveryCodes.clear();
    emit totpChanged();
}

void Session::clearError()
{
    setError({});
    setTotpRequired(false);
}

void Session::adopt(const QString &token, const QJsonObject &user)
{
    m_client->setSessionToken(token);
    m_tokens->save(token);
    setUser(user);
    setStatus(SignedIn);
}

void Session::setUser(const QJsonObject &user)
{
    m_user = user.toVariantMap();
    emit userChanged();
}

void Session::endSession(const QString &reason)
{
    m_client->setSessionToken({});
    m_tokens->remove();
    finishTotpSetup();
    setUser({});
    setStatus(SignedOut);
    if (!reason.isEmpty())
        setError(ErrorSink::describeReason(reason));
}

void Session::request(const QString &method, const QJsonObject &params,
                      std::function<void(const QJsonObject &)> onSuccess)
{
    beginBusy();
    m_transport->call(method, params, this, [this, onSuccess](const RpcReply &reply) {
        endBusy();
        if (reply.ok)
            onSuccess(reply.object());
        else
            m_errors->report(reply);
    });
}

void Session::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged();
}

void Session::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

void Session::setTotpRequired(bool required)
{
    if (m_totpRequired == required)
        return;
    m_totpRequired = required;
    emit totpRequiredChanged();
}

void Session::beginBusy()
{
    if (m_busy++ == 0)
        emit busyChanged();
}

void Session::endBusy()
{
    if (--m_busy == 0)
        emit busyChanged();
}

} // namespace azc
