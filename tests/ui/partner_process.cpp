#include "partner_process.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

namespace azc::uitest {

PartnerProcess::~PartnerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool PartnerProcess::start(const QUrl &api, const QString &keyId, const QString &secretFile)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return false;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(node, {QStringLiteral(AZC_SOURCE_DIR "/examples/partner-node/partner.mjs"), QStringLiteral("--api"), api.toString(),
                           QStringLiteral("--key"), keyId, QStringLiteral("--secret-file"), secretFile});
    return m_process.waitForStarted(10000);
}

void PartnerProcess::send(const QString &line) { m_process.write(line.toUtf8() + '\n'); }

QJsonObject PartnerProcess::await(const QString &event, int timeoutMs)
{
    QJsonObject found;
    (void)QTest::qWaitFor([&] {
        while (m_process.canReadLine())
            m_lines.append(QJsonDocument::fromJson(m_process.readLine()).object());
        for (int i = 0; i < m_lines.size(); ++i)
            if (m_lines[i].value(QStringLiteral("event")).toString() == event) {
                found = m_lines.takeAt(i);
                return true;
            }
        return false;
    }, timeoutMs);
    return found;
}

} // namespace azc::uitest
