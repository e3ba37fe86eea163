#pragma once
// The partner API's first line: it reads each request's head off the socket
// before Qt HTTP Server's parser does (its slot is connected first, and it
// only peeks) and refuses what that parser would buffer without bound or
// misread: a head above the size or header-count limit (431), a body above
// the limit (413), bodies without a Content-Length (411: chunked uploads are
// not accepted), request targets that are not plain absolute paths (".."
// segments, encoded dots or slashes, control bytes, over-long: 400/414), and
// anything that is not HTTP/1.x (400). A refusal answers with problem
// details, closes the connection and swallows the rest, so the parser never
// sees it. Idle and slow connections are closed after a timeout.

#include <QByteArray>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace azc::payments {

struct HttpLimits {
    int maxHeaderBytes = 16 * 1024;
    int maxHeaders = 64;
    qint64 maxBodyBytes = 64 * 1024;
    int maxTargetBytes = 2048;
    int idleTimeoutMs = 30'000;
};

// Why a request head is refused, or an empty reason when it is fine.
struct HeadVerdict {
    int status = 0;            // 0: accepted
    QByteArray reason;         // "header_too_large", ...
    QByteArray detail;
    qint64 bodyBytes = 0;      // Content-Length of an accepted head
};
// The checks on one complete head ("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), a pure function for tests.
HeadVerdict checkHead(const QByteArray &head, const HttpLimits &limits);
// "Bad Request", "Too Many Requests", ...
QByteArray httpStatusText(int status);
// The problem-details response the guard (and the API) sends.
QByteArray problemResponse(int status, const QByteArray &reason, const QByteArray &detail, bool close);

class HttpGuard : public QObject
{
    Q_OBJECT
public:
    // Watches `socket` (becomes its child); connect it before anyone else reads.
    HttpGuard(QTcpSocket *socket, HttpLimits limits);

private:
    void scan();
    void refuse(int status, const QByteArray &reason, const QByteArray &detail);

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    QTimer *m_idle;
    QByteArray m_head;          // the head being read
    qint64 m_bodyLeft = 0;      // body bytes of the current request still to come
    bool m_refused = false;
};

} // namespace azc::payments
