#pragma once
// Crash tests: with AZC_FAILPOINT=<name> in the environment the process
// exits at once (status 70, no clean-up, like a kill -9) when it reaches the
// failpoint of that name. Names: outbox.after_sign.<purpose>,
// outbox.after_broadcast.<purpose> (custody), webhook.before_send (payments).

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <unistd.h>

namespace azc {

inline void failpoint(const QString &name)
{
    if (qEnvironmentVariable("AZC_FAILPOINT") == name) {
        std::fprintf(stderr, "failpoint %s: exiting\n", qPrintable(name));
        ::_exit(70);
    }
}

} // namespace azc
