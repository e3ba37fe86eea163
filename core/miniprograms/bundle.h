#pragma once
// A mini program's bundle: a zip of its files with a manifest.json, signed
// (Ed25519, over the zip's bytes) by its developer's registered key. The
// server checks it at upload and at every download; the desktop checks it
// again, against the hash that was reviewed, before a single script runs.
// One library for both sides, so both read a bundle the same way.

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace azc::miniprograms {

// What a program may ask of the host. Bridge methods need the permission of
// the same name; device permissions are asked of the user as well.
const QStringList &bridgePermissions();  // profile, payments, share, scanQr, storage
const QStringList &devicePermissions();  // camera, microphone, geolocation, notifications

struct Manifest {
    QString id;            // [a-z][a-z0-9-]{2,31}: the program's host name under azmp://
    QString name;
    QString version;       // MAJOR.MINOR.PATCH
    QString description;
    QString category;      // shopping, tools, social, finance, games, other
    QString icon;          // a PNG or SVG file in the bundle
    QString entry;         // the first page, e.g. index.html
    QStringList permissions;
    QStringList origins;   // https://host[:port] the program may fetch from (after an admin approves them)
    QString payeeOrgId;    // the AZPay organisation its payments go to (with the payments permission)
    QStringList assets;    // what it may charge in
    QJsonObject toJson() const;
    static Result<Manifest> fromJson(const QJsonObject &o);
};

// -1, 0, 1 as a is older, the same, newer than b (both valid versions).
int compareVersions(const QString &a, const QString &b);

class Bundle
{
public:
    static constexpr qint64 kMaxZipBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxUnpackedBytes = 16 * 1024 * 1024; // a zip bomb stops here
    static constexpr int kMaxFiles = 256;

    // Reads every file (refusing absolute paths, "..", duplicates and
    // anything past the limits) and parses the manifest.
    static Result<Bundle> open(const QByteArray &zip);
    const Manifest &manifest() const { return m_manifest; }
    const QHash<QString, QByteArray> &files() const { return m_files; }
    bool contains(const QString &path) const { return m_files.contains(path); }
    QByteArray file(const QString &path) const { return m_files.value(path); }

private:
    Manifest m_manifest;
    QHash<QString, QByteArray> m_files;
};

// Writes a zip of `files` (path -> bytes), deflated; for the demo seed, the
// tests and developers' tools.
Result<QByteArray> makeZip(const QHash<QString, QByteArray> &files);

QString sha256Hex(const QByteArray &bytes);

// Ed25519 keys and signatures, base64 of the raw 32-byte key / 64-byte signature.
struct SigningKey {
    QByteArray privateKey; // raw 32 bytes
    QString publicKey;     // base64
    static SigningKey generate();
    static Result<SigningKey> fromPrivate(const QByteArray &raw32);
    QString sign(const QByteArray &message) const;
};
Status checkPublicKey(const QString &publicKeyB64);
Status verifySignature(const QByteArray &message, const QString &signatureB64, const QString &publicKeyB64);

} // namespace azc::miniprograms
