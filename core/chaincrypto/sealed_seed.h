#pragma once
// The master seed at rest: AES-256-GCM (crypto::SecretBox) under a key
// stretched from the operator's passphrase with Argon2id. One text value
// carries everything needed to open it again:
//
//   azcseed$v1$m=65536,t=3,p=1$<salt, base64>$<SecretBox "v1:…">
//
// The KDF parameters are read back from the value, so stronger settings
// later keep old seeds readable.

#include "common/result.h"
#include "crypto/password_hasher.h"

#include <QByteArray>
#include <QString>

namespace azc::chain {

// 64 MiB, 3 passes: a one-off unlock at start-up can afford more than a log-in.
inline constexpr crypto::Argon2Params kSeedKdfParams{65536, 3, 1};

// Parameters below the OWASP minimum (19 MiB, t=2) are raised to it.
QString sealSeed(const QByteArray &seed, const QString &passphrase,
                 crypto::Argon2Params params = kSeedKdfParams);
// Reasons: "malformed_sealed_seed"; "wrong_passphrase" when the tag does not
// verify (AES-GCM cannot tell a wrong passphrase from altered bytes).
Result<QByteArray> openSeed(const QString &sealed, const QString &passphrase);

} // namespace azc::chain
