#pragma once
// The embedded backend's custody passphrase: it unlocks the sealed master
// seed in the data folder, so it must not sit next to it. It is made once
// (32 random bytes) and kept in the OS keychain. Where no keychain is
// reachable it falls back, with a warning, to a 0600 file in the data
// folder's secrets (like the backend's other keys), so the wallet's chain
// side keeps working on a bare machine.

#include <QObject>
#include <QString>
#include <functional>

namespace azc {

void loadOrCreateCustodyPassphrase(const QString &dataDir, const QString &keychainService, bool useKeychain,
                                   QObject *context, std::function<void(const QString &passphrase)> done);

} // namespace azc
