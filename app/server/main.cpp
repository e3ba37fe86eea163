// azcoinerd: the headless backend. The same object graph the desktop app
// embeds, run from the command line with a config file and flags, plus
// operator subcommands (admin create, migrate, audit verify).

#include "backend/backend.h"
#include "server_options.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1); // async-signal-safe
}

// SIGTERM (systemd stop) and SIGINT (Ctrl+C) end the event loop, so the
// backend closes its sockets with 1001 and its database cleanly.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("azcoinerd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AZC_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    azcd::ServerOptions options;
    QString problem;
    if (!azcd::parseOptions(app.arguments(), &options, &problem)) {
        err << problem << Qt::endl;
        return 2;
    }
    if (options.command == azcd::Command::Help) {
        out << azcd::usage();
        return 0;
    }
    if (options.command == azcd::Command::Version) {
        out << "azcoinerd " << AZC_VERSION << Qt::endl;
        return 0;
    }

    azc::Backend backend(options.config);
    QString error;
    if (options.command != azcd::Command::Serve) {
        if (!backend.open(&error)) {
            err << "azcoinerd: " << error << Qt::endl;
            return 1;
        }
        return azcd::runOperatorCommand(backend, options, out, err);
    }
    if (!backend.start(&error)) {
        err << "azcoinerd: " << error << Qt::endl;
        return 1;
    }
    quitOnTerminationSignals(app);
    // Harnesses and deployments read these lines to learn the ports.
    if (const QUrl api = backend.paymentApiUrl(); api.isValid())
        out << "payments api " << api.toString() << Qt::endl;
    out << "listening " << backend.url().toString() << Qt::endl;
    const int rc = app.exec();
    backend.stop();
    return rc;
}
