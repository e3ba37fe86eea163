#include "command_line.h"

#include <QCommandLineParser>
#include <cstdio>

namespace azc {

namespace {

CommandLine fail(const QString &message)
{
    std::fprintf(stderr, "azcoiner: %s\nTry 'azcoiner --help'.\n", qPrintable(message));
    return {true, 2, {}};
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "AZCoiner desktop client. Without --server it starts its own backend on 127.0.0.1."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Connect to a remote azcoinerd (ws:// or wss:// URL)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Data folder of the built-in backend."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: en, fa, vi or ko."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light or dark."),
                                   QStringLiteral("THEME"));
    parser.addOptions({help, version, server, dataDir, lang, theme});

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(version)) {
        std::printf("azcoiner %s\n", AZC_VERSION);
        return {true, 0, {}};
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("azcoiner"))));
        return {true, 0, {}};
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    CommandLine result;
    if (parser.isSet(server)) {
        const QUrl url(parser.value(server));
        if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
            || url.host().isEmpty())
            return fail(QStringLiteral("--server needs a ws:// or wss:// URL"));
        result.options.serverUrl = url;
    }
    result.options.dataDir = parser.value(dataDir);
    if (parser.isSet(lang)) {
        const QString code = parser.value(lang);
        if (!QStringList{QStringLiteral("en"), QStringLiteral("fa"), QStringLiteral("vi"), QStringLiteral("ko")}.contains(code))
            return fail(QStringLiteral("--lang must be one of en, fa, vi, ko"));
        result.options.language = code;
    }
    if (parser.isSet(theme)) {
        const QString value = parser.value(theme);
        if (value != QLatin1String("light") && value != QLatin1String("dark"))
            return fail(QStringLiteral("--theme must be light or dark"));
        result.options.theme = value;
    }
    return result;
}

} // namespace azc
