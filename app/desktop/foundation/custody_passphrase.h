#pragma once
// The embedded backend's custody passphrase: it unlocks the sealed master
// seed in the data folder, so it must never sit next to it. It is made once
// (32 random bytes) and kept in the OS keychain. Where no keychain answers,
// custody stays off (the app runs, deposits and withdrawals say they are
// unavailable) after one clear warning: a passphrase in a file beside the
// seed would protect nothing.
// Older versions wrote such a file when no keychain answered; it is moved
// into the keychain (and the file removed) as soon as one is reachable, and
// read as it is until then, so nobody loses access to their coins.

#include <QObject>
#include <QString>
#include <functional>

namespace azc {

// `done` gets the passphrase, or an empty string: custody off.
void loadOrCreateCustodyPassphrase(const QString &dataDir, const QString &keychainService, bool useKeychain,
                                   QObject *context, std::function<void(const QString &passphrase)> done);

} // namespace azc
