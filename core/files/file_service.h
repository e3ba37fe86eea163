#pragma once
// core/files: chunked uploads and downloads of user files (KYC documents
// now; chat attachments later). Content is stored once under the data
// folder, named by its SHA-256 (blobs/ab/abcdef…); the database keeps only
// who owns which file under which name.

#include "common/clock.h"
#include "common/result.h"
#include "server/call_context.h"

#include <QJsonObject>
#include <functional>
#include <memory>

namespace azc::storage { class Database; struct Migration; }

namespace azc::files {

struct StoredFile {
    QString id;
    QString ownerId;
    QString sha256;
    QString name;
    QString mime;
    qint64 size = 0;
    QString purpose;
    QJsonObject toJson() const;
};

class FileService
{
public:
    static constexpr qint64 kMaxSize = 10 * 1024 * 1024;
    static constexpr int kChunkSize = 45 * 1024; // its base64 (60 KiB) plus the envelope fits a 64 KiB frame
    static constexpr int kMaxOpenUploads = 8;    // per user, begun and not finished
    static constexpr qint64 kQuotaBytes = 100LL * 1024 * 1024; // per user, stored plus in flight

    FileService(storage::Database &db, const QString &dataDir, const Clock &clock);
    ~FileService(); // waits for a preview being decoded
    static QList<storage::Migration> migrations();

    Result<QJsonObject> begin(const QString &ownerId, const QString &name, const QString &mime, qint64 size,
                              const QString &sha256, const QString &purpose);
    Result<QJsonObject> chunk(const QString &ownerId, const QString &uploadId, qint64 offset, const QByteArray &data);
    Result<StoredFile> finish(const QString &ownerId, const QString &uploadId);
    // begin, chunk and finish in one go, for content the server has whole
    // (demo seeds, files the server makes): the same checks as an upload.
    Result<StoredFile> store(const QString &ownerId, const QString &name, const QString &mime, const QByteArray &content,
                             const QString &purpose);
    Result<QJsonObject> read(const server::Caller &caller, const QString &fileId, qint64 offset, qint64 length);
    // A small JPEG preview of an image file (file_thumbnails.cpp): made on
    // first request on a worker thread (never on the backend's), within a
    // pixel budget and a time budget, kept next to the blob; same access as
    // read(). `reply` runs on the calling thread.
    static constexpr int kThumbnailEdge = 320;
    static constexpr int kPreviewTimeBudgetMs = 10000;
    static constexpr int kMaxPreviewsInFlight = 8; // distinct images being decoded or waiting
    void thumbnail(const server::Caller &caller, const QString &fileId, std::function<void(Result<QJsonObject>)> reply);

    Result<StoredFile> file(const QString &fileId);
    // Other domains' say on who else may read a file (messaging: members of
    // a conversation it was shared in; the market: everyone, for a listed
    // product's pictures), so files never reads their tables. Any may allow.
    using SharedAccess = std::function<bool(const QString &fileId, const QString &userId)>;
    void setSharedAccess(SharedAccess check) { m_sharedAccess.append(std::move(check)); }
    // Abandoned uploads (begun, never finished) older than maxAgeMs: rows and
    // partial files go. Returns how many.
    Result<int> purgeStaleUploads(qint64 maxAgeMs);
    QString blobPath(const QString &sha256) const;

private:
    QString partPath(const QString &uploadId) const;
    // The file if `caller` may read it (owner, reviewer of KYC, or shared with them).
    Result<StoredFile> readable(const server::Caller &caller, const QString &fileId);
    storage::Database &m_db;
    QString m_dataDir;
    const Clock &m_clock;
    QList<SharedAccess> m_sharedAccess;
    struct Previews;
    std::shared_ptr<Previews> m_previews; // made on first use (file_thumbnails.cpp)
};

// The type a file's first bytes say it is: image/png, image/jpeg, application/pdf or empty.
QString sniffMime(const QByteArray &head);

} // namespace azc::files
