#pragma once
// The azcoiner command line. Parsed before any QGuiApplication exists, so
// --version and --help work without a display.

#include <QString>
#include <QStringList>
#include <QUrl>

namespace azc {

struct DesktopOptions {
    QUrl serverUrl;    // empty: start the embedded backend
    QString dataDir;   // empty: the user's application data folder
    QString language;  // empty: saved choice or the system's
    QString theme;     // empty: saved choice
};

struct CommandLine {
    bool exitNow = false; // --version, --help or a usage error already printed
    int exitCode = 0;
    DesktopOptions options;
};

CommandLine parseCommandLine(const QStringList &arguments);

} // namespace azc
