#include "files/file_service.h"

#include "crypto/secure_random.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <algorithm>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace azc::files {

namespace {

const QStringList kAllowedMimes = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                   QStringLiteral("application/pdf")};

} // namespace

QString sniffMime(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("PK\x03\x04"))
        return QStringLiteral("application/zip");
    return {};
}

QJsonObject StoredFile::toJson() const
{
    return {{QStringLiteral("fileId"), id}, {QStringLiteral("name"), name}, {QStringLiteral("mime"), mime},
            {QStringLiteral("size"), size}};
}

FileService::FileService(storage::Database &db, const QString &dataDir, const Clock &clock)
    : m_db(db), m_dataDir(dataDir), m_clock(clock)
{
    QDir().mkpath(m_dataDir + QStringLiteral("/uploads"));
    QDir().mkpath(m_dataDir + QStringLiteral("/blobs"));
}

QList<storage::Migration> FileService::migrations()
{
    return {{1, QStringLiteral("uploads and files"),
             {QStringLiteral("CREATE TABLE uploads (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, name TEXT NOT NULL,"
                             " mime TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, purpose TEXT NOT NULL,"
                             " received BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE TABLE files (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
                             " name TEXT NOT NULL, mime TEXT NOT NULL, size BIGINT NOT NULL, purpose TEXT NOT NULL,"
                             " created_at BIGINT NOT NULL)"),
              QStringLiteral("CREATE INDEX files_owner ON files (owner_id)")}}};
}

QString FileService::partPath(const QString &uploadId) const
{
    return m_dataDir + QStringLiteral("/uploads/") + uploadId + QStringLiteral(".part");
}

QString FileService::blobPath(const QString &sha256) const
{
    return m_dataDir + QStringLiteral("/blobs/") + sha256.left(2) + QLatin1Char('/') + sha256;
}

Result<QJsonObject> FileService::begin(const QString &ownerId, const QString &name, const QString &mime, qint64 size,
                                       const QString &sha256, const QString &purpose)
{
    // A mini program's bundle is the one zip there is; nothing else is a zip.
    const bool bundle = purpose == QLatin1String("bundle");
    if (bundle != (mime == QLatin1String("application/zip")))
        return fail("unsupported_type", bundle ? QStringLiteral("a mini program bundle is a zip file")
                                               : QStringLiteral("zip files are accepted only as mini program bundles"));
    if (!bundle && !kAllowedMimes.contains(mime))
        return fail("unsupported_type", QStringLiteral("only PNG, JPEG and PDF files are accepted"));
    if (size > kMaxSize)
        return fail("too_large", QStringLiteral("files are limited to 10 MiB"));
    // Quotas keep one account from filling the disk.
    auto open = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM uploads WHERE owner_id = ?"), {ownerId});
    if (!open)
        return open.error();
    if (open.value().toInt() >= kMaxOpenUploads)
        return fail("too_many_uploads", QStringLiteral("finish or abandon your other uploads first"));
    auto used = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM (SELECT size FROM files WHERE owner_id = ?"
                                           " UNION ALL SELECT size FROM uploads WHERE owner_id = ?) AS mine"),
                            {ownerId, ownerId});
    if (!used)
        return used.error();
    if (used.value().toLongLong() + size > kQuotaBytes)
        return fail("quota_exceeded", QStringLiteral("your storage quota (100 MiB) is used up"));
    const QString id = crypto::randomId();
    auto r = m_db.exec(QStringLiteral("INSERT INTO uploads (id, owner_id, name, mime, size, sha256, purpose, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, ownerId, name, mime, size, sha256.toLower(), purpose, m_clock.nowMs()});
    if (!r)
        return r.error();
    QFile part(partPath(id));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail("internal_error", QStringLiteral("cannot store the upload"));
    return QJsonObject{{QStringLiteral("uploadId"), id}, {QStringLiteral("chunkSize"), kChunkSize}};
}

Result<QJsonObject> FileService::chunk(const QString &ownerId, const QString &uploadId, qint64 offset,
                                       const QByteArray &data)
{
    auto q = m_db.exec(QStringLiteral("SELECT size, received FROM uploads WHERE id = ? AND owner_id = ?"),
                       {uploadId, ownerId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return fail("not_found", QStringLiteral("no such upload"));
    const qint64 size = q.value().value(0).toLongLong();
    const qint64 received = q.value().value(1).toLongLong();
    if (offset != received)
        return Error::make(QStringLiteral("invalid_state"), QStringLiteral("expected offset %1").arg(received),
                           {{QStringLiteral("expectedOffset"), received}});
    if (data.isEmpty() || data.size() > kChunkSize || received + data.size() > size)
        return Error::make(QStringLiteral("invalid_params"), QStringLiteral("chunk is empty, too big or past the end"),
                           {{QStringLiteral("field"), QStringLiteral("data")}});
    QFile part(partPath(uploadId));
    if (!part.open(QIODevice::Append) || part.write(data) != data.size())
        return fail("internal_error", QStringLiteral("cannot store the upload"));
    part.close();
    auto u = m_db.exec(QStringLiteral("UPDATE uploads SET received = ? WHERE id = ?"), {received + data.size(), uploadId});
    if (!u)
        return u.error();
    return QJsonObject{{QStringLiteral("received"), received + data.size()}};
}

Result<StoredFile> FileService::finish(const QString &ownerId, const QString &uploadId)
{
    auto q = m_db.exec(QStringLiteral("SELECT name, mime, size, sha256, purpose, received FROM uploads"
                                      " WHERE id = ? AND owner_id = ?"),
                       {uploadId, ownerId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return fail("not_found", QStringLiteral("no such upload"));
    StoredFile f;
    f.ownerId = ownerId;
    f.name = q.value().value(0).toString();
    f.mime = q.value().value(1).toString();
    f.size = q.value().value(2).toLongLong();
    f.sha256 = q.value().value(3).toString();
    f.purpose = q.value().value(4).toString();
    if (q.value().value(5).toLongLong() != f.size)
        return fail("incomplete", QStringLiteral("the upload is not complete"));
    QFile part(partPath(uploadId));
    if (!part.open(QIODevice::ReadOnly))
        return fail("internal_error", QStringLiteral("the upload was lost"));
    const QByteArray content = part.readAll();
    part.close();
    auto discard = [&] {
        QFile::remove(partPath(uploadId));
        (void)m_db.exec(QStringLiteral("DELETE FROM uploads WHERE id = ?"), {uploadId});
    };
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != f.sha256) {
        discard();
        return fail("checksum_mismatch", QStringLiteral("the content does not match its SHA-256"));
    }
    if (sniffMime(content.left(16)) != f.mime) {
        discard();
        return fail("unsupported_type", QStringLiteral("the content is not a %1 file").arg(f.mime));
    }
    const QString target = blobPath(f.sha256);
    if (!QFile::exists(target)) {
        QDir().mkpath(target.left(target.lastIndexOf(QLatin1Char('/'))));
        QSaveFile out(target); // atomic: a crash never leaves half a blob under its final name
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
            return fail("internal_error", QStringLiteral("cannot store the file"));
    }
    f.id = crypto::randomId();
    storage::Transaction tx(m_db);
    auto ins = m_db.exec(QStringLiteral("INSERT INTO files (id, owner_id, sha256, name, mime, size, purpose, created_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {f.id, ownerId, f.sha256, f.name, f.mime, f.size, f.purpose, m_clock.nowMs()});
    if (!ins)
        return ins.error();
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM uploads WHERE id = ?"), {uploadId}); !d)
        return d.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    QFile::remove(partPath(uploadId));
    return f;
}

Result<int> FileService::purgeStaleUploads(qint64 maxAgeMs)
{
    const qint64 cutoff = m_clock.nowMs() - maxAgeMs;
    auto q = m_db.exec(QStringLiteral("SELECT id FROM uploads WHERE created_at < ?"), {cutoff});
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids.append(q.value().value(0).toString());
    for (const QString &id : ids) {
        QFile::remove(partPath(id));
        if (auto d = m_db.exec(QStringLiteral("DELETE FROM uploads WHERE id = ?"), {id}); !d)
            return d.error();
    }
    return int(ids.size());
}

Result<StoredFile> FileService::file(const QString &fileId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, owner_id, sha256, name, mime, size, purpose FROM files WHERE id = ?"),
                       {fileId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return fail("not_found", QStringLiteral("no such file"));
    const QSqlQuery &r = q.value();
    return StoredFile{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                      r.value(4).toString(), r.value(5).toLongLong(), r.value(6).toString()};
}

Result<StoredFile> FileService::readable(const server::Caller &caller, const QString &fileId)
{
    auto f = file(fileId);
    if (!f)
        return f.error();
    // Support reviews KYC documents; others read a file only where it was shared with them.
    const bool reviewer = f->purpose == QLatin1String("kyc") && server::roleAtLeast(caller.role, server::Role::Support);
    if (f->ownerId != caller.userId && !reviewer && !std::any_of(m_sharedAccess.cbegin(), m_sharedAccess.cend(), [&](const SharedAccess &shared) { return shared(f->id, caller.userId); }))
        return fail("forbidden", QStringLiteral("not your file"));
    return f;
}

Result<StoredFile> FileService::store(const QString &ownerId, const QString &name, const QString &mime,
                                     const QByteArray &content, const QString &purpose)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    auto begun = begin(ownerId, name, mime, content.size(), sha, purpose);
    if (!begun)
        return begun.error();
    const QString uploadId = begun->value(QStringLiteral("uploadId")).toString();
    for (qint64 offset = 0; offset < content.size(); offset += kChunkSize)
        if (auto c = chunk(ownerId, uploadId, offset, content.mid(offset, kChunkSize)); !c)
            return c.error();
    return finish(ownerId, uploadId);
}

Result<QJsonObject> FileService::read(const server::Caller &caller, const QString &fileId, qint64 offset,
                                      qint64 length)
{
    auto f = readable(caller, fileId);
    if (!f)
        return f.error();
    if (offset > f->size)
        return Error::make(QStringLiteral("invalid_params"), QStringLiteral("offset is past the end"),
                           {{QStringLiteral("field"), QStringLiteral("offset")}});
    QFile blob(blobPath(f->sha256));
    if (!blob.open(QIODevice::ReadOnly) || !blob.seek(offset))
        return fail("internal_error", QStringLiteral("the file is missing from storage"));
    const QByteArray data = blob.read(qMin<qint64>(length > 0 ? length : kChunkSize, kChunkSize));
    return QJsonObject{{QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
                       {QStringLiteral("size"), f->size},
                       {QStringLiteral("mime"), f->mime},
                       {QStringLiteral("eof"), offset + data.size() >= f->size}};
}

} // namespace azc::files
