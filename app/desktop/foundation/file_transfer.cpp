#include "foundation/file_transfer.h"

#include "client/api_client.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace azc {

namespace {

// The types the server accepts; it checks the content too, so we name the
// type from the content rather than trusting the file's extension.
QString uploadMimeType(const QString &path, const QByteArray &data)
{
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    static const QStringList accepted{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                      QStringLiteral("application/pdf"),
                                      QStringLiteral("application/zip")}; // mini program bundles only (the server checks)
    return accepted.contains(mime) ? mime : QString();
}

} // namespace

FileUploader::FileUploader(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void FileUploader::upload(const QString &localPath, const QString &purpose)
{
    QFile file(localPath);
    if (QFileInfo(localPath).size() > MaxFileBytes) {
        fail(QStringLiteral("too_large"));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("file_unreadable"));
        return;
    }
    m_data = file.readAll();
    if (m_data.isEmpty()) {
        fail(QStringLiteral("file_unreadable"));
        return;
    }
    const QString mime = uploadMimeType(localPath, m_data);
    if (mime.isEmpty()) {
        fail(QStringLiteral("unsupported_type"));
        return;
    }
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(m_data, QCryptographicHash::Sha256).toHex());
    const QJsonObject params{{QStringLiteral("name"), QFileInfo(localPath).fileName().left(128)},
                             {QStringLiteral("mime"), mime},
                             {QStringLiteral("size"), m_data.size()},
                             {QStringLiteral("sha256"), sha256},
                             {QStringLiteral("purpose"), purpose}};
    m_client->call(QStringLiteral("files.beginUpload"), params, this, [this](const RpcReply &reply) {
        if (!reply.ok) {
            emit failed(reply);
            return;
        }
        m_uploadId = reply.object().value(QStringLiteral("uploadId")).toString();
        const int serverChunk = reply.object().value(QStringLiteral("chunkSize")).toInt();
        if (serverChunk > 0)
            m_chunkBytes = std::min(serverChunk, ChunkBytes);
        m_offset = 0;
        sendChunk();
    });
}

void FileUploader::sendChunk()
{
    if (m_offset >= m_data.size()) {
        m_client->call(QStringLiteral("files.finishUpload"), {{QStringLiteral("uploadId"), m_uploadId}}, this,
                       [this](const RpcReply &reply) {
                           if (reply.ok)
                               emit finished(reply.object().value(QStringLiteral("file")).toObject());
                           else
                               emit failed(reply);
                       });
        return;
    }
    const QByteArray chunk = m_data.mid(m_offset, m_chunkBytes);
    const QJsonObject params{{QStringLiteral("uploadId"), m_uploadId},
                             {QStringLiteral("offset"), m_offset},
                             {QStringLiteral("data"), QString::fromLatin1(chunk.toBase64())}};
    m_client->call(QStringLiteral("files.uploadChunk"), params, this,
                   [this, size = chunk.size()](const RpcReply &reply) {
                       if (!reply.ok) {
                           emit failed(reply);
                           return;
                       }
                       m_offset += size;
                       emit progress(m_offset, m_data.size());
                       sendChunk();
                   });
}

void FileUploader::fail(const QString &reason)
{
    // Asynchronous like every other outcome, so callers see one order of events.
    QMetaObject::invokeMethod(this, [this, reason] { emit failed(RpcReply::failure(0, reason, {})); },
                              Qt::QueuedConnection);
}

FileDownloader::FileDownloader(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void FileDownloader::download(const QString &fileId)
{
    m_fileId = fileId;
    m_data.clear();
    requestNext();
}

void FileDownloader::requestNext()
{
    const QJsonObject params{{QStringLiteral("fileId"), m_fileId},
                             {QStringLiteral("offset"), m_data.size()},
                             {QStringLiteral("length"), ChunkBytes}};
    m_client->call(QStringLiteral("files.download"), params, this,
                   [this, fileId = m_fileId](const RpcReply &reply) {
                       if (fileId != m_fileId)
                           return; // a newer download replaced this one
                       if (!reply.ok) {
                           emit failed(fileId, reply);
                           return;
                       }
                       const QJsonObject r = reply.object();
                       const QByteArray chunk = QByteArray::fromBase64(r.value(QStringLiteral("data")).toString().toLatin1());
                       m_data.append(chunk);
                       const qint64 size = r.value(QStringLiteral("size")).toInteger();
                       emit progress(m_data.size(), size);
                       const bool eof = r.value(QStringLiteral("eof")).toBool() || m_data.size() >= size;
                       if (eof)
                           emit finished(fileId, m_data, r.value(QStringLiteral("mime")).toString());
                       else if (chunk.isEmpty())
                           emit failed(fileId, RpcReply::failure(0, QStringLiteral("incomplete"), {}));
                       else
                           requestNext();
                   });
}

} // namespace azc
