#include "miniprograms/program_scheme.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace azc {

namespace {

QString originOf(const QUrl &url)
{
    QString o = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() != -1)
        o += QLatin1Char(':') + QString::number(url.port());
    return o;
}

QByteArray contentType(const QString &path)
{
    static const QHash<QString, QByteArray> known{
        {QStringLiteral("html"), "text/html;charset=utf-8"}, {QStringLiteral("js"), "text/javascript;charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript;charset=utf-8"}, {QStringLiteral("css"), "text/css;charset=utf-8"},
        {QStringLiteral("json"), "application/json"}, {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"}, {QStringLiteral("jpg"), "image/jpeg"}, {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("webp"), "image/webp"}, {QStringLiteral("woff2"), "font/woff2"}, {QStringLiteral("txt"), "text/plain;charset=utf-8"}};
    const QString ext = path.section(QLatin1Char('.'), -1).toLower();
    return known.value(ext, "application/octet-stream");
}

} // namespace

void registerProgramScheme()
{
    QWebEngineUrlScheme scheme(kProgramScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: programs get a secure context (crypto.subtle and the like), as https pages do.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QString programContentSecurityPolicy(const QStringList &approvedOrigins)
{
    const QString connect = approvedOrigins.isEmpty() ? QStringLiteral("'none'") : approvedOrigins.join(QLatin1Char(' '));
    return QStringLiteral("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
                          " font-src 'self'; media-src 'self' blob:; connect-src %1; frame-src 'none'; worker-src 'none';"
                          " object-src 'none'; base-uri 'none'; form-action 'none'; manifest-src 'none'")
        .arg(connect);
}

QByteArray withContentSecurityPolicy(const QByteArray &html, const QString &policy)
{
    const QByteArray meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy.toHtmlEscaped().toUtf8() + "\">";
    // After the doctype (before it, the page would fall into quirks mode), before anything of the page's.
    static const QRegularExpression doctype(QStringLiteral("^\\s*(\\x{FEFF})?\\s*<!doctype[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html);
    const auto m = doctype.match(text);
    if (!m.hasMatch())
        return meta + html;
    const QByteArray head = text.left(m.capturedEnd()).toUtf8();
    return head + meta + html.mid(head.size());
}

ProgramSchemeHandler::ProgramSchemeHandler(QString programId, QHash<QString, QByteArray> files, QStringList approvedOrigins,
                                           QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_programId(std::move(programId)), m_files(std::move(files)),
      m_policy(programContentSecurityPolicy(approvedOrigins))
{
}

void ProgramSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    // Only this program's files: another program's host name is simply not found here.
    if (url.host() != m_programId || job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    auto it = m_files.constFind(path);
    if (it == m_files.constEnd() || path == QLatin1String("manifest.json")) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QByteArray type = contentType(path);
    auto *body = new QBuffer(job);
    body->setData(type.startsWith("text/html") ? withContentSecurityPolicy(*it, m_policy) : *it);
    ++m_served;
    job->reply(type, body);
}

ProgramRequestGuard::ProgramRequestGuard(QString programId, QStringList approvedOrigins, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent), m_programId(std::move(programId))
{
    for (const QString &o : approvedOrigins)
        m_origins.append(originOf(QUrl(o)));
}

bool ProgramRequestGuard::allows(const QUrl &url) const
{
    if (url.scheme() == QLatin1String(kProgramScheme))
        return url.host() == m_programId;
    if (url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("blob"))
        return true; // made by the page itself, nothing leaves the machine
    return url.scheme() == QLatin1String("https") && m_origins.contains(originOf(url));
}

void ProgramRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (allows(info.requestUrl()))
        return;
    info.block(true);
    // Interceptors run on Chromium's IO thread in some versions: hand the news to ours.
    QMetaObject::invokeMethod(this, [this, url = info.requestUrl()] { emit blocked(url); }, Qt::QueuedConnection);
}

} // namespace azc
