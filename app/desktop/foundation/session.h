#pragma once
// The signed-in state of the app: who is signed in, with which role and KYC
// tier; sign-in, registration, sign-out and session restore; profile and
// two-factor settings. QML reads it as the `Session` singleton.
//
// Sign-in errors are kept here (errorMessage, shown next to the form); other
// failures go to the ErrorSink as toasts.

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace azc {

class ApiClient;
class EventHub;
class RpcTransport;
class ErrorSink;
class TokenStore;
struct RpcReply;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString startupError READ startupError NOTIFY statusChanged)
    Q_PROPERTY(bool totpRequired READ totpRequired NOTIFY totpRequiredChanged)
    Q_PROPERTY(QVariantMap user READ user NOTIFY userChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    Q_PROPERTY(QString username READ username NOTIFY userChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY userChanged)
    Q_PROPERTY(QString role READ role NOTIFY userChanged)
    Q_PROPERTY(int kycTier READ kycTier NOTIFY userChanged)
    Q_PROPERTY(bool totpEnabled READ totpEnabled NOTIFY userChanged)
    Q_PROPERTY(bool isSupport READ isSupport NOTIFY userChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY userChanged)
    Q_PROPERTY(QString totpSecret READ totpSecret NOTIFY totpChanged)
    Q_PROPERTY(QString totpUri READ totpUri NOTIFY totpChanged)
    Q_PROPERTY(QStringList recoveryCodes READ recoveryCodes NOTIFY totpChanged)
    Q_PROPERTY(QString serverLabel READ serverLabel NOTIFY statusChanged)
public:
    enum Status { Starting, SignedOut, SignedIn, Unavailable };
    Q_ENUM(Status)

    // `client` is the connection (opened, resumed, closed here); calls go
    // through `transport` and pushes come from `events`, so a test can hand
    // in canned ones.
    Session(ApiClient *client, RpcTransport *transport, EventHub *events, TokenStore *tokens, ErrorSink *errors,
            QObject *parent = nullptr);
    static Session *create(QQmlEngine *qml, QJSEngine *js);

    void start(const QUrl &serverUrl, const QByteArray &launchSecret);
    void failStartup(const QString &why);

    Status status() const { return m_status; }
    bool connected() const;
    bool busy() const { return m_busy > 0; }
    QString errorMessage() const { return m_errorMessage; }
    QString startupError() const { return m_startupError; }
    bool totpRequired() const { return m_totpRequired; }
    QVariantMap user() const { return m_user; }
    QString userId() const { return field(QStringLiteral("id")); }
    QString username() const { return field(QStringLiteral("username")); }
    QString displayName() const { return field(QStringLiteral("displayName")); }
    QString role() const { return field(QStringLiteral("role")); }
    int kycTier() const { return m_user.value(QStringLiteral("kycTier")).toInt(); }
    bool totpEnabled() const { return m_user.value(QStringLiteral("totpEnabled")).toBool(); }
    bool isSupport() const { return role() == QLatin1String("support") || isAdmin(); }
    bool isAdmin() const { return role() == QLatin1String("admin"); }
    QString totpSecret() const { return m_totpSecret; }
    QString totpUri() const { return m_totpUri; }
    QStringList recoveryCodes() const { return m_recoveryCodes; }
    QString serverLabel() const { return m_serverLabel; }

    Q_INVOKABLE void login(const QString &username, const QString &password, const QString &totpCode = {});
    Q_INVOKABLE void registerAccount(const QString &username, const QString &displayName,
                                     const QString &password, const QString &email, const QString &phone);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void updateProfile(const QString &displayName, const QString &email, const QString &phone);
    Q_INVOKABLE void changePassword(const QString &currentPassword, const QString &newPassword);
    Q_INVOKABLE void beginTotpEnrollment();
    Q_INVOKABLE void confirmTotp(const QString &code);
    Q_INVOKABLE void disableTotp(const QString &password, const QString &code);
    // Forgets the secret and recovery codes once the user has written them down.
    Q_INVOKABLE void finishTotpSetup();
    Q_INVOKABLE void clearError();

signals:
    void statusChanged();
    void connectedChanged();
    void busyChanged();
    void errorMessageChanged();
    void totpRequiredChanged();
    void userChanged();
    void totpChanged();
    void profileSaved();
    void passwordChanged();
    void totpDisabled();

private:
    QString field(const QString &key) const { return m_user.value(key).toString(); }
    void adopt(const QString &token, const QJsonObject &user);
    void setUser(const QJsonObject &user);
    void endSession(const QString &reason);
    void setStatus(Status status);
    void setError(const QString &message);
    void setTotpRequired(bool required);
    // Runs `method` with the busy flag up; failures go to the ErrorSink.
    void request(const QString &method, const QJsonObject &params,
                 std::function<void(const QJsonObject &)> onSuccess);
    void beginBusy();
    void endBusy();

    ApiClient *m_client;
    RpcTransport *m_transport;
    TokenStore *m_tokens;
    ErrorSink *m_errors;
    Status m_status = Starting;
    int m_busy = 0;
    QString m_errorMessage;
    QString m_startupError;
    bool m_totpRequired = false;
    QVariantMap m_user;
    QString m_totpSecret;
    QString m_totpUri;
    QStringList m_recoveryCodes;
    QString m_serverLabel;
};

} // namespace azc
