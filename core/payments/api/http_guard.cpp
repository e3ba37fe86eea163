#include "payments/api/http_guard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace azc::payments {

QByteArray httpStatusText(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return status >= 500 ? "Internal Server Error" : "Error";
    }
}

namespace {

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!(c >= 'A' && c <= 'Z'))
            return false;
    return true;
}

HeadVerdict refused(int status, const char *reason, const char *detail)
{
    return {status, reason, detail, 0};
}

} // namespace

QByteArray problemResponse(int status, const QByteArray &reason, const QByteArray &detail, bool close)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("type"), QString(QStringLiteral("/problems/") + QString::fromLatin1(reason))},
                                                      {QStringLiteral("title"), QString::fromLatin1(httpStatusText(status))},
                                                      {QStringLiteral("status"), status},
                                                      {QStringLiteral("detail"), QString::fromUtf8(detail)},
                                                      {QStringLiteral("code"), QString::fromLatin1(reason)}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpStatusText(status) + "\r\nContent-Type: application/problem+json\r\n"
           + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n" + body;
}

HeadVerdict checkHead(const QByteArray &head, const HttpLimits &limits)
{
    const QList<QByteArray> lines = head.left(head.size() - 4).split('\n');
    const QByteArray requestLine = lines.value(0).endsWith('\r') ? lines.value(0).chopped(1) : lines.value(0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0"))
        return refused(400, "malformed_request", "not an HTTP/1.1 request line");
    const QByteArray &target = parts[1];
    if (target.size() > limits.maxTargetBytes)
        return refused(414, "uri_too_long", "the request target is too long");
    if (!target.startsWith('/'))
        return refused(400, "bad_path", "the request target is an absolute path");
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    const QByteArray lower = target.toLower();
    if (path.contains("//") || path.contains("/./") || path.contains("/../") || path.endsWith("/..") || path.endsWith("/.")
        || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || target.contains('\\')
        || lower.contains("%00"))
        return refused(400, "bad_path", "the path has dot segments, encoded separators or NUL");
    for (char c : target)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return refused(400, "bad_path", "the request target has bytes outside printable ASCII");
    if (lines.size() - 1 > limits.maxHeaders)
        return refused(431, "too_many_headers", "too many header fields");
    qint64 contentLength = -1;
    for (int i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const int colon = line.indexOf(':');
        if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t') // obsolete line folding is refused (RFC 9112)
            return refused(400, "malformed_header", "a header line is not name: value");
        for (char c : line)
            if (c == '\0' || (uchar(c) < 0x20 && c != '\t'))
                return refused(400, "malformed_header", "a header has control bytes");
        const QByteArray name = line.left(colon).toLower();
        if (name.contains(' '))
            return refused(400, "malformed_header", "a header name has a space");
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return refused(411, "length_required", "send the body with a Content-Length (chunked bodies are not accepted)");
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            for (char c : value)
                if (c < '0' || c > '9')
                    ok = false;
            if (!ok || n < 0 || (contentLength >= 0 && contentLength != n))
                return refused(400, "bad_content_length", "Content-Length is not one number");
            contentLength = n;
        }
    }
    if (contentLength > limits.maxBodyBytes)
        return refused(413, "body_too_large", "the body is larger than the API accepts");
    HeadVerdict ok;
    ok.bodyBytes = std::max<qint64>(contentLength, 0);
    return ok;
}

HttpGuard::HttpGuard(QTcpSocket *socket, HttpLimits limits) : QObject(socket), m_socket(socket), m_limits(limits)
{
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_head.isEmpty() && m_bodyLeft == 0) {
            m_socket->disconnectFromHost(); // an idle keep-alive connection
            return;
        }
        refuse(408, "timeout", "the request took too long to arrive");
    });
    m_idle->start(m_limits.idleTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, &HttpGuard::scan);
}

void HttpGuard::scan()
{
    if (m_refused) {
        m_socket->readAll();
        return;
    }
    m_idle->start(m_limits.idleTimeoutMs);
    // Peek only: the HTTP server's parser reads the same bytes right after.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype at = 0;
    while (at < fresh.size()) {
        if (m_bodyLeft > 0) {
            const qint64 take = std::min<qint64>(m_bodyLeft, fresh.size() - at);
            m_bodyLeft -= take;
            at += take;
            continue;
        }
        // Reading a head: up to the blank line.
        const qsizetype before = m_head.size();
        m_head += fresh.mid(at);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                return refuse(431, "header_too_large", "the request head is too large");
            return;
        }
        const QByteArray head = m_head.left(end + 4);
        at += end + 4 - before;
        m_head.clear();
        if (head.size() > m_limits.maxHeaderBytes)
            return refuse(431, "header_too_large", "the request head is too large");
        const HeadVerdict v = checkHead(head, m_limits);
        if (v.status)
            return refuse(v.status, v.reason, v.detail);
        m_bodyLeft = v.bodyBytes;
    }
}

void HttpGuard::refuse(int status, const QByteArray &reason, const QByteArray &detail)
{
    m_refused = true;
    m_idle->stop();
    m_socket->readAll(); // the parser never sees it
    m_socket->write(problemResponse(status, reason, detail, true));
    m_socket->disconnectFromHost();
}

} // namespace azc::payments
