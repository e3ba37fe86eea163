#pragma once
// The example partner server (examples/partner-node/partner.mjs, Node.js,
// written from docs/openapi.yaml) as a child process, spoken to in JSON lines.

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QUrl>

namespace azc::uitest {

class PartnerProcess
{
public:
    PartnerProcess() = default;
    ~PartnerProcess();
    PartnerProcess(const PartnerProcess &) = delete;
    PartnerProcess &operator=(const PartnerProcess &) = delete;

    // False when node is not installed or does not start.
    bool start(const QUrl &api, const QString &keyId, const QString &secretFile);
    void send(const QString &line);
    // The next line whose "event" is `event` (others are kept for later), or {} after the timeout.
    QJsonObject await(const QString &event, int timeoutMs = 20000);

private:
    QProcess m_process;
    QList<QJsonObject> m_lines;
};

} // namespace azc::uitest
