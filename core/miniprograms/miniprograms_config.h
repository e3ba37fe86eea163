#pragma once

#include <QHash>
#include <QString>

namespace azc::miniprograms {

struct MiniProgramsConfig {
    // What a program may charge a user per day when the user has set no cap
    // of their own for it, in whole units of the asset (0: nothing until the
    // user sets one).
    QHash<QString, QString> defaultDailyCaps{{QStringLiteral("USDT"), QStringLiteral("100")},
                                             {QStringLiteral("AZC"), QStringLiteral("500")}};
    qint64 storageQuotaBytes = 64 * 1024;  // per user and program: keys plus values
    int maxIconBytes = 32 * 1024;
};

} // namespace azc::miniprograms
