// azcoinerd: the headless backend. The same object graph the desktop app
// embeds, run from the command line with a config file and flags, plus
// operator subcommands (admin create, migrate, audit verify).

#include "backend/backend.h"
#include "server_options.h"

#include <QCoreApplication>
#include <QTextStream>

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
    // Harnesses and deployments read this one line to learn the port.
    out << "listening " << backend.url().toString() << Qt::endl;
    return app.exec();
}
