#include "calls/call_bridge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace azc {

namespace {

// calls.signal's own limits (docs/protocol.md), so nothing the server would refuse leaves here.
constexpr int kMaxSdp = 32768;
constexpr int kMaxCandidate = 1024;
constexpr int kMaxReport = 16 * 1024;
constexpr int kMaxDevices = 32;

QJsonObject parseObject(const QString &json, int limit)
{
    if (json.size() > limit)
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// [{id, label}] with sane sizes, the rest dropped.
QJsonArray cleanDevices(const QJsonValue &value)
{
    QJsonArray out;
    for (const QJsonValue &d : value.toArray()) {
        const QString id = d[QLatin1String("id")].toString();
        if (id.size() > 256 || out.size() >= kMaxDevices)
            continue;
        out.append(QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("label"), d[QLatin1String("label")].toString().left(128)}});
    }
    return out;
}

} // namespace

CallBridge::CallBridge(CallPageDelegate *delegate, QObject *parent) : QObject(parent), m_delegate(delegate) {}

void CallBridge::send(const QJsonObject &command)
{
    const QString json = QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact));
    if (m_ready)
        emit this->command(json);
    else
        m_queued.append(json);
}

void CallBridge::ready(bool secureContext)
{
    if (!secureContext) {
        // getUserMedia and RTCPeerConnection's certificates need a secure context.
        m_delegate->pageFailed(QStringLiteral("insecure"));
        return;
    }
    if (m_ready)
        return;
    m_ready = true;
    const QList<QString> queued = std::exchange(m_queued, {});
    for (const QString &json : queued)
        emit command(json);
    m_delegate->pageReady();
}

void CallBridge::sendSignal(const QString &peerId, const QString &type, const QString &payloadJson)
{
    if (!knows(peerId))
        return;
    const QJsonObject payload = parseObject(payloadJson, kMaxSdp + 1024);
    if (type == QLatin1String("offer") || type == QLatin1String("answer")) {
        const QString sdp = payload[QLatin1String("sdp")].toString();
        if (!sdp.isEmpty() && sdp.size() <= kMaxSdp)
            m_delegate->pageSignal(peerId, type, sdp, {});
    } else if (type == QLatin1String("candidate")) {
        const QString candidate = payload[QLatin1String("candidate")].toString();
        const QString mid = payload[QLatin1String("sdpMid")].toString();
        const int line = payload[QLatin1String("sdpMLineIndex")].toInt(-1);
        if (candidate.size() <= kMaxCandidate && mid.size() <= 64 && line >= 0 && line <= 64)
            m_delegate->pageSignal(peerId, type, {},
                                   {{QStringLiteral("candidate"), candidate},
                                    {QStringLiteral("sdpMid"), mid},
                                    {QStringLiteral("sdpMLineIndex"), line}});
    }
}

void CallBridge::stats(const QString &json)
{
    const QJsonObject peers = parseObject(json, kMaxReport);
    for (auto it = peers.begin(); it != peers.end(); ++it) {
        if (!knows(it.key()))
            continue;
        const QJsonObject s = it.value().toObject();
        calls::PeerStats stats;
        stats.packetsReceived = qint64(s[QLatin1String("packetsReceived")].toDouble());
        stats.packetsLost = qint64(s[QLatin1String("packetsLost")].toDouble());
        stats.rttMs = s[QLatin1String("rttMs")].toDouble(-1);
        stats.jitterMs = s[QLatin1String("jitterMs")].toDouble(-1);
        // Only numbers and two short words reach the view models.
        QJsonObject detail;
        for (const char *key : {"packetsReceived", "bytesReceived", "packetsSent", "bytesSent", "packetsLost",
                                "rttMs", "jitterMs", "framesDecoded"})
            detail.insert(QLatin1String(key), s[QLatin1String(key)].toDouble(-1));
        for (const char *key : {"localCandidate", "remoteCandidate"})
            detail.insert(QLatin1String(key), s[QLatin1String(key)].toString().left(16));
        m_delegate->pageStats(it.key(), stats, detail);
    }
}

void CallBridge::devices(const QString &json)
{
    const QJsonObject all = parseObject(json, kMaxReport);
    QJsonObject clean;
    for (const char *kind : {"audioinput", "videoinput", "audiooutput"})
        clean.insert(QLatin1String(kind), cleanDevices(all[QLatin1String(kind)]));
    m_delegate->pageDevices(clean);
}

void CallBridge::media(bool audio, bool video, bool screen)
{
    m_delegate->pageMedia(audio, video, screen);
}

void CallBridge::connection(const QString &peerId, const QString &state)
{
    static const QStringList states = {QStringLiteral("new"), QStringLiteral("connecting"),
                                       QStringLiteral("connected"), QStringLiteral("disconnected"),
                                       QStringLiteral("failed"), QStringLiteral("closed")};
    if (knows(peerId) && states.contains(state))
        m_delegate->pageConnection(peerId, state);
}

void CallBridge::failed(const QString &what)
{
    static const QStringList reasons = {QStringLiteral("media"), QStringLiteral("camera"),
                                        QStringLiteral("screen"), QStringLiteral("speaker")};
    if (reasons.contains(what))
        m_delegate->pageFailed(what);
}

} // namespace azc
