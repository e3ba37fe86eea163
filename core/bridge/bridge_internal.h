#pragma once
// Small helpers the bridge's and the market's files share (one definition,
// so the unity build sees no twins).

#include "common/amount.h"
#include "common/result.h"
#include "crypto/digest.h"

#include <QJsonObject>
#include <QString>

namespace azc::bridge::detail {

inline Error invalidField(const QString &field, const QString &message)
{
    return fail("invalid_params", message, {{QStringLiteral("field"), field}});
}

// An id that follows from who asked and their idempotency key, so a repeat
// after a crash finds the row the first attempt wrote.
inline QString keyedId(const char *prefix, const QString &actor, const QString &key)
{
    return QLatin1String(prefix) + QString::fromLatin1(crypto::sha256Hex((actor + u'\n' + key).toUtf8()).left(24));
}

inline QJsonObject orgRef(const QString &orgId, const QString &name)
{
    return {{QStringLiteral("orgId"), orgId}, {QStringLiteral("name"), name}};
}

constexpr qint64 kDayMs = 86'400'000;

} // namespace azc::bridge::detail
