#pragma once
// Where the AzCoiner QML module puts its files in the resources. Qt 6.4
// places a module under ":/AzCoiner/"; Qt 6.5+ (policy QTP0001) under
// ":/qt/qml/AzCoiner/". We look rather than assume, so both work.

#include <QFile>
#include <QString>
#include <QUrl>

namespace azc {

// ":/…/AzCoiner/<relativePath>", or empty when the module does not have it.
inline QString qmlModulePath(const QString &relativePath)
{
    for (const char *prefix : {":/qt/qml/AzCoiner/", ":/AzCoiner/"}) {
        const QString path = QLatin1String(prefix) + relativePath;
        if (QFile::exists(path))
            return path;
    }
    return {};
}

inline QUrl qmlModuleUrl(const QString &relativePath)
{
    const QString path = qmlModulePath(relativePath);
    return path.isEmpty() ? QUrl() : QUrl(QStringLiteral("qrc") + path);
}

} // namespace azc
