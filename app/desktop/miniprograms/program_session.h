#pragma once
// One mini program running in the host: fetches what the catalogue approved
// (miniprograms.open), takes the bundle from the cache or the server and
// verifies it (SHA-256 equal to the reviewed one, the developer's Ed25519
// signature) before a single file is served, then serves it to the page
// through ProgramSchemeHandler and answers the page's bridge calls.
// Everything that needs the user (profile consent, payments, sharing,
// scanning, device permissions) becomes a prompt the QML shows with the
// host's own dialogs; the page only ever hears the outcome.

#include "foundation/remote_object.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtWebEngineQuick/QQuickWebEngineProfile>


namespace azc {

class ProgramBridge;
class ProgramRequestGuard;
class ProgramSchemeHandler;

class ProgramSession : public RemoteObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(MiniProgramSession)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString programId READ programId NOTIFY stateChanged)
    Q_PROPERTY(QString startParam READ startParam NOTIFY stateChanged)
    Q_PROPERTY(QString name READ name NOTIFY stateChanged)
    Q_PROPERTY(QString icon READ icon NOTIFY stateChanged)
    Q_PROPERTY(QString version READ version NOTIFY stateChanged)
    Q_PROPERTY(QString developer READ developer NOTIFY stateChanged)
    Q_PROPERTY(QUrl entryUrl READ entryUrl NOTIFY stateChanged)
    Q_PROPERTY(QObject *bridge READ bridge CONSTANT)
    Q_PROPERTY(QString cacheFile READ cacheFile NOTIFY stateChanged)
    Q_PROPERTY(int firstPaintMs READ firstPaintMs NOTIFY firstPaint)
    Q_PROPERTY(int servedFiles READ servedFiles NOTIFY stateChanged)
    Q_PROPERTY(QStringList blockedRequests READ blockedRequests NOTIFY blockedRequestsChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY promptChanged)          // "", "payment", "consent", "share", "scan"
    Q_PROPERTY(QVariantMap promptData READ promptData NOTIFY promptChanged)
    Q_PROPERTY(QString promptError READ promptError NOTIFY promptChanged)
    Q_PROPERTY(bool promptBusy READ promptBusy NOTIFY promptChanged)
    Q_PROPERTY(QVariantMap consent READ consent NOTIFY consentChanged)
public:
    enum class State { Idle, Loading, Running, Refused, Suspended, Closed };
    Q_ENUM(State)

    explicit ProgramSession(QObject *parent = nullptr);
    ~ProgramSession() override;

    State state() const { return m_state; }
    QString error() const { return m_error; }
    QString programId() const { return m_programId; }
    QString startParam() const { return m_startParam; }
    QString name() const { return m_manifest.value(QStringLiteral("name")).toString(); }
    QString icon() const { return m_icon; }
    QString version() const { return m_version; }
    QString developer() const { return m_developer; }
    QUrl entryUrl() const;
    QObject *bridge() const;
    QString cacheFile() const;
    int firstPaintMs() const { return m_firstPaintMs; }
    int servedFiles() const;
    QStringList blockedRequests() const { return m_blocked; }
    QString prompt() const { return m_prompt; }
    QVariantMap promptData() const { return m_promptData.toVariantMap(); }
    QString promptError() const { return m_promptError; }
    bool promptBusy() const { return m_promptBusy; }
    QVariantMap consent() const { return m_consent.toVariantMap(); }

    // Where verified bundles are kept, by hash (tests point it at a temporary folder).
    static void setCacheDir(const QString &dir);
    static QString cacheDir();

    Q_INVOKABLE void open(const QString &programId, const QString &startParam = {});
    // Before the page loads: this program's scheme and request guard on its own profile.
    Q_INVOKABLE void attach(QQuickWebEngineProfile *profile);
    Q_INVOKABLE void close();

    // The user's answers to prompts.
    Q_INVOKABLE void confirmPayment(const QString &twoFactorCode);
    Q_INVOKABLE void answerConsent(bool granted);
    Q_INVOKABLE void shareTo(const QString &conversationId);
    Q_INVOKABLE void scanImage(const QUrl &file);
    Q_INVOKABLE void dismissPrompt(); // cancel: the page hears "cancelled"
    // A device permission the page asked the browser for: "grant", "deny" or
    // "ask" (declared, not yet decided by the user: prompt "consent").
    Q_INVOKABLE QString devicePermission(const QString &name) const;
    Q_INVOKABLE void askDevicePermission(const QString &name);
    // After the user changed this program's settings (a permission taken back counts from now).
    Q_INVOKABLE void refreshConsent();

signals:
    void stateChanged();
    void firstPaint();
    void blockedRequestsChanged();
    void promptChanged();
    void consentChanged();
    void devicePermissionDecided(const QString &name, bool granted);
    void paid(const QVariantMap &receipt);
    void closeRequested();

protected:
    void onAttached() override;

private:
    void setState(State state, const QString &error = {});
    // request() for this run only: an answer that arrives after close() or
    // the next open() (another program, or the same one again, whose page
    // numbers its calls from 1 again) is dropped, never handed to a page.
    void call(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> onSuccess,
              std::function<void(const RpcReply &)> onFailure = {}); // none: the error sink shows it
    void loaded(const QJsonObject &meta);
    void download(const QByteArray &soFar);
    void start(const QByteArray &bundle);
    void dispatch(int id, const QString &method, const QString &argsJson);
    void answer(int id, const QJsonObject &result);
    void refuse(int id, const QString &code, const QString &message);
    void openPrompt(const QString &kind, int callId, const QJsonObject &data);
    void closePrompt();
    void updateContext();
    void afterConsent(const QString &kind, bool granted);
    void fetchProfile(int id);
    bool declares(const QString &permission) const; // in the verified manifest

    State m_state = State::Idle;
    QString m_error;
    QString m_programId, m_startParam, m_version, m_sha256, m_signature, m_publicKey, m_icon, m_developer;
    QJsonObject m_manifest, m_consent;
    QStringList m_origins, m_blocked;
    QElapsedTimer m_openedAt;
    int m_firstPaintMs = -1;
    // A QPointer: QWebChannel publishes QObject's own deleteLater() to the page too.
    QPointer<ProgramBridge> m_bridge;
    QPointer<ProgramSchemeHandler> m_scheme;
    QPointer<ProgramRequestGuard> m_guard;
    QPointer<QQuickWebEngineProfile> m_profile;
    QString m_prompt, m_promptError, m_idempotencyKey;
    QJsonObject m_promptData;
    int m_promptCall = -1;
    quint64 m_run = 0; // which open() this is
    bool m_promptBusy = false;
};

} // namespace azc
