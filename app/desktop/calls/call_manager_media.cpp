// CallManager's side facing the call page: what it tells the page to do and
// what it hears back (signals to relay, statistics, devices, what is sent).

#include "calls/call_manager.h"

#include "foundation/app_context.h"
#include "foundation/party_name.h"
#include "foundation/rpc_transport.h"
#include "foundation/session.h"

#include <QLoggingCategory>

namespace azc {

namespace {

Q_LOGGING_CATEGORY(lcCalls, "azc.calls")

QJsonObject op(const char *name)
{
    return {{QStringLiteral("op"), QLatin1String(name)}};
}

} // namespace

void CallManager::openPage(const QJsonArray &iceServers, bool sendVideo)
{
    m_cameraOn = sendVideo;
    m_muted = false;
    emit mediaChanged();
    QJsonObject configure = op("configure");
    configure.insert(QStringLiteral("iceServers"), iceServers);
    configure.insert(QStringLiteral("relayOnly"), m_relayOnly);
    configure.insert(QStringLiteral("video"), sendVideo);
    configure.insert(QStringLiteral("selfId"), myId());
    configure.insert(QStringLiteral("devices"), m_selected);
    configure.insert(QStringLiteral("selfLabel"), tr("You"));
    m_bridge->send(configure);
    syncPeers({});
}

void CallManager::syncPeers(const QJsonObject &previous)
{
    if (!m_bridge)
        return;
    m_bridge->setPeers(otherParticipants(m_call, false));
    const QSet<QString> joined = otherParticipants(m_call, true);
    for (const QString &gone : otherParticipants(previous, true) - joined) {
        m_peers.remove(gone);
        QJsonObject close = op("close");
        close.insert(QStringLiteral("peerId"), gone);
        m_bridge->send(close);
    }
    // Names and what each one sends, for the page's tiles.
    QJsonObject peers;
    for (const QJsonValue &v : m_call.value(QLatin1String("participants")).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonObject user = p.value(QLatin1String("user")).toObject();
        peers.insert(user.value(QLatin1String("userId")).toString(),
                     QJsonObject{{QStringLiteral("name"), partyName(user)},
                                 {QStringLiteral("audio"), p.value(QLatin1String("audio"))},
                                 {QStringLiteral("video"), p.value(QLatin1String("video"))},
                                 {QStringLiteral("held"), p.value(QLatin1String("held"))}});
    }
    QJsonObject names = op("peers");
    names.insert(QStringLiteral("peers"), peers);
    m_bridge->send(names);
}

QVariantList CallManager::participants() const
{
    QVariantList list;
    const QString me = myId();
    for (const QJsonValue &v : m_call.value(QLatin1String("participants")).toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonObject user = p.value(QLatin1String("user")).toObject();
        const QString id = user.value(QLatin1String("userId")).toString();
        if (id == me)
            continue;
        const Peer peer = m_peers.value(id);
        const calls::VerificationCode &code = peer.code;
        list.append(QVariantMap{{QStringLiteral("userId"), id},
                                {QStringLiteral("name"), partyName(user)},
                                {QStringLiteral("state"), p.value(QLatin1String("state")).toString()},
                                {QStringLiteral("audio"), p.value(QLatin1String("audio")).toBool()},
                                {QStringLiteral("video"), p.value(QLatin1String("video")).toBool()},
                                {QStringLiteral("screen"), p.value(QLatin1String("screen")).toBool()},
                                {QStringLiteral("held"), p.value(QLatin1String("held")).toBool()},
                                {QStringLiteral("quality"), calls::qualityName(peer.quality)},
                                {QStringLiteral("connection"), peer.connection},
                                {QStringLiteral("packetsReceived"), peer.stats.packetsReceived},
                                {QStringLiteral("emoji"), code.emoji.join(QLatin1Char(' '))},
                                {QStringLiteral("digits"), code.digits}});
    }
    return list;
}

bool CallManager::connected() const
{
    for (const Peer &p : m_peers)
        if (p.stats.packetsReceived > 0)
            return true;
    return false;
}

QString CallManager::verificationEmoji() const
{
    for (const Peer &p : m_peers)
        if (p.code.isValid())
            return p.code.emoji.join(QLatin1Char(' '));
    return {};
}

QString CallManager::verificationDigits() const
{
    for (const Peer &p : m_peers)
        if (p.code.isValid())
            return p.code.digits;
    return {};
}

QVariantMap CallManager::peerStats(const QString &userId) const
{
    const Peer peer = m_peers.value(userId);
    QVariantMap stats = peer.detail.toVariantMap();
    stats.insert(QStringLiteral("quality"), calls::qualityName(peer.quality));
    stats.insert(QStringLiteral("connection"), peer.connection);
    return stats;
}

void CallManager::setMuted(bool mute)
{
    if (!m_bridge || mute == m_muted)
        return;
    m_muted = mute;
    QJsonObject command = op("mute");
    command.insert(QStringLiteral("on"), mute);
    m_bridge->send(command);
    emit mediaChanged();
}

void CallManager::setCameraOn(bool on)
{
    if (!m_bridge || on == m_cameraOn)
        return;
    m_cameraOn = on;
    QJsonObject command = op("camera");
    command.insert(QStringLiteral("on"), on);
    m_bridge->send(command);
    emit mediaChanged();
}

void CallManager::setSharing(bool on)
{
    if (!m_bridge || on == m_sharing)
        return;
    QJsonObject command = op("screen");
    command.insert(QStringLiteral("on"), on);
    m_bridge->send(command); // the page reports whether sharing really started (the user may cancel)
}

void CallManager::chooseDevice(const QString &kind, const QString &deviceId)
{
    bool known = false;
    for (const QJsonValue &d : m_devices.value(kind).toArray())
        known = known || d[QLatin1String("id")].toString() == deviceId;
    if (!known)
        return;
    m_selected.insert(kind, deviceId);
    emit devicesChanged();
    if (!m_bridge)
        return;
    QJsonObject command = op("device");
    command.insert(QStringLiteral("kind"), kind);
    command.insert(QStringLiteral("id"), deviceId);
    m_bridge->send(command);
}

// --- what the page reports -------------------------------------------------

void CallManager::pageReady()
{
    qCDebug(lcCalls) << "call page ready for" << callId();
}

void CallManager::pageFailed(const QString &what)
{
    qCWarning(lcCalls) << "call page:" << what;
    m_mediaError = what;
    emit mediaChanged();
}

void CallManager::pageSignal(const QString &peerId, const QString &type, const QString &sdp, const QJsonObject &candidate)
{
    if (!m_joinedHere)
        return;
    QJsonObject params{{QStringLiteral("callId"), callId()},
                       {QStringLiteral("toUserId"), peerId},
                       {QStringLiteral("type"), type}};
    if (!sdp.isEmpty()) {
        params.insert(QStringLiteral("sdp"), sdp);
        Peer &peer = m_peers[peerId];
        peer.setFingerprints(calls::sdpFingerprint(sdp), peer.remoteFingerprint);
        emit participantsChanged();
    } else {
        params.insert(QStringLiteral("candidate"), candidate);
    }
    // A peer that has just left refuses (not_joined): nothing to show for that.
    call(QStringLiteral("calls.signal"), params, [](const QJsonObject &) {},
         [type](const RpcReply &r) { qCDebug(lcCalls) << "calls.signal" << type << "refused:" << r.reason; });
}

void CallManager::pageStats(const QString &peerId, const calls::PeerStats &stats, const QJsonObject &detail)
{
    Peer &peer = m_peers[peerId];
    const calls::Quality quality = calls::callQuality(peer.stats, stats);
    peer.stats = stats;
    peer.detail = detail;
    peer.quality = quality;
    if (m_bridge) {
        QJsonObject command = op("quality");
        command.insert(QStringLiteral("peerId"), peerId);
        command.insert(QStringLiteral("level"), calls::qualityName(quality));
        m_bridge->send(command);
    }
    emit participantsChanged();
}

void CallManager::pageDevices(const QJsonObject &devices)
{
    m_devices = devices;
    emit devicesChanged();
}

void CallManager::pageMedia(bool audio, bool sendsVideo, bool screen)
{
    m_muted = !audio;
    m_cameraOn = sendsVideo;
    m_sharing = screen;
    emit mediaChanged();
    if (!m_joinedHere)
        return;
    call(QStringLiteral("calls.media"),
         {{QStringLiteral("callId"), callId()}, {QStringLiteral("audio"), audio},
          {QStringLiteral("video"), sendsVideo}, {QStringLiteral("screen"), screen}},
         [](const QJsonObject &) {}, [](const RpcReply &) {});
}

void CallManager::pageConnection(const QString &peerId, const QString &state)
{
    m_peers[peerId].connection = state;
    emit participantsChanged();
}

} // namespace azc
