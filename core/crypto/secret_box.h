#pragma once
// Encryption at rest for the few secrets the server must be able to read
// back (TOTP seeds): AES-256-GCM with a random 96-bit nonce per value, under
// a key kept in a file outside the database (mode 0600). A database dump or
// backup alone then reveals no second factors.

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace azc::crypto {

// Reads the 32 random bytes at `path`, creating the file (mode 0600, and
// its folder) on first use. For keys that must stay out of the database.
Result<QByteArray> loadOrCreateKeyFile(const QString &path);

class SecretBox
{
public:
    // Reads the 32-byte key at `path`, creating it (and its folder) first if
    // it does not exist. Several server nodes must share the same file.
    static Result<SecretBox> loadOrCreate(const QString &path);
    static SecretBox withKey(const QByteArray &key32); // tests

    QString seal(const QByteArray &plain) const;                // "v1:" + base64(nonce | ciphertext | tag)
    std::optional<QByteArray> open(const QString &sealed) const; // nullopt if altered or not ours

private:
    explicit SecretBox(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

} // namespace azc::crypto
