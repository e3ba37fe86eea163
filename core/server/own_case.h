#pragma once
// Separation of duties: staff decide cases about other people, never a case
// they are a party to (their own KYC, withdrawal, adjustment or P2P dispute).
// Every approval queue asks this one question, so a new queue cannot forget
// it by writing its own variant.

#include "common/result.h"

#include <QStringList>

namespace azc::server {

// Refused with "forbidden" (detail "own_case") when `deciderId` is one of
// `partyIds`; empty ids (system parties, the house) never match.
inline Status refuseOwnCase(const QString &deciderId, const QStringList &partyIds)
{
    for (const QString &party : partyIds)
        if (!party.isEmpty() && party == deciderId)
            return fail("forbidden", QStringLiteral("you cannot decide a case you are a party to"),
                        {{QStringLiteral("detail"), QStringLiteral("own_case")}});
    return okStatus();
}

} // namespace azc::server
