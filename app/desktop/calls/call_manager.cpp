#include "calls/call_manager.h"

#include "foundation/app_context.h"
#include "foundation/error_sink.h"
#include "foundation/event_hub.h"
#include "foundation/party_name.h"
#include "foundation/rpc_transport.h"
#include "foundation/session.h"

#include <QLoggingCategory>
#include <QUuid>

namespace azc {

namespace {

Q_LOGGING_CATEGORY(lcCallManager, "azc.calls.manager")

QJsonObject party(const QJsonObject &participant)
{
    return participant.value(QLatin1String("user")).toObject();
}

QString userIdOf(const QJsonObject &participant)
{
    return party(participant).value(QLatin1String("userId")).toString();
}

bool ringingOrActive(const QString &state)
{
    return state == QLatin1String("incoming") || state == QLatin1String("outgoing") || state == QLatin1String("active");
}

} // namespace

CallManager::CallManager(AppContext *context, QObject *parent)
    : QObject(parent), m_context(context), m_bridge(new CallBridge(this, this))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CallManager::elapsedChanged);
    // The ended call stays on screen a moment (its outcome, its length), then the window goes.
    m_endedLinger.setSingleShot(true);
    m_endedLinger.setInterval(3000);
    connect(&m_endedLinger, &QTimer::timeout, this, &CallManager::dismiss);
    if (!m_context)
        return;
    m_context->events()->on(Topic::CallUpdated | Topic::CallSignal, this, [this](const ServerEvent &e) {
        if (e.topic == Topic::CallUpdated)
            onCallUpdated(e.object("call"));
        else
            onSignal(e.params);
    });
    m_context->events()->onResync(this, [this] { onResumed(); });
    // Calls already ringing (or mine, after a restart) when the user signs in: ring or rejoin.
    auto *session = m_context->session();
    connect(session, &Session::statusChanged, this, [this, session] {
        if (session->status() == Session::SignedIn)
            onResumed();
        else
            reset();
    });
    if (session->status() == Session::SignedIn)
        QTimer::singleShot(0, this, &CallManager::onResumed);
}

CallManager::~CallManager() = default;

CallManager *CallManager::create(QQmlEngine *qml, QJSEngine *)
{
    return new CallManager(AppContext::of(qml), qml);
}

CallManager *CallManager::of(QQmlEngine *engine)
{
    const int type = qmlTypeId("AzCoiner", 1, 0, "CallManager");
    return type < 0 ? nullptr : engine->singletonInstance<CallManager *>(type);
}

QString CallManager::myId() const
{
    return m_context ? m_context->session()->userId() : QString();
}

QJsonObject CallManager::myParticipant(const QJsonObject &call) const
{
    const QString me = myId();
    for (const QJsonValue &p : call.value(QLatin1String("participants")).toArray())
        if (userIdOf(p.toObject()) == me)
            return p.toObject();
    return {};
}

QSet<QString> CallManager::otherParticipants(const QJsonObject &call, bool joinedOnly) const
{
    QSet<QString> ids;
    const QString me = myId();
    for (const QJsonValue &v : call.value(QLatin1String("participants")).toArray()) {
        const QJsonObject p = v.toObject();
        if (userIdOf(p) != me && (!joinedOnly || str(p, "state") == QLatin1String("joined")))
            ids.insert(userIdOf(p));
    }
    return ids;
}

void CallManager::call(const QString &method, const QJsonObject &params,
                       std::function<void(const QJsonObject &)> onSuccess, std::function<void(const RpcReply &)> onFailure)
{
    if (!m_context)
        return;
    // An answer about a call the user has already left behind is dropped.
    const quint64 generation = m_generation;
    m_context->transport()->call(method, params, this,
                                 [this, method, generation, onSuccess = std::move(onSuccess), onFailure = std::move(onFailure)](const RpcReply &r) {
                                     if (!r.ok)
                                         qCInfo(lcCallManager) << method << "refused:" << r.reason << r.message;
                                     if (generation != m_generation)
                                         return;
                                     if (r.ok)
                                         onSuccess(r.object());
                                     else if (onFailure)
                                         onFailure(r);
                                     else
                                         m_context->errors()->report(r);
                                 });
}

QString CallManager::callerName() const
{
    return partyName(m_call.value(QLatin1String("initiator")).toObject());
}

// The others in the call or still being rung (not those who declined, missed or left).
QString CallManager::title() const
{
    QStringList names;
    const QString me = myId();
    for (const QJsonValue &v : m_call.value(QLatin1String("participants")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString state = str(p, "state");
        if (userIdOf(p) != me && (state == QLatin1String("joined") || state == QLatin1String("invited")))
            names.append(partyName(party(p)));
    }
    // An ended call still says who it was with.
    if (names.isEmpty())
        for (const QJsonValue &v : m_call.value(QLatin1String("participants")).toArray())
            if (userIdOf(v.toObject()) != me)
                names.append(partyName(party(v.toObject())));
    return names.join(QStringLiteral(", "));
}

qint64 CallManager::elapsedMs() const
{
    return m_since.isValid() ? m_since.elapsed() : 0;
}

void CallManager::setRelayOnly(bool relayOnly)
{
    if (m_relayOnly == relayOnly)
        return;
    m_relayOnly = relayOnly;
    emit relayOnlyChanged();
}

// --- the user's actions ---------------------------------------------------

void CallManager::startCall(const QString &conversationId, bool withVideo)
{
    qCInfo(lcCallManager) << "start" << conversationId << withVideo << "in state" << m_state;
    // One start at a time: a second click while the first is on its way would otherwise start a
    // second call and drop the answer of the first, which would ring the other side unseen.
    if (ringingOrActive(m_state) || m_starting || conversationId.isEmpty())
        return;
    reset();
    m_starting = true;
    QJsonObject params{{QStringLiteral("conversationId"), conversationId},
                       {QStringLiteral("video"), withVideo},
                       {QStringLiteral("clientKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    call(QStringLiteral("calls.start"), params, [this, withVideo](const QJsonObject &r) {
        m_starting = false;
        const QJsonObject c = r.value(QLatin1String("call")).toObject();
        adopt(c, QStringLiteral("outgoing"));
        m_joinedHere = true;
        openPage(r.value(QLatin1String("iceServers")).toArray(), withVideo);
        m_bridge->send({{QStringLiteral("op"), QStringLiteral("ring")}, {QStringLiteral("tone"), QStringLiteral("outgoing")}});
        update(c);
    }, [this](const RpcReply &r) {
        m_starting = false;
        m_context->errors()->report(r);
    });
}

void CallManager::callUser(const QString &username, bool withVideo)
{
    if (ringingOrActive(m_state) || m_starting || username.isEmpty())
        return;
    call(QStringLiteral("chats.openDirect"), {{QStringLiteral("username"), username}}, [this, withVideo](const QJsonObject &r) {
        startCall(r.value(QLatin1String("conversation")).toObject().value(QLatin1String("id")).toString(), withVideo);
    });
}

void CallManager::accept(bool withVideo)
{
    if (m_state != QLatin1String("incoming"))
        return;
    // The server pushes "you joined" before it answers: this app must not take its own answer
    // for one from another device.
    m_accepting = true;
    call(QStringLiteral("calls.accept"), {{QStringLiteral("callId"), callId()}},
         [this, withVideo](const QJsonObject &r) {
             m_accepting = false;
             m_joinedHere = true;
             m_bridge->send({{QStringLiteral("op"), QStringLiteral("ring")}, {QStringLiteral("tone"), QString()}});
             openPage(r.value(QLatin1String("iceServers")).toArray(), withVideo);
             setState(QStringLiteral("active"));
             update(r.value(QLatin1String("call")).toObject());
             // docs: the one who accepts offers to everyone already joined.
             for (const QJsonValue &peer : r.value(QLatin1String("peers")).toArray())
                 m_bridge->send({{QStringLiteral("op"), QStringLiteral("offer")}, {QStringLiteral("peerId"), peer.toString()}});
         },
         [this](const RpcReply &r) {
             m_accepting = false;
             m_context->errors()->report(r);
             call(QStringLiteral("calls.get"), {{QStringLiteral("callId"), callId()}},
                  [this](const QJsonObject &g) { update(g.value(QLatin1String("call")).toObject()); },
                  [this](const RpcReply &) { dismiss(); });
         });
}

void CallManager::decline()
{
    if (m_state != QLatin1String("incoming"))
        return;
    call(QStringLiteral("calls.decline"), {{QStringLiteral("callId"), callId()}},
         [this](const QJsonObject &r) { finish(r.value(QLatin1String("call")).toObject()); },
         [this](const RpcReply &) { dismiss(); }); // ended or answered meanwhile: nothing left to decline
}

void CallManager::hangUp()
{
    if (m_state == QLatin1String("incoming"))
        return decline();
    if (!ringingOrActive(m_state))
        return;
    call(QStringLiteral("calls.hangup"), {{QStringLiteral("callId"), callId()}},
         [this](const QJsonObject &r) { finish(r.value(QLatin1String("call")).toObject()); },
         [this](const RpcReply &) { finish(m_call); }); // gone already: end here all the same
}

void CallManager::setHeld(bool hold)
{
    if (!m_joinedHere || hold == m_held)
        return;
    call(QStringLiteral("calls.hold"), {{QStringLiteral("callId"), callId()}, {QStringLiteral("held"), hold}},
         [this, hold](const QJsonObject &r) {
             m_held = hold;
             if (m_bridge)
                 m_bridge->send({{QStringLiteral("op"), QStringLiteral("hold")}, {QStringLiteral("on"), hold}});
             emit mediaChanged();
             update(r.value(QLatin1String("call")).toObject());
         });
}

void CallManager::dismiss()
{
    if (ringingOrActive(m_state))
        return; // only an ended call goes away by itself
    reset();
}

// --- the server's side ----------------------------------------------------

void CallManager::onCallUpdated(const QJsonObject &c)
{
    const QString id = str(c, "id");
    if (id.isEmpty())
        return;
    if (id == callId() && m_state != QLatin1String("idle")) {
        if (m_state != QLatin1String("ended"))
            update(c);
        return;
    }
    // A new invitation rings only when nothing else is going on here (nor a call being placed).
    const bool invited = str(myParticipant(c), "state") == QLatin1String("invited");
    if (invited && str(c, "state") != QLatin1String("ended") && !ringingOrActive(m_state) && !m_starting) {
        reset();
        adopt(c, QStringLiteral("incoming"));
        // The page comes up at once: it plays the ringtone (and is warm by the time the user answers).
        m_bridge->send({{QStringLiteral("op"), QStringLiteral("ring")}, {QStringLiteral("tone"), QStringLiteral("incoming")}});
        emit incomingCall(callerName(), video());
    }
}

void CallManager::adopt(const QJsonObject &c, const QString &state)
{
    ++m_generation;
    m_call = c;
    m_peers.clear();
    if (!std::exchange(m_pageWanted, true))
        emit pageWantedChanged();
    setState(state);
    emit participantsChanged();
}

void CallManager::update(const QJsonObject &c)
{
    if (c.isEmpty() || str(c, "id") != callId())
        return;
    const QJsonObject previous = m_call;
    m_call = c;
    const QString mine = str(myParticipant(c), "state");
    if (str(c, "state") == QLatin1String("ended")) {
        finish(c);
        return;
    }
    if (m_state == QLatin1String("incoming") && mine != QLatin1String("invited")
        && !(m_accepting && mine == QLatin1String("joined"))) {
        // Joined from another session of mine ("answered on another device"), declined or missed.
        m_answeredElsewhere = mine == QLatin1String("joined");
        finish(c);
        return;
    }
    if (m_joinedHere && mine != QLatin1String("joined")) {
        finish(c); // left (the 15 s without a socket ran out)
        return;
    }
    if (m_state == QLatin1String("outgoing") && str(c, "state") == QLatin1String("active")) {
        m_bridge->send({{QStringLiteral("op"), QStringLiteral("ring")}, {QStringLiteral("tone"), QString()}}); // the ringback stops
        setState(QStringLiteral("active"));
    }
    if (m_state == QLatin1String("active") && !m_since.isValid()) {
        m_since.start();
        m_tick.start();
    }
    syncPeers(previous);
    emit participantsChanged();
}

void CallManager::finish(const QJsonObject &c)
{
    if (!c.isEmpty() && str(c, "id") == callId())
        m_call = c;
    m_tick.stop();
    if (m_bridge)
        m_bridge->send({{QStringLiteral("op"), QStringLiteral("end")}});
    m_joinedHere = false;
    setState(QStringLiteral("ended"));
    emit participantsChanged();
    m_endedLinger.start();
}

void CallManager::onSignal(const QJsonObject &params)
{
    if (str(params, "callId") != callId() || !m_joinedHere || !m_bridge)
        return;
    const QString from = str(params, "from");
    if (!otherParticipants(m_call, false).contains(from))
        return;
    const QString type = str(params, "type");
    const QString sdp = str(params, "sdp");
    if (!sdp.isEmpty()) {
        Peer &peer = m_peers[from];
        peer.setFingerprints(peer.localFingerprint, calls::sdpFingerprint(sdp));
    }
    QJsonObject command{{QStringLiteral("op"), QStringLiteral("remote")},
                        {QStringLiteral("peerId"), from},
                        {QStringLiteral("type"), type}};
    if (!sdp.isEmpty())
        command.insert(QStringLiteral("sdp"), sdp);
    if (params.contains(QLatin1String("candidate")))
        command.insert(QStringLiteral("candidate"), params.value(QLatin1String("candidate")));
    m_bridge->send(command);
    emit participantsChanged();
}

void CallManager::onResumed()
{
    if (!m_context || m_context->session()->status() != Session::SignedIn)
        return;
    m_context->transport()->call(QStringLiteral("calls.active"), {}, this, [this](const RpcReply &r) {
        if (r.ok)
            catchUp(r.object().value(QLatin1String("calls")).toArray());
    });
}

void CallManager::catchUp(const QJsonArray &active)
{
    QJsonObject mine;
    for (const QJsonValue &v : active)
        if (str(v.toObject(), "id") == callId())
            mine = v.toObject();
    if (ringingOrActive(m_state)) {
        if (mine.isEmpty()) {
            // It ended while we were away: show how.
            call(QStringLiteral("calls.get"), {{QStringLiteral("callId"), callId()}},
                 [this](const QJsonObject &g) { finish(g.value(QLatin1String("call")).toObject()); },
                 [this](const RpcReply &) { finish({}); });
            return;
        }
        update(mine);
        if (!m_joinedHere || !ringingOrActive(m_state))
            return;
        // Still in it (back within 15 s): fresh TURN credentials, then new offers with an ICE restart.
        call(QStringLiteral("calls.iceServers"), {}, [this](const QJsonObject &r) {
            if (!m_bridge)
                return;
            m_bridge->send({{QStringLiteral("op"), QStringLiteral("iceServers")},
                            {QStringLiteral("iceServers"), r.value(QLatin1String("iceServers"))}});
            for (const QString &peer : otherParticipants(m_call, true))
                m_bridge->send({{QStringLiteral("op"), QStringLiteral("offer")},
                                {QStringLiteral("peerId"), peer},
                                {QStringLiteral("iceRestart"), true}});
        });
        return;
    }
    for (const QJsonValue &v : active) {
        const QJsonObject c = v.toObject();
        // A call this app was in before it restarted (same session, back within the 15 s): its
        // media is gone with the old page, so leave it rather than hold the others in a silent
        // call. Another device's call answers not_joined, which changes nothing.
        if (str(myParticipant(c), "state") == QLatin1String("joined"))
            m_context->transport()->call(QStringLiteral("calls.hangup"), {{QStringLiteral("callId"), str(c, "id")}}, this,
                                         [](const RpcReply &) {});
        else
            onCallUpdated(c); // rings for the first invitation, if any
    }
}

void CallManager::setState(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void CallManager::reset()
{
    ++m_generation;
    m_endedLinger.stop();
    m_tick.stop();
    m_since.invalidate();
    m_call = {};
    m_peers.clear();
    // The page stays loaded from one call to the next (loading Chromium's page and its
    // channel took seconds per call): it only forgets the call.
    m_bridge->setPeers({});
    m_bridge->send({{QStringLiteral("op"), QStringLiteral("end")}});
    m_joinedHere = m_answeredElsewhere = m_accepting = m_starting = false;
    m_muted = m_cameraOn = m_sharing = m_held = false;
    m_mediaError.clear();
    setState(QStringLiteral("idle"));
    emit stateChanged(); // the bridge changed even when the state did not
    emit participantsChanged();
    emit mediaChanged();
}

} // namespace azc
