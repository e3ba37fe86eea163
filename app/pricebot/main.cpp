// azc-pricebot: the example bot as its own program.
//   azc-pricebot --url ws://127.0.0.1:8787 --token-file pricebot.token
// (or the token in AZC_BOT_TOKEN). Runs until stopped.

#include "client/api_client.h"
#include "price_bot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AZCoiner example price bot"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("url"), QStringLiteral("The backend's WebSocket URL."), QStringLiteral("url"),
                      QStringLiteral("ws://127.0.0.1:8787")});
    parser.addOption({QStringLiteral("token-file"), QStringLiteral("A file holding the bot token."), QStringLiteral("file")});
    parser.process(app);
    QString token = qEnvironmentVariable("AZC_BOT_TOKEN");
    if (parser.isSet(QStringLiteral("token-file"))) {
        QFile f(parser.value(QStringLiteral("token-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            qCritical("cannot read %s", qPrintable(f.fileName()));
            return 2;
        }
        token = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (token.isEmpty()) {
        qCritical("give the bot token with --token-file or AZC_BOT_TOKEN");
        return 2;
    }
    azc::ApiClient client;
    azc::PriceBot bot(client, token);
    QObject::connect(&bot, &azc::PriceBot::signedIn, [](const QString &id) { qInfo("price bot %s signed in", qPrintable(id)); });
    QObject::connect(&bot, &azc::PriceBot::failed, [](const QString &reason) {
        qCritical("sign-in refused: %s", qPrintable(reason));
        QCoreApplication::exit(1);
    });
    client.open(QUrl(parser.value(QStringLiteral("url"))));
    return app.exec();
}
