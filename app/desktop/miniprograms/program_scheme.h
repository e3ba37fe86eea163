#pragma once
// How a mini program's files reach its page, and nothing else does.
// - azmp://<program id>/<path> is served from the verified bundle in memory
//   (ProgramSchemeHandler): no file:, no qrc:, no other program's files.
//   HTML gets a Content-Security-Policy as its first element (Qt 6.4 cannot
//   set response headers on custom schemes): scripts, styles and images only
//   from the bundle; connections only to the origins an admin approved;
//   no frames, no forms, no plugins, no base-URL tricks.
// - ProgramRequestGuard, the profile's request interceptor, blocks every
//   request that is neither the program's own scheme nor an approved origin,
//   whatever the page's CSP says: the CSP is the second line, this the first.

#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

namespace azc {

// Registers the azmp scheme with Chromium; must run before the application
// object exists (main() and the tests' main()).
void registerProgramScheme();
inline constexpr char kProgramScheme[] = "azmp";

QString programContentSecurityPolicy(const QStringList &approvedOrigins);
// The page with the policy as its first element (after a doctype, if any).
QByteArray withContentSecurityPolicy(const QByteArray &html, const QString &policy);

class ProgramSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    ProgramSchemeHandler(QString programId, QHash<QString, QByteArray> files, QStringList approvedOrigins,
                         QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;
    int served() const { return m_served; }

private:
    QString m_programId;
    QHash<QString, QByteArray> m_files;
    QString m_policy;
    int m_served = 0;
};

class ProgramRequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    ProgramRequestGuard(QString programId, QStringList approvedOrigins, QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    bool allows(const QUrl &url) const;

signals:
    // A request the program made and the guard stopped (shown to the user, read by tests).
    void blocked(const QUrl &url);

private:
    QString m_programId;
    QStringList m_origins; // scheme://host[:port], normalised
};

} // namespace azc
