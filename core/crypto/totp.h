#pragma once
// Time-based one-time passwords, RFC 6238 (on HOTP, RFC 4226), and the
// base32 encoding authenticator apps use for secrets.

#include "crypto/digest.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace azc::crypto {

QString base32Encode(const QByteArray &data);              // RFC 4648, no padding
std::optional<QByteArray> base32Decode(const QString &text); // ignores case, spaces and '=' padding

struct TotpParams {
    HmacAlgorithm algorithm = HmacAlgorithm::Sha1;
    int digits = 6;
    qint64 stepSeconds = 30;
};

// The code for time step `step` (= floor(unixSeconds / stepSeconds)), zero-padded to `digits`.
QString hotp(const QByteArray &secret, qint64 counter, const TotpParams &params = {});
QString totpAt(const QByteArray &secret, qint64 unixSeconds, const TotpParams &params = {});

// Checks `code` against steps now-1, now, now+1. Returns the matching step so
// the caller can refuse it next time (a code is accepted once), or nullopt.
std::optional<qint64> totpVerify(const QByteArray &secret, const QString &code, qint64 unixSeconds,
                                 qint64 lastUsedStep, const TotpParams &params = {});

// otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30
QString totpUri(const QString &issuer, const QString &account, const QByteArray &secret);

} // namespace azc::crypto
