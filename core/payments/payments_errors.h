#pragma once
// The refusals the payments domain gives, spelled once for its files.

#include "common/result.h"

namespace azc::payments {

inline Error invalidParam(const char *field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), QString::fromLatin1(field)}});
}

inline Error invalidState(const QString &message, const QString &detail)
{
    return fail("invalid_state", message, {{QStringLiteral("detail"), detail}});
}

} // namespace azc::payments
