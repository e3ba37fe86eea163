#pragma once
// A real azcoinerd in a child process, for tests that crash or restart the
// server: start() waits for its "listening <url>" line; kill() is SIGKILL.

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace azc::test {

class AzcoinerdProcess
{
public:
    explicit AzcoinerdProcess(QString program) : m_program(std::move(program)) {}
    ~AzcoinerdProcess(); // a test that fails midway leaves no server behind
    QStringList args;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QProcess process;
    QUrl url;
    QUrl paymentsUrl; // with --payments-listen

    bool start();
    void kill();
    void stop();
    // Waits for the process to end by itself; its exit code, or -1 on timeout.
    int waitForExit(int timeoutMs);

private:
    QString m_program;
};

int freeTcpPort();

// `azcoinerd ledger verify` on a stopped server's data: "" when the ledger's
// invariants hold, otherwise what it printed.
QString ledgerVerifyProblems(const QString &program, const QString &dataDir, const QString &databaseUrl = {});

} // namespace azc::test
