#include "azcoinerd_process.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QTcpServer>

namespace azc::test {

AzcoinerdProcess::~AzcoinerdProcess()
{
    if (process.state() != QProcess::NotRunning)
        kill();
}

bool AzcoinerdProcess::start()
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setProcessEnvironment(environment);
    process.start(m_program, args);
    if (!process.waitForStarted(10000))
        return false;
    // "payments api URL" (when on) comes before "listening URL", the last line.
    QString out;
    QDeadlineTimer deadline(60000);
    const auto listening = [&out] {
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("listening ")) && out.contains(line + QLatin1Char('\n')))
                return true;
        return false;
    };
    while (!listening() && !deadline.hasExpired()) {
        process.waitForReadyRead(200);
        out += QString::fromUtf8(process.readAllStandardOutput());
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (!listening()) {
        qWarning() << "azcoinerd did not start:" << out << process.readAllStandardError();
        return false;
    }
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("listening ")))
            url = QUrl(line.mid(10).trimmed());
        else if (line.startsWith(QLatin1String("payments api ")))
            paymentsUrl = QUrl(line.mid(13).trimmed());
    }
    return true;
}

void AzcoinerdProcess::kill()
{
    process.kill(); // SIGKILL: no clean-up of any kind
    process.waitForFinished(10000);
}

void AzcoinerdProcess::stop()
{
    process.terminate();
    if (!process.waitForFinished(15000))
        kill();
}

int AzcoinerdProcess::waitForExit(int timeoutMs)
{
    if (!process.waitForFinished(timeoutMs))
        return -1;
    return process.exitCode();
}

int freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString ledgerVerifyProblems(const QString &program, const QString &dataDir, const QString &databaseUrl)
{
    QStringList args{QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--data-dir"), dataDir};
    if (!databaseUrl.isEmpty())
        args << QStringLiteral("--database") << databaseUrl;
    QProcess verify;
    verify.start(program, args);
    if (!verify.waitForFinished(120000))
        return QStringLiteral("ledger verify did not finish");
    const QString out = QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    return verify.exitCode() == 0 ? QString() : out;
}

} // namespace azc::test
