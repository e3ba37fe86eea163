#pragma once
// calls/ owns voice and video calls on the desktop (docs/protocol.md,
// "Calls"): CallManager drives the protocol, CallBridge is the call page's
// door, call_rules.h the pure parts, CallHistoryModel the list of past calls.
//
// CallManager (the `CallManager` QML singleton, one per engine) follows the
// user's one call: it starts calls from a chat, rings for invitations
// (event.call.updated where I am "invited"), accepts, declines, hangs up,
// holds, reports what it sends (calls.media), relays event.call.signal to
// and from the page (the one who accepts offers to `peers`, the others
// answer), restarts ICE after a reconnect, keeps the timer, each peer's
// quality and the verification code. The media itself is the page's
// (page/call.js, in the window's WebEngineView): the manager tells it what
// to do and hears what happened, through the bridge.

#include "calls/call_bridge.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace azc {

class AppContext;
struct RpcReply;

class CallManager : public QObject, private CallPageDelegate
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "idle"; "incoming" (ringing here); "outgoing" (I am joined, the others ring);
    // "active" (answered); "ended" (for a moment, with `outcome`).
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString callId READ callId NOTIFY stateChanged)
    Q_PROPERTY(QString conversationId READ conversationId NOTIFY stateChanged)
    Q_PROPERTY(bool video READ video NOTIFY stateChanged) // the initiator asked for video
    Q_PROPERTY(bool group READ group NOTIFY stateChanged)
    Q_PROPERTY(QString outcome READ outcome NOTIFY stateChanged)
    Q_PROPERTY(bool answeredElsewhere READ answeredElsewhere NOTIFY stateChanged)
    Q_PROPERTY(QString callerName READ callerName NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY participantsChanged) // the others' names
    Q_PROPERTY(QVariantList participants READ participants NOTIFY participantsChanged)
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY elapsedChanged)
    Q_PROPERTY(qint64 lastDurationMs READ lastDurationMs NOTIFY stateChanged)
    Q_PROPERTY(bool connected READ connected NOTIFY participantsChanged) // media flows from some peer
    Q_PROPERTY(bool muted READ muted NOTIFY mediaChanged)
    Q_PROPERTY(bool cameraOn READ cameraOn NOTIFY mediaChanged)
    Q_PROPERTY(bool sharing READ sharing NOTIFY mediaChanged)
    Q_PROPERTY(bool held READ held NOTIFY mediaChanged)
    Q_PROPERTY(bool relayOnly READ relayOnly WRITE setRelayOnly NOTIFY relayOnlyChanged)
    Q_PROPERTY(QString verificationEmoji READ verificationEmoji NOTIFY participantsChanged)
    Q_PROPERTY(QString verificationDigits READ verificationDigits NOTIFY participantsChanged)
    Q_PROPERTY(QVariantMap devices READ devices NOTIFY devicesChanged)
    Q_PROPERTY(QVariantMap selectedDevices READ selectedDevices NOTIFY devicesChanged)
    Q_PROPERTY(QString mediaError READ mediaError NOTIFY mediaChanged)
    Q_PROPERTY(QObject *bridge READ bridge CONSTANT)
    // The call page (Chromium) is loaded at the first call, then kept for the app's life: every
    // later call starts on a warm page. Not at sign-in: people who never call never start Chromium.
    Q_PROPERTY(bool pageWanted READ pageWanted NOTIFY pageWantedChanged)
    Q_PROPERTY(QUrl pageUrl READ pageUrl CONSTANT)
public:
    explicit CallManager(AppContext *context, QObject *parent = nullptr);
    ~CallManager() override;
    static CallManager *create(QQmlEngine *qml, QJSEngine *js);
    // The engine's manager (tests), created on first use like QML does.
    static CallManager *of(QQmlEngine *engine);

    QString state() const { return m_state; }
    QString callId() const { return str(m_call, "id"); }
    QString conversationId() const { return str(m_call, "conversationId"); }
    bool video() const { return m_call.value(QLatin1String("video")).toBool(); }
    bool group() const { return str(m_call, "kind") == QLatin1String("group"); }
    QString outcome() const { return str(m_call, "outcome"); }
    bool answeredElsewhere() const { return m_answeredElsewhere; }
    QString callerName() const;
    QString title() const;
    QVariantList participants() const;
    qint64 elapsedMs() const;
    qint64 lastDurationMs() const { return m_call.value(QLatin1String("durationMs")).toInteger(); }
    bool connected() const;
    bool muted() const { return m_muted; }
    bool cameraOn() const { return m_cameraOn; }
    bool sharing() const { return m_sharing; }
    bool held() const { return m_held; }
    bool relayOnly() const { return m_relayOnly; }
    void setRelayOnly(bool relayOnly);
    QString verificationEmoji() const;
    QString verificationDigits() const;
    QVariantMap devices() const { return m_devices.toVariantMap(); }
    QVariantMap selectedDevices() const { return m_selected.toVariantMap(); }
    QString mediaError() const { return m_mediaError; }
    QObject *bridge() const { return m_bridge; }
    bool pageWanted() const { return m_pageWanted; }
    QUrl pageUrl() const { return QUrl(QStringLiteral("qrc:/calls/call.html")); }

    // A peer's last statistics as the page measured them (tests, the details popup).
    Q_INVOKABLE QVariantMap peerStats(const QString &userId) const;

    // A one-to-one call with a user (from a member list or a profile): their direct chat, opened if need be.
    Q_INVOKABLE void callUser(const QString &username, bool withVideo);
    Q_INVOKABLE void startCall(const QString &conversationId, bool video);
    Q_INVOKABLE void accept(bool withVideo);
    Q_INVOKABLE void decline();
    Q_INVOKABLE void hangUp();
    Q_INVOKABLE void setMuted(bool muted);
    Q_INVOKABLE void setCameraOn(bool on);
    Q_INVOKABLE void setSharing(bool on);
    Q_INVOKABLE void setHeld(bool held);
    // kind: "audioinput", "videoinput", "audiooutput"; id from `devices`.
    Q_INVOKABLE void chooseDevice(const QString &kind, const QString &deviceId);
    // Back to idle after the "ended" moment (the window closes).
    Q_INVOKABLE void dismiss();

signals:
    void stateChanged();
    void participantsChanged();
    void elapsedChanged();
    void mediaChanged();
    void devicesChanged();
    void relayOnlyChanged();
    void pageWantedChanged();
    // A new invitation rang here (the shell shows a tray notification when the window is not in front).
    void incomingCall(const QString &callerName, bool video);

private:
    struct Peer {
        QString localFingerprint, remoteFingerprint;
        calls::VerificationCode code; // from the two fingerprints, once both are known
        void setFingerprints(const QString &local, const QString &remote)
        {
            localFingerprint = local;
            remoteFingerprint = remote;
            code = calls::verificationCode(local, remote);
        }
        calls::PeerStats stats;
        calls::Quality quality = calls::Quality::Unknown;
        QJsonObject detail;
        QString connection;
    };

    static QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
    QString myId() const;
    QJsonObject myParticipant(const QJsonObject &call) const;
    QSet<QString> otherParticipants(const QJsonObject &call, bool joinedOnly) const;
    void call(const QString &method, const QJsonObject &params, std::function<void(const QJsonObject &)> onSuccess,
              std::function<void(const RpcReply &)> onFailure = {});

    // Protocol (call_manager.cpp).
    void onCallUpdated(const QJsonObject &call);
    void onSignal(const QJsonObject &params);
    void onResumed();
    void catchUp(const QJsonArray &calls);
    void adopt(const QJsonObject &call, const QString &state); // a new current call
    void update(const QJsonObject &call);                      // the current call changed
    void finish(const QJsonObject &call);                      // it ended
    void setState(const QString &state);
    void reset();

    // The page (call_manager_media.cpp).
    void openPage(const QJsonArray &iceServers, bool sendVideo);
    void sendMedia();
    void pageReady() override;
    void pageFailed(const QString &what) override;
    void pageSignal(const QString &peerId, const QString &type, const QString &sdp, const QJsonObject &candidate) override;
    void pageStats(const QString &peerId, const calls::PeerStats &stats, const QJsonObject &detail) override;
    void pageDevices(const QJsonObject &devices) override;
    void pageMedia(bool audio, bool video, bool screen) override;
    void pageConnection(const QString &peerId, const QString &state) override;
    void syncPeers(const QJsonObject &previous);

    AppContext *m_context;
    QString m_state = QStringLiteral("idle");
    QJsonObject m_call;
    bool m_joinedHere = false;
    bool m_starting = false;  // calls.start on its way
    bool m_accepting = false; // calls.accept on its way
    bool m_answeredElsewhere = false;
    QHash<QString, Peer> m_peers;
    CallBridge *m_bridge; // one for the app's life: the call page is loaded once and kept warm
    bool m_pageWanted = false;
    QElapsedTimer m_since;     // since answeredAt, as the server said it
    qint64 m_answeredOffset = 0;
    QTimer m_tick;
    QTimer m_endedLinger;
    bool m_muted = false, m_cameraOn = false, m_sharing = false, m_held = false, m_relayOnly = false;
    QString m_mediaError;
    QJsonObject m_devices, m_selected;
    quint64 m_generation = 0; // which call an answer belongs to
};

} // namespace azc
