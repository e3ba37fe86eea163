#pragma once
// Mini-program bundles as tests make them: a manifest and files, zipped and
// signed like a developer's tool would, and submitted over the WebSocket.

#include "miniprograms/bundle.h"
#include "ws_client.h"

#include <QHash>
#include <QJsonObject>

namespace azc::test {

// A manifest for program `id` at `version` with `permissions`, payee and assets when it takes payments.
QJsonObject testManifest(const QString &id, const QString &version, const QStringList &permissions = {},
                         const QString &payeeOrgId = {});
// The zip of `files` plus manifest.json (and an index.html when `files` has none).
QByteArray programZip(const QJsonObject &manifest, QHash<QString, QByteArray> files = {});
// Uploads `zip` (purpose "bundle") and submits it signed by `key`: the whole
// answer of miniprograms.submit ({result} or {error}).
QJsonObject submitProgram(WsClient &developer, const miniprograms::SigningKey &key, const QByteArray &zip);
// The demo's developer: `carol` (signed in) registers `key` as her signing key (as `displayName`);
// the id of her "Corner Shop" organisation, the demo programs' payee ("" on failure).
QString demoDeveloper(WsClient &carol, const miniprograms::SigningKey &key, const QString &displayName);
// Approves a submitted version as `admin`: true when it is approved.
bool approveVersion(WsClient &admin, const QString &versionId);

} // namespace azc::test
