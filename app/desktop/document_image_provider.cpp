#include "document_image_provider.h"

#include <QMutexLocker>

namespace azc {

void DocumentCache::insert(const QString &fileId, const QImage &image)
{
    QMutexLocker lock(&m_mutex);
    m_images.insert(fileId, image);
}

QImage DocumentCache::image(const QString &fileId) const
{
    QMutexLocker lock(&m_mutex);
    return m_images.value(fileId);
}

void DocumentCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_images.clear();
}

DocumentImageProvider::DocumentImageProvider(std::shared_ptr<DocumentCache> cache)
    : QQuickImageProvider(QQuickImageProvider::Image), m_cache(std::move(cache))
{
}

QImage DocumentImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // The id may carry a "?n" suffix QML adds to force a reload.
    QImage image = m_cache->image(id.section(QLatin1Char('?'), 0, 0));
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.width() > 0 && requestedSize.height() > 0
        && (requestedSize.width() < image.width() || requestedSize.height() < image.height()))
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace azc
