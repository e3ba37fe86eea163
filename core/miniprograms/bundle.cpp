#include "miniprograms/bundle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <zip.h>

#include <memory>

namespace azc::miniprograms {

namespace {

Error bad(const QString &message) { return fail("invalid_bundle", message); }

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonArray jsonList(const QStringList &l) { return QJsonArray::fromStringList(l); }

// A path inside the bundle as the URL scheme will ask for it: relative,
// forward slashes, no "." or ".." parts, no empty parts.
bool safePath(const QString &p)
{
    if (p.isEmpty() || p.size() > 200 || p.startsWith(QLatin1Char('/')) || p.contains(QLatin1Char('\\')))
        return false;
    for (const QString &part : p.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._/-]+$"));
    return allowed.match(p).hasMatch();
}

struct ZipCloser { void operator()(zip_t *z) const { zip_discard(z); } };
struct PkeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct MdFree { void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); } };

} // namespace

const QStringList &bridgePermissions()
{
    static const QStringList p{QStringLiteral("profile"), QStringLiteral("payments"), QStringLiteral("share"),
                               QStringLiteral("scanQr"), QStringLiteral("storage")};
    return p;
}

const QStringList &devicePermissions()
{
    static const QStringList p{QStringLiteral("camera"), QStringLiteral("microphone"), QStringLiteral("geolocation"),
                               QStringLiteral("notifications")};
    return p;
}

QJsonObject Manifest::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("version"), version},
            {QStringLiteral("description"), description}, {QStringLiteral("category"), category},
            {QStringLiteral("icon"), icon}, {QStringLiteral("entry"), entry},
            {QStringLiteral("permissions"), jsonList(permissions)}, {QStringLiteral("origins"), jsonList(origins)},
            {QStringLiteral("payee"), payeeOrgId}, {QStringLiteral("assets"), jsonList(assets)}};
}

Result<Manifest> Manifest::fromJson(const QJsonObject &o)
{
    Manifest m;
    m.id = o.value(QStringLiteral("id")).toString();
    m.name = o.value(QStringLiteral("name")).toString().trimmed();
    m.version = o.value(QStringLiteral("version")).toString();
    m.description = o.value(QStringLiteral("description")).toString().trimmed();
    m.category = o.value(QStringLiteral("category")).toString();
    m.icon = o.value(QStringLiteral("icon")).toString();
    m.entry = o.value(QStringLiteral("entry")).toString(QStringLiteral("index.html"));
    m.permissions = stringList(o.value(QStringLiteral("permissions")));
    m.origins = stringList(o.value(QStringLiteral("origins")));
    m.payeeOrgId = o.value(QStringLiteral("payee")).toString();
    m.assets = stringList(o.value(QStringLiteral("assets")));

    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9-]{2,31}$"));
    static const QRegularExpression versionRe(QStringLiteral("^(0|[1-9][0-9]{0,4})\\.(0|[1-9][0-9]{0,4})\\.(0|[1-9][0-9]{0,4})$"));
    static const QStringList categories{QStringLiteral("shopping"), QStringLiteral("tools"), QStringLiteral("social"),
                                        QStringLiteral("finance"), QStringLiteral("games"), QStringLiteral("other")};
    if (!idRe.match(m.id).hasMatch())
        return bad(QStringLiteral("manifest id must be 3-32 lower-case letters, digits or dashes, starting with a letter"));
    if (m.name.isEmpty() || m.name.size() > 40)
        return bad(QStringLiteral("manifest name must be 1-40 characters"));
    if (!versionRe.match(m.version).hasMatch())
        return bad(QStringLiteral("manifest version must be MAJOR.MINOR.PATCH"));
    if (m.description.size() > 300)
        return bad(QStringLiteral("manifest description is longer than 300 characters"));
    if (!categories.contains(m.category))
        return bad(QStringLiteral("manifest category must be one of ") + categories.join(QStringLiteral(", ")));
    if (!safePath(m.entry) || !m.entry.endsWith(QLatin1String(".html")))
        return bad(QStringLiteral("manifest entry must be an .html file in the bundle"));
    if (!m.icon.isEmpty() && !safePath(m.icon))
        return bad(QStringLiteral("manifest icon is not a path in the bundle"));
    QSet<QString> seen;
    for (const QString &p : std::as_const(m.permissions)) {
        if (!bridgePermissions().contains(p) && !devicePermissions().contains(p))
            return bad(QStringLiteral("unknown permission \"%1\"").arg(p));
        if (seen.contains(p))
            return bad(QStringLiteral("permission \"%1\" is listed twice").arg(p));
        seen.insert(p);
    }
    if (m.origins.size() > 8)
        return bad(QStringLiteral("at most 8 network origins"));
    // An origin, nothing more: https, a host name, maybe a port. Checked character by character (it
    // ends up inside the page's Content-Security-Policy, where a stray ';' or quote would add rules)
    // and kept in one normal form.
    static const QRegularExpression originRe(
        QStringLiteral("^https://([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)(:[0-9]{1,5})?/?$"));
    for (QString &origin : m.origins) {
        const auto match = originRe.match(origin.toLower());
        const int port = match.captured(2).mid(1).toInt();
        if (!match.hasMatch() || (!match.captured(2).isEmpty() && (port < 1 || port > 65535)))
            return bad(QStringLiteral("network origin \"%1\" must be https://host[:port]").arg(origin.left(100)));
        origin = QStringLiteral("https://") + match.captured(1) + match.captured(2);
    }
    if (m.permissions.contains(QStringLiteral("payments"))) {
        if (m.payeeOrgId.isEmpty())
            return bad(QStringLiteral("a program that takes payments names its payee organisation"));
        if (m.assets.isEmpty() || m.assets.size() > 8)
            return bad(QStringLiteral("a program that takes payments lists 1-8 assets"));
    }
    return m;
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char('.')), y = b.split(QLatin1Char('.'));
    for (int i = 0; i < 3; ++i) {
        const int l = x.value(i).toInt(), r = y.value(i).toInt();
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

Result<Bundle> Bundle::open(const QByteArray &zipBytes)
{
    if (zipBytes.isEmpty() || zipBytes.size() > kMaxZipBytes)
        return bad(QStringLiteral("a bundle is a zip of at most %1 MiB").arg(kMaxZipBytes / (1024 * 1024)));
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &err);
    if (!src)
        return bad(QStringLiteral("not a zip"));
    std::unique_ptr<zip_t, ZipCloser> za(zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err));
    if (!za) {
        zip_source_free(src);
        zip_error_fini(&err);
        return bad(QStringLiteral("not a readable zip"));
    }
    const zip_int64_t n = zip_get_num_entries(za.get(), 0);
    if (n <= 0 || n > kMaxFiles)
        return bad(QStringLiteral("a bundle holds 1-%1 files").arg(kMaxFiles));
    Bundle b;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        if (zip_stat_index(za.get(), zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) || !(st.valid & ZIP_STAT_SIZE))
            return bad(QStringLiteral("a zip entry cannot be read"));
        const QString name = QString::fromUtf8(st.name);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder entry
        if (!safePath(name))
            return bad(QStringLiteral("\"%1\" is not an allowed file name").arg(name.left(80)));
        if (b.m_files.contains(name))
            return bad(QStringLiteral("\"%1\" is in the bundle twice").arg(name));
        total += qint64(st.size);
        if (st.size > zip_uint64_t(kMaxUnpackedBytes) || total > kMaxUnpackedBytes)
            return bad(QStringLiteral("the bundle unpacks to more than %1 MiB").arg(kMaxUnpackedBytes / (1024 * 1024)));
        zip_file_t *f = zip_fopen_index(za.get(), zip_uint64_t(i), 0);
        if (!f)
            return bad(QStringLiteral("\"%1\" cannot be unpacked").arg(name));
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        // One byte more than the header says: a lying header is caught, not trusted.
        QByteArray extra(1, '\0');
        const zip_int64_t got = zip_fread(f, data.data(), st.size);
        const zip_int64_t more = got == zip_int64_t(st.size) ? zip_fread(f, extra.data(), 1) : 0;
        zip_fclose(f);
        if (got != zip_int64_t(st.size) || more != 0)
            return bad(QStringLiteral("\"%1\" does not unpack to its stated size").arg(name));
        b.m_files.insert(name, data);
    }
    const QByteArray manifestBytes = b.m_files.value(QStringLiteral("manifest.json"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &pe);
    if (manifestBytes.isEmpty() || pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("manifest.json is missing or not a JSON object"));
    auto manifest = Manifest::fromJson(doc.object());
    if (!manifest)
        return manifest.error();
    if (!b.m_files.contains(manifest->entry))
        return bad(QStringLiteral("the entry page %1 is not in the bundle").arg(manifest->entry));
    if (!manifest->icon.isEmpty() && !b.m_files.contains(manifest->icon))
        return bad(QStringLiteral("the icon %1 is not in the bundle").arg(manifest->icon));
    b.m_manifest = std::move(manifest).value();
    return b;
}

Result<QByteArray> makeZip(const QHash<QString, QByteArray> &files)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!out)
        return fail("internal_error", QStringLiteral("zip: no buffer"));
    zip_t *za = zip_open_from_source(out, ZIP_TRUNCATE, &err);
    if (!za) {
        zip_source_free(out);
        return fail("internal_error", QStringLiteral("zip: cannot open"));
    }
    zip_source_keep(out);
    QStringList names = files.keys();
    names.sort(); // the same files give the same bytes (and the same signature)
    for (const QString &name : std::as_const(names)) {
        const QByteArray &data = *files.find(name); // lives in `files` until zip_close below
        zip_source_t *s = zip_source_buffer(za, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t idx = s ? zip_file_add(za, name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (idx < 0) {
            if (s)
                zip_source_free(s);
            zip_discard(za);
            zip_source_free(out);
            return fail("internal_error", QStringLiteral("zip: cannot add ") + name);
        }
        zip_file_set_mtime(za, zip_uint64_t(idx), 315532800 /* 1980-01-01 */, 0);
    }
    if (zip_close(za) != 0) {
        zip_discard(za);
        zip_source_free(out);
        return fail("internal_error", QStringLiteral("zip: cannot write"));
    }
    QByteArray bytes;
    if (zip_source_open(out) == 0) {
        zip_source_seek(out, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(out);
        zip_source_seek(out, 0, SEEK_SET);
        bytes.resize(qsizetype(size));
        if (zip_source_read(out, bytes.data(), zip_uint64_t(size)) != size)
            bytes.clear();
        zip_source_close(out);
    }
    zip_source_free(out);
    if (bytes.isEmpty())
        return fail("internal_error", QStringLiteral("zip: cannot read back"));
    return bytes;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

SigningKey SigningKey::generate()
{
    QByteArray raw(32, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), 32);
    return fromPrivate(raw).value();
}

Result<SigningKey> SigningKey::fromPrivate(const QByteArray &raw32)
{
    if (raw32.size() != 32)
        return fail("invalid_params", QStringLiteral("an Ed25519 private key is 32 bytes"));
    std::unique_ptr<EVP_PKEY, PkeyFree> k(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw32.constData()), 32));
    QByteArray pub(32, '\0');
    size_t len = 32;
    if (!k || EVP_PKEY_get_raw_public_key(k.get(), reinterpret_cast<unsigned char *>(pub.data()), &len) != 1 || len != 32)
        return fail("internal_error", QStringLiteral("Ed25519 key cannot be made"));
    return SigningKey{raw32, QString::fromLatin1(pub.toBase64())};
}

QString SigningKey::sign(const QByteArray &message) const
{
    std::unique_ptr<EVP_PKEY, PkeyFree> k(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(privateKey.constData()), 32));
    std::unique_ptr<EVP_MD_CTX, MdFree> ctx(EVP_MD_CTX_new());
    QByteArray sig(64, '\0');
    size_t len = 64;
    if (!k || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, k.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1)
        return {};
    return QString::fromLatin1(sig.toBase64());
}

Status checkPublicKey(const QString &publicKeyB64)
{
    const QByteArray raw = QByteArray::fromBase64(publicKeyB64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    std::unique_ptr<EVP_PKEY, PkeyFree> k(raw.size() == 32 ? EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()), 32) : nullptr);
    if (!k)
        return fail("invalid_params", QStringLiteral("the signing key must be a base64 Ed25519 public key (32 bytes)"));
    return okStatus();
}

Status verifySignature(const QByteArray &message, const QString &signatureB64, const QString &publicKeyB64)
{
    const QByteArray raw = QByteArray::fromBase64(publicKeyB64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray sig = QByteArray::fromBase64(signatureB64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    std::unique_ptr<EVP_PKEY, PkeyFree> k(raw.size() == 32 ? EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()), 32) : nullptr);
    std::unique_ptr<EVP_MD_CTX, MdFree> ctx(EVP_MD_CTX_new());
    if (!k || !ctx || sig.size() != 64 || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, k.get()) != 1
        || EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), 64,
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) != 1)
        return fail("bad_signature", QStringLiteral("the bundle's signature does not match its developer's key"));
    return okStatus();
}

} // namespace azc::miniprograms
