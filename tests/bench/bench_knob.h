#pragma once
// The benchmarks' knobs: AZC_BENCH_* environment variables.

#include <QtGlobal>

namespace azc::bench {

// A positive integer from the environment, or `fallback`.
inline int knob(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace azc::bench
