#include "bridge/file_thumbnail.h"

#include "foundation/app_context.h"
#include "foundation/document_image_provider.h"

namespace azc {

namespace {

constexpr int kThumbnailTries = 4;

QString thumbnailSource(const QString &fileId)
{
    return QStringLiteral("image://chatimage/") + fileId;
}

} // namespace

FileThumbnail::FileThumbnail(QObject *parent) : RemoteObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &FileThumbnail::load);
}

void FileThumbnail::setFileId(const QString &fileId)
{
    if (fileId == m_fileId)
        return;
    m_fileId = fileId;
    m_source.clear();
    m_failed = false;
    m_tries = 0;
    m_retry.stop();
    emit changed();
    if (context())
        load();
}

void FileThumbnail::load()
{
    if (m_fileId.isEmpty() || !context())
        return;
    const auto cache = context()->chatImages();
    if (cache->contains(m_fileId)) {
        m_source = thumbnailSource(m_fileId);
        emit changed();
        return;
    }
    const QString fileId = m_fileId;
    ++m_tries;
    request(QStringLiteral("files.thumbnail"), {{QStringLiteral("fileId"), fileId}}, [this, fileId, cache](const QJsonObject &r) {
        const QByteArray jpeg = QByteArray::fromBase64(r.value(QStringLiteral("data")).toString().toLatin1());
        if (!DocumentCache::isShowableImage(jpeg)) {
            if (fileId == m_fileId) {
                m_failed = true;
                emit changed();
            }
            return;
        }
        cache->insert(fileId, jpeg);
        if (fileId == m_fileId) {
            m_source = thumbnailSource(fileId);
            emit changed();
        }
    }, [this, fileId](const RpcReply &reply) {
        if (fileId != m_fileId)
            return;
        if ((reply.reason == QLatin1String("rate_limited") || reply.lostInTransit()) && m_tries < kThumbnailTries) {
            m_retry.start(700 * m_tries);
            return;
        }
        m_failed = true; // initials instead; a picture is not worth a toast
        emit changed();
    });
}

} // namespace azc
