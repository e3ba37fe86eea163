#pragma once
// Argon2id password hashing (libargon2) in PHC string form
// ($argon2id$v=19$m=19456,t=2,p=1$salt$hash). Parameters never go below
// OWASP's minimum (m=19 MiB, t=2, p=1); verify() reads them from the string,
// so stronger settings later keep old hashes valid.

#include <QByteArray>
#include <QString>

namespace azc::crypto {

struct Argon2Params {
    quint32 memoryKiB = 19456;
    quint32 iterations = 2;
    quint32 parallelism = 1;
};

class PasswordHasher
{
public:
    explicit PasswordHasher(Argon2Params params = {}); // raises params to the minimum
    QString hash(const QString &password) const;       // UTF-8 of the password, 16-byte random salt
    bool verify(const QString &password, const QString &phc) const;
    // True when the stored hash used weaker parameters than ours (re-hash at log-in).
    bool needsRehash(const QString &phc) const;
    Argon2Params params() const { return m_params; }

private:
    Argon2Params m_params;
};

} // namespace azc::crypto
