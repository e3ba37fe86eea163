#pragma once
// Chunked file transfer over the JSON-RPC socket (files.* methods): frames
// are capped at 64 KiB, so files travel as base64 chunks. Chunks are kept at
// 32 KiB of raw data: the protocol's 49,152-byte chunk grows to 65,536
// characters in base64, which with the JSON envelope would exceed the frame
// limit and get the socket closed.

#include "client/rpc_reply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace azc {

class ApiClient;

// Uploads one local file: files.beginUpload, uploadChunk..., finishUpload.
class FileUploader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
    static constexpr int ChunkBytes = 32 * 1024;

    explicit FileUploader(ApiClient *client, QObject *parent = nullptr);

    // The whole file is read first, so the SHA-256 covers exactly the bytes sent.
    void upload(const QString &localPath, const QString &purpose);

signals:
    void progress(qint64 sentBytes, qint64 totalBytes);
    void finished(const QJsonObject &file); // {fileId, name, mime, size}
    void failed(const azc::RpcReply &reply);

private:
    void sendChunk();
    void fail(const QString &reason);

    ApiClient *m_client;
    QByteArray m_data;
    QString m_uploadId;
    qint64 m_offset = 0;
    int m_chunkBytes = ChunkBytes;
};

// Downloads one stored file with files.download into memory.
class FileDownloader : public QObject
{
    Q_OBJECT
public:
    static constexpr int ChunkBytes = 32 * 1024;

    explicit FileDownloader(ApiClient *client, QObject *parent = nullptr);
    void download(const QString &fileId);

signals:
    void progress(qint64 receivedBytes, qint64 totalBytes);
    void finished(const QString &fileId, const QByteArray &data, const QString &mime);
    void failed(const QString &fileId, const azc::RpcReply &reply);

private:
    void requestNext();

    ApiClient *m_client;
    QString m_fileId;
    QByteArray m_data;
};

} // namespace azc
