#pragma once
// The one object the call page (page/call.html) reaches over QWebChannel, as
// `call`. The page owns the media (RTCPeerConnections, getUserMedia, the
// tiles); C++ owns the protocol. Commands go to the page as JSON on
// command(); what the page reports comes back through a handful of
// invokables, each checked here before the delegate sees it: only peers of
// this call, only the three signal types, sizes within what calls.signal
// accepts. It is our own page, but it runs remote peers' SDP and media, so
// the surface stays narrow. Commands sent before the page is ready (its
// QWebChannel connected) are kept and sent in order once it is.

#include "calls/call_rules.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace azc {

class CallPageDelegate
{
public:
    virtual ~CallPageDelegate() = default;
    virtual void pageReady() = 0;
    virtual void pageFailed(const QString &what) = 0; // "insecure", "media", …
    // An offer, answer or candidate for `peerId` (a candidate: {candidate, sdpMid, sdpMLineIndex}).
    virtual void pageSignal(const QString &peerId, const QString &type, const QString &sdp,
                            const QJsonObject &candidate) = 0;
    virtual void pageStats(const QString &peerId, const calls::PeerStats &stats, const QJsonObject &detail) = 0;
    virtual void pageDevices(const QJsonObject &devices) = 0; // {audioinput, videoinput, audiooutput: [{id, label}]}
    virtual void pageMedia(bool audio, bool video, bool screen) = 0;
    virtual void pageConnection(const QString &peerId, const QString &state) = 0;
};

class CallBridge : public QObject
{
    Q_OBJECT
public:
    explicit CallBridge(CallPageDelegate *delegate, QObject *parent = nullptr);

    // Who the page may talk about (the call's other participants).
    void setPeers(const QSet<QString> &peerIds) { m_peers = peerIds; }
    void send(const QJsonObject &command);
    bool isReady() const { return m_ready; }

    // From the page.
    Q_INVOKABLE void ready(bool secureContext);
    Q_INVOKABLE void sendSignal(const QString &peerId, const QString &type, const QString &payloadJson);
    Q_INVOKABLE void stats(const QString &json);
    Q_INVOKABLE void devices(const QString &json);
    Q_INVOKABLE void media(bool audio, bool video, bool screen);
    Q_INVOKABLE void connection(const QString &peerId, const QString &state);
    Q_INVOKABLE void failed(const QString &what);

signals:
    void command(const QString &json);

private:
    bool knows(const QString &peerId) const { return m_peers.contains(peerId); }

    CallPageDelegate *m_delegate;
    QSet<QString> m_peers;
    QList<QString> m_queued;
    bool m_ready = false;
};

} // namespace azc
