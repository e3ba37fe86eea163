#pragma once
// Keeps the session token in the OS keychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows) through QtKeychain.
// Where no keychain is reachable the token lives in memory only, after one
// clear warning: the user signs in again next launch, and the token is never
// written anywhere in plain text.

#include <QObject>
#include <QString>
#include <functional>

namespace azc {

class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Keychain, MemoryOnly };
    static constexpr int kKeychainTimeoutMs = 5000;

    TokenStore(QString service, QString key, Mode mode, QObject *parent = nullptr);

    // All three are asynchronous; QtKeychain runs its jobs one after another,
    // so a save followed by a remove ends removed.
    void save(const QString &token, std::function<void(bool stored)> done = {});
    void load(std::function<void(const QString &token)> done);
    void remove(std::function<void(bool removed)> done = {});

    // False once the keychain proved unavailable (or in MemoryOnly mode).
    bool usesKeychain() const { return m_mode == Mode::Keychain; }
    QString key() const { return m_key; }

private:
    void fallBackToMemory(const QString &why);

    QString m_service;
    QString m_key;
    Mode m_mode;
    QString m_memory; // this launch's copy; the only copy in MemoryOnly mode
};

} // namespace azc
