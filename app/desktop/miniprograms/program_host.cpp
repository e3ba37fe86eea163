#include "miniprograms/program_host.h"

#include <QFile>

namespace azc {

QString ProgramHost::sdkScript()
{
    static const QString script = [] {
        QString s;
        for (const char *path : {":/qtwebchannel/qwebchannel.js", ":/miniprograms/azc-sdk.js"}) {
            QFile f(QString::fromLatin1(path));
            if (f.open(QIODevice::ReadOnly))
                s += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
            else
                qWarning("mini programs: %s is missing from the resources", path);
        }
        return s;
    }();
    return script;
}

} // namespace azc
